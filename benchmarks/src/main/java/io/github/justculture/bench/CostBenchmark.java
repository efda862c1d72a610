package io.github.justculture.bench;

import io.github.justculture.core.Gbp;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostEstimate;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.Distribution;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.cost.SimulationResult;
import java.math.BigDecimal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost calculator: a point estimate, and Monte Carlo draws per second on one and two threads.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CostBenchmark {

  /** Draws per simulation call. */
  public static final int DRAWS = 262_144;

  private CostProfile profile;
  private SimulationRequest request;
  private ExecutorService twoThreads;
  private long seed;

  /** A sample trust, and a simulation with a survey-based prevalence and the preset ranges. */
  @Setup
  public void setUp() {
    profile =
        CostProfile.builder()
            .headcount(5200)
            .prevalence(new BigDecimal("0.21"))
            .annualPay(Gbp.parse("34000.00"))
            .build();
    request =
        SimulationRequest.builder()
            .profile(profile)
            .putDistribution("prevalence", Distribution.beta(1092, 5200))
            .build();
    twoThreads = Executors.newFixedThreadPool(2);
  }

  /** Stops the pool. */
  @TearDown
  public void tearDown() {
    twoThreads.shutdownNow();
  }

  /**
   * One exact estimate (BigDecimal), with every parameter's provenance.
   *
   * @return the estimate
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public CostEstimate pointEstimate() {
    return CostCalculator.estimate(profile);
  }

  /**
   * Monte Carlo on the calling thread; the score is draws per second.
   *
   * @return the result
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(DRAWS)
  public SimulationResult monteCarloOneThread() {
    return CostCalculator.simulate(request, DRAWS, ++seed, Runnable::run, done -> {});
  }

  /**
   * Monte Carlo on two threads; the score is draws per second.
   *
   * @return the result
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(DRAWS)
  public SimulationResult monteCarloTwoThreads() {
    return CostCalculator.simulate(request, DRAWS, ++seed, twoThreads, done -> {});
  }
}
