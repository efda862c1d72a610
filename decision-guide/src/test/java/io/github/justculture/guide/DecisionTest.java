package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision alone (the oracles check it on every combination; these are its edges). */
class DecisionTest {

  private final Guide nhs = Guides.nhs2018();

  @Test
  void aReachedDecisionIsTheGuidesSharedOneAndSaysWhatTheResultSays() {
    Map<String, Answer> answers = NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N");
    AnswerVector v = nhs.vector(answers);
    Decision d = nhs.decide(v, UnknownPolicy.SUSPEND);
    assertThat(d.isReached()).isTrue();
    assertThat(d.outcome().orElseThrow().id()).isEqualTo("system-foresight");
    assertThat(d.possibleOutcomes()).containsExactly("system-foresight");
    assertThat(d.nextQuestion()).isEmpty();
    assertThat(nhs.decide(nhs.vector(answers), UnknownPolicy.SUSPEND)).isSameAs(d);
    assertThat(d.agreesWith(nhs.evaluate(answers))).isTrue();
    assertThat(d.agreesWith(nhs.evaluate(NhsGuideTest.answers("1a=Y")))).isFalse();
    assertThat(d).hasToString("Decision[system-foresight]");
  }

  @Test
  void anOpenDecisionNamesThePossibleOutcomesAndTheNextQuestion() {
    Map<String, Answer> answers = NhsGuideTest.answers("1a=N 2a=U");
    Decision d = nhs.decide(nhs.vector(answers), UnknownPolicy.SUSPEND);
    assertThat(d.isReached()).isFalse();
    assertThat(d.outcome()).isEmpty();
    assertThat(d.nextQuestion()).contains("2b");
    assertThat(d.possibleOutcomes()).first().isEqualTo("substance-abuse");
    assertThat(d.agreesWith(nhs.evaluate(answers))).isTrue();
    assertThat(d).isEqualTo(nhs.decide(nhs.vector(answers), UnknownPolicy.SUSPEND));
    assertThat(d.hashCode())
        .isEqualTo(nhs.decide(nhs.vector(answers), UnknownPolicy.SUSPEND).hashCode());
    assertThat(d.toString()).startsWith("Decision[awaiting 2b; possible [substance-abuse");
    // An unknown answer that does not matter still reaches the outcome.
    Decision still =
        nhs.decide(
            nhs.vector(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=N 3a=U 3b=N")),
            UnknownPolicy.SUSPEND);
    assertThat(still.outcome().orElseThrow().id()).isEqualTo("system-foresight");
  }

  @Test
  void benefitOfTheDoubtTakesTheFavouredAnswer() {
    AnswerVector v = nhs.vector(NhsGuideTest.answers("1a=U 2a=N 2b=N 2c=N 3a=U"));
    assertThat(nhs.decide(v, UnknownPolicy.SUSPEND).isReached()).isFalse();
    assertThat(nhs.decide(v, UnknownPolicy.BENEFIT_OF_DOUBT).outcome().orElseThrow().id())
        .isEqualTo("system-foresight");
  }

  @Test
  void answersBelongToTheGuideThatEncodedThem() {
    AnswerVector v = nhs.vector(NhsGuideTest.answers("1a=N"));
    assertThat(v.guide()).isEqualTo(nhs.ref());
    assertThat(v).isEqualTo(nhs.vector(NhsGuideTest.answers("1a=N")));
    assertThat(v).isNotEqualTo(nhs.vector(NhsGuideTest.answers("1a=Y")));
    assertThat(v.hashCode()).isEqualTo(nhs.vector(NhsGuideTest.answers("1a=N")).hashCode());
    assertThat(v)
        .hasToString("AnswerVector[nhs-2018 " + nhs.ref().version() + ", 1 of 11 answered]");
    assertThatThrownBy(() -> Guides.reason1997().decide(v, UnknownPolicy.SUSPEND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be decided by Guide[reason-1997");
    assertThatThrownBy(() -> nhs.vector(Map.of("9z", Answer.YES, "1a", Answer.NO)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .singleElement()
                    .satisfies(f -> assertThat(f.path()).isEqualTo("$.answers.9z")));
  }

  @Test
  void givenAnswersEncodeAsTheirBareAnswers() {
    Map<String, GivenAnswer> given =
        Map.of("1a", GivenAnswer.of(Answer.NO, "no intent"), "2a", GivenAnswer.of(Answer.YES));
    assertThat(nhs.vectorGiven(given))
        .isEqualTo(nhs.vector(Map.of("1a", Answer.NO, "2a", Answer.YES)));
    assertThatThrownBy(() -> nhs.vectorGiven(Map.of("0x", GivenAnswer.of(Answer.NO))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.answers.0x");
  }
}
