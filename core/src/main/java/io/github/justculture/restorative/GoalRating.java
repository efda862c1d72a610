package io.github.justculture.restorative;

/** How far a goal has been reached. */
public enum GoalRating {
  /** Not started. */
  NOT_STARTED,
  /** Partly achieved. */
  PARTLY,
  /** Achieved (needs at least one piece of evidence). */
  ACHIEVED
}
