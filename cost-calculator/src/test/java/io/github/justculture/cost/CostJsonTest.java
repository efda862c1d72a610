package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Golden;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden JSON files for the cost payloads, and the committed schemas that describe them. */
class CostJsonTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  static Set<String> violations(String schema, JsonNode json) {
    return io.github.justculture.testing.SchemaCheck.violations(schema, json);
  }

  static final String TRUST =
      "{\"preset\":\"kline-lewis-2019\",\"headcount\":5200,\"prevalence\":0.21,\"annualPay\":\"34000.00\","
          + "\"workingDaysPerYear\":225}";

  @Test
  void estimateMatchesItsGoldenFileAndSchema() {
    CostEstimate e = CostCalculator.estimate(JSON.read(TRUST, CostProfile.class));
    String json = JSON.writePretty(e);
    Golden.assertMatches("estimate-trust.json", json + "\n");
    // Components are held unrounded and written to pence: reading back gives the same JSON, not an
    // equal value.
    assertThat(JSON.writePretty(JSON.read(json, CostEstimate.class))).isEqualTo(json);
    assertThat(violations("cost-profile.schema.json", JSON.readTree(TRUST))).isEmpty();
    assertThat(violations("cost-estimate.schema.json", JSON.readTree(json))).isEmpty();
    Golden.assertMatches(
        "estimate-nhs.json",
        JSON.writePretty(CostCalculator.estimate(CostProfile.builder().build())) + "\n");
  }

  @Test
  void comparisonAndSimulationMatchTheirSchemas() {
    CostProfile trust = JSON.read(TRUST, CostProfile.class);
    ComparisonRequest request =
        ComparisonRequest.of(
            trust,
            ImmutableCostProfile.copyOf(trust).withPrevalence(new BigDecimal("0.18")),
            Gbp.parse("250000"));
    assertThat(
            violations(
                "cost-comparison-request.schema.json",
                JSON.readTree(
                    "{\"baseline\":"
                        + TRUST
                        + ",\"scenario\":"
                        + TRUST.replace("0.21", "0.18")
                        + ",\"programmeCost\":\"250000\"}")))
        .isEmpty();
    assertThat(violations("cost-comparison-request.schema.json", JSON.toTree(request))).isEmpty();
    Comparison comparison = CostCalculator.compare(request);
    Golden.assertMatches("comparison-trust.json", JSON.writePretty(comparison) + "\n");
    assertThat(violations("cost-comparison.schema.json", JSON.toTree(comparison))).isEmpty();

    SimulationRequest simulation =
        SimulationRequest.builder()
            .profile(trust)
            .putDistribution("prevalence", Distribution.beta(1092, 5200))
            .build();
    assertThat(violations("cost-simulation-request.schema.json", JSON.toTree(simulation)))
        .isEmpty();
    SimulationResult result = CostCalculator.simulate(simulation, 10_000, 2026L);
    Golden.assertMatches("simulation-trust.json", JSON.writePretty(result) + "\n");
    assertThat(violations("cost-simulation.schema.json", JSON.toTree(result))).isEmpty();
  }

  @Test
  void theProfileSchemaRejectsWhatTheLibraryRejects() {
    assertThat(violations("cost-profile.schema.json", JSON.readTree("{\"prevalance\":0.2}")))
        .isNotEmpty();
    assertThat(
            violations(
                "cost-profile.schema.json",
                JSON.readTree("{\"dailyPay\":\"1\",\"annualPay\":\"2\"}")))
        .isNotEmpty();
    assertThat(violations("cost-profile.schema.json", JSON.readTree("{\"headcount\":0}")))
        .isNotEmpty();
    assertThat(
            violations("cost-profile.schema.json", JSON.readTree("{\"workingDaysPerYear\":200}")))
        .isNotEmpty();
  }
}
