package io.github.justculture.guide;

/** Whether an evaluation has reached an outcome. */
public enum Status {
  /** Every completion of the unknown and missing answers leads to one outcome: it is reached. */
  OUTCOME_REACHED,
  /** More than one outcome is still possible: the result names the next question to resolve. */
  AWAITING_INFORMATION
}
