package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.SchemaCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --batch}: one request a line in, one answer a line out, in order, whatever each is. */
class BatchTest {

  private static List<JsonNode> answers(CliRun run) {
    return run.out().lines().map(l -> JustCultureJson.codec().readTree(l)).toList();
  }

  @Test
  void everyValidLineIsAnsweredAndEveryBadOneNamedInOrder() {
    String lines =
        "{\"answers\":{\"1a\":\"YES\"}}\n"
            + "\n" // blank: skipped, still counted
            + "{\"answers\":{\"1a\":\"maybe\",\"zz\":\"NO\"}}\n"
            + "not json at all\n"
            + "{\"guide\":\"reason-1997\",\"answers\":{\"R1\":\"NO\"}}";
    CliRun run = CliRun.withInput(lines, "guide", "evaluate", "--batch", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    // Exit 2 says where to look; the problems themselves are in the output, by line.
    assertThat(run.errLines())
        .containsExactly(
            "justculture: 2 of 4 requests were invalid (lines 3, 4); each is answered in the output"
                + " with its \"errors\"");
    List<JsonNode> answers = answers(run);
    assertThat(answers).extracting(a -> a.get("line").asInt()).containsExactly(1, 3, 4, 5);
    assertThat(answers.get(0).get("result").get("outcome").get("id").asText())
        .isEqualTo("deliberate-harm");
    assertThat(answers.get(1).get("errors"))
        .extracting(e -> e.get("message").asText())
        .containsExactly(
            "$.answers.1a: expected one of YES, NO, UNKNOWN, was \"maybe\"",
            "$.answers.zz: unknown question 'zz' in guide nhs-2018");
    assertThat(answers.get(1).get("errors").get(0).get("path").asText()).isEqualTo("$.answers.1a");
    assertThat(answers.get(2).get("errors").get(0).get("message").asText())
        .startsWith("$: malformed JSON");
    assertThat(answers.get(3).get("result").get("guide").get("id").asText())
        .isEqualTo("reason-1997");
    for (JsonNode answer : answers) {
      assertThat(SchemaCheck.violations("batch-line.schema.json", answer)).isEmpty();
    }
  }

  @Test
  void aBatchThatIsAllGoodSaysNothingOnStandardErrorAndAManyBadOneNamesTheFirstTenLines() {
    CliRun good =
        CliRun.withInput(
            "{\"answers\":{\"1a\":\"YES\"}}\n{\"answers\":{\"1a\":\"YES\"}}\n",
            "guide",
            "evaluate",
            "--batch");
    assertThat(good.exitCode()).isZero();
    assertThat(good.err()).isEmpty();
    CliRun bad = CliRun.withInput("{\"headcount\":0}\n".repeat(12), "cost", "estimate", "--batch");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly(
            "justculture: 12 of 12 requests were invalid (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2"
                + " more); each is answered in the output with its \"errors\"");
    assertThat(CliRun.withInput("x\n", "cost", "estimate", "--batch").errLines())
        .containsExactly(
            "justculture: 1 of 1 request was invalid (line 1); each is answered in the output with"
                + " its \"errors\"");
  }

  private static CliRun simulationBatch(String format) {
    return CliRun.withInput(
        "{\"profile\":{\"headcount\":5200,\"prevalence\":0.21}}\n",
        "cost",
        "simulate",
        "--batch",
        "--format",
        format,
        "--draws",
        "1000",
        "-");
  }

  @Test
  void aBatchAnswersInJsonLinesSoAnotherFormatIsRefusedNotIgnored() {
    CliRun run = simulationBatch("csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "--format: cannot be csv with --batch: a batch answers in NDJSON, one JSON line a"
                + " request");
    CliRun json = simulationBatch("json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).startsWith("{\"line\":1,\"result\":{");
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkAreReadAsExcelAndNotepadWriteThem() {
    CliRun run =
        CliRun.withInput(
            "\ufeff{\"answers\":{\"1a\":\"YES\"}}\r\n\r\n{\"answers\":{\"1a\":\"NO\"}}\r\n",
            "guide",
            "evaluate",
            "--batch",
            "-");
    assertThat(run.exitCode()).as(run.out()).isZero();
    List<JsonNode> answers = answers(run);
    assertThat(answers).extracting(a -> a.get("line").asInt()).containsExactly(1, 3);
    assertThat(answers.get(0).get("result").get("outcome").get("id").asText())
        .isEqualTo("deliberate-harm");
    assertThat(answers.get(1).get("result").get("nextQuestion").asText()).isEqualTo("2a");
  }

  @Test
  void allGoodLinesExitZero() {
    CliRun run =
        CliRun.withInput(
            """
            {"focus":{"events":12,"headcount":800},"reference":{"events":20,"headcount":2600}}
            {"focus":{"events":1,"headcount":800},"reference":{"events":20,"headcount":2600}}
            """,
            "equality",
            "relative-likelihood",
            "--batch",
            "-");
    assertThat(run.exitCode()).isZero();
    assertThat(answers(run)).hasSize(2).allMatch(a -> a.has("result"));
  }

  @Test
  void theOptionsApplyToEveryLineAndBadOptionsStopTheBatchBeforeAnyLine() {
    CliRun good =
        CliRun.withInput(
            "{\"reference\":\"r\",\"parties\":[]}\n",
            "restorative",
            "check",
            "--today",
            "2026-12-01",
            "--batch",
            "-");
    assertThat(answers(good).get(0).get("result").get("assessedOn").asText())
        .isEqualTo("2026-12-01");
    CliRun bad =
        CliRun.withInput(
            "{\"reference\":\"r\"}\n", "restorative", "check", "--today", "soon", "--batch", "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.errLines())
        .containsExactly("--today: expected a date such as \"2026-11-22\", was \"soon\"");
  }

  @Test
  void aLineWithMoreProblemsThanAreListedSaysHowManyMore() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 150; i++) {
      json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":0");
    }
    CliRun run = CliRun.withInput(json + "}\n", "cost", "estimate", "--batch", "-");
    JsonNode answer = answers(run).get(0);
    assertThat(answer.get("errors")).hasSize(100);
    assertThat(answer.get("omitted").asInt()).isEqualTo(50);
  }

  @Test
  void operationsWithoutJsonInAndOutHaveNoBatch() {
    assertThat(CliRun.of("cost", "sweep", "--batch", "-").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("cost", "report", "--batch", "--out", "x.html", "-").exitCode())
        .isEqualTo(2);
  }
}
