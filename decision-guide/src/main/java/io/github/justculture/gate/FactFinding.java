package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The informal fact-finding done before any formal step. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFactFinding.class)
@JsonDeserialize(as = ImmutableFactFinding.class)
public abstract class FactFinding {

  FactFinding() {}

  /**
   * Where the record is kept.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * Whether it includes the person's own account.
   *
   * @return true when it does
   */
  public abstract boolean includesPersonsAccount();

  /**
   * When it was completed.
   *
   * @return the date
   */
  public abstract LocalDate completedOn();
}
