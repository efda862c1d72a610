package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the engine on Reason's culpability tree against an oracle built from the table of §2 of
 * docs/domain/decision-guides.md (not from the definition file), for every combination of the 9
 * answers over {YES, NO, UNKNOWN, missing} (4^9 = 262,144) under each policy.
 */
class ReasonGuideOracleTest {

  static final String[] IDS = {"R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"};
  static final String[] OUTCOMES = {
    "sabotage",
    "substance-without-mitigation",
    "substance-with-mitigation",
    "possible-reckless-violation",
    "system-induced-violation",
    "possible-negligent-error",
    "system-induced-error",
    "blameless-error-with-support",
    "blameless-error"
  };
  static final int SABOTAGE = ~0;
  static final int SUBSTANCE_WITHOUT_MITIGATION = ~1;
  static final int SUBSTANCE_WITH_MITIGATION = ~2;
  static final int RECKLESS_VIOLATION = ~3;
  static final int SYSTEM_VIOLATION = ~4;
  static final int NEGLIGENT_ERROR = ~5;
  static final int SYSTEM_ERROR = ~6;
  static final int BLAMELESS_WITH_SUPPORT = ~7;
  static final int BLAMELESS = ~8;

  //                               R1 R2        R3 R4                         R5 R6
  static final int[] IF_YES = {
    1,
    SABOTAGE,
    3,
    SUBSTANCE_WITH_MITIGATION,
    5,
    RECKLESS_VIOLATION,
    // R7 R8          R9
    8,
    SYSTEM_ERROR,
    BLAMELESS_WITH_SUPPORT
  };
  static final int[] IF_NO = {
    2, 2, 4, SUBSTANCE_WITHOUT_MITIGATION, 6, SYSTEM_VIOLATION, 7, NEGLIGENT_ERROR, BLAMELESS
  };

  /** The definition's benefit of the doubt: the answer that favours the individual. */
  static final int[] FAVOURED = {-1, 1, -1, -1, 1, 1, 0, 0, 1};

  static final TableOracle ORACLE = new TableOracle(IDS, IF_YES, IF_NO, OUTCOMES, FAVOURED);

  @Test
  void theOracleMatchesTheDefinitionItIsCheckedAgainst() {
    GuideDefinition d = Guides.reason1997().definition();
    assertThat(d.questions()).extracting(Question::id).containsExactly(IDS);
    assertThat(d.outcomes()).extracting(Outcome::id).containsExactly(OUTCOMES);
  }

  @ParameterizedTest
  @EnumSource(UnknownPolicy.class)
  void engineAgreesWithTheOracleOnEveryCombination(UnknownPolicy policy) {
    // Always every combination (a few seconds), even under mutation: R3 has two ways in, so this
    // is the test that sees the engine's memo and its tie-breaking on shared questions.
    Guide guide = Guide.of(Guides.reason1997().definition());
    assertThat(ORACLE.checkAll(guide, policy, 1)).isEqualTo(262_144L);
  }
}
