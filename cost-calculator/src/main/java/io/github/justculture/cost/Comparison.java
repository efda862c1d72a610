package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A baseline and a scenario compared: the saving, the return on the programme, and the prevalence
 * reduction at which the programme pays for itself.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableComparison.class)
@JsonDeserialize(as = ImmutableComparison.class)
public abstract class Comparison {

  Comparison() {}

  /**
   * The baseline estimate.
   *
   * @return the estimate
   */
  public abstract CostEstimate baseline();

  /**
   * The scenario estimate.
   *
   * @return the estimate
   */
  public abstract CostEstimate scenario();

  /**
   * The programme's yearly cost K.
   *
   * @return K
   */
  public abstract Gbp programmeCost();

  /**
   * Baseline total − scenario total (negative when the scenario costs more).
   *
   * @return the saving
   */
  public abstract Gbp saving();

  /**
   * (saving − K) / K: 0.5 means every pound returns one pound fifty.
   *
   * @return the return, or empty when K is zero
   */
  public abstract Optional<BigDecimal> returnOnInvestment();

  /**
   * K / (H × baseline cost per bullied employee): the fall in prevalence (as a fraction of staff,
   * 0.01 = one percentage point) at which the saving equals K.
   *
   * @return the break-even reduction, or empty when the baseline has nobody bullied
   */
  public abstract Optional<BigDecimal> breakEvenPrevalenceReduction();
}
