package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** A level of the maturity scale, for example 3 Embedded. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMaturityLevel.class)
@JsonDeserialize(as = ImmutableMaturityLevel.class)
public abstract class MaturityLevel {

  MaturityLevel() {}

  /**
   * The level's value.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract int value();

  /**
   * The level's label.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * A level.
   *
   * @param value the value
   * @param label the label
   * @return the level
   */
  public static MaturityLevel of(int value, String label) {
    return ImmutableMaturityLevel.of(value, label);
  }
}
