package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The wellbeing support offered to the person. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableWellbeingSupport.class)
@JsonDeserialize(as = ImmutableWellbeingSupport.class)
public abstract class WellbeingSupport {

  WellbeingSupport() {}

  /**
   * Whether occupational health was offered.
   *
   * @return true when offered
   */
  public abstract boolean occupationalHealthOffered();

  /**
   * Whether the employee assistance programme was offered.
   *
   * @return true when offered
   */
  public abstract boolean employeeAssistanceOffered();

  /**
   * The named contact for the person.
   *
   * @return the reference, or empty
   */
  @Value.Redacted
  public abstract Optional<String> namedContact();
}
