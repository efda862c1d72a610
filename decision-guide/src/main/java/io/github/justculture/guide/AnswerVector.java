package io.github.justculture.guide;

import java.util.Arrays;

/**
 * Answers encoded for one guide: made once by {@link Guide#vector(java.util.Map)}, then decided as
 * often as needed by {@link Guide#decide(AnswerVector, UnknownPolicy)} with no lookups by id and,
 * when the answers reach an outcome, no allocation. For hosts that decide many cases (re-evaluating
 * stored records when a definition changes, say); {@link Guide#evaluate(java.util.Map)} remains the
 * call that gives the route, the unused answers and the explanation.
 *
 * <p>Immutable and thread-safe. It belongs to the guide that made it (the same id, version and
 * content hash).
 */
public final class AnswerVector {

  private final GuideRef guide;
  private final byte[] codes; // per question index: 0 missing, 1 YES, 2 NO, 3 UNKNOWN

  AnswerVector(GuideRef guide, byte[] codes) {
    this.guide = guide;
    this.codes = codes;
  }

  /**
   * The guide these answers are encoded for.
   *
   * @return its id, version and hash
   */
  public GuideRef guide() {
    return guide;
  }

  /** The codes themselves, for the guide that made them: never written. */
  byte[] codes() {
    return codes;
  }

  int size() {
    return codes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerVector v
        && v.guide.equals(guide)
        && Arrays.equals(v.codes, codes);
  }

  @Override
  public int hashCode() {
    return 31 * guide.hashCode() + Arrays.hashCode(codes);
  }

  /**
   * How many answers, not which: answers are facts about a person's conduct.
   *
   * @return for example {@code AnswerVector[nhs-2018 1.1, 7 of 11 answered]}
   */
  @Override
  public String toString() {
    int answered = 0;
    for (byte c : codes) {
      answered += c == 0 ? 0 : 1;
    }
    return "AnswerVector["
        + guide.id()
        + " "
        + guide.version()
        + ", "
        + answered
        + " of "
        + codes.length
        + " answered]";
  }
}
