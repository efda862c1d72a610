package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The input of a comparison: a baseline, a scenario (typically a lower prevalence after an
 * intervention), and what the programme costs a year.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableComparisonRequest.class)
@JsonDeserialize(as = ImmutableComparisonRequest.class)
public abstract class ComparisonRequest {

  ComparisonRequest() {}

  /**
   * The organisation as it is.
   *
   * @return the baseline profile
   */
  public abstract CostProfile baseline();

  /**
   * The organisation under the scenario.
   *
   * @return the scenario profile
   */
  public abstract CostProfile scenario();

  /**
   * What the programme costs a year, K.
   *
   * @return the cost, not negative
   */
  public abstract Gbp programmeCost();

  /**
   * A request.
   *
   * @param baseline the baseline
   * @param scenario the scenario
   * @param programmeCost the programme's yearly cost
   * @return the request
   */
  public static ComparisonRequest of(
      CostProfile baseline, CostProfile scenario, Gbp programmeCost) {
    return ImmutableComparisonRequest.builder()
        .baseline(baseline)
        .scenario(scenario)
        .programmeCost(programmeCost)
        .build();
  }

  @Value.Check
  void check() {
    if (programmeCost().isNegative()) {
      throw io.github.justculture.core.InvalidInputException.of(
          "comparison",
          io.github.justculture.core.Finding.of(
              "$.programmeCost", "must not be negative", programmeCost()));
    }
  }
}
