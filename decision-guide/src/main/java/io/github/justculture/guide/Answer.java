package io.github.justculture.guide;

/**
 * An answer to a question of a guide. A question may also be unanswered (absent from the answers).
 */
public enum Answer {
  /** Yes. */
  YES,
  /** No. */
  NO,
  /** Asked, but not known yet; the evaluation considers both answers. */
  UNKNOWN
}
