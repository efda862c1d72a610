package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CostExampleTest {

  @Test
  void runsTheJavaExample() {
    assertThat(CostExample.run())
        .contains("Cost a year: £10,397,862.18 (£1,999.59 per employee)")
        .contains("Saving: ")
        .contains("Largest uncertainty: ")
        .containsPattern("90% interval: £[0-9,.]+ to £[0-9,.]+");
  }
}
