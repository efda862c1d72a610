package io.github.justculture.guide;

import static io.github.justculture.guide.NhsGuideTest.answers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonTreeTest {

  private final Guide guide = Guides.reason1997();

  static Stream<Arguments> routes() {
    return Stream.of(
        Arguments.of("R1=Y R2=Y", "sabotage", 5, OutcomeCategory.DELIBERATE_HARM),
        Arguments.of(
            "R1=Y R2=N R3=Y R4=N", "substance-without-mitigation", 4, OutcomeCategory.IMPAIRMENT),
        Arguments.of("R1=N R3=Y R4=Y", "substance-with-mitigation", 2, OutcomeCategory.IMPAIRMENT),
        Arguments.of(
            "R1=N R3=N R5=Y R6=Y",
            "possible-reckless-violation",
            4,
            OutcomeCategory.INDIVIDUAL_ACTION),
        Arguments.of("R1=N R3=N R5=Y R6=N", "system-induced-violation", 0, OutcomeCategory.SYSTEM),
        Arguments.of("R1=N R3=N R5=N R7=N R8=Y", "system-induced-error", 0, OutcomeCategory.SYSTEM),
        Arguments.of(
            "R1=N R3=N R5=N R7=N R8=N",
            "possible-negligent-error",
            4,
            OutcomeCategory.INDIVIDUAL_ACTION),
        Arguments.of(
            "R1=N R3=N R5=N R7=Y R9=Y", "blameless-error-with-support", 1, OutcomeCategory.SUPPORT),
        Arguments.of("R1=N R3=N R5=N R7=Y R9=N", "blameless-error", 0, OutcomeCategory.SYSTEM));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("routes")
  void eachRouteReachesItsOutcome(
      String spec, String outcome, int severity, OutcomeCategory category) {
    GuideResult result = guide.evaluate(answers(spec));
    Outcome reached = result.outcome().orElseThrow();
    assertThat(reached.id()).isEqualTo(outcome);
    assertThat(reached.severity()).isEqualTo(severity);
    assertThat(reached.category()).isEqualTo(category);
    assertThat(result.unusedAnswers()).isEmpty();
  }

  @Test
  void unintendedActsGoOnToTheSubstitutionTestUnlikeTheNhsGuide() {
    // No knowing violation: the NHS guide stops at system-foresight, Reason can reach negligent
    // error.
    GuideResult result = guide.evaluate(answers("R1=N R3=N R5=N"));
    assertThat(result.possibleOutcomes())
        .containsExactly(
            "possible-negligent-error",
            "system-induced-error",
            "blameless-error-with-support",
            "blameless-error");
    assertThat(result.nextQuestion()).contains("R7");
  }

  @Test
  void isMarkedAsReconstructed() {
    assertThat(guide.definition().note())
        .hasValueSatisfying(n -> assertThat(n).contains("Reconstructed"));
  }
}
