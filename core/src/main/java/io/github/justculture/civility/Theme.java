package io.github.justculture.civility;

/** The four themes of the NHS Civility and Respect framework (NHS England toolkit, 2021). */
public enum Theme {
  /**
   * Knowing the problem: Staff Survey, WRES/WDES, case data, Freedom to Speak Up, exit interviews,
   * absence.
   */
  DATA_AND_ANALYSIS,
  /** Policies written with trade unions, informal resolution and mediation, pre-formal checks. */
  POLICY_AND_PROCESS,
  /** Wellbeing support, speaking-up guardians, staff networks, training in civil conversations. */
  STAFF_AND_SUPPORT,
  /** The just culture guide, restorative practice, "Being fair". */
  JUST_AND_RESTORATIVE_CULTURE
}
