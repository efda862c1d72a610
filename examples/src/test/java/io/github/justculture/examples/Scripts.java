package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The worked examples' scripts, run from the examples folder as a user would run them. */
final class Scripts {

  private Scripts() {}

  /**
   * Runs a command with nothing on its standard input, and checks that it ends within two minutes
   * with exit status 0.
   *
   * @param command the command and its arguments
   * @return what it printed, standard output and standard error together
   */
  static String run(String... command) throws IOException, InterruptedException {
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    run.getOutputStream().close();
    String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(printed).isZero();
    return printed;
  }

  /**
   * Whether a program is installed (on the {@code PATH}).
   *
   * @param program its name
   * @return true when {@code command -v} finds it
   */
  static boolean has(String program) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", "command -v " + program).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }
}
