package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The input of a simulation: a profile, and distributions for any of its effective parameters
 * ({@code headcount}, {@code prevalence}, {@code dailyPay}, {@code priceUplift}, {@code
 * excessSicknessDays}, {@code coverUplift}, {@code bullyingLeaverRate}, {@code replacementCost},
 * {@code rampUpCost}, {@code presenteeismDays}, {@code employmentRelationsCostPerBulliedEmployee}).
 *
 * <p>Parameters without a distribution are fixed at their profile value, except that with {@code
 * presetRanges} (the default) each parameter whose value comes from the preset and which has a
 * preset range is drawn from a triangular distribution (low, preset value, high).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSimulationRequest.class)
@JsonDeserialize(as = ImmutableSimulationRequest.class)
public abstract class SimulationRequest {

  SimulationRequest() {}

  /**
   * The profile.
   *
   * @return the profile
   */
  public abstract CostProfile profile();

  /**
   * Distributions by parameter name.
   *
   * @return name → distribution
   */
  public abstract Map<String, Distribution> distributions();

  /**
   * Whether preset values with a range are drawn from a triangular distribution over it.
   *
   * @return true by default
   */
  @Value.Default
  public boolean presetRanges() {
    return true;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableSimulationRequest.Builder builder() {
    return ImmutableSimulationRequest.builder();
  }
}
