package io.github.justculture.examples.cli;

import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.examples.report.CostReport;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture cost report PROFILE.json --out FILE.html}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write a self-contained HTML report for a profile: the six components, the tornado chart of one-way"
            + " sensitivity, and the simulated distribution of the total with P5/P50/P95 (preset ranges).")
final class CostReportCommand extends JsonCommand {

  @Parameters(paramLabel = "PROFILE", description = "The profile (JSON), or -.")
  private String file = "-";

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write.")
  private Path out = Path.of("cost-report.html");

  @Option(names = "--draws", paramLabel = "N", description = "Simulation draws (default 100000).")
  private int draws = 100_000;

  @Option(names = "--seed", paramLabel = "S", description = "Simulation seed (default 2026).")
  private long seed = 2026L;

  @Override
  public Integer call() throws IOException {
    CostProfile profile = readJson(file, CostProfile.class);
    String html =
        CostReport.html(
            CostCalculator.estimate(profile),
            CostCalculator.sensitivity(profile),
            CostCalculator.simulate(
                SimulationRequest.builder().profile(profile).build(), draws, seed));
    ReportOutput.write(out, html, err());
    return JustCultureCli.OK;
  }
}
