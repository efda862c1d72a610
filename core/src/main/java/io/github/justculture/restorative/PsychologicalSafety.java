package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Evidence;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team's psychological safety (Edmondson 1999): seven items answered on a 1–7 scale; items 1, 3
 * and 5 are reverse-scored (8 − x); a respondent's score is the mean of the seven, the team's the
 * mean of its respondents'. To protect anonymity the team score is suppressed below a minimum
 * number of respondents (default {@value #DEFAULT_MIN_RESPONDENTS}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePsychologicalSafety.class)
@JsonDeserialize(as = ImmutablePsychologicalSafety.class)
public abstract class PsychologicalSafety {

  /** The items per response. */
  public static final int ITEMS = 7;

  /** The default minimum number of respondents for a team score to be shown. */
  public static final int DEFAULT_MIN_RESPONDENTS = 3;

  PsychologicalSafety() {}

  /**
   * How many responded.
   *
   * @return the number of responses
   */
  public abstract int respondents();

  /**
   * The minimum for a score to be shown.
   *
   * @return the minimum
   */
  public abstract int minRespondents();

  /**
   * The team score on the 1–7 scale, to two decimal places.
   *
   * @return the score, or empty when suppressed
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Whether the score is suppressed because too few responded.
   *
   * @return true when suppressed
   */
  public abstract boolean suppressed();

  /**
   * Scores a team's responses with the default minimum.
   *
   * @param responses each a list of seven answers, 1 to 7, in the questionnaire's order
   * @return the score
   * @throws io.github.justculture.core.InvalidInputException naming every bad response ({@code
   *     $[2][4]: must be between 1 and 7, was 9})
   */
  public static PsychologicalSafety score(List<List<Integer>> responses) {
    return score(responses, DEFAULT_MIN_RESPONDENTS);
  }

  /**
   * Scores a team's responses.
   *
   * @param responses each a list of seven answers, 1 to 7
   * @param minRespondents the minimum number of respondents for a score to be shown, at least 1
   * @return the score
   * @throws io.github.justculture.core.InvalidInputException naming every bad response
   */
  public static PsychologicalSafety score(List<List<Integer>> responses, int minRespondents) {
    FindingCollector problems = FindingCollector.create();
    problems.require(minRespondents >= 1, "$.minRespondents", "must be at least 1", minRespondents);
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = 0; r < responses.size(); r++) {
      List<Integer> answers = responses.get(r);
      String path = JsonPaths.index("$", r);
      if (!problems.require(
          answers.size() == ITEMS, path, "must have " + ITEMS + " answers", answers.size())) {
        continue;
      }
      int total = 0;
      for (int i = 0; i < ITEMS; i++) {
        int x = answers.get(i);
        if (problems.require(
            x >= 1 && x <= 7, JsonPaths.index(path, i), "must be between 1 and 7", x)) {
          boolean reversed = i == 0 || i == 2 || i == 4; // items 1, 3 and 5
          total += reversed ? 8 - x : x;
        }
      }
      sum =
          sum.add(
              BigDecimal.valueOf(total).divide(BigDecimal.valueOf(ITEMS), MathContext.DECIMAL64));
    }
    problems.throwIfAny("psychological safety responses");
    boolean suppressed = responses.size() < minRespondents;
    Optional<BigDecimal> score =
        suppressed
            ? Optional.empty()
            : Optional.of(
                sum.divide(BigDecimal.valueOf(responses.size()), MathContext.DECIMAL64)
                    .setScale(2, RoundingMode.HALF_UP));
    return ImmutablePsychologicalSafety.builder()
        .respondents(responses.size())
        .minRespondents(minRespondents)
        .score(score)
        .suppressed(suppressed)
        .build();
  }

  /**
   * The score as evidence for {@link Goal#EMOTIONAL_HEALING} or {@link
   * Goal#ORGANISATIONAL_LEARNING}.
   *
   * @param reference what was measured, for example {@code psychological-safety/ward-7/2026-q3}
   * @return the evidence
   * @throws IllegalStateException if the score is suppressed (too few respondents to show it)
   */
  public Evidence asEvidence(String reference) {
    return Evidence.metric(
        reference,
        score()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the score is suppressed: "
                            + respondents()
                            + " respondents, fewer than "
                            + minRespondents())));
  }
}
