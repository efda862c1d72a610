package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A suspension of a practitioner: open while it has no end date. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSuspension.class)
@JsonDeserialize(as = ImmutableSuspension.class)
public abstract class Suspension {

  Suspension() {}

  /**
   * The suspended practitioner.
   *
   * @return a party id of the case (a second victim)
   */
  public abstract String party();

  /**
   * When it started.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * When it ended.
   *
   * @return the end date, or empty while open
   */
  public abstract Optional<LocalDate> end();

  /**
   * Whether the suspension is open.
   *
   * @return true without an end date
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isOpen() {
    return end().isEmpty();
  }
}
