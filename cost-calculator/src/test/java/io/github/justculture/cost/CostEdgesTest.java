package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.Provenance;
import io.github.justculture.testing.Invalid;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cost model's rules at their limits, and the paths the worked examples do not take. */
class CostEdgesTest {

  private static ImmutableCostProfile.Builder trust() {
    return CostProfile.builder().headcount(5200).prevalence(new BigDecimal("0.21"));
  }

  @Test
  void sweepOptionsTakeBetweenOneAndTheMostDraws() {
    assertThat(SweepOptions.defaults().seed())
        .isEqualTo(SweepOptions.DEFAULT_SEED)
        .isEqualTo(2026L);
    assertThat(SweepOptions.builder().draws(1).build().draws()).hasValue(1);
    assertThat(SweepOptions.builder().draws(SweepOptions.MAX_DRAWS).build().draws())
        .hasValue(SweepOptions.MAX_DRAWS);
    Invalid.assertFindings(
        () -> SweepOptions.builder().draws(SweepOptions.MAX_DRAWS + 1).build(),
        "$.draws: must be between 1 and 1000000, was 1000001");
    Invalid.assertFindings(
        () -> SweepOptions.builder().draws(0).build(),
        "$.draws: must be between 1 and 1000000, was 0");
  }

  @Test
  void aRangeMayBeAPointButNotUpsideDown() {
    ParameterRange point =
        ParameterRange.of(CostParameter.PREVALENCE, "0.2", "0.2", Provenance.ASSUMED, "s");
    assertThat(point.low()).isEqualByComparingTo(point.high());
    Invalid.assertFindings(
        () -> ParameterRange.of(CostParameter.PREVALENCE, "0.3", "0.2", Provenance.ASSUMED, "s"),
        "$.high: must not be below low (0.3), was 0.2");
  }

  @Test
  void aProgrammeCannotCostLessThanNothing() {
    Invalid.assertFindings(
        () -> ComparisonRequest.of(trust().build(), trust().build(), Gbp.ofPence(-1)),
        "$.programmeCost: must not be negative, was \"-0.01\"");
    assertThat(ComparisonRequest.of(trust().build(), trust().build(), Gbp.ZERO).programmeCost())
        .isEqualTo(Gbp.ZERO);
  }

  @Test
  void countsAreWholeNumbers() {
    assertThat(CostParameter.HEADCOUNT.accepts(new BigDecimal("5200"))).isTrue();
    assertThat(CostParameter.HEADCOUNT.accepts(new BigDecimal("5200.00"))).isTrue();
    assertThat(CostParameter.HEADCOUNT.accepts(new BigDecimal("5200.5"))).isFalse();
    assertThat(CostParameter.HEADCOUNT.accepts(new BigDecimal("0"))).isFalse();
    // Only counts must be whole: a fraction may have decimals.
    assertThat(CostParameter.PREVALENCE.accepts(new BigDecimal("0.25"))).isTrue();
    assertThat(CostParameter.PREVALENCE.accepts(new BigDecimal("1.01"))).isFalse();
  }

  @Test
  void aBetaDistributionsSuccessesLieBetweenNoneAndAllTrials() {
    assertThat(Distribution.beta(0, 10).successes()).hasValue(0L);
    assertThat(Distribution.beta(10, 10).successes()).hasValue(10L);
    Invalid.assertFindings(
        () -> Distribution.beta(11, 10), "$.successes: must be between 0 and trials, was 11");
    Invalid.assertFindings(
        () -> Distribution.beta(-1, 10), "$.successes: must be between 0 and trials, was -1");
  }

  @Test
  void excessSicknessDaysExcludeTheirParts() {
    Invalid.assertPaths(
        () ->
            trust()
                .excessSicknessDays(new BigDecimal("7"))
                .excessAbsenceRatio(new BigDecimal("1.5"))
                .build(),
        "$.excessAbsenceRatio");
    Invalid.assertPaths(
        () ->
            trust()
                .excessSicknessDays(new BigDecimal("7"))
                .baselineSicknessDays(new BigDecimal("5"))
                .build(),
        "$.baselineSicknessDays");
  }

