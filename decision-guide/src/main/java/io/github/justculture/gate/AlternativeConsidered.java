package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An alternative to formal action, as considered: adopted, or rejected with the reason. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAlternativeConsidered.class)
@JsonDeserialize(as = ImmutableAlternativeConsidered.class)
public abstract class AlternativeConsidered {

  AlternativeConsidered() {}

  /**
   * The alternative.
   *
   * @return the alternative
   */
  public abstract Alternative alternative();

  /**
   * Whether it was adopted (alongside or instead of formal action).
   *
   * @return true when adopted
   */
  public abstract boolean adopted();

  /**
   * Why it was rejected. Required when not adopted.
   *
   * @return the reason, or empty
   */
  @Value.Redacted
  public abstract Optional<String> rejectedBecause();
}
