package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A distribution for one parameter of a simulation.
 *
 * <ul>
 *   <li>{@code {"type":"FIXED","value":0.24}}
 *   <li>{@code {"type":"UNIFORM","min":0.3,"max":0.9}}
 *   <li>{@code {"type":"TRIANGULAR","min":0.3,"mode":0.625,"max":0.9}}
 *   <li>{@code {"type":"BETA","successes":1092,"trials":5200}}: a proportion measured by a survey,
 *       drawn from Beta(successes + 1, trials − successes + 1) (the posterior under a uniform
 *       prior)
 * </ul>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDistribution.class)
@JsonDeserialize(as = ImmutableDistribution.class)
public abstract class Distribution {

  /** The kinds of distribution. */
  public enum Type {
    /** Always the same value. */
    FIXED,
    /** Uniform between min and max. */
    UNIFORM,
    /** Triangular with min, mode and max. */
    TRIANGULAR,
    /** Beta from survey counts. */
    BETA
  }

  Distribution() {}

  /**
   * The kind.
   *
   * @return the type
   */
  public abstract Type type();

  /**
   * FIXED: the value.
   *
   * @return the value
   */
  public abstract Optional<BigDecimal> value();

  /**
   * UNIFORM, TRIANGULAR: the minimum.
   *
   * @return the minimum
   */
  public abstract Optional<BigDecimal> min();

  /**
   * TRIANGULAR: the most likely value.
   *
   * @return the mode
   */
  public abstract Optional<BigDecimal> mode();

  /**
   * UNIFORM, TRIANGULAR: the maximum.
   *
   * @return the maximum
   */
  public abstract Optional<BigDecimal> max();

  /**
   * BETA: respondents reporting the experience.
   *
   * @return the count
   */
  public abstract Optional<Long> successes();

  /**
   * BETA: respondents.
   *
   * @return the count
   */
  public abstract Optional<Long> trials();

  /**
   * Always {@code value}.
   *
   * @param value the value
   * @return the distribution
   */
  public static Distribution fixed(BigDecimal value) {
    return ImmutableDistribution.builder().type(Type.FIXED).value(value).build();
  }

  /**
   * Uniform.
   *
   * @param min the minimum
   * @param max the maximum
   * @return the distribution
   */
  public static Distribution uniform(BigDecimal min, BigDecimal max) {
    return ImmutableDistribution.builder().type(Type.UNIFORM).min(min).max(max).build();
  }

  /**
   * Triangular.
   *
   * @param min the minimum
   * @param mode the most likely value
   * @param max the maximum
   * @return the distribution
   */
  public static Distribution triangular(BigDecimal min, BigDecimal mode, BigDecimal max) {
    return ImmutableDistribution.builder()
        .type(Type.TRIANGULAR)
        .min(min)
        .mode(mode)
        .max(max)
        .build();
  }

  /**
   * Beta from survey counts.
   *
   * @param successes respondents reporting the experience
   * @param trials respondents
   * @return the distribution
   */
  public static Distribution beta(long successes, long trials) {
    return ImmutableDistribution.builder()
        .type(Type.BETA)
        .successes(successes)
        .trials(trials)
        .build();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    boolean needsValue = type() == Type.FIXED;
    boolean needsRange = type() == Type.UNIFORM || type() == Type.TRIANGULAR;
    boolean needsMode = type() == Type.TRIANGULAR;
    boolean needsCounts = type() == Type.BETA;
    field(problems, "$.value", value().isPresent(), needsValue);
    field(problems, "$.min", min().isPresent(), needsRange);
    field(problems, "$.max", max().isPresent(), needsRange);
    field(problems, "$.mode", mode().isPresent(), needsMode);
    field(problems, "$.successes", successes().isPresent(), needsCounts);
    field(problems, "$.trials", trials().isPresent(), needsCounts);
    if (!problems.hasAny()) {
      if (needsRange) {
        problems.require(
            min().get().compareTo(max().get()) <= 0, "$.max", "must not be below min", max().get());
      }
      if (needsMode) {
        problems.require(
            min().get().compareTo(mode().get()) <= 0 && mode().get().compareTo(max().get()) <= 0,
            "$.mode",
            "must be between min and max",
            mode().get());
      }
      if (needsCounts) {
        problems.require(
            trials().get() > 0, "$.trials", "must be a positive whole number", trials().get());
        problems.require(
            successes().get() >= 0 && successes().get() <= trials().get(),
            "$.successes",
            "must be between 0 and trials",
            successes().get());
      }
    }
    problems.throwIfAny("distribution");
  }

  private void field(FindingCollector problems, String path, boolean present, boolean needed) {
    if (needed && !present) {
      problems.add(path, "is required for a " + type() + " distribution");
    } else if (!needed && present) {
      problems.add(path, "does not apply to a " + type() + " distribution");
    }
  }
}
