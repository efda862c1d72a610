package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Provenance;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A parameter as used: its value, unit, where the value comes from, and its source. Money values
 * are shown rounded to pence; the calculation uses them at full precision.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableParameterValue.class)
@JsonDeserialize(as = ImmutableParameterValue.class)
public abstract class ParameterValue {

  ParameterValue() {}

  /**
   * The parameter's name, for example {@code dailyPay}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The value as a plain decimal, for example {@code "151.11"} or {@code "0.24"}.
   *
   * @return the value
   */
  public abstract String value();

  /**
   * The unit, for example {@code GBP/day}.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Where the value comes from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The source, in a short citation.
   *
   * @return the source
   */
  public abstract String source();

  /**
   * A note, for example why a value is calibrated.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * The value as a number, parsed once per instance.
   *
   * @return the exact value
   */
  @Value.Lazy
  public BigDecimal decimal() {
    return new BigDecimal(value());
  }

  static ParameterValue of(
      String name,
      String value,
      String unit,
      Provenance provenance,
      String source,
      @Nullable String note) {
    return ImmutableParameterValue.builder()
        .name(name)
        .value(value)
        .unit(unit)
        .provenance(provenance)
        .source(source)
        .note(Optional.ofNullable(note))
        .build();
  }
}
