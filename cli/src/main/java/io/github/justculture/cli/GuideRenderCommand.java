package io.github.justculture.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.op.Given;
import io.github.justculture.cli.op.GuideChoice;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.OptionDef;
import io.github.justculture.cli.op.Runner;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDiagrams;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.Guides;
import java.util.LinkedHashMap;
import java.util.Map;
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

  @Override
  public Integer call() {
    Optional<GuideResult> result = Optional.empty();
    Guide chosen;
    if (answers != null) {
      // The same reading, checks and messages as 'guide evaluate'.
      Map<String, JsonNode> given = new LinkedHashMap<>();
      for (OptionDef def : Operations.guideChoiceOptions().defs()) {
        String value = def.json().equals("guide") ? guide : definition;
        if (value != null) {
          given.put(def.json(), OperationCommand.optionJson(def, value, stdin()));
        }
      }
      GuideResult r =
          (GuideResult)
              Runner.runJson(
                  Operations.GUIDE_EVALUATE,
                  CliFiles.readJson(answers, stdin()),
                  Given.of(given),
                  JustCultureCli.context(this),
                  OptionDef::cli);
      result = Optional.of(r);
      GuideChoice choice = guideChoice(guide, definition);
      chosen = choice.chosen().orElseGet(() -> Guides.builtIn(r.guide().id()).orElseThrow());
    } else {
      chosen = guideChoice(guide, definition).chosen().orElseGet(Guides::nhs2018);
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
