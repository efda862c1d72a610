package io.github.justculture.examples.cli;

import io.github.justculture.core.Gbp;
import io.github.justculture.cost.ConflictCostEstimate;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostEstimate;
import io.github.justculture.cost.CostModel;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.ParameterValue;
import io.github.justculture.cost.Presets;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture cost estimate FILE}. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Estimate the cost for a profile: {\"preset\":\"kline-lewis-2019\",\"headcount\":5200,\"prevalence\":0.21,"
          + "\"annualPay\":\"34000.00\"}. Any model parameter may be given; the rest come from the preset."
    })
final class CostEstimateCommand extends JsonCommand {

  /** Output formats. */
  enum Format {
    json,
    csv,
    table
  }

  @Parameters(paramLabel = "FILE", description = "The profile (JSON), or - for standard input.")
  private String file = "-";

  @Option(names = "--format", paramLabel = "FORMAT", description = "json (default), csv or table.")
  private Format format = Format.json;

  @Override
  public Integer call() {
    CostProfile profile = readJson(file, CostProfile.class);
    boolean conflict =
        Presets.byId(profile.preset().orElse(Presets.DEFAULT_ID))
            .map(p -> p.model() == CostModel.ACAS_CONFLICT)
            .orElse(false);
    Object estimate =
        conflict ? CostCalculator.estimateConflict(profile) : CostCalculator.estimate(profile);
    Map<String, Gbp> lines = new LinkedHashMap<>();
    List<ParameterValue> parameters;
    List<String> notes;
    if (estimate instanceof CostEstimate e) {
      lines.putAll(e.components().asMap());
      lines.put("total", e.total());
      lines.put("perEmployee", e.perEmployee());
      e.perBulliedEmployee().ifPresent(g -> lines.put("perBulliedEmployee", g));
      parameters = e.parameters();
      notes = e.notes();
    } else {
      ConflictCostEstimate e = (ConflictCostEstimate) estimate;
      lines.putAll(e.components().asMap());
      lines.put("total", e.total());
      parameters = e.parameters();
      notes = e.notes();
    }
    switch (format) {
      case json -> printJson(estimate);
      case csv -> {
        out().println("line,amount");
        lines.forEach((name, amount) -> out().println(name + "," + amount));
      }
      case table -> table(out(), lines, parameters, notes);
    }
    out().flush();
    return JustCultureCli.OK;
  }

  static void table(
      PrintWriter out,
      Map<String, Gbp> lines,
      List<ParameterValue> parameters,
      List<String> notes) {
    Gbp total = lines.get("total");
    out.printf("%-24s %20s %7s%n", "component", "amount", "share");
    lines.forEach(
        (name, amount) -> {
          String share =
              total.isZero() || !isComponent(name)
                  ? ""
                  : amount
                          .amount()
                          .multiply(BigDecimal.valueOf(100))
                          .divide(total.amount(), 1, RoundingMode.HALF_UP)
                      + "%";
          out.printf("%-24s %20s %7s%n", name, amount.format(), share);
        });
    out.println();
    out.printf("%-42s %-16s %-10s %s%n", "parameter", "value", "provenance", "unit");
    for (ParameterValue p : parameters) {
      out.printf("%-42s %-16s %-10s %s%n", p.name(), p.value(), p.provenance(), p.unit());
    }
    for (String note : notes) {
      out.println();
      out.println("Note: " + note);
    }
  }

  private static boolean isComponent(String name) {
    return !name.equals("total") && !name.startsWith("per");
  }
}
