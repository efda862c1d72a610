package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run whose streams are redirected (files, pipes) is never taken for a terminal: no progress bar
 * drawn into a log, no input left unread for fear that someone would have to type it. On every Java
 * the application may run on, including where {@code System.console()} is not null for redirected
 * streams.
 */
class TerminalTest {

  /** Prints what {@link Terminal} says, for a JVM of another version. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      System.out.println(
          Terminal.isStandardInput()
              + " "
              + Terminal.isStandardError()
              + " "
              + Terminal.consoleIsTerminal());
    }
  }

  @Test
  void redirectedStreamsAreNotATerminal() {
    // Surefire's JVM has its streams redirected.
    assertThat(Terminal.isStandardInput()).isFalse();
    assertThat(Terminal.isStandardError()).isFalse();
    assertThat(Terminal.consoleIsTerminal()).isFalse();
  }

  @Test
  void redirectedStreamsAreNotATerminalOnANewerJavaEither() throws Exception {
    Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    assumeTrue(Files.isExecutable(java25), "no Java 25 here to run the probe on");
    Process probe =
        new ProcessBuilder(
                List.of(java25.toString(), "-cp", CliRun.classPath(), Probe.class.getName()))
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    probe.getOutputStream().close();
    String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(said.strip()).isEqualTo("false false false");
  }
}
