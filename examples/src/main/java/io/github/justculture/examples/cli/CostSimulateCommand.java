package io.github.justculture.examples.cli;

import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.cost.SimulationResult;
import java.io.PrintWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture cost simulate FILE --draws N --seed S [--threads T]}. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Monte Carlo: mean, P5, P50, P95 per component and of the total.",
      "FILE: {\"profile\":{...},\"distributions\":{\"prevalence\":{\"type\":\"BETA\",\"successes\":1092,"
          + "\"trials\":5200}},\"presetRanges\":true}. The same seed and draws give the same output for any"
          + " number of threads."
    })
final class CostSimulateCommand extends JsonCommand {

  @Parameters(
      paramLabel = "FILE",
      description = "The simulation request (JSON), or - for standard input.")
  private String file = "-";

  @Option(
      names = "--draws",
      required = true,
      paramLabel = "N",
      description = "Draws, 1 to 5,000,000.")
  private int draws;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The seed.")
  private long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    if (threads < 1 || threads > 256) {
      throw new UsageException("--threads: must be between 1 and 256, was " + threads);
    }
    SimulationRequest request = readJson(file, SimulationRequest.class);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      boolean terminal = System.console() != null;
      SimulationResult result =
          CostCalculator.simulate(
              request, draws, seed, pool, terminal ? progressBar(err(), draws) : done -> {});
      if (terminal) {
        err().print("\r" + " ".repeat(60) + "\r");
        err().flush();
      }
      printJson(result);
    } finally {
      pool.shutdownNow();
    }
    return JustCultureCli.OK;
  }

  private static LongConsumer progressBar(PrintWriter err, int draws) {
    return done -> {
      synchronized (err) {
        int width = 40;
        int filled = (int) (width * done / draws);
        err.print(
            "\r["
                + "#".repeat(filled)
                + " ".repeat(width - filled)
                + "] "
                + (100 * done / draws)
                + "% ");
        err.flush();
      }
    };
  }
}
