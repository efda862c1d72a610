package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Monte Carlo simulation: mean, P5, P50 and P95 per component and of the total. The same seed and
 * number of draws give the same result whatever the number of threads.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSimulationResult.class)
@JsonDeserialize(as = ImmutableSimulationResult.class)
public abstract class SimulationResult {

  SimulationResult() {}

  /**
   * The preset.
   *
   * @return its id
   */
  public abstract String preset();

  /**
   * Draws made.
   *
   * @return the number of draws
   */
  public abstract int draws();

  /**
   * The seed.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Per component, in model order.
   *
   * @return component name → summary
   */
  public abstract Map<String, Summary> components();

  /**
   * Of the total.
   *
   * @return the summary
   */
  public abstract Summary total();

  /**
   * The distribution of the total: {@value Summaries#BINS} equal-width bins from the smallest to
   * the largest draw, for charts.
   *
   * @return the bins, lowest first
   */
  public abstract List<HistogramBin> totalHistogram();

  /**
   * The distribution each varying parameter was drawn from.
   *
   * @return parameter name → distribution
   */
  public abstract Map<String, Distribution> distributions();

  /**
   * Caveats.
   *
   * @return the notes
   */
  public abstract List<String> notes();
}
