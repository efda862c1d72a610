package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of definition error, reported with its JSON path; several at once. */
class DefinitionValidationTest {

  private static final String OUTCOMES =
      "\"outcomes\":[{\"id\":\"ok\",\"label\":\"OK\",\"severity\":0,\"category\":\"SYSTEM\","
          + "\"individualDirected\":false,\"response\":\"r\",\"systemClause\":\"s\"},"
          + "{\"id\":\"act\",\"label\":\"Act\",\"severity\":4,\"category\":\"INDIVIDUAL_ACTION\","
          + "\"individualDirected\":true,\"response\":\"r\",\"systemClause\":\"s\"}]";

  private static String definition(String start, String questions, String outcomes) {
    return "{\"id\":\"local-1\",\"version\":\"1\",\"title\":\"Local\",\"source\":{\"title\":\"Ours\"},"
        + "\"licence\":\"MIT\",\"start\":\""
        + start
        + "\",\"questions\":["
        + questions
        + "],"
        + outcomes
        + ",\"caveats\":[],\"benefitOfDoubt\":{}}";
  }

  private static String q(String id, String yes, String no) {
    return "{\"id\":\""
        + id
        + "\",\"test\":\"t\",\"text\":\"Question "
        + id
        + "?\",\"yes\":\""
        + yes
        + "\",\"no\":\""
        + no
        + "\"}";
  }

  private static List<String> problems(String json) {
    return Guides.validate(json.getBytes(StandardCharsets.UTF_8)).stream()
        .map(Finding::message)
        .toList();
  }

  @Test
  void aSmallValidDefinitionLoadsAndEvaluates() {
    Guide guide =
        Guides.parse(definition("a", q("a", "b", "ok") + "," + q("b", "act", "ok"), OUTCOMES));
    assertThat(guide.evaluate(NhsGuideTest.answers("a=Y b=Y")).outcome().orElseThrow().id())
        .isEqualTo("act");
    assertThat(problems(definition("a", q("a", "b", "ok") + "," + q("b", "act", "ok"), OUTCOMES)))
        .isEmpty();
  }

  @Test
  void unknownTargetsAndStart() {
    assertThat(
            problems(
                definition("zz", q("a", "nowhere", "ok") + "," + q("b", "act", "gone"), OUTCOMES)))
        .containsExactly(
            "$.start: unknown question, was \"zz\"",
            "$.questions[0].yes: unknown target, was \"nowhere\"",
            "$.questions[1].no: unknown target, was \"gone\"");
  }

  @Test
  void theStartMustBeAQuestion() {
    assertThat(problems(definition("ok", q("a", "act", "ok"), OUTCOMES)))
        .containsExactly("$.start: must be a question, not an outcome, was \"ok\"");
  }

  @Test
  void duplicateIdsAcrossQuestionsAndOutcomes() {
    assertThat(
            problems(
                definition(
                    "a",
                    q("a", "act", "ok") + "," + q("a", "act", "ok") + "," + q("ok", "act", "ok"),
                    OUTCOMES)))
        .contains(
            "$.questions[1].id: duplicate id, first used at $.questions[0].id, was \"a\"",
            "$.outcomes[0].id: duplicate id, first used at $.questions[2].id, was \"ok\"");
  }

  @Test
  void unreachableQuestionsAndOutcomes() {
    assertThat(problems(definition("a", q("a", "ok", "ok") + "," + q("b", "act", "ok"), OUTCOMES)))
        .containsExactly(
            "$.questions[1]: unreachable from the start question 'a', was \"b\"",
            "$.outcomes[1]: unreachable from the start question 'a', was \"act\"");
  }

  /** A chain of n questions, each leading to the next, the last to outcome ok. */
  private static String chain(int n) {
    StringBuilder questions = new StringBuilder();
    for (int i = 0; i < n; i++) {
      questions
          .append(i == 0 ? "" : ",")
          .append(q("q" + i, i + 1 < n ? "q" + (i + 1) : "ok", i % 2 == 0 ? "act" : "ok"));
    }
    return definition("q0", questions.toString(), OUTCOMES);
  }

  /**
   * A definition over the size limit is refused by the size rule alone, whatever else it holds:
   * never a StackOverflowError from walking a 5,000-question chain.
   */
  @Test
  void theSizeRuleComesFirstAndAlone() {
    assertThat(problems(chain(5_000).replace("\"text\":\"Question q7?\"", "\"text\":\" \"")))
        .containsExactly("$.questions: must have at most 500 questions, was 5000");
  }

