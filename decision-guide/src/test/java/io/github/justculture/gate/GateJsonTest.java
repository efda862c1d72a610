package io.github.justculture.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JsonSchemas;
import io.github.justculture.core.json.JustCultureJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GateJsonTest {

  private static final JsonCodec JSON = JustCultureJson.codec();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          b ->
              b.schemaLoaders(
                  l ->
                      l.add(
                          iri ->
                              JsonSchemas.text(iri.toString())
                                  .<com.networknt.schema.resource.InputStreamSource>map(
                                      t ->
                                          () ->
                                              new ByteArrayInputStream(
                                                  t.getBytes(StandardCharsets.UTF_8)))
                                  .orElse(null))));

  static Set<String> violations(String schema, JsonNode json) {
    return SCHEMAS.getSchema(SchemaLocation.of(JsonSchemas.BASE + schema)).validate(json).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toSet());
  }

  @Test
  void proposalsAndResultsMatchTheirGoldenFilesAndSchemas() {
    FormalActionProposal passing = FormalActionGateTest.passing().build();
    assertThat(violations("gate-proposal.schema.json", JSON.toTree(passing))).isEmpty();
    GateResult passed = FormalActionGate.withDefaults().check(passing);
    io.github.justculture.guide.Golden.assertMatches(
        "gate-passed.json", JSON.writePretty(passed) + "\n");
    assertThat(violations("gate-result.schema.json", JSON.toTree(passed))).isEmpty();

    FormalActionProposal refused =
        FormalActionGateTest.passing()
            .hrAdviser(java.util.Optional.empty())
            .alternatives(java.util.List.of())
            .restorativeCase(java.util.Optional.empty())
            .build();
    GateResult failed = FormalActionGate.withDefaults().check(refused);
    io.github.justculture.guide.Golden.assertMatches(
        "gate-refused.json", JSON.writePretty(failed) + "\n");
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
