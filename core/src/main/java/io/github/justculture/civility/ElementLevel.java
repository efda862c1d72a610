package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An element with its level, as named as the weakest of a theme or in a comparison. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableElementLevel.class)
@JsonDeserialize(as = ImmutableElementLevel.class)
public abstract class ElementLevel {

  ElementLevel() {}

  /**
   * The element's id.
   *
   * @return the id
   */
  public abstract String element();

  /**
   * Its level (in a comparison, empty when it was not rated).
   *
   * @return the level
   */
  public abstract Optional<Integer> level();

  /**
   * The level's label.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();
}
