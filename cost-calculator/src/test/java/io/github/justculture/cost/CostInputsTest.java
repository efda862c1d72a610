package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every input a user can set reaches the estimate, and reaches exactly the components the model
 * says: doubling a parameter doubles the components it multiplies and leaves the others alone, a
 * price uplift moves every money component, and the simulation with nothing uncertain equals the
 * point estimate, uplift included. (Mutation testing found that dropping several inputs left the
 * older tests green.)
 */
class CostInputsTest {

  private static final CostProfile BASE =
      CostProfile.builder()
          .headcount(1000)
          .prevalence(new BigDecimal("0.2"))
          .dailyPay(Gbp.parse("150"))
          .excessSicknessDays(new BigDecimal("10"))
          .coverUplift(new BigDecimal("0.5"))
          .bullyingLeaverRate(new BigDecimal("0.08"))
          .replacementCost(Gbp.parse("12000"))
          .rampUpCost(Gbp.parse("30000"))
          .presenteeismDays(new BigDecimal("17"))
          .employmentRelationsCostPerBulliedEmployee(Gbp.parse("330"))
          .build();

  private static final Set<String> ALL =
      Set.of(
          "sicknessAbsence",
          "absenceCover",
          "staffTurnover",
          "reducedProductivity",
          "presenteeism",
          "employmentRelations");

  private static Map<String, Gbp> components(CostProfile p) {
    return CostCalculator.estimate(p).components().asMap();
  }

  /** Changing one input multiplies exactly the named components by the factor. */
  private static void scales(
      UnaryOperator<ImmutableCostProfile> change, BigDecimal factor, Set<String> moved) {
    Map<String, Gbp> before = components(BASE);
    Map<String, Gbp> after = components(change.apply(ImmutableCostProfile.copyOf(BASE)));
    for (String c : ALL) {
      BigDecimal expected =
          moved.contains(c) ? before.get(c).amount().multiply(factor) : before.get(c).amount();
      assertThat(after.get(c).amount().round(MathContext.DECIMAL64))
          .as(c)
          .isEqualByComparingTo(expected.round(MathContext.DECIMAL64));
    }
  }

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  @Test
  void eachInputMovesExactlyTheComponentsItMultiplies() {
    scales(p -> p.withHeadcount(2000), TWO, ALL);
    scales(p -> p.withPrevalence(new BigDecimal("0.4")), TWO, ALL);
    scales(
        p -> p.withDailyPay(Gbp.parse("300")),
        TWO,
        Set.of("sicknessAbsence", "absenceCover", "presenteeism"));
    scales(
        p -> p.withExcessSicknessDays(new BigDecimal("20")),
        TWO,
        Set.of("sicknessAbsence", "absenceCover"));
    scales(p -> p.withCoverUplift(BigDecimal.ONE), TWO, Set.of("absenceCover"));
    scales(
        p -> p.withBullyingLeaverRate(new BigDecimal("0.16")),
        TWO,
        Set.of("staffTurnover", "reducedProductivity"));
    scales(p -> p.withReplacementCost(Gbp.parse("24000")), TWO, Set.of("staffTurnover"));
    scales(p -> p.withRampUpCost(Gbp.parse("60000")), TWO, Set.of("reducedProductivity"));
    scales(p -> p.withPresenteeismDays(new BigDecimal("34")), TWO, Set.of("presenteeism"));
    scales(
        p -> p.withEmploymentRelationsCostPerBulliedEmployee(Gbp.parse("660")),
        TWO,
        Set.of("employmentRelations"));
    // A price uplift moves every money parameter, so every component.
    scales(p -> p.withPriceUplift(new BigDecimal("1.1")), new BigDecimal("1.1"), ALL);
  }

  @Test
  void annualPayAndTheSicknessPairAreReadAsWell() {
    // annualPay / workingDaysPerYear gives the daily pay: 33,750 / 225 = 150, the base's.
    CostProfile annual =
        ImmutableCostProfile.builder()
            .from(BASE)
            .dailyPay(java.util.Optional.empty())
            .annualPay(Gbp.parse("33750"))
            .workingDaysPerYear(new BigDecimal("225"))
            .build();
    assertThat(components(annual)).isEqualTo(components(BASE));
    assertThat(
            components(
                    ImmutableCostProfile.copyOf(annual)
                        .withWorkingDaysPerYear(new BigDecimal("112.5")))
                .get("presenteeism")
                .amount())
        .isEqualByComparingTo(components(BASE).get("presenteeism").amount().multiply(TWO));
    // baselineSicknessDays x excessAbsenceRatio gives the excess days: 20 x 0.5 = 10, the base's.
    CostProfile pair =
        ImmutableCostProfile.builder()
            .from(BASE)
            .excessSicknessDays(java.util.Optional.empty())
            .baselineSicknessDays(new BigDecimal("20"))
            .excessAbsenceRatio(new BigDecimal("0.5"))
            .build();
    assertThat(components(pair)).isEqualTo(components(BASE));
    assertThat(
            components(
                    ImmutableCostProfile.copyOf(pair)
                        .withBaselineSicknessDays(new BigDecimal("40")))
                .get("sicknessAbsence")
                .amount())
        .isEqualByComparingTo(components(BASE).get("sicknessAbsence").amount().multiply(TWO));
  }

