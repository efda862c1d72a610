package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  private static final CostProfile TRUST =
      CostProfile.builder().headcount(5200).prevalence(new BigDecimal("0.21")).build();

  @Test
  void comparesAScenarioWithReturnAndBreakEven() {
    CostProfile after = ImmutableCostProfile.copyOf(TRUST).withPrevalence(new BigDecimal("0.18"));
    Comparison c = CostCalculator.compare(ComparisonRequest.of(TRUST, after, Gbp.parse("250000")));
    Gbp perBullied = c.baseline().perBulliedEmployee().orElseThrow();
    // Saving is linear in prevalence: H x 0.03 x cost per bullied employee.
    assertThat(c.saving().amount())
        .isEqualByComparingTo(
            perBullied.amount().multiply(new BigDecimal("5200")).multiply(new BigDecimal("0.03")));
    assertThat(c.returnOnInvestment().orElseThrow())
        .isEqualByComparingTo(
            c.saving()
                .minus(Gbp.parse("250000"))
                .amount()
                .divide(new BigDecimal("250000"), java.math.MathContext.DECIMAL64));
    BigDecimal breakEven = c.breakEvenPrevalenceReduction().orElseThrow();
    CostProfile atBreakEven =
        ImmutableCostProfile.copyOf(TRUST)
            .withPrevalence(new BigDecimal("0.21").subtract(breakEven));
    Comparison even =
        CostCalculator.compare(ComparisonRequest.of(TRUST, atBreakEven, Gbp.parse("250000")));
    assertThat(even.saving().rounded()).isEqualTo(Gbp.parse("250000.00"));
    assertThat(
            CostCalculator.compare(ComparisonRequest.of(TRUST, after, Gbp.ZERO))
                .returnOnInvestment())
        .isEmpty();
  }

  /** Nothing to recover when bullying costs nothing: no break-even, and the programme is lost. */
  @Test
  void aProfileThatCostsNothingHasNoBreakEven() {
    CostProfile free =
        CostProfile.builder()
            .headcount(100)
            .prevalence(new BigDecimal("0.2"))
            .excessSicknessDays(BigDecimal.ZERO)
            .presenteeismDays(BigDecimal.ZERO)
            .bullyingLeaverRate(BigDecimal.ZERO)
            .employmentRelationsCostPerBulliedEmployee(Gbp.ZERO)
            .build();
    CostProfile fewer = ImmutableCostProfile.copyOf(free).withPrevalence(new BigDecimal("0.1"));
    Comparison c = CostCalculator.compare(ComparisonRequest.of(free, fewer, Gbp.parse("1000")));
    assertThat(c.baseline().perBulliedEmployee()).contains(Gbp.ZERO);
    assertThat(c.saving().isZero()).isTrue();
    assertThat(c.breakEvenPrevalenceReduction()).isEmpty();
    assertThat(c.returnOnInvestment().orElseThrow()).isEqualByComparingTo("-1");
  }

  @Test
  void comparisonErrorsNameTheSideTheyAreOn() {
    CostProfile bad = CostProfile.builder().preset("nope").build();
    assertThatThrownBy(() -> CostCalculator.compare(ComparisonRequest.of(bad, bad, Gbp.ZERO)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::path)
                    .containsExactly("$.baseline.preset", "$.scenario.preset"));
  }

  @Test
  void sensitivityBarsAreSortedBySwingAndComputedFromTheRanges() {
    Sensitivity s = CostCalculator.sensitivity(TRUST);
    assertThat(s.baseTotal()).isEqualTo(CostCalculator.estimate(TRUST).total());
    List<SensitivityBar> bars = s.bars();
    assertThat(bars).hasSize(Presets.klineLewis2019().ranges().size());
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i - 1).swing()).isGreaterThanOrEqualTo(bars.get(i).swing());
    }
    SensitivityBar cover =
        bars.stream().filter(b -> b.parameter().equals("coverUplift")).findFirst().orElseThrow();
    CostEstimate atHigh =
        CostCalculator.estimate(
            ImmutableCostProfile.copyOf(TRUST).withCoverUplift(new BigDecimal("0.9")));
    assertThat(cover.totalAtHigh()).isEqualTo(atHigh.total());
    assertThat(cover.base()).isEqualByComparingTo("0.625");
  }

  private static SimulationRequest request() {
    return SimulationRequest.builder()
        .profile(TRUST)
        .putDistribution("prevalence", Distribution.beta(1092, 5200))
        .build();
  }

  @Test
  void simulationIsIdenticalOnOneTwoAndFourThreads() {
    SimulationResult single = CostCalculator.simulate(request(), 100_000, 42L);
    for (int threads : new int[] {1, 2, 4}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        AtomicLong progress = new AtomicLong();
        SimulationResult r =
            CostCalculator.simulate(
                request(), 100_000, 42L, pool, done -> progress.accumulateAndGet(done, Math::max));
        assertThat(r).as("%d threads", threads).isEqualTo(single);
        assertThat(progress.get()).isEqualTo(100_000);
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(CostCalculator.simulate(request(), 100_000, 43L)).isNotEqualTo(single);
  }

  @Test
  void allFixedDistributionsGiveThePointEstimate() {
    SimulationResult r =
        CostCalculator.simulate(
            SimulationRequest.builder()
                .profile(CostProfile.builder().build())
                .presetRanges(false)
                .build(),
            1_000,
            7L);
    CostEstimate point = CostCalculator.estimate(CostProfile.builder().build());
    assertThat(r.total().p50().toString()).isEqualTo(point.total().toString());
    assertThat(r.total().p5().toString()).isEqualTo(point.total().toString());
    point
        .components()
        .asMap()
        .forEach(
            (name, amount) ->
                assertThat(r.components().get(name).p50().toString()).isEqualTo(amount.toString()));
    assertThat(r.distributions()).isEmpty();
  }

  @Test
  void presetRangesAreUsedAndLabelled() {
    SimulationResult r = CostCalculator.simulate(request(), 20_000, 1L);
    assertThat(r.distributions()).containsKeys("prevalence", "coverUplift", "replacementCost");
    assertThat(r.total().p5()).isLessThan(r.total().p50());
    assertThat(r.total().p50()).isLessThan(r.total().p95());
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("ASSUMED"));
    // The beta draw of prevalence centres on the survey proportion 1092/5200 = 0.21.
    CostEstimate point = CostCalculator.estimate(TRUST);
    assertThat(r.total().mean().amount().doubleValue())
        .isBetween(
            point.total().amount().doubleValue() * 0.5, point.total().amount().doubleValue() * 1.5);
  }

  @Test
  void simulationRequestsAreValidated() {
    SimulationRequest bad =
        SimulationRequest.builder()
            .profile(TRUST)
            .putDistribution("prevalance", Distribution.fixed(BigDecimal.ONE))
            .putDistribution("coverUplift", Distribution.beta(1, 2))
            .putDistribution(
                "prevalence", Distribution.uniform(new BigDecimal("0.1"), new BigDecimal("1.5")))
            .build();
    assertThatThrownBy(() -> CostCalculator.simulate(bad, 0, 1L))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::path)
                    .containsExactlyInAnyOrder(
                        "$.draws",
                        "$.distributions.prevalance",
                        "$.distributions.coverUplift.type",
                        "$.distributions.prevalence.max"));
    assertThatThrownBy(
            () -> Distribution.triangular(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN))
        .hasMessageContaining("$.mode: must be between min and max");
    assertThatThrownBy(
            () ->
                CostCalculator.simulate(
                    SimulationRequest.builder()
                        .profile(CostProfile.builder().preset("x").build())
                        .build(),
                    10,
                    1L))
        .hasMessageContaining("$.profile.preset");
  }

  /** The parameters a simulation may vary are exactly those it accepts a distribution for. */
  @Test
  void simulatedParametersAreThoseADistributionMayName() {
    List<String> simulated = CostCalculator.simulatedParameters();
    assertThat(simulated)
        .containsExactly(
            "headcount",
            "prevalence",
            "dailyPay",
            "priceUplift",
            "excessSicknessDays",
            "coverUplift",
            "bullyingLeaverRate",
            "replacementCost",
            "rampUpCost",
            "presenteeismDays",
            "employmentRelationsCostPerBulliedEmployee");
    for (CostParameter p : CostParameter.values()) {
      SimulationRequest one =
          SimulationRequest.builder()
              .profile(TRUST)
              .presetRanges(false)
              .putDistribution(p.jsonName(), Distribution.fixed(new BigDecimal("1")))
              .build();
      if (simulated.contains(p.jsonName())) {
        assertThat(CostCalculator.simulate(one, 10, 1L).distributions())
            .as(p.jsonName())
            .containsOnlyKeys(p.jsonName());
      } else {
        assertThatThrownBy(() -> CostCalculator.simulate(one, 10, 1L))
            .as(p.jsonName())
            .hasMessageContaining(
                "$.distributions." + p.jsonName() + ": not a simulated parameter");
      }
    }
  }

  @Test
  void theAcasPresetIsTheOneNamedAcas2021() {
    assertThat(Presets.acas2021()).isSameAs(Presets.byId("acas-2021").orElseThrow());
    assertThat(Presets.acas2021().model()).isEqualTo(CostModel.ACAS_CONFLICT);
    assertThat(Presets.all())
        .contains(Presets.acas2021())
        .first()
        .isEqualTo(Presets.klineLewis2019());
  }
}
