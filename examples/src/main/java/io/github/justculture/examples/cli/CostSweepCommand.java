package io.github.justculture.examples.cli;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.csv.CsvProblem;
import io.github.justculture.cost.CostEstimate;
import io.github.justculture.cost.CostSweep;
import io.github.justculture.cost.SweepRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code justculture cost sweep SCENARIOS.csv}. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Estimate many profiles from CSV (header: profile fields such as preset,headcount,prevalence,dailyPay;"
          + " an empty cell takes the preset's value). Writes one CSV row per valid input row: row, the input"
          + " columns, the six components, total, perEmployee, perBulliedEmployee.",
      "Each bad row is reported on standard error with its row and column; the good rows are still written,"
          + " and the exit code is then 2."
    })
final class CostSweepCommand extends JsonCommand {

  private static final List<String> OUTPUT =
      List.of(
          "sicknessAbsence",
          "absenceCover",
          "staffTurnover",
          "reducedProductivity",
          "presenteeism",
          "employmentRelations",
          "total",
          "perEmployee",
          "perBulliedEmployee");

  @Parameters(paramLabel = "SCENARIOS", description = "The CSV file, or - for standard input.")
  private String file = "-";

  @Override
  public Integer call() throws IOException {
    try (Reader in = open()) {
      CostSweep sweep = CostSweep.of(in);
      PrintWriter out = out();
      List<String> header = new ArrayList<>();
      header.add("row");
      header.addAll(sweep.columns());
      header.addAll(OUTPUT);
      out.println(String.join(",", header.stream().map(CostSweepCommand::cell).toList()));
      boolean anyBad = false;
      for (Optional<SweepRow> next = sweep.next(); next.isPresent(); next = sweep.next()) {
        SweepRow row = next.get();
        if (row.estimate().isEmpty()) {
          anyBad = true;
          for (CsvProblem problem : row.problems()) {
            err().println(problem.message());
          }
          continue;
        }
        CostEstimate e = row.estimate().get();
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(row.input().row()));
        row.input().values().forEach(v -> cells.add(cell(v)));
        e.components().asMap().values().forEach(g -> cells.add(g.toString()));
        cells.add(e.total().toString());
        cells.add(e.perEmployee().toString());
        cells.add(e.perBulliedEmployee().map(Gbp::toString).orElse(""));
        out.println(String.join(",", cells));
      }
      out.flush();
      err().flush();
      return anyBad ? JustCultureCli.INVALID_INPUT : JustCultureCli.OK;
    }
  }

  private Reader open() throws IOException {
    if ("-".equals(file)) {
      return new InputStreamReader(stdin(), StandardCharsets.UTF_8);
    }
    try {
      return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    }
  }

  /** A CSV cell, quoted when it needs to be. */
  static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
