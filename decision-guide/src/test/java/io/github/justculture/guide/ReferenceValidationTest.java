package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Case and evaluator references are pseudonyms: 1 to 64 of a small alphabet, so that a name typed
 * into the field is refused, and refused without being echoed back.
 */
class ReferenceValidationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "INC-2026-0042",
        "hr:case_7.1",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.:"
      })
  void pseudonymousReferencesAreAccepted(String reference) {
    assertThat(IncidentCase.of(reference).reference()).isEqualTo(reference);
    assertThat(Evaluator.of(reference, Evaluator.Role.HR).reference()).isEqualTo(reference);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Jane Smith", "x/y", "é", "a\nb"})
  void otherReferencesAreRefusedWithoutEchoingThem(String reference) {
    assertRefused(() -> IncidentCase.of(reference), "incident case", reference);
    assertRefused(() -> Evaluator.of(reference, Evaluator.Role.HR), "evaluator", reference);
  }

  @Test
  void sixtyFiveCharactersAreTooMany() {
    String reference = "x".repeat(65);
    assertRefused(() -> IncidentCase.of(reference), "incident case", reference);
    assertRefused(() -> Evaluator.of(reference, Evaluator.Role.HR), "evaluator", reference);
  }

  private static void assertRefused(Runnable build, String subject, String reference) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.subject()).isEqualTo(subject);
              assertThat(e.findings())
                  .singleElement()
                  .satisfies(
                      f -> {
                        assertThat(f.path()).isEqualTo("$.reference");
                        assertThat(f.rule()).startsWith("must be a pseudonymous reference");
                        assertThat(f.value()).isEmpty();
                      });
              if (!reference.isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(reference);
              }
            });
  }
}
