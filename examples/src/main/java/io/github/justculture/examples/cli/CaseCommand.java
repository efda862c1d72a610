package io.github.justculture.examples.cli;

import io.github.justculture.examples.report.CaseReport;
import io.github.justculture.examples.report.CaseReportInput;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture case}: one incident. */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    description = "One incident: a report of its evaluations, restorative case and gate results.",
    subcommands = {CaseCommand.Report.class})
final class CaseCommand {

  /** {@code justculture case report CASE.json --out FILE.html}. */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = {
        "Write a one-page HTML report of an incident.",
        "CASE: {\"incident\":{...IncidentCase...},\"restorativeCase\":{...},\"assessedOn\":\"2026-12-04\","
            + "\"gateResults\":[...]}"
      })
  static final class Report extends JsonCommand {

    @Parameters(paramLabel = "CASE", description = "The case (JSON), or -.")
    private String file = "-";

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "The HTML file to write.")
    private Path out = Path.of("case-report.html");

    @Override
    public Integer call() throws IOException {
      ReportOutput.write(out, CaseReport.html(readJson(file, CaseReportInput.class)), err());
      return JustCultureCli.OK;
    }
  }
}
