package io.github.justculture.restorative;

/** A cell of the checklist. */
public enum Mark {
  /** Done for every party of the type. */
  YES,
  /** Not (yet) done. */
  NO,
  /** The type was recorded as having no one hurt. */
  NOT_APPLICABLE
}
