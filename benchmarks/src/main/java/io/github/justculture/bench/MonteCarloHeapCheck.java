package io.github.justculture.bench;

import io.github.justculture.core.Gbp;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.Distribution;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.cost.SimulationResult;
import java.math.BigDecimal;

/**
 * The largest simulation (5,000,000 draws) in a small heap: run with {@code -Xmx64m}. Before the
 * streamed summaries it needed 7 doubles a draw kept at once (280 MB); now draws beyond 2^18 are
 * summarised in passes and the heap it needs does not grow with the draws (up to 2^18 draws are kept:
 * 14 MiB).
 */
public final class MonteCarloHeapCheck {

  private MonteCarloHeapCheck() {}

  /**
   * Runs the check.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SimulationRequest request =
        SimulationRequest.builder()
            .profile(
                CostProfile.builder()
                    .headcount(5200)
                    .prevalence(new BigDecimal("0.21"))
                    .annualPay(Gbp.parse("34000.00"))
                    .build())
            .putDistribution("prevalence", Distribution.beta(1092, 5200))
            .build();
    for (int draws : new int[] {262_144, 1_000_000, 5_000_000}) {
      long start = System.nanoTime();
      SimulationResult r = CostCalculator.simulate(request, draws, 2026L);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%,d draws: %.2f s (%.2f M draws/s, one thread); total P5 %s, P50 %s, P95 %s; max heap %.0f MB%n",
          draws,
          seconds,
          draws / seconds / 1e6,
          r.total().p5(),
          r.total().p50(),
          r.total().p95(),
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }
}
