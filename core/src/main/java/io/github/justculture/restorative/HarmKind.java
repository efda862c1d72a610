package io.github.justculture.restorative;

/** The kinds of harm a party may suffer. */
public enum HarmKind {
  /** Physical harm. */
  PHYSICAL,
  /** Psychological or emotional harm. */
  PSYCHOLOGICAL,
  /** Harm to a career or professional standing. */
  PROFESSIONAL,
  /** Harm to reputation. */
  REPUTATIONAL,
  /** Loss of trust. */
  TRUST,
  /** Financial loss. */
  FINANCIAL
}
