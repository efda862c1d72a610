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
}
