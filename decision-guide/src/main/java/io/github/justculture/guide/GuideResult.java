package io.github.justculture.guide;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
 * <p>A result made by {@link Guide} holds the decision and works out its route, unused answers,
 * substitutions and explanation from the answers the first time one of them is read (ADR 8); a
 * result read from JSON or built with {@link ImmutableGuideResult} holds them as data. Both are
 * immutable and thread-safe, and they are equal, hash and write JSON alike whenever their eleven
 * values are equal.
 *
 * <p>The explanation may quote rationales (free text), so it never appears in {@code toString()}.
 */
@Value.Immutable
@ValueStyle
@JsonPropertyOrder({
  "guide",
  "unknownPolicy",
  "status",
  "outcome",
  "possibleOutcomes",
  "nextQuestion",
  "path",
  "unusedAnswers",
  "substitutions",
  "caveats",
  "explanation"
})
@JsonDeserialize(as = ImmutableGuideResult.class)
public abstract class GuideResult {

  GuideResult() {}

  /**
   * The definition that produced this result.
   *
   * @return id, version and content hash
   */
  @JsonProperty(value = "guide", required = true)
  public abstract GuideRef guide();

  /**
   * The unknown-answer policy applied.
   *
   * @return the policy
   */
  @JsonProperty(value = "unknownPolicy", required = true)
  public abstract UnknownPolicy unknownPolicy();

  /**
   * Whether an outcome is reached.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract Status status();

  /**
   * The outcome, with its response and system-learning clause.
   *
   * @return the outcome when reached, else empty
   */
  @JsonProperty("outcome")
  public abstract Optional<Outcome> outcome();

  /**
   * The ids of the outcomes still possible, in the definition's order.
   *
   * @return one id when reached; two or more otherwise
   */
  @JsonProperty("possibleOutcomes")
  public abstract List<String> possibleOutcomes();

  /**
   * The question to resolve next.
   *
   * @return a question id while awaiting information; empty when an outcome is reached
   */
  @JsonProperty("nextQuestion")
  public abstract Optional<String> nextQuestion();

  /**
   * The answers that determined the result, from the start question. When an outcome is reached,
   * this is the route to it; an unknown answer on the route is one whose every completion leads to
   * the same outcome. While awaiting information, it is the route up to the first unresolved
   * question (included when it was answered UNKNOWN).
   *
   * @return the route
   */
  @JsonProperty("path")
  public abstract List<Step> path();

  /**
   * Answers given but not used: when reached, those off the route; while awaiting, those no
   * completion can reach. Kept and reported, never dropped.
   *
   * @return the unused answers, in the definition's question order
   */
  @JsonProperty("unusedAnswers")
  public abstract List<Step> unusedAnswers();

  /**
   * Unknown answers replaced under {@link UnknownPolicy#BENEFIT_OF_DOUBT}.
   *
   * @return the substitutions, in the definition's question order; empty under {@link
   *     UnknownPolicy#SUSPEND}
   */
  @JsonProperty("substitutions")
  public abstract List<Substitution> substitutions();

  /**
   * The definition's caveats, which every result carries.
   *
   * @return the caveats
   */
  @JsonProperty("caveats")
  public abstract List<String> caveats();

  /**
   * A plain-English explanation naming the answers (and their rationales) that decided the result.
   *
   * @return the explanation
   */
  @JsonProperty(value = "explanation", required = true)
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

  /**
   * Equal to any result, however made, with equal values.
   *
   * @param other another object
   * @return true when {@code other} is a result whose eleven values equal these
   */
  @Override
  public final boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof GuideResult r
        && guide().equals(r.guide())
        && unknownPolicy() == r.unknownPolicy()
        && status() == r.status()
        && outcome().equals(r.outcome())
        && possibleOutcomes().equals(r.possibleOutcomes())
        && nextQuestion().equals(r.nextQuestion())
        && path().equals(r.path())
        && unusedAnswers().equals(r.unusedAnswers())
        && substitutions().equals(r.substitutions())
        && caveats().equals(r.caveats())
        && explanation().equals(r.explanation());
  }

  /**
   * A hash of the eleven values, the same however the result was made.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return Objects.hash(
        guide(),
        unknownPolicy(),
        status(),
        outcome(),
        possibleOutcomes(),
        nextQuestion(),
        path(),
        unusedAnswers(),
        substitutions(),
        caveats(),
        explanation());
  }

  /**
   * The values, with the explanation (which may quote rationales) redacted.
   *
   * @return for example {@code GuideResult{guide=…, status=OUTCOME_REACHED, outcome=…, …,
   *     explanation=<redacted>}}
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("GuideResult{");
    text.append("guide=").append(guide());
    text.append(", unknownPolicy=").append(unknownPolicy());
    text.append(", status=").append(status());
    outcome().ifPresent(o -> text.append(", outcome=").append(o));
    text.append(", possibleOutcomes=").append(possibleOutcomes());
    nextQuestion().ifPresent(q -> text.append(", nextQuestion=").append(q));
    text.append(", path=").append(path());
    text.append(", unusedAnswers=").append(unusedAnswers());
    text.append(", substitutions=").append(substitutions());
    text.append(", caveats=").append(caveats());
    return text.append(", explanation=<redacted>}").toString();
  }
}
