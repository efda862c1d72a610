package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One bin of a simulated total's distribution: draws with totals in [from, to) (the last bin
 * includes to).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableHistogramBin.class)
@JsonDeserialize(as = ImmutableHistogramBin.class)
public abstract class HistogramBin {

  HistogramBin() {}

  /**
   * The bin's lower edge.
   *
   * @return the amount
   */
  @Value.Parameter
  @SuppressWarnings("immutables:from") // "from" is the JSON field; no copy builder is wanted
  public abstract Gbp from();

  /**
   * The bin's upper edge.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Gbp to();

  /**
   * Draws in the bin.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int count();
}
