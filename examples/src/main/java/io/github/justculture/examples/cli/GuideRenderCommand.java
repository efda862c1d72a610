package io.github.justculture.examples.cli;

import io.github.justculture.guide.EvaluationRequest;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDiagrams;
import io.github.justculture.guide.GuideResult;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code justculture guide render}: the flowchart as Mermaid or DOT text. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description =
        "Print the guide's flowchart as Mermaid or Graphviz DOT, highlighting the path of answers.")
final class GuideRenderCommand extends JsonCommand {

  /** The output formats. */
  enum Format {
    mermaid,
    dot
  }

  @Mixin private GuideSelection selection = new GuideSelection();

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description = "An evaluation request (as for 'guide evaluate') whose path to highlight.")
  private @Nullable String answers;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "mermaid or dot.")
  private Format format = Format.mermaid;

  @Override
  public Integer call() {
    Guide guide = selection.chosen();
    Optional<GuideResult> result = Optional.empty();
    if (answers != null) {
      EvaluationRequest request = readJson(answers, EvaluationRequest.class);
      if (guide == null) {
        guide = request.builtInGuide();
      }
      result = Optional.of(request.evaluateWith(guide));
    } else if (guide == null) {
      guide = selection.chosenOrDefault();
    }
    out()
        .print(
            format == Format.dot
                ? GuideDiagrams.dot(guide, result)
                : GuideDiagrams.mermaid(guide, result));
    out().flush();
    return JustCultureCli.OK;
  }
}
