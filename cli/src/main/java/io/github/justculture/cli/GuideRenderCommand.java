package io.github.justculture.cli;

import io.github.justculture.cli.op.Body;
import io.github.justculture.cli.op.Given;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.OptionDef;
import io.github.justculture.cli.op.Problem;
import io.github.justculture.cli.op.Runner;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDiagrams;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.Guides;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code justculture guide render}: the flowchart as Mermaid or DOT text. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description =
        "Print the guide's flowchart as Mermaid or Graphviz DOT, highlighting the route of answers.")
final class GuideRenderCommand extends BaseCommand {

  /** The output formats. */
  enum Format {
    mermaid,
    dot
  }

  @Option(
      names = "--guide",
      paramLabel = "ID",
      description = "A built-in guide (default nhs-2018).")
  private @Nullable String guide;

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description = "A guide definition in JSON (a trust's own), instead of a built-in guide.")
  private @Nullable String definition;

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description = "An evaluation request (as for 'guide evaluate') whose route to highlight.")
  private @Nullable String answers;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "mermaid or dot.")
  private Format format = Format.mermaid;

  /** The command line's problems come with the guide's (see {@link #guideOptions}). */
  @Override
  boolean reportsCommandLineProblems() {
    return true;
  }

  @Override
  public Integer call() {
    Optional<GuideResult> result = Optional.empty();
    Guide chosen;
    Given given = guideOptions(guide, definition);
    if (answers != null) {
      // The same reading, checks and messages as 'guide evaluate', every problem at once.
      Body body = null;
      try {
        body = CliFiles.readJson(answers, stdin());
      } catch (UsageException e) {
        List<Problem> problems = new ArrayList<>(given.problems());
        problems.add(e.problem());
        given = new Given(given.values(), problems);
      }
      GuideResult r =
          (GuideResult)
              Runner.runJson(
                  Operations.GUIDE_EVALUATE,
                  body,
                  given,
                  JustCultureCli.context(this),
                  OptionDef::cli);
      result = Optional.of(r);
      chosen =
          guideChoice(given).chosen().orElseGet(() -> Guides.builtIn(r.guide().id()).orElseThrow());
    } else {
      chosen = guideChoice(given).chosen().orElseGet(Guides::nhs2018);
    }
    out()
        .print(
            format == Format.dot
                ? GuideDiagrams.dot(chosen, result)
                : GuideDiagrams.mermaid(chosen, result));
    out().flush();
    return JustCultureCli.OK;
  }
}