  @Test
  void withNothingUncertainTheSimulationIsThePointEstimateUpliftIncluded() {
    CostProfile uplifted = ImmutableCostProfile.copyOf(BASE).withPriceUplift(new BigDecimal("1.1"));
    SimulationResult r =
        CostCalculator.simulate(
            SimulationRequest.builder().profile(uplifted).presetRanges(false).build(),
            1000,
            1,
            Runnable::run,
            d -> {});
    BigDecimal total = CostCalculator.estimate(uplifted).total().amount();
    for (Summary s : java.util.List.of(r.total())) {
      for (Gbp g : java.util.List.of(s.mean(), s.p5(), s.p50(), s.p95())) {
        assertThat(g.amount().subtract(total).abs()).isLessThan(new BigDecimal("0.01"));
      }
    }
    CostEstimate e = CostCalculator.estimate(uplifted);
    for (Map.Entry<String, Gbp> c : e.components().asMap().entrySet()) {
      assertThat(
              r.components().get(c.getKey()).p50().amount().subtract(c.getValue().amount()).abs())
          .as(c.getKey())
          .isLessThan(new BigDecimal("0.01"));
    }
  }

  @Test
  void eachDistributionNamesWhatItNeedsAndWhatDoesNotApply() {
    assertThat(problems("{\"type\":\"UNIFORM\",\"min\":1}"))
        .contains("$.max: is required for a UNIFORM distribution");
    assertThat(problems("{\"type\":\"FIXED\",\"value\":1,\"min\":0}"))
        .contains("$.min: does not apply to a FIXED distribution");
    assertThat(problems("{\"type\":\"FIXED\"}"))
        .contains("$.value: is required for a FIXED distribution");
    assertThat(problems("{\"type\":\"TRIANGULAR\",\"min\":0,\"max\":2}"))
        .contains("$.mode: is required for a TRIANGULAR distribution");
    assertThat(problems("{\"type\":\"UNIFORM\",\"min\":0,\"max\":1,\"mode\":0.5}"))
        .contains("$.mode: does not apply to a UNIFORM distribution");
    assertThat(problems("{\"type\":\"BETA\",\"successes\":1}"))
        .contains("$.trials: is required for a BETA distribution");
    assertThat(problems("{\"type\":\"BETA\",\"successes\":1,\"trials\":2,\"value\":1}"))
        .contains("$.value: does not apply to a BETA distribution");
    assertThat(problems("{\"type\":\"UNIFORM\",\"min\":2,\"max\":1}"))
        .contains("$.max: must not be below min, was 1");
    assertThat(problems("{\"type\":\"TRIANGULAR\",\"min\":0,\"mode\":3,\"max\":2}"))
        .contains("$.mode: must be between min and max, was 3");
    assertThat(problems("{\"type\":\"TRIANGULAR\",\"min\":0,\"mode\":-1,\"max\":2}"))
        .contains("$.mode: must be between min and max, was -1");
    assertThat(problems("{\"type\":\"BETA\",\"successes\":3,\"trials\":2}"))
        .contains("$.successes: must be between 0 and trials, was 3");
    assertThat(problems("{\"type\":\"BETA\",\"successes\":0,\"trials\":0}"))
        .contains("$.trials: must be a positive whole number, was 0");
    // The boundaries themselves are allowed.
    assertThat(problems("{\"type\":\"TRIANGULAR\",\"min\":1,\"mode\":1,\"max\":1}")).isEmpty();
    assertThat(problems("{\"type\":\"BETA\",\"successes\":2,\"trials\":2}")).isEmpty();
  }

  private static java.util.List<String> problems(String json) {
    try {
      JustCultureJson.codec().read(json, Distribution.class);
      return java.util.List.of();
    } catch (InvalidInputException e) {
      return e.findings().stream().map(f -> f.message()).toList();
    }
  }

  @Test
  void theBaseProfileIsValid() {
    assertThat(BASE.given()).hasSize(10);
    assertThatThrownBy(() -> ImmutableCostProfile.copyOf(BASE).withAnnualPay(Gbp.parse("1")))
        .isInstanceOf(InvalidInputException.class);
  }
}
