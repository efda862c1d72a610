package io.github.justculture.examples.cli;

import io.github.justculture.examples.report.GuideReport;
import io.github.justculture.guide.EvaluationRequest;
import io.github.justculture.guide.Guide;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture guide report ANSWERS.json --out FILE.html}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write a self-contained HTML report: the guide's flowchart (SVG) with the route of these answers, the"
            + " answers and rationales, the outcome with its system clause, and the caveats.")
final class GuideReportCommand extends JsonCommand {

  @Parameters(
      paramLabel = "ANSWERS",
      description = "An evaluation request (as for 'guide evaluate'), or -.")
  private String file = "-";

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write.")
  private Path out = Path.of("guide-report.html");

  @Mixin private GuideSelection selection = new GuideSelection();

  @Override
  public Integer call() throws IOException {
    EvaluationRequest request = readJson(file, EvaluationRequest.class);
    Guide chosen = selection.chosen();
    Guide guide = chosen == null ? request.builtInGuide() : chosen;
    ReportOutput.write(
        out, GuideReport.html(guide, request.evaluateWith(guide), request.answers()), err());
    return JustCultureCli.OK;
  }
}