  /** The longest chain allowed is checked and evaluated without deep recursion in the checks. */
  @Test
  void aChainAsLongAsAllowedIsValid() {
    Guide guide = Guides.parse(chain(GuideDefinition.MAX_QUESTIONS));
    java.util.Map<String, Answer> yes = new java.util.HashMap<>();
    for (int i = 0; i < GuideDefinition.MAX_QUESTIONS; i++) {
      yes.put("q" + i, Answer.YES);
    }
    assertThat(guide.evaluate(yes).outcome().orElseThrow().id()).isEqualTo("ok");
    String cyclic =
        chain(GuideDefinition.MAX_QUESTIONS).replace("\"yes\":\"ok\"", "\"yes\":\"q0\"");
    assertThat(problems(cyclic))
        .singleElement()
        .asString()
        .startsWith("$.questions[499].yes: leads back to 'q0', forming a cycle q0 → q1 → q2");
  }

  @Test
  void cycles() {
    assertThat(
            problems(
                definition(
                    "a",
                    q("a", "b", "ok") + "," + q("b", "c", "act") + "," + q("c", "a", "ok"),
                    OUTCOMES)))
        .containsExactly(
            "$.questions[2].yes: leads back to 'a', forming a cycle a → b → c → a, was \"a\"");
  }

  /** A cycle that does not pass through the start is named from where it begins. */
  @Test
  void aCycleAwayFromTheStartIsNamedFromItsFirstQuestion() {
    assertThat(
            problems(
                definition(
                    "a",
                    q("a", "b", "ok") + "," + q("b", "c", "act") + "," + q("c", "ok", "b"),
                    OUTCOMES)))
        .containsExactly(
            "$.questions[2].no: leads back to 'b', forming a cycle b → c → b, was \"b\"");
  }

  /**
   * A question whose id is malformed or repeated is not a target: references to it are reported,
   * and a repeated id does not take over the first question's place.
   */
  @Test
  void onlyWellFormedFirstIdsCanBeTargets() {
    String bad = q("a", "b c", "ok") + "," + q("b c", "ok", "act");
    assertThat(problems(definition("a", bad, OUTCOMES)))
        .anySatisfy(p -> assertThat(p).startsWith("$.questions[0].yes:").contains("b c"));
    // Question a's NO leads to the first b (which leads to ok); the second b would close a cycle.
    String repeated = q("a", "ok", "b") + "," + q("b", "ok", "act") + "," + q("b", "a", "a");
    assertThat(problems(definition("a", repeated, OUTCOMES)))
        .containsExactly(
            "$.questions[2].id: duplicate id, first used at $.questions[1].id, was \"b\"");
  }

  @Test
  void missingTransitionsSeveritiesAndBadIdsAllAtOnce() {
    String questions =
        "{\"id\":\"a\",\"test\":\"t\",\"text\":\"A?\",\"yes\":\"ok\"},"
            + "{\"id\":\"b c\",\"test\":\"t\",\"text\":\" \",\"yes\":\"ok\",\"no\":\"ok\"}";
    String outcomes = OUTCOMES.replace("\"severity\":4", "\"severity\":9");
    // Question a cannot be built (no "no"), yet the definition's own rules run over the rest in the
    // same read; references to a (the start) are not reported as unknown: a exists, it is
    // incomplete.
    assertThat(problems(definition("a", questions, outcomes)))
        .containsExactly(
            "$.questions[0].no: is required",
            "$.questions[1].id: must be 1 to 64 letters, digits, '-' or '_', was \"b c\"",
            "$.questions[1].text: must not be blank, was \" \"",
            "$.outcomes[1].severity: must be between 0 and 5, was 9");
    String complete = questions.replace("\"yes\":\"ok\"}", "\"yes\":\"ok\",\"no\":\"act\"}");
    assertThat(problems(definition("a", complete, outcomes)))
        .containsExactly(
            "$.questions[1].id: must be 1 to 64 letters, digits, '-' or '_', was \"b c\"",
            "$.questions[1].text: must not be blank, was \" \"",
            "$.outcomes[1].severity: must be between 0 and 5, was 9");
  }

  @Test
  void benefitOfDoubtMustNameQuestionsAndFavourAnAnswer() {
    String json =
        definition("a", q("a", "act", "ok"), OUTCOMES)
            .replace(
                "\"benefitOfDoubt\":{}", "\"benefitOfDoubt\":{\"zz\":\"NO\",\"a\":\"UNKNOWN\"}");
    assertThat(problems(json))
        .containsExactly(
            "$.benefitOfDoubt.zz: unknown question, was \"zz\"",
            "$.benefitOfDoubt.a: must be YES or NO, was UNKNOWN");
  }

