package io.github.justculture.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of every payload the library and its command line read or write,
 * shipped in this jar so that systems in any language can validate what they exchange. Each
 * schema's {@code $id} is {@value #BASE} followed by its name; schemas refer to each other by name.
 */
public final class JsonSchemas {

  /** The prefix of every schema's {@code $id}. */
  public static final String BASE = "https://justculture.github.io/schema/";

  private static final List<String> NAMES =
      List.of(
          "guide-definition.schema.json",
          "evaluation-request.schema.json",
          "guide-result.schema.json",
          "evaluation-record.schema.json",
          "evaluation-diff.schema.json",
          "gate-proposal.schema.json",
          "gate-result.schema.json",
          "cost-profile.schema.json",
          "cost-estimate.schema.json",
          "cost-comparison-request.schema.json",
          "cost-comparison.schema.json",
          "cost-simulation-request.schema.json",
          "cost-simulation.schema.json",
          "restorative-case.schema.json",
          "restorative-assessment.schema.json",
          "civility-framework.schema.json",
          "civility-self-assessment.schema.json",
          "civility-score.schema.json",
          "relative-likelihood-request.schema.json",
          "relative-likelihood.schema.json",
          "wres3-record.schema.json",
          "wres3.schema.json",
          "cost-sensitivity.schema.json",
          "cost-sweep-record.schema.json",
          "cost-sweep-row.schema.json",
          "guide-validation.schema.json",
          "case-report-input.schema.json",
          "problem.schema.json",
          "batch-line.schema.json");

  private JsonSchemas() {}

  /**
   * The names of every schema, for example {@code guide-result.schema.json}.
   *
   * @return the names
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * A schema's text.
   *
   * @param name a name from {@link #names()}, or an {@code $id} ({@value #BASE} + name)
   * @return the schema, or empty if there is none by that name
   * @throws UncheckedIOException if the jar cannot be read
   */
  public static Optional<String> text(String name) {
    String file = name.startsWith(BASE) ? name.substring(BASE.length()) : name;
    if (!NAMES.contains(file)) {
      return Optional.empty();
    }
    try (InputStream in =
        JsonSchemas.class.getResourceAsStream("/io/github/justculture/core/schema/" + file)) {
      if (in == null) {
        throw new IllegalStateException("schema " + file + " is missing from the jar");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + file, e);
    }
  }
}
