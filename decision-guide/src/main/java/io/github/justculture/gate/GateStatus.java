package io.github.justculture.gate;

/** The status of one gate item. */
public enum GateStatus {
  /** The item is met. */
  MET,
  /** The item is not met; the reason says why. */
  UNMET,
  /** The item does not apply to this proposal (for example suspension when none is proposed). */
  NOT_APPLICABLE
}
