package io.github.justculture.gate;

/** Why suspension is proposed. */
public enum SuspensionReason {
  /** To keep patients safe. */
  PATIENT_SAFETY,
  /** To protect the integrity of the investigation. */
  INVESTIGATION_INTEGRITY,
  /** Any other reason (which does not justify suspension). */
  OTHER
}
