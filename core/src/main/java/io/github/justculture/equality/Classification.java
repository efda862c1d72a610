package io.github.justculture.equality;

/**
 * Where a relative likelihood falls against the non-adverse range 0.80–1.25 (the four-fifths rule).
 */
public enum Classification {
  /** 0.80 ≤ RL ≤ 1.25: no adverse impact on either group. */
  NON_ADVERSE,
  /** RL above 1.25: the focus group is more likely to have the event. */
  ADVERSE_TO_FOCUS,
  /** RL below 0.80: the reference group is more likely to have the event. */
  ADVERSE_TO_REFERENCE,
  /** The reference group's rate is zero, so the ratio is undefined (not infinite). */
  UNDEFINED
}
