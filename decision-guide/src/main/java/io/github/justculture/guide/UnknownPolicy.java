package io.github.justculture.guide;

/** What an evaluation does with {@link Answer#UNKNOWN} answers. */
public enum UnknownPolicy {
  /**
   * The default: an unknown answer stays unknown, and the evaluation reaches an outcome only when
   * every answer it could have leads to the same outcome.
   */
  SUSPEND,
  /**
   * Opt-in: before evaluating, each unknown answer is replaced by the answer that favours the
   * individual, where the definition names one (for the NHS guide: 1a, 3a–3c → NO; 4a–4c, 5a → YES;
   * never the health questions). Each replacement is recorded in the result.
   */
  BENEFIT_OF_DOUBT
}
