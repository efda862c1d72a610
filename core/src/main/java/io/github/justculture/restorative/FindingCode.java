package io.github.justculture.restorative;

/** What a restorative finding is about. */
public enum FindingCode {
  /** A party type is neither present nor recorded as none identified. */
  PARTY_TYPE_MISSING,
  /** A harm has not been acknowledged. */
  HARM_NOT_ACKNOWLEDGED,
  /** A need has not been explored with the party. */
  NEED_NOT_EXPLORED,
  /** A need has no obligation and no recorded reason. */
  NEED_WITHOUT_OBLIGATION,
  /** An obligation is past its due date and neither met nor declined. */
  OBLIGATION_OVERDUE,
  /** A goal has not been assessed (or is not started). */
  GOAL_NOT_ASSESSED
}
