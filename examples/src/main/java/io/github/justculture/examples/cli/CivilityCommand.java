package io.github.justculture.examples.cli;

import io.github.justculture.civility.CivilityFramework;
import io.github.justculture.civility.SelfAssessment;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture civility}: the civility and respect framework. */
@Command(
    name = "civility",
    mixinStandardHelpOptions = true,
    description = "The civility and respect framework: score a self-assessment.",
    subcommands = {CivilityCommand.Score.class})
final class CivilityCommand {

  /** {@code justculture civility score ASSESSMENT.json}. */
  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description =
          "Score a self-assessment: per theme the mean and the weakest element, and the missing ratings.")
  static final class Score extends JsonCommand {

    @Parameters(
        paramLabel = "ASSESSMENT",
        description = "The self-assessment (JSON), or - for standard input.")
    private String file = "-";

    @Option(
        names = "--framework",
        paramLabel = "FILE",
        description =
            "An organisation's own framework (JSON) instead of the built-in justculture-civility-1.")
    private @Nullable String frameworkFile;

    @Override
    public Integer call() {
      CivilityFramework framework =
          frameworkFile == null
              ? CivilityFramework.builtIn()
              : CivilityFramework.parse(
                  new String(readFile(frameworkFile), StandardCharsets.UTF_8));
      printJson(framework.score(readJson(file, SelfAssessment.class)));
      return JustCultureCli.OK;
    }
  }
}
