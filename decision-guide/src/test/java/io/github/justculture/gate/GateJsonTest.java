package io.github.justculture.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JsonSchemas;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Golden;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateJsonTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  static Set<String> violations(String schema, JsonNode json) {
    return io.github.justculture.testing.SchemaCheck.violations(schema, json);
  }

  @Test
  void proposalsAndResultsMatchTheirGoldenFilesAndSchemas() {
    FormalActionProposal passing = FormalActionGateTest.passing().build();
    assertThat(violations("gate-proposal.schema.json", JSON.toTree(passing))).isEmpty();
    GateResult passed = FormalActionGate.withDefaults().check(passing);
    Golden.assertMatches("gate-passed.json", JSON.writePretty(passed) + "\n");
    assertThat(violations("gate-result.schema.json", JSON.toTree(passed))).isEmpty();

    FormalActionProposal refused =
        FormalActionGateTest.passing()
            .hrAdviser(java.util.Optional.empty())
            .alternatives(java.util.List.of())
            .restorativeCase(java.util.Optional.empty())
            .build();
    GateResult failed = FormalActionGate.withDefaults().check(refused);
    Golden.assertMatches("gate-refused.json", JSON.writePretty(failed) + "\n");
    assertThat(violations("gate-result.schema.json", JSON.toTree(failed))).isEmpty();
    assertThat(violations("gate-proposal.schema.json", JSON.readTree("{\"reference\":\"x\"}")))
        .isNotEmpty();
  }

  @Test
  void everyListedSchemaShipsAndParses() {
    for (String name : JsonSchemas.names()) {
      assertThat(JsonSchemas.text(name)).as(name).isPresent();
      assertThat(JSON.readTree(JsonSchemas.text(name).orElseThrow()).get("$id").asText())
          .isEqualTo(JsonSchemas.BASE + name);
    }
    assertThat(JsonSchemas.text("nope.schema.json")).isEmpty();
  }
}
