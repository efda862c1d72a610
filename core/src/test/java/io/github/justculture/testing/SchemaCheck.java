package io.github.justculture.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import io.github.justculture.core.json.JsonSchemas;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates JSON against the committed schemas, loaded from {@link JsonSchemas}: nothing is
 * fetched.
 */
public final class SchemaCheck {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaLoaders(
                  loaders ->
                      loaders.add(
                          iri ->
                              JsonSchemas.text(iri.toString())
                                  .<InputStreamSource>map(
                                      text ->
                                          () ->
                                              new ByteArrayInputStream(
                                                  text.getBytes(StandardCharsets.UTF_8)))
                                  .orElse(null))));

  private SchemaCheck() {}

  /** The messages of every violation of a schema by a document; empty when it is valid. */
  public static Set<String> violations(String schema, JsonNode document) {
    return FACTORY
        .getSchema(SchemaLocation.of(JsonSchemas.BASE + schema))
        .validate(document)
        .stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toSet());
  }
}
