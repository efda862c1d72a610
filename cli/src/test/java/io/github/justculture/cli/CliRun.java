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

  /** The test's classes and dependencies, as one class path for a JVM of another run. */
  static String classPath() {
    return System.getProperty("jdk.module.path", "")
        + java.io.File.pathSeparator
        + System.getProperty("java.class.path", "");
  }

  /** The command that runs {@code justculture ARGS} in a JVM of its own, on this test's Java. */
  static List<String> forked(String... args) {
    List<String> command = new java.util.ArrayList<>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath());
    command.add(JustCultureCli.class.getName());
    command.addAll(List.of(args));
    return command;
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
