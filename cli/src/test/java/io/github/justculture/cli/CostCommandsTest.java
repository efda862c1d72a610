package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCommandsTest {

  static final String TRUST =
      "{\"preset\":\"kline-lewis-2019\",\"headcount\":5200,\"prevalence\":0.21,\"annualPay\":\"34000.00\","
          + "\"workingDaysPerYear\":225}";

  @Test
  void listsPresetsWithProvenance() {
    CliRun run = CliRun.of("cost", "presets");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"id\" : \"kline-lewis-2019\"")
        .contains("\"id\" : \"acas-2021\"")
        .contains("\"provenance\" : \"CALIBRATED\"")
        .contains("gives £246.2m, not £483.6m");
  }

  @Test
  void estimatesAsJsonCsvAndTable() {
    CliRun json = CliRun.withInput(TRUST, "cost", "estimate", "-");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out())
        .contains("\"sicknessAbsence\" : \"2268520.80\"")
        .contains("\"total\" : \"10397862.18\"")
        .contains("\"bulliedStaff\" : 1092.00")
        .contains("\"name\" : \"dailyPay\"")
        .contains("\"value\" : \"151.11\"");
    CliRun csv = CliRun.withInput(TRUST, "cost", "estimate", "--format", "csv", "-");
    assertThat(csv.out().lines()).first().isEqualTo("line,amount");
    assertThat(csv.out()).contains("total,10397862.18");
    CliRun table = CliRun.withInput(TRUST, "cost", "estimate", "--format", "table", "-");
    assertThat(table.out())
        .contains("£10,397,862.18")
        .contains("CALIBRATED")
        .contains("Note: Calibrated");
  }

  @Test
  void estimatesTheAcasConflictModel() {
    CliRun run =
        CliRun.withInput(
            "{\"preset\":\"acas-2021\",\"presenteeismBound\":\"HIGH\"}", "cost", "estimate", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"total\" : \"30217096760.00\"");
  }

  @Test
  void badProfilesExitTwoNamingEveryField() {
    CliRun run =
        CliRun.withInput(
            "{\"headcount\":0,\"prevalance\":0.2,\"dailyPay\":\"150\",\"annualPay\":\"30000\"}",
            "cost",
            "estimate",
            "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "$.prevalance: unknown field (did you mean 'prevalence'?)",
            "$.headcount: must be a positive whole number, was 0",
            "$.annualPay: cannot be given with dailyPay: give one or the other, was \"30000.00\"");
    CliRun preset = CliRun.withInput("{\"preset\":\"kline\"}", "cost", "estimate", "-");
    assertThat(preset.errLines())
        .containsExactly(
            "$.preset: unknown preset (presets: kline-lewis-2019, acas-2021), was \"kline\"");
    CliRun malformed = CliRun.withInput("{\"headcount\":", "cost", "estimate", "-");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("malformed JSON");
  }

  @Test
  void simulatesTheSameForAnyThreadCount() {
    String request =
        "{\"profile\":"
            + TRUST
            + ",\"distributions\":{\"prevalence\":{\"type\":\"BETA\",\"successes\":1092,\"trials\":5200}}}";
    CliRun one =
        CliRun.withInput(
            request, "cost", "simulate", "--draws", "50000", "--seed", "7", "--threads", "1", "-");
    CliRun two =
        CliRun.withInput(
            request, "cost", "simulate", "--draws", "50000", "--seed", "7", "--threads", "2", "-");
    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).isEqualTo(two.out()).contains("\"p95\"").contains("\"seed\" : 7");
    assertThat(one.err()).isEmpty();
    CliRun bad = CliRun.withInput(request, "cost", "simulate", "--draws", "0", "--seed", "7", "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines()).containsExactly("--draws: must be between 1 and 5000000, was 0");
    // Without --draws and --seed: the documented defaults, 100000 draws from seed 2026.
    CliRun defaults = CliRun.withInput(request, "cost", "simulate", "-");
    assertThat(defaults.exitCode()).isZero();
    assertThat(defaults.out()).contains("\"draws\" : 100000").contains("\"seed\" : 2026");
  }

  @Test
  void comparesScenarios() {
    String request =
        "{\"baseline\":"
            + TRUST
            + ",\"scenario\":"
            + TRUST.replace("0.21", "0.18")
            + ",\"programmeCost\":\"250000\"}";
    CliRun run = CliRun.withInput(request, "cost", "compare", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"saving\"")
        .contains("\"returnOnInvestment\"")
        .contains("\"breakEvenPrevalenceReduction\"");
    CliRun bad =
        CliRun.withInput(
            "{\"baseline\":{\"headcount\":-1},\"scenario\":{},\"programmeCost\":\"-5\"}",
            "cost",
            "compare",
            "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly("$.baseline.headcount: must be a positive whole number, was -1");
    CliRun negative =
        CliRun.withInput(
            "{\"baseline\":{},\"scenario\":{},\"programmeCost\":\"-5\"}", "cost", "compare", "-");
    assertThat(negative.errLines())
        .containsExactly("$.programmeCost: must not be negative, was \"-5.00\"");
  }

  @Test
  void sweepsWriteGoodRowsAndReportBadOnesWithExitTwo() {
    String csv =
        "preset,headcount,prevalence,dailyPay\n"
            + "kline-lewis-2019,5200,0.21,151.11\n"
            + ",many,1.4,\n"
            + ",900,,\n";
    CliRun run = CliRun.withInput(csv, "cost", "sweep", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out().lines())
        .hasSize(3)
        .first()
        .isEqualTo(
            "row,preset,headcount,prevalence,dailyPay,sicknessAbsence,absenceCover,staffTurnover,"
                + "reducedProductivity,presenteeism,employmentRelations,total,perEmployee,perBulliedEmployee");
    assertThat(run.out()).contains("\n3,,900,,,");
    assertThat(run.errLines())
        .containsExactly(
            "row 2 (line 3), column headcount: expected a whole number, was \"many\"",
            "row 2 (line 3), column prevalence: must be between 0 and 1, was 1.4");
    CliRun good = CliRun.withInput("headcount\n100\n", "cost", "sweep", "-");
    assertThat(good.exitCode()).isZero();
    CliRun badHeader = CliRun.withInput("headcount,prevalance\n1,0.1\n", "cost", "sweep", "-");
    assertThat(badHeader.exitCode()).isEqualTo(2);
    assertThat(badHeader.errLines())
        .containsExactly(
            "$.prevalance: column is not a profile field (did you mean 'prevalence'?)");
    assertThat(badHeader.out()).isEmpty();
    // A spreadsheet saved with semicolons, with a byte-order mark and CRLF line ends.
    CliRun semicolons =
        CliRun.withInput("\uFEFFheadcount;prevalence\r\n100;0.1\r\n", "cost", "sweep", "-");
    assertThat(semicolons.exitCode()).isEqualTo(2);
    assertThat(semicolons.errLines())
        .hasSize(2)
        .last()
        .isEqualTo(
            "$: the header is one column holding semicolons: columns must be separated by commas"
                + " (save the file as comma-separated CSV)");
    CliRun commas =
        CliRun.withInput("\uFEFFheadcount,prevalence\r\n100,0.1\r\n", "cost", "sweep", "-");
    assertThat(commas.exitCode()).isZero();
    assertThat(commas.out()).startsWith("row,headcount,prevalence,").contains("\n1,100,0.1,");
  }

  @Test
  void sweepsCarryIdColumnsAndSimulateEachRowTheSameOnAnyThreads(@TempDir Path dir)
      throws Exception {
    Path trusts = dir.resolve("trusts.csv");
    Files.writeString(
        trusts,
        "code,region,headcount,prevalence\n"
            + "SYN01,London,5200,0.21\n"
            + "SYN02,North West,many,0.2\n"
            + "SYN03,\"South, East\",900,\n");
    String[] args = {
      "cost", "sweep", "--id", "code,region", "--draws", "2000", "--seed", "11", trusts.toString()
    };
    CliRun one = CliRun.of(concat(args, "--threads", "1"));
    CliRun two = CliRun.of(concat(args, "--threads", "2"));
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(two.out()).isEqualTo(one.out());
    List<String> lines = one.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "row,code,region,headcount,prevalence,sicknessAbsence,absenceCover,staffTurnover,"
                + "reducedProductivity,presenteeism,employmentRelations,total,perEmployee,"
                + "perBulliedEmployee,totalP5,totalP50,totalP95");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("1,SYN01,London,5200,0.21,");
    assertThat(lines.get(2)).startsWith("3,SYN03,\"South, East\",900,,");
    assertThat(one.errLines())
        .containsExactly("row 2 (line 3), column headcount: expected a whole number, was \"many\"");
    // Each row's P5, P50, P95 are those of `cost simulate` on that row's profile with the same
    // draws and seed.
    CliRun simulated =
        CliRun.withInput(
            "{\"profile\":{\"headcount\":900}}",
            "cost",
            "simulate",
            "--draws",
            "2000",
            "--seed",
            "11",
            "--format",
            "csv",
            "-");
    String total =
        simulated.out().lines().filter(l -> l.startsWith("total,")).findFirst().orElseThrow();
    String[] t = total.split(",");
    assertThat(lines.get(2)).endsWith("," + t[2] + "," + t[3] + "," + t[4]);
    // A column that is neither a profile field nor an id is still refused, with the bad id.
    CliRun unknown = CliRun.of("cost", "sweep", "--id", "code,trust", trusts.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines())
        .containsExactly(
            "$.region: column is not a profile field (known fields: annualPay, baselineSicknessDays, bullyingLeaverRate, coverUplift, dailyPay, employmentRelationsCostPerBulliedEmployee, excessAbsenceRatio, excessSicknessDays, headcount, presenteeismBound, presenteeismDays, preset, prevalence, priceUplift, rampUpCost, replacementCost, workingDaysPerYear)",
            "--id $[1]: names no column of the header, was \"trust\"");
    assertThat(unknown.out()).isEmpty();
    // Empty headings, as a spreadsheet may save after the last column: each named by its place.
    CliRun unnamed = CliRun.withInput("headcount,,prevalence,\n5200,,0.2,\n", "cost", "sweep", "-");
    assertThat(unnamed.exitCode()).isEqualTo(2);
    assertThat(unnamed.errLines())
        .containsExactly(
            "$: column 2 has no name (its heading is empty): name it or delete the column (a"
                + " spreadsheet may save empty columns after the last)",
            "$: column 4 has no name (its heading is empty): name it or delete the column (a"
                + " spreadsheet may save empty columns after the last)");
    assertThat(unnamed.out()).isEmpty();
  }

  @Test
  void simulationsAsCsvHoldTheJsonNumbersWithoutQuotes() throws Exception {
    String request = "{\"profile\":{\"headcount\":5200,\"dailyPay\":\"200.00\"}}";
    CliRun json = CliRun.withInput(request, "cost", "simulate", "--draws", "3000", "-");
    CliRun csv =
        CliRun.withInput(request, "cost", "simulate", "--draws", "3000", "--format", "csv", "-");
    assertThat(csv.exitCode()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("line,mean,p5,p50,p95");
    assertThat(lines)
        .extracting(l -> l.split(",")[0])
        .containsExactly(
            "line",
            "sicknessAbsence",
            "absenceCover",
            "staffTurnover",
            "reducedProductivity",
            "presenteeism",
            "employmentRelations",
            "total");
    com.fasterxml.jackson.databind.JsonNode tree =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    String[] total = lines.get(7).split(",");
    assertThat(total[1]).isEqualTo(tree.at("/total/mean").asText());
    assertThat(total[2]).isEqualTo(tree.at("/total/p5").asText());
    assertThat(total[3]).isEqualTo(tree.at("/total/p50").asText());
    assertThat(total[4]).isEqualTo(tree.at("/total/p95").asText());
    String[] absence = lines.get(1).split(",");
    assertThat(absence[3]).isEqualTo(tree.at("/components/sicknessAbsence/p50").asText());
  }

  @Test
  void longRunsShowProgressOnStandardErrorOnlyWhenItIsATerminalAndNotQuiet(@TempDir Path dir)
      throws Exception {
    Path trusts = dir.resolve("trusts.csv");
    StringBuilder csv = new StringBuilder("headcount\n");
    for (int i = 1; i <= 2000; i++) {
      csv.append(100 + i).append('\n');
    }
    Files.writeString(trusts, csv);
    CliRun shown = CliRun.onTerminal("cost", "sweep", trusts.toString());
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.err()).contains("reading " + trusts).contains("100%");
    // Standard output is the CSV alone, whatever standard error shows.
    assertThat(shown.out().lines()).hasSize(2001).allMatch(l -> l.matches("[a-zA-Z0-9,.]+"));
    CliRun quiet = CliRun.onTerminal("cost", "sweep", "--quiet", trusts.toString());
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(shown.out());
    CliRun notTerminal = CliRun.of("cost", "sweep", trusts.toString());
    assertThat(notTerminal.err()).isEmpty();
    Path records = Path.of("../examples/data/wres3-records.csv");
    assertThat(CliRun.onTerminal("equality", "wres3", records.toString()).err())
        .contains("reading " + records);
    CliRun simulate =
        CliRun.onTerminal("cost", "simulate", "../examples/data/cost-simulation.json");
    assertThat(simulate.err()).contains("simulating");
    assertThat(simulate.out()).startsWith("{").doesNotContain("simulating");
    assertThat(
            CliRun.onTerminal(
                    "cost", "simulate", "--quiet", "../examples/data/cost-simulation.json")
                .err())
        .isEmpty();
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
