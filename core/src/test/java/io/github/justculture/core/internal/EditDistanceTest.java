package io.github.justculture.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsTheInsertionsDeletionsAndChangesBetweenTwoTexts() {
    assertThat(EditDistance.between("", "")).isZero();
    assertThat(EditDistance.between("prevalence", "prevalence")).isZero();
    assertThat(EditDistance.between("prevalance", "prevalence")).isEqualTo(1);
    assertThat(EditDistance.between("headcount", "headcont")).isEqualTo(1);
    assertThat(EditDistance.between("headcont", "headcount")).isEqualTo(1);
    assertThat(EditDistance.between("", "abc")).isEqualTo(3);
    assertThat(EditDistance.between("abc", "")).isEqualTo(3);
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.between("/guide/evaluate", "/v1/guide/evaluate")).isEqualTo(3);
  }

  @Test
  void theNearestCandidateWithinTheDistanceIgnoringCaseTheFirstOfATie() {
    java.util.List<String> names = java.util.List.of("headcount", "prevalence", "preset");
    assertThat(EditDistance.nearest("Prevalance", names, 2)).hasValue("prevalence");
    assertThat(EditDistance.nearest("headcont", names, 1)).hasValue("headcount");
    assertThat(EditDistance.nearest("headcont", names, 0)).isEmpty();
    assertThat(EditDistance.nearest("presets", java.util.List.of("preset", "presetz"), 1))
        .hasValue("preset");
    assertThat(EditDistance.nearest("x", java.util.List.of(), 5)).isEmpty();
    // Too long to be a typo: not compared at all.
    String longName = "preset" + "x".repeat(EditDistance.LONGEST);
    assertThat(EditDistance.nearest(longName, names, Integer.MAX_VALUE)).isEmpty();
    assertThat(EditDistance.nearest(longName.substring(0, EditDistance.LONGEST), names, 1_000))
        .isPresent();
  }
}
