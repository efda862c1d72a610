package io.github.justculture.examples.cli;

import io.github.justculture.equality.RelativeLikelihoodRequest;
import io.github.justculture.equality.Wres3;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code justculture equality}: disproportionality metrics. */
@Command(
    name = "equality",
    mixinStandardHelpOptions = true,
    description =
        "Disproportionality: relative likelihood, and WRES indicator 3 from person-level records.",
    subcommands = {
      EqualityCommand.RelativeLikelihoodCommand.class,
      EqualityCommand.Wres3Command.class
    })
final class EqualityCommand {

  /** {@code justculture equality relative-likelihood FILE}. */
  @Command(
      name = "relative-likelihood",
      mixinStandardHelpOptions = true,
      description = {
        "The relative likelihood of an event for a focus group against a reference group, its 95% interval and"
            + " classification against 0.80-1.25.",
        "FILE: {\"focus\":{\"events\":12,\"headcount\":800},\"reference\":{\"events\":20,\"headcount\":2600}}"
      })
  static final class RelativeLikelihoodCommand extends JsonCommand {

    @Parameters(paramLabel = "FILE", description = "The counts (JSON), or - for standard input.")
    private String file = "-";

    @Override
    public Integer call() {
      printJson(readJson(file, RelativeLikelihoodRequest.class).compute());
      return JustCultureCli.OK;
    }
  }

  /** {@code justculture equality wres3 RECORDS.csv}. */
  @Command(
      name = "wres3",
      mixinStandardHelpOptions = true,
      description = {
        "WRES indicator 3 from CSV records with columns person,group,entered (group BME, WHITE or UNKNOWN;"
            + " entered yes or no). Each person counts once; unknown groups are excluded and counted.",
        "Streams the records: a million rows run in a small heap. Bad rows: one line each on standard error, exit 2."
      })
  static final class Wres3Command extends JsonCommand {

    @Parameters(paramLabel = "RECORDS", description = "The CSV file, or - for standard input.")
    private String file = "-";

    @Override
    public Integer call() throws IOException {
      try (Reader in = open()) {
        printJson(Wres3.compute(in));
      }
      return JustCultureCli.OK;
    }

    private Reader open() throws IOException {
      if ("-".equals(file)) {
        return new InputStreamReader(stdin(), StandardCharsets.UTF_8);
      }
      try {
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new UsageException(file + ": no such file");
      }
    }
  }
}
