package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuideExampleTest {

  @Test
  void runsAndShowsTheWizardTheRecordAndTheRevision() {
    assertThat(GuideExample.run())
        .contains("Wizard: system-foresight")
        .contains("Record: Reached system-foresight")
        .contains("3b is unknown, but either answer leads to this outcome")
        .contains("Warnings: 0")
        .contains("Revision: 2 answers changed; outcome system-foresight -> none (next: 4a)");
  }
}
