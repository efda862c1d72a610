package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** How a Monte Carlo simulation runs: how many draws, from which seed. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSimulationOptions.class)
@JsonDeserialize(as = ImmutableSimulationOptions.class)
public abstract class SimulationOptions {

  /** The default number of draws. */
  public static final int DEFAULT_DRAWS = 100_000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 2026L;

  /** The most draws. */
  public static final int MAX_DRAWS = 5_000_000;

  SimulationOptions() {}

  /**
   * The number of draws.
   *
   * @return 1 to {@value #MAX_DRAWS}; {@value #DEFAULT_DRAWS} by default
   */
  @Value.Default
  public int draws() {
    return DEFAULT_DRAWS;
  }

  /**
   * The seed: the same seed and draws give the same result on any number of threads.
   *
   * @return the seed; {@value #DEFAULT_SEED} by default
   */
  @Value.Default
  public long seed() {
    return DEFAULT_SEED;
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        draws() >= 1 && draws() <= MAX_DRAWS,
        "$.draws",
        "must be between 1 and " + MAX_DRAWS,
        draws());
    problems.throwIfAny("simulation options");
  }
}
