package io.github.justculture.guide;

/**
 * A category shared by the outcomes of every definition, so that reports can compare definitions.
 */
public enum OutcomeCategory {
  /** The harm was intended (NHS deliberate-harm, Reason sabotage). */
  DELIBERATE_HARM,
  /** Substance misuse or ill health played a part; a support or health route. */
  IMPAIRMENT,
  /** The causes lie in the system; singling out the individual is unlikely to be right. */
  SYSTEM,
  /** No blame, but the individual needs support (Reason blameless-error-with-support). */
  SUPPORT,
  /** Individual action with significant mitigation (NHS mitigating-circumstances). */
  MITIGATED,
  /** Action directed at the individual may be warranted. */
  INDIVIDUAL_ACTION
}
