package io.github.justculture.gate;

/** The status of one gate item. */
public enum GateStatus {
  /** The item is met. */
  MET,
  /** The item is not met; the reason says why. */
  UNMET,
  /** The item does not apply to this proposal (for example suspension when none is proposed). */
  NOT_APPLICABLE,
  /**
   * The item is not met, but under this configuration it is advisory: reported with its reason, and
   * the gate can still pass (the restorative track, by default).
   */
  ADVISORY
}
