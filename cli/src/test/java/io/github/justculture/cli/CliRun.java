package io.github.justculture.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** The clock of every test run: a fixed day, so that "today" never changes a golden file. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

  static CliRun of(String... args) {
    return withInput("", args);
  }

  static CliRun withInput(String stdin, String... args) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun withInput(byte[] stdin, String... args) {
    return withInput(new ByteArrayInputStream(stdin), args);
  }

  static CliRun withInput(InputStream stdin, String... args) {
    return run(stdin, false, args);
  }

  /** A run whose standard error counts as a terminal, as a researcher's does. */
  static CliRun onTerminal(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), true, args);
  }

  private static CliRun run(InputStream stdin, boolean errIsTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        JustCultureCli.run(
            args,
            stdin,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CLOCK,
            errIsTerminal);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
