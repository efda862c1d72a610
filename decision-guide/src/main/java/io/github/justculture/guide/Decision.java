package io.github.justculture.guide;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision alone: the outcome reached, or the outcomes still possible and the question to
 * resolve next. The same values as the {@link GuideResult} of the same answers and policy, without
 * the route, unused answers, substitutions or explanation. Immutable and thread-safe; the decision
 * for a reached outcome is made once per guide and shared.
 */
public final class Decision {

  private final @Nullable Outcome outcome;
  private final List<String> possibleOutcomes;
  private final @Nullable String nextQuestion;

  private Decision(
      @Nullable Outcome outcome, List<String> possibleOutcomes, @Nullable String nextQuestion) {
    this.outcome = outcome;
    this.possibleOutcomes = possibleOutcomes;
    this.nextQuestion = nextQuestion;
  }

  static Decision reached(Outcome outcome) {
    return new Decision(outcome, List.of(outcome.id()), null);
  }

  static Decision awaiting(List<String> possibleOutcomes, String nextQuestion) {
    return new Decision(null, List.copyOf(possibleOutcomes), nextQuestion);
  }

  /**
   * Whether an outcome is reached.
   *
   * @return true when only one outcome is possible
   */
  public boolean isReached() {
    return outcome != null;
  }

  /**
   * The outcome, when reached.
   *
   * @return the outcome, or empty while awaiting information
   */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * The outcomes still possible, in the definition's order.
   *
   * @return their ids; one when reached
   */
  public List<String> possibleOutcomes() {
    return possibleOutcomes;
  }

  /**
   * The question to resolve next, while awaiting.
   *
   * @return its id, or empty when reached
   */
  public Optional<String> nextQuestion() {
    return Optional.ofNullable(nextQuestion);
  }

  /**
   * Whether a full result says the same.
   *
   * @param result a result of the same guide
   * @return true when its outcome, possible outcomes and next question are these
   */
  public boolean agreesWith(GuideResult result) {
    return result.outcome().equals(outcome())
        && result.possibleOutcomes().equals(possibleOutcomes)
        && result.nextQuestion().equals(nextQuestion());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Decision d
        && java.util.Objects.equals(d.outcome, outcome)
        && d.possibleOutcomes.equals(possibleOutcomes)
        && java.util.Objects.equals(d.nextQuestion, nextQuestion);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(outcome, possibleOutcomes, nextQuestion);
  }

  @Override
  public String toString() {
    return outcome != null
        ? "Decision[" + outcome.id() + "]"
        : "Decision[awaiting " + nextQuestion + "; possible " + possibleOutcomes + "]";
  }
}
