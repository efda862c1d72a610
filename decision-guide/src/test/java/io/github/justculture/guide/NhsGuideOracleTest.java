package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the engine against an oracle written here, independently, from the domain reference
 * (§1.1–1.3 of docs/domain/decision-guides.md), for every combination of the 11 answers over {YES,
 * NO, UNKNOWN, missing} (4^11 = 4,194,304) under each policy: status, outcome, possible outcomes
 * and next question.
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
  static final int MISSING = 3; // codes 0..2 are Answer.values(): YES, NO, UNKNOWN

  /** The poster's grouped reading as plain nested conditions; yes[i] answers IDS[i]. */
  static String classify(boolean[] yes) {
    if (yes[0]) {
      return "deliberate-harm";
    }
    if (yes[1]) {
      return "substance-abuse";
    }
    if (yes[2] || yes[3]) {
      return "ill-health";
    }
    if (!(yes[4] && yes[5] && yes[6])) {
      return "system-foresight";
    }
    if (yes[7] || yes[8] || yes[9]) {
      return "system-substitution";
    }
    return yes[10] ? "mitigating-circumstances" : "individual-management-action";
  }

  /**
   * The flow of the linear table: the question (index) each answer leads to, or -1 for an outcome.
   */
  static final int[] NEXT_IF_YES = {-1, -1, -1, -1, 5, 6, 7, -1, -1, -1, -1};

  static final int[] NEXT_IF_NO = {1, 2, 3, 4, -1, -1, -1, 8, 9, 10, -1};

  /**
   * Possible outcomes by literal enumeration of every completion of unknown and missing answers.
   */
  static List<String> possible(int[] codes) {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == 2 || codes[i] == MISSING) {
        open.add(i);
      }
    }
    boolean[] seen = new boolean[OUTCOMES.length];
    boolean[] yes = new boolean[codes.length];
    for (int completion = 0; completion < (1 << open.size()); completion++) {
      for (int i = 0; i < codes.length; i++) {
        yes[i] = codes[i] == 0;
      }
      for (int k = 0; k < open.size(); k++) {
        yes[open.get(k)] = (completion & (1 << k)) != 0;
      }
      String outcome = classify(yes);
      for (int o = 0; o < OUTCOMES.length; o++) {
        if (OUTCOMES[o].equals(outcome)) {
          seen[o] = true;
        }
      }
    }
    List<String> result = new ArrayList<>();
    for (int o = 0; o < OUTCOMES.length; o++) {
      if (seen[o]) {
        result.add(OUTCOMES[o]);
      }
    }
    return result;
  }

  /**
   * Next question: depth-first from 1a, YES before NO at unknowns; first missing met, else first
   * unknown.
   */
  static Optional<String> next(int[] codes) {
    int[] firstUnknown = {-1};
    int missing = firstMissing(0, codes, firstUnknown);
    if (missing >= 0) {
      return Optional.of(IDS[missing]);
    }
    return firstUnknown[0] >= 0 ? Optional.of(IDS[firstUnknown[0]]) : Optional.empty();
  }

  private static int firstMissing(int q, int[] codes, int[] firstUnknown) {
    if (q < 0) {
      return -1;
    }
    if (codes[q] == MISSING) {
      return q;
    }
    if (codes[q] == 0) {
      return firstMissing(NEXT_IF_YES[q], codes, firstUnknown);
    }
    if (codes[q] == 1) {
      return firstMissing(NEXT_IF_NO[q], codes, firstUnknown);
    }
    if (firstUnknown[0] < 0) {
      firstUnknown[0] = q;
    }
    int found = firstMissing(NEXT_IF_YES[q], codes, firstUnknown);
    return found >= 0 ? found : firstMissing(NEXT_IF_NO[q], codes, firstUnknown);
  }

  /** Benefit of the doubt per §1.3: 1a, 3a–3c → NO; 4a–4c, 5a → YES; health questions untouched. */
  static int[] benefitOfDoubt(int[] codes) {
    int[] out = codes.clone();
    int[] favoured = {1, -1, -1, -1, 1, 1, 1, 0, 0, 0, 0};
    for (int i = 0; i < out.length; i++) {
      if (out[i] == 2 && favoured[i] >= 0) {
        out[i] = favoured[i];
      }
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(UnknownPolicy.class)
  void engineAgreesWithTheOracleOnEveryCombination(UnknownPolicy policy) {
    Guide guide = Guides.nhs2018();
    Answer[] answers = Answer.values();
    int combinations = 1 << (2 * IDS.length);
    AtomicLong checked = new AtomicLong();
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    IntStream.range(0, combinations)
        .parallel()
        .forEach(
            n -> {
              int[] codes = new int[IDS.length];
              Map<String, Answer> given = new HashMap<>();
              for (int i = 0; i < IDS.length; i++) {
                codes[i] = (n >> (2 * i)) & 3;
                if (codes[i] != MISSING) {
                  given.put(IDS[i], answers[codes[i]]);
                }
              }
              int[] effective =
                  policy == UnknownPolicy.BENEFIT_OF_DOUBT ? benefitOfDoubt(codes) : codes;
              List<String> expectedPossible = possible(effective);
              boolean expectReached = expectedPossible.size() == 1;
              Optional<String> expectedNext = expectReached ? Optional.empty() : next(effective);

              GuideResult result = guide.evaluate(given, policy);
              boolean ok =
                  result.possibleOutcomes().equals(expectedPossible)
                      && result.isReached() == expectReached
                      && result
                          .outcome()
                          .map(Outcome::id)
                          .equals(
                              expectReached
                                  ? Optional.of(expectedPossible.get(0))
                                  : Optional.empty())
                      && result.nextQuestion().equals(expectedNext);
              if (!ok && mismatches.size() < 5) {
                mismatches.add(
                    given
                        + " expected "
                        + expectedPossible
                        + " next "
                        + expectedNext
                        + " but was "
                        + result.possibleOutcomes()
                        + " next "
                        + result.nextQuestion());
              }
              checked.incrementAndGet();
            });
    assertThat(mismatches).isEmpty();
    assertThat(checked.get()).isEqualTo(4_194_304L);
  }
}
