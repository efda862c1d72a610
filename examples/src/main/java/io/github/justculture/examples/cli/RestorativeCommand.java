package io.github.justculture.examples.cli;

import io.github.justculture.restorative.RestorativeCase;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture restorative}: restorative cases. */
@Command(
    name = "restorative",
    mixinStandardHelpOptions = true,
    description =
        "Restorative just culture cases: who is hurt, what they need, whose obligation it is.",
    subcommands = {RestorativeCommand.Check.class})
final class RestorativeCommand {

  /** {@code justculture restorative check CASE.json}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Check a restorative case: what is outstanding, Dekker's checklist derived from the case, and whether it"
              + " may be closed.")
  static final class Check extends JsonCommand {

    @Parameters(paramLabel = "CASE", description = "The case (JSON), or - for standard input.")
    private String file = "-";

    @Option(
        names = "--today",
        paramLabel = "DATE",
        description = "The date to check overdue obligations against (default: today's date).")
    private @Nullable LocalDate today;

    @Override
    public Integer call() {
      RestorativeCase c = readJson(file, RestorativeCase.class);
      printJson(c.assess(today == null ? LocalDate.now() : today));
      return JustCultureCli.OK;
    }
  }
}
