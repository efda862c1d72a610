package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.Provenance;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Every label tells the truth about where a number comes from: what we could not trace is ASSUMED,
 * a range built on a calibrated value is not called sourced, what the library works out is DERIVED,
 * and every source a reader sees is public.
 */
class ProvenanceTest {

  private static final Preset KL = Presets.klineLewis2019();

  @Test
  void theUntracedReplacementCostIsAssumedWithItsReasoning() {
    ParameterValue replacement = KL.parameter("replacementCost").orElseThrow();
    assertThat(replacement.provenance()).isEqualTo(Provenance.ASSUMED);
    assertThat(replacement.source()).contains("could not trace");
  }

  @Test
  void aRangeRestingOnACalibratedValueIsNotCalledSourced() {
    for (ParameterRange range : KL.ranges()) {
      ParameterValue base = KL.parameter(range.parameter().jsonName()).orElseThrow();
      boolean onCalibrated =
          base.provenance() == Provenance.CALIBRATED
              || range.source().contains("CALIBRATED")
              || range.low().compareTo(base.decimal()) == 0
              || range.high().compareTo(base.decimal()) == 0;
      if (onCalibrated || base.provenance() == Provenance.ASSUMED) {
        assertThat(range.provenance())
            .as(range.parameter().jsonName())
            .isEqualTo(Provenance.ASSUMED);
      }
      assertThat(range.source()).as(range.parameter().jsonName()).doesNotContain("cost-model.md");
      assertThat(range.low()).isLessThanOrEqualTo(base.decimal());
      assertThat(range.high()).isGreaterThanOrEqualTo(base.decimal());
    }
    for (ParameterValue p : KL.parameters()) {
      assertThat(p.source()).as(p.name()).doesNotContain("cost-model.md");
    }
  }

  @Test
  void kivimakisRateRatioIsSaidToCountSpells() {
    assertThat(KL.range(CostParameter.EXCESS_SICKNESS_DAYS).orElseThrow().source())
        .contains("spells")
        .contains("1.5");
  }

  @Test
  void theReplacementCostRangeLeavesOutTheRampUpTheModelCountsElsewhere() {
    ParameterRange r = KL.range(CostParameter.REPLACEMENT_COST).orElseThrow();
    // Oxford Economics 2014: £30,614 = £25,181 of lost output (rampUpCost here) + £5,433.
    assertThat(r.low()).isEqualByComparingTo("5433");
    // The top is the assumed value + 50%, far below the £30,614 that counted the ramp-up again.
    assertThat(r.high())
        .isEqualByComparingTo(
            KL.parameter("replacementCost").orElseThrow().decimal().multiply(new BigDecimal("1.5")))
        .isLessThan(new BigDecimal("30614"));
    assertThat(r.source()).contains("rampUpCost");
  }

  @Test
  void dailyPayWorkedOutFromAnnualPayIsDerivedNotTheUsers() {
    CostEstimate e =
        CostCalculator.estimate(
            CostProfile.builder().headcount(100).annualPay(Gbp.parse("34000")).build());
    ParameterValue daily =
        e.parameters().stream().filter(p -> p.name().equals("dailyPay")).findFirst().orElseThrow();
    assertThat(daily.provenance()).isEqualTo(Provenance.DERIVED);
    assertThat(daily.source()).isEqualTo("annualPay / workingDaysPerYear");
    ParameterValue annual =
        e.parameters().stream().filter(p -> p.name().equals("annualPay")).findFirst().orElseThrow();
    assertThat(annual.provenance()).isEqualTo(Provenance.USER);
  }

  @Test
  void everyParameterAndComponentHasAReadersLabel() {
    for (CostParameter p : CostParameter.values()) {
      assertThat(p.label()).as(p.jsonName()).contains(" ").isNotEqualTo(p.jsonName());
      assertThat(CostParameter.labelOf(p.jsonName())).isEqualTo(p.label());
    }
    assertThat(CostParameter.labelOf("somethingElse")).isEqualTo("somethingElse");
    BullyingCosts costs = CostCalculator.estimate(CostProfile.builder().build()).components();
    for (String component : costs.asMap().keySet()) {
      assertThat(BullyingCosts.label(component)).isNotEqualTo(component);
    }
  }
}
