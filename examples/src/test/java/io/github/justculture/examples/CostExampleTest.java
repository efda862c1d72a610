package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.examples.cli.JustCultureCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void theResearchersSweepRunsOnTheCommittedScenarios() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        JustCultureCli.run(
            new String[] {"cost", "sweep", "data/trust-scenarios.csv"},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(6);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\n1,kline-lewis-2019,5200,0.21,34000.00,225,,");
  }
}
