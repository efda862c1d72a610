package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a sweep runs: which columns only label rows (a trust's code, a region), passed through to the
 * output unchanged; and whether each row is also simulated.
 *
 * <p>With {@link #draws()}, every valid row is simulated with the preset's ranges (as {@code cost
 * simulate} does with {@code presetRanges}), and its P5, P50 and P95 of the total are reported.
 * Every row uses the same {@link #seed()}: common random numbers, so that two trusts differ only by
 * their own figures, not by chance. The result is the same on any number of threads.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSweepOptions.class)
@JsonDeserialize(as = ImmutableSweepOptions.class)
public abstract class SweepOptions {

  /** The most draws a sweep's simulation may use for each row. */
  public static final int MAX_DRAWS = 1_000_000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 2026L;

  SweepOptions() {}

  /**
   * Columns that only label a row, passed through unchanged; every other column must be a profile
   * field.
   *
   * @return the column names
   */
  public abstract List<String> ids();

  /**
   * Draws for each row's simulation.
   *
   * @return the draws, or empty for no simulation
   */
  public abstract Optional<Integer> draws();

  /**
   * The seed of every row's simulation.
   *
   * @return the seed; {@value #DEFAULT_SEED} by default
   */
  @Value.Default
  public long seed() {
    return DEFAULT_SEED;
  }

  /**
   * No id columns and no simulation.
   *
   * @return the options
   */
  public static SweepOptions defaults() {
    return ImmutableSweepOptions.builder().build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableSweepOptions.Builder builder() {
    return ImmutableSweepOptions.builder();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids().size(); i++) {
      String id = ids().get(i);
      problems.require(!id.isBlank(), "$.ids[" + i + "]", "must not be blank", id);
      problems.require(seen.add(id), "$.ids[" + i + "]", "is named twice", id);
      problems.require(
          CostParameter.byJsonName(id).isEmpty() && !id.equals("preset"),
          "$.ids[" + i + "]",
          "is a profile field: an id column only labels rows",
          id);
    }
    draws()
        .ifPresent(
            d ->
                problems.require(
                    d >= 1 && d <= MAX_DRAWS, "$.draws", "must be between 1 and " + MAX_DRAWS, d));
    problems.throwIfAny("sweep options");
  }
}
