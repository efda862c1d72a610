package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** Acas's estimate of the cost of workplace conflict to UK employers, a year. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableConflictCostEstimate.class)
@JsonDeserialize(as = ImmutableConflictCostEstimate.class)
public abstract class ConflictCostEstimate {

  ConflictCostEstimate() {}

  /**
   * The preset.
   *
   * @return {@code acas-2021}
   */
  public abstract String preset();

  /**
   * The price year.
   *
   * @return {@code 2018/19}
   */
  public abstract String priceYear();

  /**
   * The presenteeism bound used.
   *
   * @return the bound
   */
  public abstract PresenteeismBound presenteeismBound();

  /**
   * The components.
   *
   * @return the components
   */
  public abstract ConflictCosts components();

  /**
   * The total.
   *
   * @return the sum of the components
   */
  public abstract Gbp total();

  /**
   * Every figure used.
   *
   * @return the parameters
   */
  public abstract List<ParameterValue> parameters();

  /**
   * Caveats.
   *
   * @return the notes
   */
  public abstract List<String> notes();
}
