package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed JSON Schemas accept what the library writes and reject what it rejects. */
class SchemaTest {

  private static final String BASE = "https://justculture.github.io/schema/";
  private static final JsonCodec JSON = JustCultureJson.codec();

  /** Schemas are read from this module's own resources; nothing is fetched. */
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaLoaders(
                  loaders ->
                      loaders.add(
                          iri ->
                              io.github.justculture.core.json.JsonSchemas.text(iri.toString())
                                  .<com.networknt.schema.resource.InputStreamSource>map(
                                      text ->
                                          () ->
                                              new java.io.ByteArrayInputStream(
                                                  text.getBytes(
                                                      java.nio.charset.StandardCharsets.UTF_8)))
                                  .orElse(null))));

  static Set<String> violations(String schema, JsonNode document) {
    JsonSchema s = FACTORY.getSchema(SchemaLocation.of(BASE + schema));
    return s.validate(document).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toSet());
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
                  "evaluation-request.schema.json",
                  JSON.readTree(Golden.resource("/golden/" + request))))
          .isEmpty();
    }
    for (String result : new String[] {"result-system-foresight.json", "result-awaiting.json"}) {
      assertThat(
              violations(
                  "guide-result.schema.json", JSON.readTree(Golden.resource("/golden/" + result))))
          .isEmpty();
    }
    assertThat(
            violations(
                "evaluation-record.schema.json",
                JSON.readTree(Golden.resource("/golden/evaluation-record.json"))))
        .isEmpty();
    assertThat(
            violations(
                "evaluation-request.schema.json",
                JSON.readTree("{\"answers\":{\"1a\":\"MAYBE\"},\"colour\":1}")))
        .hasSizeGreaterThanOrEqualTo(2);
  }
}
