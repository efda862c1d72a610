package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NhsGuideTest {

  private final Guide guide = Guides.nhs2018();

  static Map<String, Answer> answers(String spec) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    if (!spec.isBlank()) {
      for (String pair : spec.trim().split("\\s+", -1)) {
        String[] qa = pair.split("=", -1);
        answers.put(
            qa[0],
            switch (qa[1]) {
              case "Y" -> Answer.YES;
              case "N" -> Answer.NO;
              default -> Answer.UNKNOWN;
            });
      }
    }
    return answers;
  }

  /** The 12 minimal paths of the guide: every route from 1a to an outcome. */
  static Stream<Arguments> minimalPaths() {
    String health = "1a=N 2a=N 2b=N 2c=N";
    String foresight = health + " 3a=Y 3b=Y 3c=Y";
    return Stream.of(
        Arguments.of("deliberate harm", "1a=Y", "deliberate-harm"),
        Arguments.of("substance misuse", "1a=N 2a=Y", "substance-abuse"),
        Arguments.of("physical ill health", "1a=N 2a=N 2b=Y", "ill-health"),
        Arguments.of("mental ill health", "1a=N 2a=N 2b=N 2c=Y", "ill-health"),
        Arguments.of("no protocol", health + " 3a=N", "system-foresight"),
        Arguments.of("protocol not workable", health + " 3a=Y 3b=N", "system-foresight"),
        Arguments.of("no knowing departure", health + " 3a=Y 3b=Y 3c=N", "system-foresight"),
        Arguments.of("peers would do the same", foresight + " 4a=Y", "system-substitution"),
        Arguments.of("missed training", foresight + " 4a=N 4b=Y", "system-substitution"),
        Arguments.of("missing supervision", foresight + " 4a=N 4b=N 4c=Y", "system-substitution"),
        Arguments.of("mitigation", foresight + " 4a=N 4b=N 4c=N 5a=Y", "mitigating-circumstances"),
        Arguments.of(
            "individual action",
            foresight + " 4a=N 4b=N 4c=N 5a=N",
            "individual-management-action"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("minimalPaths")
  void eachMinimalPathReachesItsOutcome(String name, String spec, String outcome) {
    Map<String, Answer> given = answers(spec);
    GuideResult result = guide.evaluate(given);
    assertThat(result.status()).isEqualTo(Status.OUTCOME_REACHED);
    assertThat(result.outcome().orElseThrow().id()).isEqualTo(outcome);
    assertThat(result.possibleOutcomes()).containsExactly(outcome);
    assertThat(result.nextQuestion()).isEmpty();
    assertThat(result.path()).extracting(Step::question).containsExactlyElementsOf(given.keySet());
    assertThat(result.unusedAnswers()).isEmpty();
    assertThat(result.outcome().orElseThrow().systemClause()).isNotBlank();
    assertThat(result.caveats()).isEqualTo(guide.definition().caveats()).hasSize(7);
    // Dropping the last answer of a minimal path always leaves the outcome open.
    List<String> keys = List.copyOf(given.keySet());
    Map<String, Answer> shorter = new LinkedHashMap<>(given);
    shorter.remove(keys.get(keys.size() - 1));
    GuideResult open = guide.evaluate(shorter);
    assertThat(open.status()).isEqualTo(Status.AWAITING_INFORMATION);
    assertThat(open.nextQuestion()).contains(keys.get(keys.size() - 1));
  }

  @Test
  void theTwoSystemOutcomesStayDistinct() {
    assertThat(guide.evaluate(answers("1a=N 2a=N 2b=N 2c=N 3a=N")).outcome().orElseThrow().id())
        .isEqualTo("system-foresight");
    assertThat(
            guide
                .evaluate(answers("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=Y 4a=Y"))
                .outcome()
                .orElseThrow()
                .response())
        .contains("comparable peers");
  }

  @Test
  void anUnknownThatEveryCompletionResolvesStillReachesTheOutcome() {
    GuideResult result = guide.evaluate(answers("1a=N 2a=N 2b=N 2c=N 3a=U 3b=N"));
    assertThat(result.outcome().orElseThrow().id()).isEqualTo("system-foresight");
    assertThat(result.path())
        .containsExactly(
            Step.of("1a", Answer.NO),
            Step.of("2a", Answer.NO),
            Step.of("2b", Answer.NO),
            Step.of("2c", Answer.NO),
            Step.of("3a", Answer.UNKNOWN),
            Step.of("3b", Answer.NO));
    assertThat(result.explanation())
        .contains("because 3b = NO")
        .contains("3a is unknown, but either answer leads to this outcome");
  }

  @Test
  void theRouteGoesThroughTheAnswersThatDecided() {
    // 4a unknown, 4b YES: both branches give system-substitution; the route takes 4b.
    GuideResult result = guide.evaluate(answers("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=Y 4a=U 4b=Y"));
    assertThat(result.outcome().orElseThrow().id()).isEqualTo("system-substitution");
    assertThat(result.path()).endsWith(Step.of("4a", Answer.UNKNOWN), Step.of("4b", Answer.YES));
    assertThat(result.unusedAnswers()).isEmpty();
  }

  @Test
  void anUnknownThatMattersLeavesTheOutcomeOpen() {
    GuideResult result = guide.evaluate(answers("1a=U 2a=Y"));
    assertThat(result.status()).isEqualTo(Status.AWAITING_INFORMATION);
    assertThat(result.outcome()).isEmpty();
    assertThat(result.possibleOutcomes()).containsExactly("deliberate-harm", "substance-abuse");
    assertThat(result.nextQuestion()).contains("1a");
    assertThat(result.path()).containsExactly(Step.of("1a", Answer.UNKNOWN));
    assertThat(result.explanation()).startsWith("No outcome yet").contains("resolve 1a");
  }

  @Test
  void withNoAnswersEveryOutcomeIsPossibleAndTheFirstQuestionIsNext() {
    GuideResult result = guide.evaluate(Map.of());
    assertThat(result.possibleOutcomes()).hasSize(7);
    assertThat(result.nextQuestion()).contains("1a");
    assertThat(result.path()).isEmpty();
  }

  @Test
  void missingQuestionsComeBeforeUnknownOnes() {
    // 1a unknown; its NO branch reaches 2a, never answered: 2a is asked before 1a is resolved.
    assertThat(guide.evaluate(answers("1a=U")).nextQuestion()).contains("2a");
  }

  @Test
  void answersOffTheRouteAreKeptAsUnused() {
    GuideResult result = guide.evaluate(answers("1a=Y 3a=N 5a=Y"));
    assertThat(result.outcome().orElseThrow().id()).isEqualTo("deliberate-harm");
    assertThat(result.unusedAnswers())
        .containsExactly(Step.of("3a", Answer.NO), Step.of("5a", Answer.YES));
  }

  @Test
  void benefitOfTheDoubtFavoursTheIndividualButNeverPresumesHealth() {
    GuideResult result =
        guide.evaluate(
            answers("1a=U 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=U"), UnknownPolicy.BENEFIT_OF_DOUBT);
    assertThat(result.outcome().orElseThrow().id()).isEqualTo("system-foresight");
    assertThat(result.substitutions())
        .containsExactly(Substitution.of("1a", Answer.NO), Substitution.of("3c", Answer.NO));
    assertThat(result.explanation())
        .contains("Benefit of the doubt: 3c was unknown and is taken as NO");

    GuideResult health = guide.evaluate(answers("1a=N 2a=U"), UnknownPolicy.BENEFIT_OF_DOUBT);
    assertThat(health.substitutions()).isEmpty();
    assertThat(health.status()).isEqualTo(Status.AWAITING_INFORMATION);
    assertThat(health.nextQuestion()).contains("2b");

    assertThat(guide.evaluate(answers("1a=U"), UnknownPolicy.SUSPEND).substitutions()).isEmpty();
  }

  @Test
  void answersToQuestionsTheGuideDoesNotHaveAreErrorsNamingEachPath() {
    assertThatThrownBy(() -> guide.evaluate(answers("1a=N 3d=Y 9z=N")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::message)
                    .containsExactly(
                        "$.answers.3d: unknown question '3d' in guide nhs-2018",
                        "$.answers.9z: unknown question '9z' in guide nhs-2018"));
    // An id that would break the line is escaped, in the path and in the rule alike.
    assertThat(guide.unknownQuestions(java.util.List.of("2a\n\t", "x'y")))
        .extracting(io.github.justculture.core.Finding::message)
        .containsExactly(
            "$.answers['2a\\n\\t']: unknown question '2a\\n\\t' in guide nhs-2018",
            "$.answers['x\\'y']: unknown question 'x\\'y' in guide nhs-2018");
  }

  @Test
  void theExplanationQuotesTheRationaleThatDecided() {
    Map<String, GivenAnswer> given = new LinkedHashMap<>();
    answers("1a=N 2a=N 2b=N 2c=N 3a=Y").forEach((q, a) -> given.put(q, GivenAnswer.of(a)));
    given.put("3b", GivenAnswer.of(Answer.NO, "The double-check was routinely skipped on nights"));
    GuideResult result = guide.evaluateGiven(given, UnknownPolicy.SUSPEND);
    assertThat(result.explanation())
        .isEqualTo(
            "Reached system-foresight (System failure: foresight; severity 0 of 5) because 3b = NO"
                + " (Was that protocol or practice workable, and in routine use?) — The double-check"
                + " was routinely skipped on nights. Route: 1a NO, 2a NO, 2b NO, 2c NO, 3a YES, 3b NO.");
    assertThat(result.toString()).doesNotContain("double-check").contains("<redacted>");
  }

  @Test
  void theHashIsStableAndTiedToTheContent() {
    assertThat(guide.ref().sha256()).matches("[0-9a-f]{64}");
    assertThat(
            Guides.parse(
                    io.github.justculture.core.json.JustCultureJson.codec()
                        .write(guide.definition()))
                .ref())
        .isEqualTo(guide.ref());
    GuideDefinition changed =
        ImmutableGuideDefinition.copyOf(guide.definition()).withTitle("A local adaptation");
    assertThat(Guide.of(changed).ref().sha256()).isNotEqualTo(guide.ref().sha256());
  }
}
