package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the engine against an oracle written here, independently, from the domain reference
 * (§1.1–1.3 of docs/domain/decision-guides.md), for every combination of the 11 answers over {YES,
 * NO, UNKNOWN, missing} (4^11 = 4,194,304) under each policy: status, outcome, possible outcomes,
 * next question, path, unused answers, substitutions and the route the explanation states.
 */
class NhsGuideOracleTest {

  static final String[] IDS = {"1a", "2a", "2b", "2c", "3a", "3b", "3c", "4a", "4b", "4c", "5a"};
  static final String[] OUTCOMES = {
    "deliberate-harm",
    "substance-abuse",
    "ill-health",
    "system-foresight",
    "system-substitution",
    "mitigating-circumstances",
    "individual-management-action"
  };
  static final int DELIBERATE_HARM = ~0;
  static final int SUBSTANCE_ABUSE = ~1;
  static final int ILL_HEALTH = ~2;
  static final int SYSTEM_FORESIGHT = ~3;
  static final int SYSTEM_SUBSTITUTION = ~4;
  static final int MITIGATING = ~5;
  static final int INDIVIDUAL = ~6;

  /** The linear table of §1.1: where YES and NO lead from each question. */
  static final int[] IF_YES = {
    DELIBERATE_HARM,
    SUBSTANCE_ABUSE,
    ILL_HEALTH,
    ILL_HEALTH,
    5,
    6,
    7,
    SYSTEM_SUBSTITUTION,
    SYSTEM_SUBSTITUTION,
    SYSTEM_SUBSTITUTION,
    MITIGATING
  };

  static final int[] IF_NO = {
    1, 2, 3, 4, SYSTEM_FORESIGHT, SYSTEM_FORESIGHT, SYSTEM_FORESIGHT, 8, 9, 10, INDIVIDUAL
  };

  /** Benefit of the doubt per §1.3: 1a, 3a–3c → NO; 4a–4c, 5a → YES; health questions untouched. */
  static final int[] FAVOURED = {1, -1, -1, -1, 1, 1, 1, 0, 0, 0, 0};

  static final TableOracle ORACLE = new TableOracle(IDS, IF_YES, IF_NO, OUTCOMES, FAVOURED);

  /** The poster's grouped reading as plain nested conditions; yes[i] answers IDS[i]. */
  static int classify(boolean[] yes) {
    if (yes[0]) {
      return 0;
    }
    if (yes[1]) {
      return 1;
    }
    if (yes[2] || yes[3]) {
      return 2;
    }
    if (!(yes[4] && yes[5] && yes[6])) {
      return 3;
    }
    if (yes[7] || yes[8] || yes[9]) {
      return 4;
    }
    return yes[10] ? 5 : 6;
  }

  @Test
  void theGroupedReadingAndTheLinearTableAgreeOnEveryCompleteAnswerVector() {
    boolean[] yes = new boolean[IDS.length];
    for (int n = 0; n < 1 << IDS.length; n++) {
      for (int i = 0; i < IDS.length; i++) {
        yes[i] = (n & (1 << i)) != 0;
      }
      assertThat(ORACLE.walk(yes)).as("vector %s", n).isEqualTo(classify(yes));
    }
  }

  @Test
  void theOracleMatchesTheDefinitionItIsCheckedAgainst() {
    GuideDefinition d = Guides.nhs2018().definition();
    assertThat(d.questions()).extracting(Question::id).containsExactly(IDS);
    assertThat(d.outcomes()).extracting(Outcome::id).containsExactly(OUTCOMES);
  }

  @ParameterizedTest
  @EnumSource(UnknownPolicy.class)
  void engineAgreesWithTheOracleOnEveryCombination(UnknownPolicy policy) {
    // Every combination; the mutation profile asks for every 61st (justculture.oracle.stride).
    int stride = Integer.getInteger("justculture.oracle.stride", 1);
    // Compiled here, not the cached built-in: a change to the compiler must show in this test too.
    Guide guide = Guide.of(Guides.nhs2018().definition());
    long checked = ORACLE.checkAll(guide, policy, stride);
    assertThat(checked).isEqualTo((4_194_304L + stride - 1) / stride);
  }
}
