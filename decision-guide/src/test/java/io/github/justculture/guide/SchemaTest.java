package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Golden;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed JSON Schemas accept what the library writes and reject what it rejects. */
class SchemaTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  /** Schemas are read from this module's own resources; nothing is fetched. */
  static Set<String> violations(String schema, JsonNode json) {
    return io.github.justculture.testing.SchemaCheck.violations(schema, json);
  }

  @Test
  void builtInDefinitionsMatchTheDefinitionSchema() {
    for (Guide guide : Guides.builtIns()) {
      assertThat(violations("guide-definition.schema.json", JSON.toTree(guide.definition())))
          .as(guide.id())
          .isEmpty();
    }
    JsonNode broken =
        JSON.readTree(
            JSON.write(Guides.nhs2018().definition()).replace("\"severity\":5", "\"severity\":9"));
    assertThat(violations("guide-definition.schema.json", broken)).isNotEmpty();
  }

  @Test
  void requestsResultsAndRecordsMatchTheirSchemas() {
    for (String request : new String[] {"request-system-foresight.json", "request-awaiting.json"}) {
      assertThat(
              violations(
                  "evaluation-request.schema.json", JSON.readTree(Golden.resource("" + request))))
          .isEmpty();
    }
    for (String result : new String[] {"result-system-foresight.json", "result-awaiting.json"}) {
      assertThat(
              violations("guide-result.schema.json", JSON.readTree(Golden.resource("" + result))))
          .isEmpty();
    }
    assertThat(
            violations(
                "evaluation-record.schema.json",
                JSON.readTree(Golden.resource("evaluation-record.json"))))
        .isEmpty();
    assertThat(
            violations(
                "evaluation-request.schema.json",
                JSON.readTree("{\"answers\":{\"1a\":\"MAYBE\"},\"colour\":1}")))
        .hasSizeGreaterThanOrEqualTo(2);
  }
}
