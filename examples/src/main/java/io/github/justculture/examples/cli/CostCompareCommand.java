package io.github.justculture.examples.cli;

import io.github.justculture.cost.ComparisonRequest;
import io.github.justculture.cost.CostCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code justculture cost compare FILE}. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare a baseline and a scenario: saving, returnOnInvestment, breakEvenPrevalenceReduction.",
      "FILE: {\"baseline\":{...profile...},\"scenario\":{...profile...},\"programmeCost\":\"250000\"}"
    })
final class CostCompareCommand extends JsonCommand {

  @Parameters(paramLabel = "FILE", description = "The comparison (JSON), or - for standard input.")
  private String file = "-";

  @Override
  public Integer call() {
    printJson(CostCalculator.compare(readJson(file, ComparisonRequest.class)));
    return JustCultureCli.OK;
  }
}
