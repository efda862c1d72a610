package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An operation whose input is a terminal says what to type and how to end it, instead of waiting in
 * silence; one whose input is a pipe or a file says nothing. Run in a real terminal: util-linux's
 * {@code script} gives the command a pseudo-terminal.
 */
class TerminalInputTest {

  private static final Path SCRIPT = Path.of("/usr/bin/script");

  @Test
  void atATerminalTheCommandSaysWhatToTypeThenReadsIt() throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "no util-linux script here to make a terminal");
    // script runs one command line: the forked command's words, joined (no word has a space).
    String command = String.join(" ", CliRun.forked("cost", "estimate"));
    Process run =
        new ProcessBuilder(SCRIPT.toString(), "-qec", command, "/dev/null")
            .redirectErrorStream(true)
            .start();
    // Were the hint never to come, the command would wait for input for ever: end it after a
    // minute, so that the test fails instead of hanging.
    Thread watchdog =
        new Thread(
            () -> {
              try {
                if (!run.waitFor(60, TimeUnit.SECONDS)) {
                  run.descendants().forEach(ProcessHandle::destroyForcibly);
                  run.destroyForcibly();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    watchdog.setDaemon(true);
    watchdog.start();
    BufferedReader said =
        new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
    // The hint comes before anything is typed.
    String first = said.readLine();
    assertThat(first)
        .isNotNull()
        .isEqualTo(
            OperationCommand.typingHint(
                "cost estimate", "JSON")); // a terminal ends lines with CR LF
    OutputStream typed = run.getOutputStream();
    typed.write(
        "{\"headcount\":5200,\"prevalence\":0.21}\n\u0004".getBytes(StandardCharsets.UTF_8));
    typed.flush();
    List<String> rest = new ArrayList<>();
    for (String line = said.readLine(); line != null; line = said.readLine()) {
      rest.add(line);
    }
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(rest.toString()).isZero();
    assertThat(String.join("\n", rest)).contains("\"sicknessAbsence\" : \"2103519.27\"");
  }

  @Test
  void fromAPipeItSaysNothing() throws Exception {
    Process run = new ProcessBuilder(CliRun.forked("cost", "estimate")).start();
    run.getOutputStream()
        .write("{\"headcount\":5200,\"prevalence\":0.21}".getBytes(StandardCharsets.UTF_8));
    run.getOutputStream().close();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEmpty();
    assertThat(out).contains("\"sicknessAbsence\" : \"2103519.27\"");
  }
}
