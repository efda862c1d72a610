package io.github.justculture.core;

/**
 * Where a number comes from. Every parameter of a preset or definition carries one, so that a
 * reader can tell a published figure from one we fitted or assumed.
 */
public enum Provenance {
  /** Reported by the cited source itself (for example a figure printed in the paper). */
  REPORTED,
  /** Taken from another cited source than the one the preset reproduces. */
  SOURCED,
  /**
   * Chosen by us so that the model reproduces a published result; not itself published. Treat with
   * care: a calibrated value is only as good as the result it was fitted to.
   */
  CALIBRATED,
  /** Assumed by us, with no source; the documentation says why. */
  ASSUMED,
  /**
   * Computed by the library from other values (daily pay from the annual pay and working days a
   * year, say); its source says how. It is as good as the values it comes from.
   */
  DERIVED,
  /** Supplied by the user of the library for their own organisation or scenario. */
  USER
}