  @Test
  void aUserPriceUpliftIsNotedAndOnlyABullyingPresetEstimatesBullying() {
    CostEstimate plain = CostCalculator.estimate(trust().build());
    CostEstimate uplifted =
        CostCalculator.estimate(trust().priceUplift(new BigDecimal("1.1")).build());
    assertThat(plain.notes()).noneMatch(n -> n.contains("priceUplift"));
    assertThat(uplifted.notes())
        .anyMatch(n -> n.contains("moved from") && n.contains("priceUplift"));
    assertThatThrownBy(() -> CostCalculator.estimate(trust().preset("acas-2021").build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.preset");
    assertThatThrownBy(() -> CostCalculator.estimateConflict(trust().build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.preset");
  }

  /** The conflict estimate lists the uplift the user gave once, in place of the preset's. */
  @Test
  void aConflictEstimateListsTheUsersUpliftOnce() {
    CostProfile acas = CostProfile.builder().preset("acas-2021").build();
    ConflictCostEstimate base = CostCalculator.estimateConflict(acas);
    ConflictCostEstimate uplifted =
        CostCalculator.estimateConflict(
            CostProfile.builder().from(acas).priceUplift(new BigDecimal("1.25")).build());
    List<ParameterValue> given =
        uplifted.parameters().stream().filter(p -> p.name().equals("priceUplift")).toList();
    assertThat(given).hasSize(1);
    assertThat(given.get(0).value()).isEqualTo("1.25");
    assertThat(uplifted.parameters()).hasSameSizeAs(base.parameters());
  }

  @Test
  void aSensitivityBarsSwingIsNeverNegative() {
    for (SensitivityBar bar : CostCalculator.sensitivity(trust().build()).bars()) {
      assertThat(bar.swing().isNegative()).as(bar.parameter()).isFalse();
      assertThat(bar.swing())
          .as(bar.parameter())
          .isEqualTo(
              bar.totalAtHigh().minus(bar.totalAtLow()).isNegative()
                  ? bar.totalAtLow().minus(bar.totalAtHigh())
                  : bar.totalAtHigh().minus(bar.totalAtLow()));
    }
  }

  private static List<SweepRow> sweep(String csv) {
    assertThat(CostSweep.of(new StringReader(csv)).columns())
        .isEqualTo(List.of(csv.substring(0, csv.indexOf('\n')).split(",")));
    return CostSweepTest.sweep(csv);
  }

  @Test
  void aSweepNamesAColumnByItsPlaceWhenItsNameIsNotPlain() {
    assertThatThrownBy(() -> CostSweep.of(new StringReader("headcount,Jo Bloggs,x\n1,2,3\n")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(f -> f.message())
                    .containsExactly(
                        "$: column 2 is not a profile field (known fields: "
                            + e.findings().get(0).rule().split("known fields: ", -1)[1],
                        e.findings().get(1).message())
                    .noneMatch(m -> m.contains("Jo Bloggs")));
  }

  @Test
  void sweepRowsReadWholeNumbersAsJsonDoesAndNameEveryBadCell() {
    List<SweepRow> rows =
        sweep(
            """
            headcount,prevalence
            5200,0.21
            2147483647,0.21
            2147483648,0.21
            5200.0,0.21
            52e2,0.21
            52E2,0.21
            5200,0.21,extra
            """);
    assertThat(rows.get(0).isValid()).isTrue();
    assertThat(rows.get(0).estimate()).isPresent();
    assertThat(rows.get(1).isValid()).isTrue();
    assertThat(rows.get(2).problems())
        .extracting(p -> p.message())
        .singleElement()
        .asString()
        .startsWith("row 3 (line 4), column headcount: is out of range");
    for (int i = 3; i <= 5; i++) {
      assertThat(rows.get(i).isValid()).isFalse();
      assertThat(rows.get(i).problems())
          .extracting(p -> p.message())
          .singleElement()
          .asString()
          .startsWith(
              "row "
                  + (i + 1)
                  + " (line "
                  + (i + 2)
                  + "), column headcount: expected a whole number");
    }
    assertThat(rows.get(6).isValid()).isFalse();
    assertThat(rows.get(6).problems())
        .extracting(p -> p.message())
        .containsExactly("row 7 (line 8): has 3 cells, the header 2");
  }

  @Test
  void aSimulationsDistributionsMustStayWithinEachParametersRange() {
    SimulationRequest outside =
        SimulationRequest.builder()
            .profile(trust().build())
            .putDistribution("prevalence", Distribution.fixed(new BigDecimal("1.5")))
            .putDistribution(
                "dailyPay", Distribution.uniform(new BigDecimal("-1"), new BigDecimal("150")))
            .putDistribution(
                "coverUplift",
                Distribution.triangular(
                    new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("11")))
            .build();
    Invalid.assertPaths(
        () -> CostCalculator.simulate(outside, 10, 1L),
        "$.distributions.prevalence.value",
        "$.distributions.dailyPay.min",
        "$.distributions.coverUplift.max");
    Invalid.assertPaths(
        () ->
            CostCalculator.simulate(
                SimulationRequest.builder().profile(trust().build()).build(), 0, 1L),
        "$.draws");
    assertThat(
            CostCalculator.simulate(
                    SimulationRequest.builder().profile(trust().build()).build(), 1, 1L)
                .draws())
        .isEqualTo(1);
  }

  @Test
  void everyComponentHasTheLabelAReaderKnowsItBy() {
    assertThat(BullyingCosts.COMPONENTS.stream().map(BullyingCosts::label).toList())
        .containsExactly(
            "Sickness absence",
            "Cover for absence",
            "Replacing staff who leave",
            "Output lost while replacements settle in",
            "Output lost at work (presenteeism)",
            "Grievances, compensation and litigation");
    assertThat(BullyingCosts.label("somethingElse")).isEqualTo("somethingElse");
  }

  @Test
  void aDistributionTakesOnlyTheFieldsOfItsType() {
    Invalid.assertFindings(
        () ->
            ImmutableDistribution.builder()
                .type(Distribution.Type.FIXED)
                .value(BigDecimal.ONE)
                .successes(3L)
                .trials(10L)
                .build(),
        "$.successes: does not apply to a FIXED distribution",
        "$.trials: does not apply to a FIXED distribution");
    Invalid.assertFindings(
        () -> ImmutableDistribution.builder().type(Distribution.Type.BETA).trials(10L).build(),
        "$.successes: is required for a BETA distribution");
  }
}
