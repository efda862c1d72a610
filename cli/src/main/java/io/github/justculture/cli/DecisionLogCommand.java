package io.github.justculture.cli;

import io.github.justculture.cli.serve.DecisionLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code justculture decision-log}: the service's decision log. */
@Command(
    name = "decision-log",
    mixinStandardHelpOptions = true,
    description = "The service's hash-chained decision log.",
    subcommands = {DecisionLogCommand.Verify.class})
final class DecisionLogCommand {

  /** {@code justculture decision-log verify DIR}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check the chain of a decision log: every line's prev is the SHA-256 of the line before,"
            + " across files, with sequence numbers in order.",
        "Exit 0 when intact; 2 naming the first broken or incomplete line by file and line."
      })
  static final class Verify extends BaseCommand {

    @Parameters(paramLabel = "DIR", description = "The log's folder.")
    private Path dir = Path.of(".");

    @Override
    public Integer call() {
      if (!Files.isDirectory(dir)) {
        throw new UsageException(dir + ": is not a folder");
      }
      DecisionLog.Verification v;
      try {
        v = DecisionLog.verify(dir);
      } catch (IOException e) {
        throw CliFiles.cannotNamed(dir.toString(), "read", e);
      }
      if (v.intact()) {
        out().println("intact: " + v.lines() + " decisions in " + v.files() + " files");
        out().flush();
        return JustCultureCli.OK;
      }
      err().println(dir.resolve(v.problem().orElseThrow()));
      return JustCultureCli.INVALID_INPUT;
    }
  }
}
