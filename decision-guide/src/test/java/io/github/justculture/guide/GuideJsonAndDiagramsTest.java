package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Golden;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuideJsonAndDiagramsTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  @Test
  void resultsMatchTheirGoldenFilesAndRoundTrip() {
    EvaluationRequest reached =
        JSON.read(Golden.resource("request-system-foresight.json"), EvaluationRequest.class);
    GuideResult result = reached.evaluateWith(reached.builtInGuide());
    Golden.assertMatches("result-system-foresight.json", JSON.writePretty(result) + "\n");
    assertThat(JSON.read(JSON.write(result), GuideResult.class)).isEqualTo(result);

    EvaluationRequest awaiting =
        JSON.read(Golden.resource("request-awaiting.json"), EvaluationRequest.class);
    Golden.assertMatches(
        "result-awaiting.json",
        JSON.writePretty(awaiting.evaluateWith(awaiting.builtInGuide())) + "\n");
  }

  /**
   * A small definition: its questions (JSON objects), outcomes ok and act, the given benefit of
   * doubt.
   */
  private static Guide local(String questions, String benefitOfDoubt) {
    return Guides.parse(
        "{\"id\":\"local-1\",\"version\":\"1\",\"title\":\"Local\",\"source\":{\"title\":\"Ours\"},"
            + "\"licence\":\"MIT\",\"start\":\"a\",\"questions\":["
            + questions
            + "],\"outcomes\":[{\"id\":\"ok\",\"label\":\"OK\",\"severity\":0,\"category\":\"SYSTEM\","
            + "\"individualDirected\":false,\"response\":\"r\",\"systemClause\":\"s\"},"
            + "{\"id\":\"act\",\"label\":\"Act\",\"severity\":4,\"category\":\"INDIVIDUAL_ACTION\","
            + "\"individualDirected\":true,\"response\":\"r\",\"systemClause\":\"s\"}],"
            + "\"caveats\":[],\"benefitOfDoubt\":{"
            + benefitOfDoubt
            + "}}");
  }

  private static String question(String id, String text, String yes, String no) {
    return "{\"id\":\""
        + id
        + "\",\"test\":\"t\",\"text\":\""
        + text
        + "\",\"yes\":\""
        + yes
        + "\",\"no\":\""
        + no
        + "\"}";
  }

  /** DOT labels wrap a question's text greedily at 28 characters a line. */
  @Test
  void questionLabelsWrapAtTwentyEightCharacters() {
    // 13 + 1 + 14 = 28: the first line is full; the next word starts the second.
    Guide guide =
        local(
            question(
                "a", "aaaaaaaaaaaaa bbbbbbbbbbbbbb cc dddddddddddddddddddddddd e", "ok", "act"),
            "");
    assertThat(GuideDiagrams.dot(guide, Optional.empty()))
        .contains("label=\"a\\naaaaaaaaaaaaa bbbbbbbbbbbbbb\\ncc dddddddddddddddddddddddd\\ne\"");
    // A first word longer than a line is kept whole on the first line, with no empty line before.
    String longWord = "x".repeat(30);
    assertThat(
            GuideDiagrams.dot(
                local(question("a", longWord + " y", "ok", "act"), ""), Optional.empty()))
        .contains("label=\"a\\n" + longWord + "\\ny\"");
  }

  /**
   * The route of a guide of the given questions (each "id:yes:no") for the given answers, which
   * must reach ok along the given path.
   */
  private static GuideDiagrams.Route routeTo(String questions, String answers, String... path) {
    StringBuilder json = new StringBuilder();
    for (String q : questions.split(" ", -1)) {
      String[] parts = q.split(":", -1);
      json.append(json.length() == 0 ? "" : ",")
          .append(question(parts[0], "Q?", parts[1], parts[2]));
    }
    Guide guide = local(json.toString(), "");
    GuideResult result = guide.evaluate(NhsGuideTest.answers(answers));
    assertThat(result.outcome().orElseThrow().id()).isEqualTo("ok");
    assertThat(result.path()).extracting(Step::question).containsExactly(path);
    return GuideDiagrams.route(guide, result);
  }

  /**
   * An unknown answer on the route of an outcome (both its branches lead there) is highlighted by
   * the branch that leads on to the route's next step, however far down that branch it is.
   */
  @Test
  void theRouteOfAnUnknownAnswerTakesTheBranchThatLeadsOn() {
    // a's NO leads to b, the next step; its YES does not (c leads only to outcomes).
    GuideDiagrams.Route viaB = routeTo("a:c:b b:c:c c:ok:act", "a=U b=Y c=Y", "a", "b", "c");
    assertThat(viaB.nodes()).containsExactlyInAnyOrder("a", "b", "c", "ok");
    assertThat(viaB.takes("a", Answer.NO)).isTrue();
    assertThat(viaB.takes("a", Answer.YES)).isFalse();
    // The next step, c, is two questions down a's YES (through b, which is not on the path).
    GuideDiagrams.Route throughB = routeTo("a:b:c b:c:c c:ok:act", "a=U c=Y", "a", "c");
    assertThat(throughB.nodes()).containsExactlyInAnyOrder("a", "b", "c", "ok");
    assertThat(throughB.takes("a", Answer.YES)).isTrue();
    assertThat(throughB.takes("b", Answer.YES)).isTrue();
    // The next step, c, down the NO of a question (b) on a's YES.
    GuideDiagrams.Route byNo = routeTo("a:b:c b:e:c e:ok:ok c:ok:act", "a=U c=Y", "a", "c");
    assertThat(byNo.nodes()).containsExactlyInAnyOrder("a", "b", "c", "ok");
    assertThat(byNo.takes("a", Answer.YES)).isTrue();
    assertThat(byNo.takes("b", Answer.NO)).isTrue();
    // Last on the path, the unknown answer's branch is the one that leads to the outcome, here
    // through a question after the path's end (b).
    GuideDiagrams.Route last = routeTo("a:x:act x:b:ok b:ok:ok", "a=Y x=U", "a", "x");
    assertThat(last.nodes()).containsExactlyInAnyOrder("a", "x", "b", "ok");
    assertThat(last.takes("x", Answer.YES)).isTrue();
    assertThat(last.takes("b", Answer.YES)).isTrue();
  }

  @Test
  void requestsNameUnknownGuidesAndAcceptBothAnswerForms() {
    EvaluationRequest request =
        JSON.read(
            "{\"guide\":\"nhs-2017\",\"answers\":{\"1a\":\"NO\",\"2a\":{\"answer\":\"NO\",\"rationale\":\"r\"}}}",
            EvaluationRequest.class);
    assertThat(request.answers().get("2a").rationale()).contains("r");
    assertThat(request.unknownPolicy()).isEqualTo(UnknownPolicy.SUSPEND);
    assertThatThrownBy(request::builtInGuide)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "$.guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"nhs-2017\"");
    assertThatThrownBy(
            () ->
                JSON.read(
                    "{\"answers\":{\"1a\":\"MAYBE\",\"2a\":{\"answer\":\"NO\",\"rationle\":\"x\"},\"2b\":7}}",
                    EvaluationRequest.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::message)
                    .containsExactly(
                        "$.answers.1a: expected one of YES, NO, UNKNOWN, was \"MAYBE\"",
                        "$.answers.2a.rationle: unknown field (did you mean 'rationale'?)",
                        "$.answers.2b: expected YES, NO, UNKNOWN or an object with an answer, was 7"));
  }

  @Test
  void theRouteFollowsTheGraphThroughUnknownAndUnansweredQuestions() {
    Guide guide = Guides.nhs2018();
    // 3a unknown, 3b unanswered, 3c NO: every completion reaches system-foresight. The route runs
    // 3a -YES-> 3b (unanswered, YES) -> 3c -NO-> system-foresight, so 3a's YES branch is on it.
    GuideResult r = guide.evaluate(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=N 3a=U 3c=N"));
    assertThat(r.outcome().orElseThrow().id()).isEqualTo("system-foresight");
    GuideDiagrams.Route route = GuideDiagrams.route(guide, r);
    assertThat(route.branches())
        .contains(Step.of("3a", Answer.YES), Step.of("3b", Answer.YES), Step.of("3c", Answer.NO))
        .doesNotContain(Step.of("3a", Answer.NO));
    assertThat(route.nodes()).contains("3a", "3b", "3c", "system-foresight");
    assertThat(GuideDiagrams.dot(guide, Optional.of(r)))
        .contains("\"3a\" -> \"3b\" [label=\"YES\", penwidth=3")
        .contains("\"3b\" -> \"3c\" [label=\"YES\", penwidth=3");
  }

  @Test
  void rendersMermaidAndDotWithThePathHighlighted() {
    Guide guide = Guides.nhs2018();
    GuideResult result = guide.evaluate(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N"));
    String mermaid = GuideDiagrams.mermaid(guide, Optional.of(result));
    assertThat(mermaid)
        .startsWith("flowchart TD\n")
        .contains("n_1a{\"1a: Did the person mean to cause harm?\"}")
        .contains("n_3b -- NO --> n_system_foresight")
        .contains("class n_3b path")
        .contains("class n_system_foresight path")
        .doesNotContain("class n_4a path");
    Golden.assertMatches("nhs-2018-path.mmd", mermaid);
    String dot = GuideDiagrams.dot(guide, Optional.of(result));
    assertThat(dot)
        .startsWith("digraph \"nhs-2018\" {")
        .contains("\"3b\" -> \"system-foresight\" [label=\"NO\", penwidth=3")
        .contains("\"3b\" -> \"3c\" [label=\"YES\"];")
        .endsWith("}\n");
    Golden.assertMatches("nhs-2018-path.dot", dot);
    assertThat(GuideDiagrams.dot(Guides.reason1997(), Optional.empty()))
        .doesNotContain("penwidth=3");
    assertThatThrownBy(() -> GuideDiagrams.mermaid(Guides.reason1997(), Optional.of(result)))
        .hasMessageContaining("produced by nhs-2018");
  }

  /**
   * Ids that differ only by - and _ are different nodes in Mermaid too (its node names cannot hold
   * a hyphen), and a label's quotes, #, angle brackets and line breaks cannot end the label, make
   * an entity or markup, or break the line.
   */
  @Test
  void mermaidKeepsEveryNodeAndEveryLabelApart() {
    String outcome =
        "{\"id\":\"%s\",\"label\":\"%s\",\"severity\":0,\"category\":\"SYSTEM\","
            + "\"individualDirected\":false,\"response\":\"r\",\"systemClause\":\"s\"}";
    String json =
        "{\"id\":\"local-1\",\"version\":\"1\",\"title\":\"Local\",\"source\":{\"title\":\"Ours\"},"
            + "\"licence\":\"MIT\",\"start\":\"q-1\",\"questions\":["
            + "{\"id\":\"q-1\",\"test\":\"t\",\"text\":\"Is \\\"it\\\" #35; <b>x</b>\\nor\\u2028y?\","
            + "\"yes\":\"q_1\",\"no\":\"q_1_2\"},"
            + "{\"id\":\"q_1\",\"test\":\"t\",\"text\":\"Second?\",\"yes\":\"a-b-c\",\"no\":\"q-2\"},"
            + "{\"id\":\"q-2\",\"test\":\"t\",\"text\":\"Third?\",\"yes\":\"a_b-c\",\"no\":\"a-b_c\"}],"
            + "\"outcomes\":["
            + String.format(outcome, "a-b-c", "Hyphens")
            + ","
            + String.format(outcome, "a_b-c", "Underscore first")
            + ","
            + String.format(outcome, "a-b_c", "Underscore second")
            + ","
            + String.format(outcome, "q_1_2", "Taken name")
            + "],\"caveats\":[],\"benefitOfDoubt\":{}}";
    Guide guide = Guides.parse(json);
    String mermaid = GuideDiagrams.mermaid(guide, Optional.empty());
    assertThat(mermaid.lines().filter(l -> l.startsWith("  n_") && !l.contains("--")))
        .containsExactly(
            "  n_q_1{\"q-1: Is #quot;it#quot; #35;35; #lt;b#gt;x#lt;/b#gt; or y?\"}",
            "  n_q_1_2{\"q_1: Second?\"}",
            "  n_q_2{\"q-2: Third?\"}",
            "  n_a_b_c[\"Hyphens (severity 0)\"]",
            "  n_a_b_c_2[\"Underscore first (severity 0)\"]",
            "  n_a_b_c_3[\"Underscore second (severity 0)\"]",
            "  n_q_1_2_2[\"Taken name (severity 0)\"]");
    assertThat(mermaid)
        .contains("  n_q_1 -- YES --> n_q_1_2\n")
        .contains("  n_q_1 -- NO --> n_q_1_2_2\n")
        .contains("  n_q_1_2 -- YES --> n_a_b_c\n")
        .contains("  n_q_2 -- YES --> n_a_b_c_2\n")
        .contains("  n_q_2 -- NO --> n_a_b_c_3\n");
  }
}
