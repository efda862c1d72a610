package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cost of bullying and harassment for one profile: the six components, their total (the sum of
 * the unrounded components, rounded once), per employee and per bullied employee, and every
 * parameter used with where it came from.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCostEstimate.class)
@JsonDeserialize(as = ImmutableCostEstimate.class)
public abstract class CostEstimate {

  CostEstimate() {}

  /**
   * The preset the profile started from.
   *
   * @return the preset id
   */
  public abstract String preset();

  /**
   * The price year of the preset's money values (before any uplift).
   *
   * @return the price year
   */
  public abstract String priceYear();

  /**
   * Headcount H.
   *
   * @return staff
   */
  public abstract int headcount();

  /**
   * Prevalence p.
   *
   * @return the fraction
   */
  public abstract BigDecimal prevalence();

  /**
   * Bullied staff B = H × p, unrounded.
   *
   * @return B
   */
  public abstract BigDecimal bulliedStaff();

  /**
   * The six components.
   *
   * @return the components
   */
  public abstract BullyingCosts components();

  /**
   * The total: the sum of the unrounded components.
   *
   * @return the total
   */
  public abstract Gbp total();

  /**
   * Total / H.
   *
   * @return the cost per employee
   */
  public abstract Gbp perEmployee();

  /**
   * Total / B.
   *
   * @return the cost per bullied employee, or empty when nobody is bullied (B = 0)
   */
  public abstract Optional<Gbp> perBulliedEmployee();

  /**
   * Every parameter used, with its provenance ({@code USER} for the profile's own).
   *
   * @return the parameters
   */
  public abstract List<ParameterValue> parameters();

  /**
   * Caveats a reader must see, such as calibrated parameters in use.
   *
   * @return the notes
   */
  public abstract List<String> notes();
}
