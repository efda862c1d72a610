package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A result made by {@link Guide} works out its route, lists and explanation when first read (ADR
 * 8). It must be indistinguishable from the same eleven values held as data ({@link
 * ImmutableGuideResult}, which is also what JSON reads back): equal both ways, the same hash, the
 * same {@code toString()} and the same JSON, whatever is read first.
 */
class GuideResultTest {

  private static final JsonCodec JSON = JustCultureJson.codec();
  private static final String[] IDS = ReasonGuideOracleTest.IDS;
  private static final Answer[] ANSWERS = {Answer.YES, Answer.NO, Answer.UNKNOWN, null};

  @ParameterizedTest
  @EnumSource(UnknownPolicy.class)
  void everyResultOfReasonsTreeIsItsValuesHeldAsData(UnknownPolicy policy) {
    Guide guide = Guides.reason1997();
    int combinations = 1 << (2 * IDS.length);
    for (int n = 0; n < combinations; n++) {
      Map<String, Answer> answers = answers(n);
      GuideResult made = guide.evaluate(answers, policy);
      GuideResult data = ImmutableGuideResult.copyOf(made);
      assertThat(data).isNotSameAs(made).isEqualTo(made);
      assertThat(made).isEqualTo(data);
      assertThat(made.hashCode()).isEqualTo(data.hashCode());
      assertThat(made.toString()).isEqualTo(data.toString());
      if (n % 61 == 0) {
        String json = JSON.write(made);
        assertThat(json).isEqualTo(JSON.write(data));
        assertThat(JSON.read(json, GuideResult.class)).isEqualTo(made);
      }
    }
  }

  @Test
  void whateverIsReadFirstTheValuesAreTheSame() {
    Guide guide = Guides.nhs2018();
    Map<String, Answer> answers =
        NhsGuideTest.answers("1a=U 2a=N 2b=N 2c=N 3a=U 3b=N 3c=N 4a=Y 5a=N");
    GuideResult reference =
        ImmutableGuideResult.copyOf(guide.evaluate(answers, UnknownPolicy.BENEFIT_OF_DOUBT));
    List<UnaryOperator<GuideResult>> firstReads =
        List.of(
            r -> read(r.explanation(), r),
            r -> read(r.path(), r),
            r -> read(r.unusedAnswers(), r),
            r -> read(r.substitutions(), r),
            r -> read(r.nextQuestion(), r),
            r -> read(r.possibleOutcomes(), r),
            r -> read(r.outcome(), r),
            r -> read(r.hashCode(), r),
            r -> read(r.toString(), r));
    for (UnaryOperator<GuideResult> first : firstReads) {
      GuideResult made = first.apply(guide.evaluate(answers, UnknownPolicy.BENEFIT_OF_DOUBT));
      assertThat(made).isEqualTo(reference);
      assertThat(made.explanation()).isEqualTo(reference.explanation());
    }
    assertThat(reference.substitutions()).extracting(Substitution::question).contains("1a");
    assertThat(reference.unusedAnswers()).isNotEmpty();
  }

  @Test
  void printsItsOutcomeOrItsNextQuestionAndNeverItsExplanation() {
    Guide guide = Guides.nhs2018();
    GuideResult reached = guide.evaluate(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N"));
    GuideResult awaiting = guide.evaluate(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=U"));
    assertThat(reached.toString())
        .startsWith("GuideResult{guide=")
        .contains(", status=OUTCOME_REACHED, outcome=" + reached.outcome().orElseThrow() + ", ")
        .doesNotContain("nextQuestion=")
        .endsWith(", explanation=<redacted>}")
        .doesNotContain(reached.explanation());
    assertThat(awaiting.toString())
        .contains(", nextQuestion=3a, path=")
        .doesNotContain("outcome=")
        .doesNotContain(awaiting.explanation());
  }

  @Test
  void aDifferenceInAnyValueMakesResultsUnequal() {
    GuideResult made =
        Guides.nhs2018().evaluate(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N"));
    ImmutableGuideResult data = ImmutableGuideResult.copyOf(made);
    Outcome other = Guides.nhs2018().outcome("ill-health").orElseThrow();
    List<GuideResult> changed =
        List.of(
            data.withGuide(GuideRef.of("nhs-2018", "0.9", made.guide().sha256())),
            data.withUnknownPolicy(UnknownPolicy.BENEFIT_OF_DOUBT),
            data.withStatus(Status.AWAITING_INFORMATION),
            data.withOutcome(other),
            data.withPossibleOutcomes("ill-health"),
            data.withNextQuestion("3b"),
            data.withPath(made.path().subList(0, 1)),
            data.withUnusedAnswers(Step.of("4a", Answer.NO)),
            data.withSubstitutions(Substitution.of("3a", Answer.NO)),
            data.withCaveats("another caveat"),
            data.withExplanation("another explanation"));
    for (GuideResult c : changed) {
      assertThat(made).isNotEqualTo(c);
      assertThat(c).isNotEqualTo(made);
      assertThat(c.hashCode()).isNotEqualTo(made.hashCode());
    }
    assertThat(made.equals(made)).isTrue();
    assertThat(made).isNotEqualTo(null).isNotEqualTo(made.toString());
  }

  @Test
  void itsListsCannotBeChangedAndItsAnswersAreItsOwn() {
    Map<String, Answer> answers = new HashMap<>(NhsGuideTest.answers("1a=N 2a=N 2b=Y 4a=N"));
    GuideResult made = Guides.nhs2018().evaluate(answers, UnknownPolicy.BENEFIT_OF_DOUBT);
    answers.put("2b", Answer.NO);
    answers.put("2a", Answer.YES);
    assertThat(made.path()).extracting(Step::question).containsExactly("1a", "2a", "2b");
    assertThat(made.outcome()).map(Outcome::id).contains("ill-health");
    assertThat(made.unusedAnswers()).containsExactly(Step.of("4a", Answer.NO));
    for (List<?> list :
        List.of(
            made.path(),
            made.unusedAnswers(),
            made.substitutions(),
            made.possibleOutcomes(),
            made.caveats())) {
      assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void writesTheSameJsonWhenTheCallerAsksForTheAbstractType() throws JsonProcessingException {
    GuideResult made =
        Guides.nhs2018()
            .evaluate(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=U"), UnknownPolicy.SUSPEND);
    String typed =
        JustCultureJson.newObjectMapper().writerFor(GuideResult.class).writeValueAsString(made);
    assertThat(typed).isEqualTo(JSON.write(made)).contains("\"nextQuestion\":\"3a\"");
    assertThat(typed.indexOf("\"guide\"")).isLessThan(typed.indexOf("\"unknownPolicy\""));
    assertThat(typed.indexOf("\"caveats\"")).isLessThan(typed.indexOf("\"explanation\""));
  }

  private static GuideResult read(Object ignored, GuideResult result) {
    return result;
  }

  private static Map<String, Answer> answers(int n) {
    Map<String, Answer> answers = new HashMap<>();
    for (int q = 0; q < IDS.length; q++) {
      Answer a = ANSWERS[(n >> (2 * q)) & 3];
      if (a != null) {
        answers.put(IDS[q], a);
      }
    }
    return answers;
  }
}
