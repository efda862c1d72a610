package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.Provenance;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The presets reproduce the figures of docs/domain/cost-model.md to the penny. */
class PresetRegressionTest {

  @Test
  void klineLewis2019ReproducesThePublishedComponents() {
    CostEstimate nhs = CostCalculator.estimate(CostProfile.builder().build());
    Map<String, String> expected =
        Map.of(
            "sicknessAbsence", "483578276.69",
            "absenceCover", "302236422.93",
            "staffTurnover", "231900710.40",
            "reducedProductivity", "575700084.09",
            "presenteeism", "604399856.23",
            "employmentRelations", "83500924.80");
    nhs.components()
        .asMap()
        .forEach(
            (name, amount) -> assertThat(amount.toString()).as(name).isEqualTo(expected.get(name)));
    assertThat(nhs.total().toString()).isEqualTo("2281316275.14");
    assertThat(nhs.perEmployee().toString()).isEqualTo("2180.99");
    assertThat(nhs.perBulliedEmployee().orElseThrow().toString()).isEqualTo("9087.46");
    assertThat(nhs.bulliedStaff()).isEqualByComparingTo("251040");
    assertThat(nhs.priceYear()).isEqualTo("2017/18");
    assertThat(nhs.notes()).anySatisfy(n -> assertThat(n).contains("Calibrated parameters in use"));
    assertThat(nhs.parameters())
        .filteredOn(p -> p.provenance() == Provenance.CALIBRATED)
        .extracting(ParameterValue::name)
        .containsExactly(
            "excessSicknessDays",
            "bullyingLeaverRate",
            "rampUpCost",
            "presenteeismDays",
            "employmentRelationsCostPerBulliedEmployee");
  }

  @Test
  void thePapersReportedSevenDaysGiveTheSmallerFigureItsDescriptionAdmits() {
    CostEstimate sevenDays =
        CostCalculator.estimate(
            CostProfile.builder().excessSicknessDays(BigDecimal.valueOf(7)).build());
    assertThat(sevenDays.components().sicknessAbsence().toString()).isEqualTo("246230073.60");
    assertThat(Presets.klineLewis2019().description())
        .contains("gives £246.2m, not £483.6m")
        .contains("CALIBRATED");
  }

  @Test
  void acas2021ReproducesItsTotalsWithEachPresenteeismBound() {
    ConflictCostEstimate low =
        CostCalculator.estimateConflict(CostProfile.builder().preset("acas-2021").build());
    assertThat(low.total()).isEqualTo(Gbp.parse("28507096760"));
    assertThat(low.presenteeismBound()).isEqualTo(PresenteeismBound.LOW);
    assertThat(low.components().formalGrievances()).isEqualTo(Gbp.parse("356396760"));
    assertThat(low.components().disciplinaryCases()).isEqualTo(Gbp.parse("1939700000"));
    assertThat(low.components().litigation()).isEqualTo(Gbp.parse("771000000"));
    ConflictCostEstimate high =
        CostCalculator.estimateConflict(
            CostProfile.builder()
                .preset("acas-2021")
                .presenteeismBound(PresenteeismBound.HIGH)
                .build());
    assertThat(high.total()).isEqualTo(Gbp.parse("30217096760"));
    ConflictCostEstimate uplifted =
        CostCalculator.estimateConflict(
            CostProfile.builder().preset("acas-2021").priceUplift(new BigDecimal("1.1")).build());
    assertThat(uplifted.total()).isEqualTo(Gbp.parse("31357806436"));
  }

  @Test
  void theContractsExampleProfile() {
    CostEstimate trust =
        CostCalculator.estimate(
            CostProfile.builder()
                .preset("kline-lewis-2019")
                .headcount(5200)
                .prevalence(new BigDecimal("0.21"))
                .annualPay(Gbp.parse("34000.00"))
                .workingDaysPerYear(BigDecimal.valueOf(225))
                .build());
    assertThat(trust.bulliedStaff()).isEqualByComparingTo("1092");
    ParameterValue daily =
        trust.parameters().stream()
            .filter(p -> p.name().equals("dailyPay"))
            .findFirst()
            .orElseThrow();
    assertThat(daily.value()).isEqualTo("151.11");
    assertThat(daily.provenance()).isEqualTo(Provenance.DERIVED);
    assertThat(daily.source()).isEqualTo("annualPay / workingDaysPerYear");
    // Sickness: 1092 x 13.7475 x (34000/225) exactly, then rounded once.
    assertThat(trust.components().sicknessAbsence().toString()).isEqualTo("2268520.80");
  }
}
