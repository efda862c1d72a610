package io.github.justculture.examples.cli;

import io.github.justculture.guide.EvaluationRequest;
import io.github.justculture.guide.Guide;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code justculture guide evaluate FILE}: evaluate answers against a guide. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate answers against a guide and print the result as JSON.",
      "FILE: {\"guide\":\"nhs-2018\",\"unknownPolicy\":\"SUSPEND\",\"answers\":{\"1a\":\"NO\",...}}"
          + " (answers YES, NO or UNKNOWN, or {\"answer\":\"NO\",\"rationale\":\"...\",\"evidence\":[...]})."
    })
final class GuideEvaluateCommand extends JsonCommand {

  @Parameters(paramLabel = "FILE", description = "The request, or - for standard input.")
  private String file = "-";

  @Mixin private GuideSelection selection = new GuideSelection();

  @Override
  public Integer call() {
    EvaluationRequest request = readJson(file, EvaluationRequest.class);
    Guide guide = selection.chosen();
    printJson(request.evaluateWith(guide == null ? request.builtInGuide() : guide));
    return JustCultureCli.OK;
  }
}
