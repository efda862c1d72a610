package io.github.justculture.restorative;

/** Where an obligation stands. */
public enum ObligationStatus {
  /** Proposed, not yet accepted by the obligated party. */
  PROPOSED,
  /** Accepted. */
  ACCEPTED,
  /** Met. */
  MET,
  /** Declined by the obligated party. */
  DECLINED
}
