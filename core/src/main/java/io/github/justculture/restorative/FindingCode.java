package io.github.justculture.restorative;

/**
 * What a restorative finding is about, and whether it holds back the closing of the case.
 *
 * <p>The closing rule follows the brief of the restorative programmes (South Tees, Mersey Care): a
 * case may close when every party type is considered, every harm is recorded and acknowledged,
 * every need is recorded, explored and owned, no obligation is overdue and all four goals are
 * assessed. An obligation still open before its due date, or a goal assessed as only partly
 * achieved, keeps the checklist's ACHIEVED row at NO and is reported, but does not hold back the
 * closing.
 */
public enum FindingCode {
  /** A party type is neither present nor recorded as none identified. */
  PARTY_TYPE_MISSING(true),
  /** A party has no harm recorded, so how it was hurt cannot have been acknowledged. */
  HARM_NOT_RECORDED(true),
  /** A harm has not been acknowledged. */
  HARM_NOT_ACKNOWLEDGED(true),
  /** A party has no need recorded, so none can have been explored or owned. */
  NEED_NOT_RECORDED(true),
  /** A need has not been explored with the party. */
  NEED_NOT_EXPLORED(true),
  /** A need has no obligation and no recorded reason. */
  NEED_WITHOUT_OBLIGATION(true),
  /** An obligation is past its due date and neither met nor declined. */
  OBLIGATION_OVERDUE(true),
  /** An obligation is not met: still open before its due date, or declined. */
  OBLIGATION_NOT_MET(false),
  /** A goal has not been assessed (or is not started). */
  GOAL_NOT_ASSESSED(true),
  /** A goal is assessed as only partly achieved. */
  GOAL_NOT_ACHIEVED(false);

  private final boolean blocksClosure;

  FindingCode(boolean blocksClosure) {
    this.blocksClosure = blocksClosure;
  }

  /**
   * Whether a finding of this code holds back the closing of the case.
   *
   * @return true when the case may not close while it stands
   */
  public boolean blocksClosure() {
    return blocksClosure;
  }
}