  @Test
  void unknownFieldsAndMalformedJson() {
    assertThat(
            problems(
                definition("a", q("a", "act", "ok"), OUTCOMES)
                    .replace("\"licence\"", "\"license\"")))
        .containsExactly(
            "$.license: unknown field (did you mean 'licence'?)", "$.licence: is required");
    assertThat(problems("{\"id\": ")).singleElement().asString().contains("malformed JSON");
  }

  @Test
  void theBuiltInsAreValid() {
    assertThat(Guides.builtIns()).extracting(Guide::id).containsExactly("nhs-2018", "reason-1997");
    assertThat(Guides.builtIn("nope")).isEmpty();
    for (Guide g : Guides.builtIns()) {
      assertThat(
              problems(
                  io.github.justculture.core.json.JustCultureJson.codec().write(g.definition())))
          .isEmpty();
    }
  }

  /** Every text a person reads must say something: each blank one is named by its path. */
  @Test
  void blankTextsAreEachNamed() {
    String json =
        definition(
                "a",
                q("a", "ok", "act")
                    .replace("\"test\":\"t\"", "\"test\":\" \"")
                    .replace("\"text\":\"Question a?\"", "\"text\":\"\""),
                OUTCOMES)
            .replace("\"version\":\"1\"", "\"version\":\" \"")
            .replace("\"title\":\"Local\"", "\"title\":\"\"")
            .replace("\"licence\":\"MIT\"", "\"licence\":\"\\t\"")
            .replace("\"caveats\":[]", "\"caveats\":[\"fine\",\" \"]")
            .replaceFirst("\"label\":\"OK\"", "\"label\":\" \"")
            .replaceFirst("\"response\":\"r\"", "\"response\":\"\"")
            .replaceFirst("\"systemClause\":\"s\"", "\"systemClause\":\" \"");
    assertThat(problems(json))
        .extracting(m -> m.substring(0, m.indexOf(':')))
        .containsExactly(
            "$.version",
            "$.title",
            "$.licence",
            "$.caveats[1]",
            "$.questions[0].test",
            "$.questions[0].text",
            "$.outcomes[0].label",
            "$.outcomes[0].response",
            "$.outcomes[0].systemClause");
    assertThat(problems(json)).allSatisfy(m -> assertThat(m).contains("must not be blank"));
  }

  /**
   * The limits hold exactly at their values: 500 questions and 64 outcomes pass, one more fails.
   */
  @Test
  void questionAndOutcomeLimitsAreExact() {
    assertThat(problems(chain(GuideDefinition.MAX_QUESTIONS))).isEmpty();
    assertThat(problems(chain(GuideDefinition.MAX_QUESTIONS + 1)))
        .containsExactly("$.questions: must have at most 500 questions, was 501");
    int max = GuideDefinition.MAX_OUTCOMES;
    assertThat(problems(fan(max))).isEmpty();
    assertThat(problems(fan(max + 1)))
        .containsExactly("$.outcomes: must have at most 64 outcomes, was 65");
  }

  /** A chain of questions whose NO answers reach outcomes o0.., the last YES the final one. */
  private static String fan(int outcomes) {
    StringBuilder o = new StringBuilder("\"outcomes\":[");
    StringBuilder questions = new StringBuilder();
    for (int i = 0; i < outcomes; i++) {
      o.append(i == 0 ? "" : ",")
          .append("{\"id\":\"o")
          .append(i)
          .append(
              "\",\"label\":\"L\",\"severity\":0,\"category\":\"SYSTEM\","
                  + "\"individualDirected\":false,\"response\":\"r\",\"systemClause\":\"s\"}");
    }
    for (int i = 0; i < outcomes - 1; i++) {
      String yes = i + 1 < outcomes - 1 ? "q" + (i + 1) : "o" + (i + 1);
      questions.append(i == 0 ? "" : ",").append(q("q" + i, yes, "o" + i));
    }
    return definition("q0", questions.toString(), o.append(']').toString());
  }

  /**
   * One unknown target among known ones still stops the graph checks (which would report misleading
   * unreachable questions): the findings are the unknown target alone.
   */
  @Test
  void anUnknownTargetAfterKnownOnesStopsTheGraphChecks() {
    assertThat(
            problems(
                definition(
                    "a",
                    q("a", "b", "ok") + "," + q("b", "act", "nowhere") + "," + q("c", "ok", "ok"),
                    OUTCOMES)))
        .containsExactly("$.questions[1].no: unknown target, was \"nowhere\"");
  }
}
