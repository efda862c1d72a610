package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostValidationTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  private static List<String> problems(String json) {
    try {
      CostCalculator.estimate(JSON.read(json, CostProfile.class));
    } catch (InvalidInputException e) {
      return e.findings().stream().map(Finding::message).toList();
    }
    throw new AssertionError("expected " + json + " to be rejected");
  }

  @Test
  void everyInvalidFieldIsReportedAtOnceNamingItsRule() {
    assertThat(
            problems(
                "{\"headcount\":0,\"prevalence\":1.4,\"dailyPay\":\"-5\",\"coverUplift\":-1,"
                    + "\"presenteeismDays\":400,\"bullyingLeaverRate\":2}"))
        .containsExactly(
            "$.headcount: must be a positive whole number, was 0",
            "$.prevalence: must be between 0 and 1, was 1.4",
            "$.dailyPay: must not be negative, was -5",
            "$.coverUplift: must be between 0 and 10, was -1",
            "$.bullyingLeaverRate: must be between 0 and 1, was 2",
            "$.presenteeismDays: must be between 0 and 366, was 400");
  }

  @Test
  void headcountMustBeAWholeNumber() {
    assertThat(problems("{\"headcount\":12.5}"))
        .singleElement()
        .asString()
        .startsWith("$.headcount: expected a whole number");
    assertThat(problems("{\"headcount\":\"many\"}"))
        .containsExactly("$.headcount: expected a whole number, was \"many\"");
  }

  @Test
  void exclusivePairsAreEnforced() {
    assertThat(problems("{\"dailyPay\":\"150\",\"annualPay\":\"34000\"}"))
        .containsExactly(
            "$.annualPay: cannot be given with dailyPay: give one or the other, was \"34000.00\"");
    assertThat(
            problems(
                "{\"excessSicknessDays\":7,\"baselineSicknessDays\":9.36,\"excessAbsenceRatio\":0.71}"))
        .containsExactly(
            "$.baselineSicknessDays: cannot be given with excessSicknessDays: give excessSicknessDays, or"
                + " baselineSicknessDays with excessAbsenceRatio");
    assertThat(problems("{\"baselineSicknessDays\":9.36}"))
        .containsExactly("$.excessAbsenceRatio: is required with baselineSicknessDays");
    assertThat(problems("{\"workingDaysPerYear\":220}"))
        .containsExactly("$.workingDaysPerYear: is used only with annualPay, was 220");
  }

  @Test
  void typosAndUnknownPresetsFailRatherThanFallBack() {
    assertThat(problems("{\"prevalance\":0.3}"))
        .containsExactly("$.prevalance: unknown field (did you mean 'prevalence'?)");
    assertThat(problems("{\"headcount\":0,\"prevalance\":0.3}"))
        .containsExactly(
            "$.prevalance: unknown field (did you mean 'prevalence'?)",
            "$.headcount: must be a positive whole number, was 0");
    assertThat(problems("{\"preset\":\"kline-2019\"}"))
        .containsExactly(
            "$.preset: unknown preset (presets: kline-lewis-2019, acas-2021), was \"kline-2019\"");
    assertThat(problems("{\"preset\":\"kline-lewis-2019\",\"presenteeismBound\":\"HIGH\"}"))
        .containsExactly("$.presenteeismBound: applies only to preset acas-2021, was HIGH");
    assertThatThrownBy(
            () ->
                CostCalculator.estimateConflict(
                    JSON.read("{\"preset\":\"acas-2021\",\"headcount\":5}", CostProfile.class)))
        .hasMessageContaining(
            "$.headcount: is not a parameter of preset acas-2021 (it takes presenteeismBound and priceUplift)");
  }

  @Test
  void moneyMayBeAStringOrANumberButNeverSubPenny() {
    CostEstimate e = CostCalculator.estimate(JSON.read("{\"dailyPay\":150.5}", CostProfile.class));
    assertThat(
            e.parameters().stream()
                .filter(p -> p.name().equals("dailyPay"))
                .findFirst()
                .orElseThrow()
                .value())
        .isEqualTo("150.50");
    assertThat(problems("{\"dailyPay\":\"150.555\"}"))
        .containsExactly("$.dailyPay: must have at most 2 decimal places (pence), was \"150.555\"");
  }
}
