package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** The mean and percentiles (nearest rank) of a simulated amount. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSummary.class)
@JsonDeserialize(as = ImmutableSummary.class)
public abstract class Summary {

  Summary() {}

  /**
   * The mean.
   *
   * @return the mean
   */
  public abstract Gbp mean();

  /**
   * The 5th percentile.
   *
   * @return P5
   */
  public abstract Gbp p5();

  /**
   * The median.
   *
   * @return P50
   */
  public abstract Gbp p50();

  /**
   * The 95th percentile.
   *
   * @return P95
   */
  public abstract Gbp p95();
}
