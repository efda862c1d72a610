package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Provenance;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A plausible low and high value of a parameter, for one-way sensitivity and as the default
 * triangular distribution of a simulation.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableParameterRange.class)
@JsonDeserialize(as = ImmutableParameterRange.class)
public abstract class ParameterRange {

  ParameterRange() {}

  /**
   * The parameter.
   *
   * @return the parameter
   */
  public abstract CostParameter parameter();

  /**
   * The low value.
   *
   * @return the low value
   */
  public abstract BigDecimal low();

  /**
   * The high value.
   *
   * @return the high value, not below {@link #low()}
   */
  public abstract BigDecimal high();

  /**
   * Where the range comes from ({@link Provenance#ASSUMED} where the literature gives none).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The source or reasoning.
   *
   * @return the source
   */
  public abstract String source();

  static ParameterRange of(
      CostParameter parameter, String low, String high, Provenance provenance, String source) {
    return ImmutableParameterRange.builder()
        .parameter(parameter)
        .low(new BigDecimal(low))
        .high(new BigDecimal(high))
        .provenance(provenance)
        .source(source)
        .build();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        low().compareTo(high()) <= 0,
        "$.high",
        "must not be below low (" + low().toPlainString() + ")",
        high());
    problems.throwIfAny("parameter range");
  }
}
