package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCommandsTest {

  static final String REACHED =
      "{\"guide\":\"nhs-2018\",\"unknownPolicy\":\"SUSPEND\",\"answers\":{\"1a\":\"NO\",\"2a\":\"NO\","
          + "\"2b\":\"NO\",\"2c\":\"NO\",\"3a\":\"YES\",\"3b\":{\"answer\":\"NO\",\"rationale\":\"skipped\"}}}";

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void listsTheBuiltInGuides() {
    CliRun run = CliRun.of("guide", "list");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"id\" : \"nhs-2018\"").contains("\"id\" : \"reason-1997\"");
  }

  @Test
  void evaluatesAFileAsInTheContract() throws IOException {
    CliRun run = CliRun.of("guide", "evaluate", file("req.json", REACHED).toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("\"status\" : \"OUTCOME_REACHED\"")
        .contains("\"id\" : \"system-foresight\"")
        .contains("\"nextQuestion\" : null")
        .contains("because 3b = NO");
  }

  @Test
  void evaluatesStandardInputWithAnotherGuide() {
    CliRun run =
        CliRun.withInput(
            "{\"answers\":{\"R1\":\"NO\",\"R3\":\"NO\",\"R5\":\"NO\"}}",
            "guide",
            "evaluate",
            "--guide",
            "reason-1997",
            "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"status\" : \"AWAITING_INFORMATION\"")
        .contains("\"nextQuestion\" : \"R7\"");
  }

  @Test
  void badInputExitsTwoWithOneLinePerProblemNamingThePath() {
    CliRun unknownQuestion =
        CliRun.withInput("{\"answers\":{\"1a\":\"NO\",\"3d\":\"YES\"}}", "guide", "evaluate", "-");
    assertThat(unknownQuestion.exitCode()).isEqualTo(2);
    assertThat(unknownQuestion.errLines())
        .containsExactly("$.answers.3d: unknown question '3d' in guide nhs-2018");
    assertThat(unknownQuestion.out()).isEmpty();

    CliRun invalid =
        CliRun.withInput(
            "{\"answers\":{\"1a\":\"MAYBE\"},\"unknownPolicy\":\"LENIENT\",\"colour\":\"red\"}",
            "guide",
            "evaluate",
            "-");
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.errLines())
        .containsExactly(
            "$.answers.1a: expected one of YES, NO, UNKNOWN, was \"MAYBE\"",
            "$.unknownPolicy: expected one of SUSPEND, BENEFIT_OF_DOUBT, was \"LENIENT\"",
            "$.colour: unknown field (known fields: answers, guide, unknownPolicy)");

    CliRun unknownGuide =
        CliRun.withInput("{\"guide\":\"nhs-2017\",\"answers\":{}}", "guide", "evaluate", "-");
    assertThat(unknownGuide.exitCode()).isEqualTo(2);
    assertThat(unknownGuide.errLines())
        .containsExactly(
            "$.guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"nhs-2017\"");

    CliRun malformed = CliRun.withInput("{\"answers\": {\"1a\": NO}}", "guide", "evaluate", "-");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.errLines())
        .singleElement()
        .asString()
        .startsWith("$.answers.1a: malformed JSON at line 1");

    CliRun missingFile = CliRun.of("guide", "evaluate", dir.resolve("nope.json").toString());
    assertThat(missingFile.exitCode()).isEqualTo(2);
    assertThat(missingFile.err()).contains("nope.json: cannot be read (no such file or folder)");

    CliRun badOption = CliRun.withInput("{}", "guide", "evaluate", "--guide", "nope", "-");
    assertThat(badOption.exitCode()).isEqualTo(2);
    assertThat(badOption.errLines())
        .containsExactly(
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"nope\"");
  }

  @Test
  void asksOneQuestionAtATimeWithHelpBackAndTheResult() throws IOException {
    Path out = dir.resolve("result.json");
    CliRun run =
        CliRun.withInput(
            "?\nn\nb\nn\nmaybe\nn\nn\nn\nu\nn\n", "guide", "ask", "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("1a (deliberate harm) Did the person mean to cause harm?")
        .contains("Intent to cause harm, to anyone")
        .contains("Please answer y, n or u")
        .contains("3a (foresight)")
        .contains("3b (foresight)")
        .contains("Outcome: System failure: foresight (system-foresight, severity 0 of 5)")
        .contains("System learning:");
    assertThat(Files.readString(out))
        .contains("\"status\" : \"OUTCOME_REACHED\"")
        .contains("\"3a\"");
    assertThat(run.err()).contains("wrote ");
  }

  @Test
  void askStopsAtTheEndOfInputWithTheResultSoFar() {
    CliRun run = CliRun.withInput("n\n", "guide", "ask", "--guide", "nhs-2018");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No outcome yet. Possible outcomes:");
  }

  @Test
  void aReplyOverTheLimitEndsTheConversationWithTheAnswersSoFarAndExitTwo() throws IOException {
    Path out = dir.resolve("stopped.json");
    String tooLong = "n".repeat(1001);
    CliRun run =
        CliRun.withInput("n\n?\n" + tooLong + "\nn\n", "guide", "ask", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("No outcome yet. Possible outcomes:");
    // 1a was answered; the reply after the help request (line 3) stopped it, so 1b is not.
    assertThat(Files.readString(out)).contains("\"1a\"").doesNotContain("\"1b\"");
    assertThat(run.errLines())
        .containsExactly(
            "wrote " + out,
            "-: line 3: a reply is longer than 1000 bytes; the conversation stopped there");
    // A reply of exactly the limit is an ordinary (unrecognised) reply.
    CliRun atTheLimit = CliRun.withInput("n".repeat(1000) + "\n", "guide", "ask");
    assertThat(atTheLimit.exitCode()).isZero();
    assertThat(atTheLimit.out()).contains("Please answer y, n or u");
  }

  @Test
  void rendersMermaidAndDotWithAHighlightedPath() throws IOException {
    CliRun mermaid = CliRun.of("guide", "render", "--format", "mermaid");
    assertThat(mermaid.exitCode()).isZero();
    assertThat(mermaid.out()).startsWith("flowchart TD").doesNotContain(" path\n");
    CliRun dot =
        CliRun.of(
            "guide", "render", "--format", "dot", "--answers", file("a.json", REACHED).toString());
    assertThat(dot.exitCode()).isZero();
    assertThat(dot.out()).startsWith("digraph \"nhs-2018\"").contains("penwidth=3");
    CliRun bad = CliRun.of("guide", "render", "--format", "png");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--format");
  }

  @Test
  void rendersATrustsDefinitionFromStandardInputReadOnceWithTheRouteOfItsAnswers()
      throws IOException {
    // The definition is read once: it is standard input, which a second read would find empty.
    CliRun run =
        renderDefinitionFromStandardInput(
            Files.readAllBytes(Path.of("../examples/data/guide-definition.json")),
            file("a.json", "{\"guide\":\"trust-x-2026\",\"answers\":{\"intent\":\"YES\"}}")
                .toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("digraph \"trust-x-2026\"").contains("penwidth=3");
    // Every problem at once: the definition's, and the answers file that is not there.
    CliRun bad =
        renderDefinitionFromStandardInput(
            "{\"id\":\"\"}".getBytes(StandardCharsets.UTF_8), "no-such.json");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .first()
        .isEqualTo("no-such.json: cannot be read (no such file or folder)");
    assertThat(bad.errLines()).hasSizeGreaterThan(1).allMatch(l -> !l.isBlank());
    assertThat(bad.errLines().subList(1, bad.errLines().size()))
        .allMatch(l -> l.startsWith("--definition $"), "each about the definition");
  }

  private static CliRun renderDefinitionFromStandardInput(byte[] definition, String answers) {
    return CliRun.withInput(
        definition,
        "guide",
        "render",
        "--format",
        "dot",
        "--definition",
        "-",
        "--answers",
        answers);
  }

  @Test
  void exportsEachBuiltInGuideAsADefinitionThatValidatesToTheSameHash() throws IOException {
    for (io.github.justculture.guide.Guide g : io.github.justculture.guide.Guides.builtIns()) {
      CliRun export = CliRun.of("guide", "export", g.id());
      assertThat(export.exitCode()).isZero();
      assertThat(export.err()).isEmpty();
      CliRun validated =
          CliRun.of("guide", "validate", file(g.id() + ".json", export.out()).toString());
      assertThat(validated.exitCode()).isZero();
      assertThat(validated.out()).contains("\"sha256\" : \"" + g.ref().sha256() + "\"");
      // The export is what the service gives for GET /v1/guides/{id}, and parses to the same guide.
      assertThat(io.github.justculture.guide.Guides.parse(export.out()).ref()).isEqualTo(g.ref());
    }
    CliRun unknown = CliRun.of("guide", "export", "nhs-2019");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines())
        .containsExactly("ID: no built-in guide \"nhs-2019\" (built-in: nhs-2018, reason-1997)");
    assertThat(unknown.out()).isEmpty();
  }

  @Test
  void validatesDefinitions() throws IOException {
    String valid =
        "{\"id\":\"local-1\",\"version\":\"1\",\"title\":\"Local\",\"source\":{\"title\":\"Ours\"},"
            + "\"licence\":\"MIT\",\"start\":\"a\",\"questions\":[{\"id\":\"a\",\"test\":\"t\",\"text\":\"A?\","
            + "\"yes\":\"x\",\"no\":\"y\"}],\"outcomes\":[{\"id\":\"x\",\"label\":\"X\",\"severity\":0,"
            + "\"category\":\"SYSTEM\",\"individualDirected\":false,\"response\":\"r\",\"systemClause\":\"s\"},"
            + "{\"id\":\"y\",\"label\":\"Y\",\"severity\":4,\"category\":\"INDIVIDUAL_ACTION\","
            + "\"individualDirected\":true,\"response\":\"r\",\"systemClause\":\"s\"}]}";
    CliRun ok = CliRun.of("guide", "validate", file("ok.json", valid).toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("\"valid\" : true").contains("\"id\" : \"local-1\"");

    String broken =
        valid.replace("\"yes\":\"x\"", "\"yes\":\"z\"").replace("\"severity\":4", "\"severity\":7");
    CliRun bad = CliRun.of("guide", "validate", file("bad.json", broken).toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly(
            "$.outcomes[1].severity: must be between 0 and 5, was 7",
            "$.questions[0].yes: unknown target, was \"z\"");

    // A trust's own definition drives evaluate as well.
    CliRun evaluated =
        CliRun.withInput(
            "{\"answers\":{\"a\":\"YES\"}}",
            "guide",
            "evaluate",
            "--definition",
            file("ok2.json", valid).toString(),
            "-");
    assertThat(evaluated.exitCode()).isZero();
    assertThat(evaluated.out()).contains("\"id\" : \"x\"");
  }
}
