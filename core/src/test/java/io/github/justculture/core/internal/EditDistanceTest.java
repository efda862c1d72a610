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
}
