package io.github.justculture.restorative;

/** Who may be hurt by an incident. */
public enum PartyType {
  /** Patients, families, carers or colleagues harmed by the event. */
  FIRST_VICTIM,
  /** The practitioners involved, who are often hurt too (and the party most often forgotten). */
  SECOND_VICTIM,
  /** The organisation: reputational, trust or other harm. */
  ORGANISATION,
  /** Those who witnessed the event or were affected by it. */
  COMMUNITY,
  /** Anyone else, described in the party's own entry. */
  OTHER;

  /** The four types every case must consider (present, or recorded as none identified). */
  public static final java.util.List<PartyType> REQUIRED =
      java.util.List.of(FIRST_VICTIM, SECOND_VICTIM, ORGANISATION, COMMUNITY);
}
