package io.github.justculture.gate;

/** The formal actions a proposal may ask for. */
public enum ProposedAction {
  /** A formal disciplinary investigation. */
  DISCIPLINARY_INVESTIGATION,
  /** A disciplinary hearing. */
  DISCIPLINARY_HEARING,
  /** Suspension (exclusion from work). */
  SUSPENSION,
  /** Referral to a professional regulator. */
  REGULATOR_REFERRAL;

  /**
   * Whether the action is part of a disciplinary process.
   *
   * @return true for an investigation or a hearing
   */
  public boolean isDisciplinary() {
    return this == DISCIPLINARY_INVESTIGATION || this == DISCIPLINARY_HEARING;
  }
}
