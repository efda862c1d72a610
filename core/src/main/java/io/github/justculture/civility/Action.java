package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An action to improve an element: who owns it, what it is, when it is due. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAction.class)
@JsonDeserialize(as = ImmutableAction.class)
public abstract class Action {

  Action() {}

  /**
   * The owner, by role or pseudonymous reference.
   *
   * @return the owner
   */
  @Value.Redacted
  public abstract String owner();

  /**
   * What will be done. Redacted from {@code toString()}.
   *
   * @return the description
   */
  @Value.Redacted
  public abstract String description();

  /**
   * When it is due.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> due();
}
