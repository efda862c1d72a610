package io.github.justculture.equality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** A 95% confidence interval. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableInterval.class)
@JsonDeserialize(as = ImmutableInterval.class)
public abstract class Interval {

  Interval() {}

  /**
   * The lower bound.
   *
   * @return the lower bound
   */
  @Value.Parameter
  public abstract double lower();

  /**
   * The upper bound.
   *
   * @return the upper bound
   */
  @Value.Parameter
  public abstract double upper();
}
