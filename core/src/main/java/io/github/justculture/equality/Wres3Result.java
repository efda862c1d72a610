package io.github.justculture.equality;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * WRES indicator 3: the relative likelihood (focus BME, reference WHITE) and what was counted.
 *
 * <p>Without a {@code period} column, {@link #result()} is over all the records. With one, WRES's
 * two-year rolling figure: {@link #result()} pools the last two periods (or is the only period),
 * and {@link #periods()} and {@link #rolling()} give each period and each rolling pair.
 *
 * <p>In JSON the relative-likelihood fields are at the top level, followed by {@code rows}, {@code
 * persons} and {@code excludedUnknown}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableWres3Result.class)
@JsonDeserialize(as = ImmutableWres3Result.class)
public abstract class Wres3Result {

  Wres3Result() {}

  /**
   * The relative likelihood of BME staff entering the process compared with white staff.
   *
   * @return the result
   */
  @JsonUnwrapped
  public abstract RelativeLikelihood result();

  /**
   * Data rows read.
   *
   * @return the number of rows
   */
  public abstract long rows();

  /**
   * Distinct people (a person with several rows counts once).
   *
   * @return the number of people
   */
  public abstract long persons();

  /**
   * People whose group is unknown or not stated: excluded from the ratio.
   *
   * @return the count
   */
  public abstract long excludedUnknown();

  /**
   * With a {@code period} column, indicator 3 for each period, in order; otherwise empty.
   *
   * @return the periods
   */
  public abstract java.util.List<Wres3Period> periods();

  /**
   * With a {@code period} column, the two-period rolling figure for each pair of consecutive
   * periods, in order; the last is the one {@link #result()} gives. Otherwise empty.
   *
   * @return the rolling figures
   */
  public abstract java.util.List<Wres3Period> rolling();
}
