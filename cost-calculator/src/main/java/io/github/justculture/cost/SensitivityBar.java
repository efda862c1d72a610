package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.Provenance;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** One bar of a tornado chart: the total with one parameter at its low and at its high value. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSensitivityBar.class)
@JsonDeserialize(as = ImmutableSensitivityBar.class)
public abstract class SensitivityBar {

  SensitivityBar() {}

  /**
   * The parameter's name.
   *
   * @return the name
   */
  public abstract String parameter();

  /**
   * The parameter's value in the estimate.
   *
   * @return the base value
   */
  public abstract BigDecimal base();

  /**
   * The low value.
   *
   * @return the low value
   */
  public abstract BigDecimal low();

  /**
   * The high value.
   *
   * @return the high value
   */
  public abstract BigDecimal high();

  /**
   * The total with the parameter at its low value.
   *
   * @return the total
   */
  public abstract Gbp totalAtLow();

  /**
   * The total with the parameter at its high value.
   *
   * @return the total
   */
  public abstract Gbp totalAtHigh();

  /**
   * |totalAtHigh − totalAtLow|.
   *
   * @return the swing
   */
  public abstract Gbp swing();

  /**
   * Where the range comes from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The range's source or reasoning.
   *
   * @return the source
   */
  public abstract String source();
}
