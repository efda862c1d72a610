package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.justculture.cli.op.Input;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.Output;
import io.github.justculture.core.csv.CsvReader;
import io.github.justculture.core.csv.CsvRow;
import io.github.justculture.core.json.JsonSchemas;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Golden;
import io.github.justculture.testing.SchemaCheck;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every operation of the table, enumerated: it has a command, an input schema and (unless it writes
 * HTML) an output schema; its sample input in {@code examples/data} validates against the input
 * schema; run on that sample it exits 0 with the golden output, which validates against the output
 * schema; and, for JSON operations, {@code --batch} answers the same sample on one line with the
 * same result.
 */
class OperationTableTest {

  /** The sample input of each operation, in examples/data, and the arguments its run needs. */
  static final Map<String, Sample> SAMPLES =
      Map.ofEntries(
          Map.entry("guide evaluate", new Sample("guide-evaluate.json")),
          Map.entry("guide validate", new Sample("guide-definition.json")),
          Map.entry("guide report", new Sample("guide-evaluate.json")),
          Map.entry("gate check", new Sample("gate-proposal.json")),
          Map.entry(
              "restorative check", new Sample("restorative-case.json", "--today", "2026-11-22")),
          Map.entry("civility score", new Sample("civility-self-assessment.json")),
          Map.entry("equality relative-likelihood", new Sample("relative-likelihood.json")),
          Map.entry("equality wres3", new Sample("wres3-records.csv")),
          Map.entry("cost estimate", new Sample("cost-profile.json")),
          Map.entry("cost compare", new Sample("cost-comparison.json")),
          Map.entry("cost sensitivity", new Sample("cost-profile.json")),
          Map.entry(
              "cost simulate",
              new Sample("cost-simulation.json", "--draws", "20000", "--seed", "11")),
          Map.entry("cost sweep", new Sample("trust-scenarios.csv", "--draws", "500")),
          Map.entry("cost report", new Sample("cost-profile.json", "--draws", "20000")),
          Map.entry("case report", new Sample("case-report.json")));

  record Sample(String file, String... args) {}

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyOperationIsDeclaredCompletelyAndRunsOnItsSample() {
    assertThat(SAMPLES.keySet())
        .as("a sample for every operation, and none for an operation that is not in the table")
        .containsExactlyInAnyOrderElementsOf(Operations.ALL.stream().map(Operation::name).toList());
    return Operations.ALL.stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> check(op)));
  }

  private void check(Operation<?, ?, ?> op) throws IOException {
    // A command of its own, made from the table.
    CommandLine root = JustCultureCli.commandTree();
    CommandLine command =
        root.getSubcommands().get(op.words().get(0)).getSubcommands().get(op.words().get(1));
    assertThat(command).as("command for " + op.name()).isNotNull();
    // Schemas that exist.
    assertThat(JsonSchemas.names()).contains(op.input().schema());
    if (op.output().kind() != Output.Kind.HTML) {
      assertThat(JsonSchemas.names()).contains(op.output().schema());
    }
    // The sample validates against the input schema.
    Sample sample = SAMPLES.get(op.name());
    Path input = Path.of("../examples/data", sample.file());
    String text = Files.readString(input, StandardCharsets.UTF_8);
    if (op.input().kind() == Input.Kind.JSON) {
      assertThat(
              SchemaCheck.violations(op.input().schema(), JustCultureJson.codec().readTree(text)))
          .as(sample.file() + " against " + op.input().schema())
          .isEmpty();
    } else {
      for (JsonNode row : csvRows(text)) {
        assertThat(SchemaCheck.violations(op.input().schema(), row))
            .as(sample.file() + " row " + row + " against " + op.input().schema())
            .isEmpty();
      }
    }
    // It runs, with the golden output, which validates against the output schema.
    List<String> args = new ArrayList<>(op.words());
    args.addAll(List.of(sample.args()));
    Path html = dir.resolve("out.html");
    if (op.output().kind() == Output.Kind.HTML) {
      args.addAll(List.of("--out", html.toString()));
    }
    args.add(input.toString());
    CliRun run = CliRun.of(args.toArray(new String[0]));
    assertThat(run.err())
        .as(op.name() + " errors")
        .isEqualTo(op.output().kind() == Output.Kind.HTML ? "wrote " + html + "\n" : "");
    assertThat(run.exitCode()).isZero();
    String golden = "ops/" + op.name().replace(' ', '-');
    switch (op.output().kind()) {
      case JSON -> {
        Golden.assertMatches(golden + ".json", run.out());
        assertThat(
                SchemaCheck.violations(
                    op.output().schema(), JustCultureJson.codec().readTree(run.out())))
            .as(op.name() + " output against " + op.output().schema())
            .isEmpty();
      }
      case CSV -> {
        Golden.assertMatches(golden + ".csv", run.out());
        for (JsonNode row : csvRows(run.out())) {
          assertThat(SchemaCheck.violations(op.output().schema(), row))
              .as(op.name() + " output row " + row)
              .isEmpty();
        }
      }
      case HTML -> assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    }
    // --batch answers the same request on one line with the same result.
    if (op.allowsBatch()) {
      String line = JustCultureJson.codec().write(JustCultureJson.codec().readTree(text));
      List<String> batchArgs = new ArrayList<>(op.words());
      batchArgs.addAll(List.of(sample.args()));
      batchArgs.addAll(List.of("--batch", "-"));
      CliRun batch = CliRun.withInput(line + "\n", batchArgs.toArray(new String[0]));
      assertThat(batch.exitCode()).isZero();
      JsonNode answer = JustCultureJson.codec().readTree(batch.out().strip());
      assertThat(SchemaCheck.violations("batch-line.schema.json", answer)).isEmpty();
      assertThat(answer.get("line").asInt()).isEqualTo(1);
      assertThat(JustCultureJson.codec().write(answer.get("result")))
          .isEqualTo(JustCultureJson.codec().write(JustCultureJson.codec().readTree(run.out())));
    }
  }

  /** CSV rows as objects of their cells, for schema checks. */
  static List<JsonNode> csvRows(String csv) {
    CsvReader reader = CsvReader.of(new StringReader(csv));
    List<JsonNode> rows = new ArrayList<>();
    for (Optional<CsvRow> r = reader.next(); r.isPresent(); r = reader.next()) {
      ObjectNode row = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < reader.header().size(); i++) {
        String cell = r.get().values().get(i);
        row.put(reader.header().get(i), cell);
      }
      rows.add(row);
    }
    return rows;
  }
}
