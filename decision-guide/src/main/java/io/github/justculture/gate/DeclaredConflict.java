package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A conflict of interest a decision-maker declared, and how it is mitigated. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDeclaredConflict.class)
@JsonDeserialize(as = ImmutableDeclaredConflict.class)
public abstract class DeclaredConflict {

  DeclaredConflict() {}

  /**
   * The conflict. Free text: redacted from {@code toString()}.
   *
   * @return the conflict
   */
  @Value.Redacted
  public abstract String conflict();

  /**
   * How it is mitigated.
   *
   * @return the mitigation, or empty
   */
  @Value.Redacted
  public abstract Optional<String> mitigation();
}
