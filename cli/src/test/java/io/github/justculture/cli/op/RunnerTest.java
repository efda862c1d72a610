package io.github.justculture.cli.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The front end's problems, the options' and the input's, reported together by the one runner. */
class RunnerTest {

  private static final Context CONTEXT =
      new StandardContext(
          Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC),
          Runnable::run,
          (what, total) -> done -> {},
          json -> json,
          1_000_000,
          "the limit");

  private static final Problem UNKNOWN = Problem.option("colour", "unknown parameter");

  private static List<String> messages(Runnable run) {
    try {
      run.run();
    } catch (InvalidRequestException e) {
      return e.problems().stream().map(Problem::message).toList();
    }
    throw new AssertionError("no problem was reported");
  }

  @Test
  void theFrontEndsProblemsComeFirstThenTheOptionsThenTheDocuments() {
    Body body =
        Body.of(
            "{\"profile\":{\"headcount\":0,\"prevalence\":0.2}}".getBytes(StandardCharsets.UTF_8));
    assertThat(
            messages(
                () ->
                    Runner.runJson(
                        Operations.COST_SIMULATE,
                        body,
                        new Given(Map.of("draws", IntNode.valueOf(0)), List.of(UNKNOWN)),
                        CONTEXT,
                        OptionDef::json)))
        .containsExactly(
            "colour: unknown parameter",
            "draws: must be between 1 and 5000000, was 0",
            "$.profile.headcount: must be a positive whole number, was 0");
  }

  @Test
  void aFrontEndProblemAloneStopsTheRunThoughTheRestIsValid() {
    Body body = Body.of("{\"headcount\":5200,\"prevalence\":0.2}".getBytes(StandardCharsets.UTF_8));
    assertThat(
            messages(
                () ->
                    Runner.runJson(
                        Operations.COST_ESTIMATE,
                        body,
                        new Given(Map.of(), List.of(UNKNOWN)),
                        CONTEXT,
                        OptionDef::json)))
        .containsExactly("colour: unknown parameter");
    // Without an input (it could not be read), the options are still checked.
    assertThat(
            messages(
                () ->
                    Runner.runJson(
                        Operations.GUIDE_EVALUATE,
                        null,
                        new Given(Map.of("guide", TextNode.valueOf("nope")), List.of(UNKNOWN)),
                        CONTEXT,
                        OptionDef::json)))
        .containsExactly(
            "colour: unknown parameter",
            "guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"nope\"");
    // CSV records are not read while a problem stands (the bad row is not reported); the header
    // is, with the problems it has.
    assertThat(
            messages(
                () ->
                    Runner.runCsv(
                        Operations.COST_SWEEP,
                        csv("headcount,prevalence\nmany,0.2\n"),
                        new Given(Map.of(), List.of(UNKNOWN)),
                        CONTEXT,
                        OptionDef::json)))
        .containsExactly("colour: unknown parameter");
    assertThat(
            messages(
                () ->
                    Runner.runCsv(
                        Operations.COST_SWEEP,
                        csv(""),
                        new Given(Map.of(), List.of(UNKNOWN)),
                        CONTEXT,
                        OptionDef::json)))
        .containsExactly("colour: unknown parameter", "$: is empty: a header row is required");
    assertThat(
            messages(
                () ->
                    Runner.runCsv(
                        Operations.COST_SWEEP,
                        csv("code,headcount,prevalance\nA,many,0.2\n"),
                        new Given(
                            Map.of(
                                "ids",
                                JsonNodeFactory.instance.arrayNode().add("code"),
                                "draws",
                                TextNode.valueOf("x")),
                            List.of()),
                        CONTEXT,
                        OptionDef::json)))
        .containsExactly(
            "draws: expected a whole number, was \"x\"",
            "$.prevalance: column is not a profile field (did you mean 'prevalence'?)");
  }

  @Test
  void aCsvHeaderWaitsForTheOptionsItIsCheckedAgainst() {
    String header = "code,headcount\nA,5200\n";
    // --ids itself wrong: which columns are ids is not known, so "code" is not called unknown.
    assertThat(
            messages(
                () ->
                    Runner.runCsv(
                        Operations.COST_SWEEP,
                        csv(header),
                        new Given(
                            Map.of("ids", JsonNodeFactory.instance.arrayNode().add("headcount")),
                            List.of()),
                        CONTEXT,
                        OptionDef::json)))
        .containsExactly(
            "ids $[0]: is a profile field: an id column only labels rows, was \"headcount\"");
    // More problems than are kept: one about the ids may be among those not kept, so the header
    // is not checked (the count says so: no header problem is counted).
    List<Problem> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(UNKNOWN);
    }
    assertThatThrownBy(
            () ->
                Runner.runCsv(
                    Operations.COST_SWEEP,
                    csv("nonsense\n"),
                    new Given(Map.of(), many),
                    CONTEXT,
                    OptionDef::json))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.total()).isEqualTo(101));
    // With every problem known, the same header is checked and counted.
    assertThatThrownBy(
            () ->
                Runner.runCsv(
                    Operations.COST_SWEEP,
                    csv("nonsense\n"),
                    new Given(Map.of(), many.subList(0, 99)),
                    CONTEXT,
                    OptionDef::json))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.total()).isEqualTo(100);
              assertThat(e.problems().get(99).message())
                  .startsWith("$.nonsense: column is not a profile field");
            });
  }

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void noInputWithoutAProblemThatSaysWhyIsTheCallersMistake() {
    assertThatThrownBy(
            () ->
                Runner.runJson(
                    Operations.COST_ESTIMATE, null, Given.of(Map.of()), CONTEXT, OptionDef::json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no input, and no problem that says why");
    assertThatThrownBy(
            () ->
                Runner.runCsv(
                    Operations.COST_SWEEP, null, Given.of(Map.of()), CONTEXT, OptionDef::json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no records, and no problem that says why");
  }
}
