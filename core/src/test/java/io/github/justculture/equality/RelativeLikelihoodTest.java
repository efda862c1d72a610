package io.github.justculture.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import org.junit.jupiter.api.Test;

class RelativeLikelihoodTest {

  @Test
  void matchesHandComputedValues() {
    RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(12, 800), GroupCount.of(20, 2600));
    assertThat(rl.focusRate()).isEqualTo(0.015);
    assertThat(rl.referenceRate()).isCloseTo(0.0076923, within(1e-7));
    assertThat(rl.relativeLikelihood()).contains(1.95);
    assertThat(rl.ci95().orElseThrow().lower()).isCloseTo(0.9574825431, within(1e-9));
    assertThat(rl.ci95().orElseThrow().upper()).isCloseTo(3.9713517779, within(1e-9));
    assertThat(rl.classification()).isEqualTo(Classification.ADVERSE_TO_FOCUS);
    assertThat(rl.excludesOne()).isFalse();
    assertThat(rl.zeroCellCorrected()).isFalse();
    assertThat(rl.smallNumbers()).isFalse();
  }

  @Test
  void theBoundariesThemselvesAreNonAdverseExactly() {
    // 8/100 over 10/100 is 0.7999999999999999 in doubles; the classification is exact.
    RelativeLikelihood low = RelativeLikelihood.of(GroupCount.of(8, 100), GroupCount.of(10, 100));
    assertThat(low.classification()).isEqualTo(Classification.NON_ADVERSE);
    RelativeLikelihood high = RelativeLikelihood.of(GroupCount.of(25, 100), GroupCount.of(20, 100));
    assertThat(high.classification()).isEqualTo(Classification.NON_ADVERSE);
    assertThat(
            RelativeLikelihood.of(GroupCount.of(79, 1000), GroupCount.of(100, 1000))
                .classification())
        .isEqualTo(Classification.ADVERSE_TO_REFERENCE);
    assertThat(
            RelativeLikelihood.of(GroupCount.of(1251, 10000), GroupCount.of(1000, 10000))
                .classification())
        .isEqualTo(Classification.ADVERSE_TO_FOCUS);
    assertThat(RelativeLikelihood.of(GroupCount.of(10, 100), GroupCount.of(10, 100)).isNonAdverse())
        .isTrue();
  }

  @Test
  void aZeroFocusCountCorrectsOnlyTheInterval() {
    RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(0, 100), GroupCount.of(10, 1000));
    assertThat(rl.relativeLikelihood()).contains(0.0);
    assertThat(rl.zeroCellCorrected()).isTrue();
    assertThat(rl.ci95().orElseThrow().lower()).isCloseTo(0.0278607994, within(1e-9));
    assertThat(rl.ci95().orElseThrow().upper()).isCloseTo(7.9945356799, within(1e-9));
    assertThat(rl.classification()).isEqualTo(Classification.ADVERSE_TO_REFERENCE);
    assertThat(rl.smallNumbers()).isTrue();
  }

  @Test
  void aZeroReferenceRateIsUndefinedNotInfinite() {
    RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(3, 100), GroupCount.of(0, 1000));
    assertThat(rl.relativeLikelihood()).isEmpty();
    assertThat(rl.ci95()).isEmpty();
    assertThat(rl.classification()).isEqualTo(Classification.UNDEFINED);
    assertThat(rl.excludesOne()).isFalse();
    assertThat(JustCultureJson.codec().write(rl))
        .contains("\"relativeLikelihood\":null")
        .doesNotContain("Infinity");
  }

  @Test
  void smallNumbersAreFlaggedNotDropped() {
    RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(4, 100), GroupCount.of(40, 1000));
    assertThat(rl.smallNumbers()).isTrue();
    assertThat(rl.relativeLikelihood()).isPresent();
    assertThat(
            RelativeLikelihood.of(GroupCount.of(4, 100), GroupCount.of(40, 1000), 3).smallNumbers())
        .isFalse();
  }

  @Test
  void anIntervalThatExcludesOneIsSaidSo() {
    RelativeLikelihood rl =
        RelativeLikelihood.of(GroupCount.of(60, 1000), GroupCount.of(100, 4000));
    assertThat(rl.ci95().orElseThrow().lower()).isGreaterThan(1);
    assertThat(rl.excludesOne()).isTrue();
    assertThat(rl.reading()).contains(" excludes 1: ");
    // The mirror: the focus group less likely, an interval wholly below one.
    RelativeLikelihood below =
        RelativeLikelihood.of(GroupCount.of(100, 4000), GroupCount.of(60, 1000));
    assertThat(below.ci95().orElseThrow().upper()).isLessThan(1);
    assertThat(below.classification()).isEqualTo(Classification.ADVERSE_TO_REFERENCE);
    assertThat(below.excludesOne()).isTrue();
    assertThat(below.reading()).contains(" excludes 1: ");
  }

  @Test
  void invalidCountsNameTheirFieldAndPath() {
    assertThatThrownBy(() -> GroupCount.of(-1, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::message)
                    .containsExactly(
                        "$.headcount: must be a positive whole number, was 0",
                        "$.events: must not be negative, was -1"));
    assertThatThrownBy(() -> GroupCount.of(20, 10))
        .hasMessageContaining("$.events: must not exceed headcount (10), was 20");
    assertThatThrownBy(
            () ->
                JustCultureJson.codec()
                    .read(
                        "{\"focus\":{\"events\":12,\"headcount\":0},\"reference\":{\"events\":30,\"headcount\":20}}",
                        RelativeLikelihoodRequest.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::message)
                    .containsExactly(
                        "$.focus.headcount: must be a positive whole number, was 0",
                        "$.reference.events: must not exceed headcount (20), was 30"));
  }

  @Test
  void theUnroundedRatioClassifiesAndTheTwoDecimalReadingIsOfferedBeside() {
    RelativeLikelihood rl =
        RelativeLikelihood.of(GroupCount.of(12_549, 100_000), GroupCount.of(10_000, 100_000));
    assertThat(rl.relativeLikelihood()).contains(1.2549);
    assertThat(rl.classification()).isEqualTo(Classification.ADVERSE_TO_FOCUS);
    assertThat(rl.roundedRelativeLikelihood()).contains(new java.math.BigDecimal("1.25"));
    assertThat(rl.roundedClassification()).isEqualTo(Classification.NON_ADVERSE);
    assertThat(rl.notes())
        .contains(RelativeLikelihood.LIBRARY_ADDITIONS)
        .contains(
            "To two decimals, as reports publish it, the ratio reads 1.25, which would be classed"
                + " non adverse; unrounded it is adverse to focus.");
    RelativeLikelihood same =
        RelativeLikelihood.of(GroupCount.of(12, 800), GroupCount.of(20, 2600));
    assertThat(same.roundedClassification()).isEqualTo(same.classification());
    assertThat(same.notes()).containsExactly(RelativeLikelihood.LIBRARY_ADDITIONS);
  }

  @Test
  void theReadingSaysWhatTheIntervalMeansBesideTheClassification() {
    // The README's example: adverse, but the interval includes 1.
    RelativeLikelihood wide =
        RelativeLikelihood.of(GroupCount.of(12, 800), GroupCount.of(20, 2600));
    assertThat(wide.reading())
        .isEqualTo(
            "1.95: above the non-adverse range 0.80 to 1.25: adverse to the focus group, who are"
                + " more likely to have the event. The 95% interval, 0.96 to 3.97, includes 1: on"
                + " these numbers the difference could be chance, so treat the classification as a"
                + " signal to look into, not a finding.");
    RelativeLikelihood narrow =
        RelativeLikelihood.of(GroupCount.of(120, 8000), GroupCount.of(200, 26000));
    assertThat(narrow.reading()).contains("excludes 1: chance alone is an unlikely explanation");
    RelativeLikelihood low = RelativeLikelihood.of(GroupCount.of(1, 100), GroupCount.of(3, 100));
    assertThat(low.reading()).contains("adverse to the reference group");
    assertThat(low.notes()).anyMatch(n -> n.startsWith("Small numbers"));
    RelativeLikelihood undefined =
        RelativeLikelihood.of(GroupCount.of(1, 100), GroupCount.of(0, 100));
    assertThat(undefined.reading()).startsWith("Undefined");
    assertThat(undefined.roundedRelativeLikelihood()).isEmpty();
  }

  /** The small-numbers flag and its note switch exactly at the threshold, for either group. */
  @Test
  void smallNumbersSwitchExactlyAtTheThreshold() {
    RelativeLikelihood atThreshold =
        RelativeLikelihood.of(GroupCount.of(10, 400), GroupCount.of(10, 900), 10);
    assertThat(atThreshold.smallNumbers()).isFalse();
    assertThat(atThreshold.notes()).noneMatch(n -> n.startsWith("Small numbers"));
    RelativeLikelihood focusBelow =
        RelativeLikelihood.of(GroupCount.of(9, 400), GroupCount.of(10, 900), 10);
    assertThat(focusBelow.smallNumbers()).isTrue();
    assertThat(focusBelow.notes())
        .anyMatch(n -> n.startsWith("Small numbers: fewer than 10 events"));
    RelativeLikelihood referenceBelow =
        RelativeLikelihood.of(GroupCount.of(10, 400), GroupCount.of(9, 900), 10);
    assertThat(referenceBelow.smallNumbers()).isTrue();
    assertThat(referenceBelow.notes()).anyMatch(n -> n.startsWith("Small numbers"));
    assertThat(
            RelativeLikelihood.of(GroupCount.of(0, 400), GroupCount.of(0, 900), 0).smallNumbers())
        .isFalse();
    assertThatThrownBy(() -> RelativeLikelihood.of(GroupCount.of(1, 4), GroupCount.of(1, 9), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smallNumbersThreshold must not be negative, was -1");
  }

  /** The two-decimal reading is classed with the bounds themselves non-adverse, at both ends. */
  @Test
  void theRoundedReadingIncludesBothBounds() {
    // 0.796 unrounded: adverse to the reference group; reads 0.80, which is non-adverse.
    RelativeLikelihood low =
        RelativeLikelihood.of(GroupCount.of(796, 1000), GroupCount.of(1000, 1000));
    assertThat(low.classification()).isEqualTo(Classification.ADVERSE_TO_REFERENCE);
    assertThat(low.roundedRelativeLikelihood()).contains(new java.math.BigDecimal("0.80"));
    assertThat(low.roundedClassification()).isEqualTo(Classification.NON_ADVERSE);
    assertThat(low.isNonAdverse()).isFalse();
    // 0.794 reads 0.79: adverse to the reference group either way, and no note about rounding.
    RelativeLikelihood lower =
        RelativeLikelihood.of(GroupCount.of(794, 1000), GroupCount.of(1000, 1000));
    assertThat(lower.roundedClassification()).isEqualTo(Classification.ADVERSE_TO_REFERENCE);
    assertThat(lower.notes()).noneMatch(n -> n.startsWith("To two decimals"));
    // 1.254 reads 1.25 (non-adverse); 1.256 reads 1.26 (adverse to the focus group).
    assertThat(
            RelativeLikelihood.of(GroupCount.of(1254, 2000), GroupCount.of(1000, 2000))
                .roundedClassification())
        .isEqualTo(Classification.NON_ADVERSE);
    assertThat(
            RelativeLikelihood.of(GroupCount.of(1256, 2000), GroupCount.of(1000, 2000))
                .roundedClassification())
        .isEqualTo(Classification.ADVERSE_TO_FOCUS);
    RelativeLikelihood even =
        RelativeLikelihood.of(GroupCount.of(100, 1000), GroupCount.of(100, 1000));
    assertThat(even.isNonAdverse()).isTrue();
    assertThat(even.excludesOne()).isFalse();
  }

  @Test
  void theReadingSaysWhenTheIntervalWasCorrectedForAZeroCount() {
    assertThat(RelativeLikelihood.of(GroupCount.of(0, 400), GroupCount.of(30, 2000)).reading())
        .contains("(after the zero-cell correction)");
    assertThat(RelativeLikelihood.of(GroupCount.of(12, 400), GroupCount.of(30, 2000)).reading())
        .doesNotContain("zero-cell");
  }
}
