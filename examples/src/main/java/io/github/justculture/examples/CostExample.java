package io.github.justculture.examples;

import io.github.justculture.core.Gbp;
import io.github.justculture.cost.Comparison;
import io.github.justculture.cost.ComparisonRequest;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostEstimate;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.Distribution;
import io.github.justculture.cost.ImmutableCostProfile;
import io.github.justculture.cost.Sensitivity;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.cost.SimulationResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cost calculator from Java: one trust's estimate, the return on an anti-bullying programme,
 * the biggest uncertainties, and a seeded simulation on two threads. Run it, after {@code ./mvnw -q
 * -B -DskipTests package}, with {@code java -cp cli/target/justculture.jar:examples/target/classes
 * io.github.justculture.examples.CostExample} (see {@code examples/README.md}).
 */
public final class CostExample {

  private CostExample() {}

  /**
   * Runs the example and prints what it does.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Runs the example.
   *
   * @return what it would print
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    // A trust of 5,200 staff; 21% reported bullying in its Staff Survey; average pay £34,000.
    CostProfile trust =
        CostProfile.builder()
            .headcount(5200)
            .prevalence(new BigDecimal("0.21"))
            .annualPay(Gbp.parse("34000.00"))
            .build();
    CostEstimate estimate = CostCalculator.estimate(trust);
    out.append("Cost a year: ")
        .append(estimate.total().format())
        .append(" (")
        .append(estimate.perEmployee().format())
        .append(" per employee)\n");

    // A programme costing £250,000 a year that brings prevalence down to 18%.
    CostProfile after = ImmutableCostProfile.copyOf(trust).withPrevalence(new BigDecimal("0.18"));
    Comparison c = CostCalculator.compare(ComparisonRequest.of(trust, after, Gbp.parse("250000")));
    out.append("Saving: ")
        .append(c.saving().format())
        .append("; return: ")
        .append(c.returnOnInvestment().orElseThrow().setScale(2, RoundingMode.HALF_UP))
        .append("; break-even fall in prevalence: ")
        .append(
            c.breakEvenPrevalenceReduction()
                .orElseThrow()
                .movePointRight(2)
                .setScale(2, RoundingMode.HALF_UP))
        .append(" points\n");

    // Which assumptions matter most?
    Sensitivity s = CostCalculator.sensitivity(trust);
    out.append("Largest uncertainty: ")
        .append(s.bars().get(0).parameter())
        .append(" (swing ")
        .append(s.bars().get(0).swing().format())
        .append(")\n");

    // Uncertainty as a distribution: prevalence from the survey counts, preset ranges for the rest.
    SimulationRequest request =
        SimulationRequest.builder()
            .profile(trust)
            .putDistribution("prevalence", Distribution.beta(1092, 5200))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      SimulationResult r = CostCalculator.simulate(request, 200_000, 2026L, pool, done -> {});
      out.append("90% interval: ")
          .append(r.total().p5().format())
          .append(" to ")
          .append(r.total().p95().format())
          .append('\n');
    } finally {
      pool.shutdownNow();
    }
    return out.toString();
  }
}
