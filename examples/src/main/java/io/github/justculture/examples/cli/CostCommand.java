package io.github.justculture.examples.cli;

import picocli.CommandLine.Command;

/** {@code justculture cost}: the cost of bullying and harassment. */
@Command(
    name = "cost",
    mixinStandardHelpOptions = true,
    description =
        "The cost of bullying and harassment: presets, estimate, simulate, compare, sweep,"
            + " report.",
    subcommands = {
      CostPresetsCommand.class,
      CostEstimateCommand.class,
      CostSimulateCommand.class,
      CostCompareCommand.class,
      CostSweepCommand.class,
      CostReportCommand.class
    })
final class CostCommand {}
