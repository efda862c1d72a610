package io.github.justculture.restorative;

/**
 * The four goals of a restorative response (Mersey Care and South Tees programmes; Dekker, Oates
 * &amp; Rafferty 2022).
 */
public enum Goal {
  /**
   * Those involved consider together what the right thing to do is now that someone has been hurt.
   */
  MORAL_ENGAGEMENT,
  /** Psychological and emotional hurt is acknowledged and addressed, not only physical harm. */
  EMOTIONAL_HEALING,
  /** The practitioner gets the care needed to return to work confident and able, where possible. */
  PRACTITIONER_REINTEGRATION,
  /** The systemic issues that made the event possible are understood and addressed. */
  ORGANISATIONAL_LEARNING
}
