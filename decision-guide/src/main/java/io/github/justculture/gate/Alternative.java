package io.github.justculture.gate;

/** The alternatives to formal action every proposal must record as considered. */
public enum Alternative {
  /** Informal resolution. */
  INFORMAL_RESOLUTION,
  /** Training. */
  TRAINING,
  /** Closer supervision. */
  SUPERVISION,
  /** Mediation. */
  MEDIATION
}
