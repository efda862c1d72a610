package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Whose obligation it is to meet a need: the commitment, its status and due date. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableObligation.class)
@JsonDeserialize(as = ImmutableObligation.class)
public abstract class Obligation {

  Obligation() {}

  /**
   * The obligation's id in this case.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The need it meets.
   *
   * @return a need id of the case
   */
  public abstract String need();

  /**
   * The party obligated to meet it (for example the organisation, or the practitioner).
   *
   * @return a party id of the case
   */
  public abstract String obligatedParty();

  /**
   * What was committed to. Redacted from {@code toString()}.
   *
   * @return the commitment
   */
  @Value.Redacted
  public abstract String commitment();

  /**
   * Where it stands.
   *
   * @return the status
   */
  public abstract ObligationStatus status();

  /**
   * When it is due.
   *
   * @return the due date, or empty
   */
  public abstract Optional<LocalDate> due();
}
