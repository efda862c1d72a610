package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.cli.report.ImmutableCaseReportInput;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandsTest {

  @TempDir Path dir;

  @Test
  void writesTheGuideReport() throws IOException {
    Path out = dir.resolve("guide.html");
    CliRun run =
        CliRun.withInput(
            GuideCommandsTest.REACHED, "guide", "report", "--out", out.toString(), "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("wrote ");
    assertThat(Files.readString(out))
        .contains("<svg")
        .contains("System failure: foresight")
        .contains("skipped");
    CliRun bad =
        CliRun.withInput(
            "{\"answers\":{\"9z\":\"NO\"}}", "guide", "report", "--out", out.toString(), "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly("$.answers.9z: unknown question '9z' in guide nhs-2018");
    CliRun noOut = CliRun.withInput(GuideCommandsTest.REACHED, "guide", "report", "-");
    assertThat(noOut.exitCode()).isEqualTo(2);
    assertThat(noOut.err()).contains("--out");
  }

  @Test
  void writesTheCostReport() throws IOException {
    Path out = dir.resolve("cost.html");
    CliRun run =
        CliRun.withInput(
            CostCommandsTest.TRUST,
            "cost",
            "report",
            "--draws",
            "5000",
            "--out",
            out.toString(),
            "-");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).contains("£10,397,862.18").contains("histogram-title");
    CliRun bad =
        CliRun.withInput("{\"prevalence\":2}", "cost", "report", "--out", out.toString(), "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines()).containsExactly("$.prevalence: must be between 0 and 1, was 2");
  }

  @Test
  void writesTheCaseReport() throws IOException {
    Tour tour = Tour.run();
    String input =
        JustCultureJson.codec()
            .write(
                ImmutableCaseReportInput.builder()
                    .incident(
                        io.github.justculture.guide.IncidentCase.of("INC-2026-0117")
                            .with(
                                (io.github.justculture.guide.EvaluationRecord)
                                    tour.records().get("evaluation-staff-0042.json")))
                    .restorativeCase(
                        (io.github.justculture.restorative.RestorativeCase)
                            tour.records().get("restorative-case.json"))
                    .assessedOn(java.time.LocalDate.of(2026, 12, 4))
                    .addGateResults(
                        (io.github.justculture.gate.GateResult)
                            tour.records().get("gate-result.json"))
                    .build());
    Path out = dir.resolve("case.html");
    CliRun run = CliRun.withInput(input, "case", "report", "--out", out.toString(), "-");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out))
        .contains("<h1>Incident INC-2026-0117</h1>")
        .contains("passed");
    CliRun bad =
        CliRun.withInput(
            "{\"incident\":{\"reference\":\"INC-1\"},\"assessedOn\":\"soon\"}",
            "case",
            "report",
            "--out",
            out.toString(),
            "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .singleElement()
        .asString()
        .startsWith("$.assessedOn: expected a date");
  }

  @Test
  void theTourWritesItsReports() throws IOException {
    CliRun run = CliRun.of("tour", "--html", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("guide-staff-0042.html")).exists();
    assertThat(dir.resolve("case-INC-2026-0117.html")).exists();
    assertThat(dir.resolve("cost-sample-trust.html")).exists();
  }
}
