package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.Gbp;
import org.junit.jupiter.api.Test;

class JustCultureCliTest {

  @Test
  void serveRefusesLimitsOutsideTheirRangesBeforeItListens() {
    String[][] cases = {
      {"--max-draws", "0", "--max-draws: must be between 1 and 1000000000000, was 0"},
      {"--max-concurrent", "0", "--max-concurrent: must be between 1 and 10000, was 0"},
      {"--port", "70000", "--port: must be between 0 and 65535, was 70000"},
    };
    for (String[] c : cases) {
      CliRun run = CliRun.of("serve", c[0], c[1]);
      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).contains(c[2]);
      assertThat(run.out()).as(c[0]).doesNotContain("listening");
    }
  }

  @Test
  void printsItsVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("justculture " + JustCultureCli.version());
    assertThat(JustCultureCli.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void printsHelp() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: justculture").contains("Exit codes");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLine() {
    CliRun run = CliRun.of("--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("Unknown option: '--bogus'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("justculture: a command is required");
  }

  @Test
  void runsOnTheModulePath() {
    // Surefire runs this module's tests on the module path: the library modules must resolve as
    // named modules.
    assertThat(Gbp.class.getModule().getName()).isEqualTo("io.github.justculture.core");
    assertThat(JustCultureCli.class.getModule().getName()).isEqualTo("io.github.justculture.cli");
  }
}
