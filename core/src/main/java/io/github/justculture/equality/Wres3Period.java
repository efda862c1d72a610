package io.github.justculture.equality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Indicator 3 over one period, or over two consecutive periods pooled (WRES reports indicator 3 as
 * a two-year rolling figure).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableWres3Period.class)
@JsonDeserialize(as = ImmutableWres3Period.class)
public abstract class Wres3Period {

  Wres3Period() {}

  /**
   * The periods covered, as written in the records' {@code period} column: one, or two for a
   * rolling figure.
   *
   * @return the periods, in order
   */
  public abstract List<String> periods();

  /**
   * The relative likelihood over those periods: for two, from the counts of both pooled (events
   * added, headcounts added), which is the headcount-weighted average of the two periods' rates.
   *
   * @return the result
   */
  public abstract RelativeLikelihood result();

  /**
   * People counted (once per period).
   *
   * @return the count
   */
  public abstract long persons();

  /**
   * People whose group is unknown or not stated, excluded from the ratio (once per period).
   *
   * @return the count
   */
  public abstract long excludedUnknown();
}
