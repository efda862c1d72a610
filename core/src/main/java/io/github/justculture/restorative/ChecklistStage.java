package io.github.justculture.restorative;

/** The four stages of Dekker's Restorative Just Culture Checklist. */
public enum ChecklistStage {
  /** Has each party's hurt been acknowledged? */
  ACKNOWLEDGED,
  /** Have the needs arising from the harm been explored together with them? */
  EXPLORED,
  /** Is it identified whose obligation each need is? */
  IDENTIFIED,
  /**
   * Have the four goals been achieved (Dekker), and, a condition this library adds, every
   * obligation for the party type's needs met?
   */
  ACHIEVED
}
