package io.github.justculture.guide;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of evaluating answers against a guide (semantics: {@code
 * docs/domain/decision-guides.md} §1.3).
 *
 * <ul>
 *   <li>{@link #possibleOutcomes()}: every outcome reachable by completing each unknown and missing
 *       answer with YES or NO in all ways, in the definition's order;
 *   <li>{@link #status()} is {@link Status#OUTCOME_REACHED} exactly when that set has one outcome,
 *       which is then {@link #outcome()};
 *   <li>otherwise {@link #nextQuestion()} names the first missing question met walking depth-first
 *       from the start (YES before NO at each unknown), or failing that the first unknown one.
 * </ul>
 *
 * <p>The explanation may quote rationales (free text), so it never appears in {@code toString()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGuideResult.class)
@JsonDeserialize(as = ImmutableGuideResult.class)
public abstract class GuideResult {

  GuideResult() {}

  /**
   * The definition that produced this result.
   *
   * @return id, version and content hash
   */
  public abstract GuideRef guide();

  /**
   * The unknown-answer policy applied.
   *
   * @return the policy
   */
  public abstract UnknownPolicy unknownPolicy();

  /**
   * Whether an outcome is reached.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * The outcome, with its response and system-learning clause.
   *
   * @return the outcome when reached, else empty
   */
  public abstract Optional<Outcome> outcome();

  /**
   * The ids of the outcomes still possible, in the definition's order.
   *
   * @return one id when reached; two or more otherwise
   */
  public abstract List<String> possibleOutcomes();

  /**
   * The question to resolve next.
   *
   * @return a question id while awaiting information; empty when an outcome is reached
   */
  public abstract Optional<String> nextQuestion();

  /**
   * The answers that determined the result, from the start question. When an outcome is reached,
   * this is the route to it; an unknown answer on the route is one whose every completion leads to
   * the same outcome. While awaiting information, it is the route up to the first unresolved
   * question (included when it was answered UNKNOWN).
   *
   * @return the route
   */
  public abstract List<Step> path();

  /**
   * Answers given but not used: when reached, those off the route; while awaiting, those no
   * completion can reach. Kept and reported, never dropped.
   *
   * @return the unused answers, in the definition's question order
   */
  public abstract List<Step> unusedAnswers();

  /**
   * Unknown answers replaced under {@link UnknownPolicy#BENEFIT_OF_DOUBT}.
   *
   * @return the substitutions, in the definition's question order; empty under {@link
   *     UnknownPolicy#SUSPEND}
   */
  public abstract List<Substitution> substitutions();

  /**
   * The definition's caveats, which every result carries.
   *
   * @return the caveats
   */
  public abstract List<String> caveats();

  /**
   * A plain-English explanation naming the answers (and their rationales) that decided the result.
   *
   * @return the explanation
   */
  @Value.Redacted
  public abstract String explanation();

  /**
   * Whether an outcome is reached.
   *
   * @return true for {@link Status#OUTCOME_REACHED}
   */
  @JsonIgnore
  public boolean isReached() {
    return status() == Status.OUTCOME_REACHED;
  }
}
