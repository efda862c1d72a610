package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/** The components of Acas's conflict-cost model (2021). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableConflictCosts.class)
@JsonDeserialize(as = ImmutableConflictCosts.class)
public abstract class ConflictCosts {

  ConflictCosts() {}

  /**
   * Resignations caused by conflict (485,800, £11.9bn).
   *
   * @return the amount
   */
  public abstract Gbp resignations();

  /**
   * Sickness absence.
   *
   * @return the amount
   */
  public abstract Gbp sicknessAbsence();

  /**
   * Presenteeism, at the chosen bound.
   *
   * @return the amount
   */
  public abstract Gbp presenteeism();

  /**
   * Informal resolution.
   *
   * @return the amount
   */
  public abstract Gbp informalResolution();

  /**
   * Formal grievances: 374,760 × £951.
   *
   * @return the amount
   */
  public abstract Gbp formalGrievances();

  /**
   * Disciplinary cases: 1.7m × £1,141.
   *
   * @return the amount
   */
  public abstract Gbp disciplinaryCases();

  /**
   * Disciplinary dismissals (428,000, £10.5bn).
   *
   * @return the amount
   */
  public abstract Gbp disciplinaryDismissals();

  /**
   * Litigation: management time, legal fees and compensation.
   *
   * @return the amount
   */
  public abstract Gbp litigation();

  /**
   * The sum of the components.
   *
   * @return the total
   */
  public Gbp sum() {
    return asMap().values().stream().reduce(Gbp.ZERO, Gbp::plus);
  }

  /**
   * The components by name, in model order.
   *
   * @return name → amount
   */
  public Map<String, Gbp> asMap() {
    Map<String, Gbp> map = new LinkedHashMap<>();
    map.put("resignations", resignations());
    map.put("sicknessAbsence", sicknessAbsence());
    map.put("presenteeism", presenteeism());
    map.put("informalResolution", informalResolution());
    map.put("formalGrievances", formalGrievances());
    map.put("disciplinaryCases", disciplinaryCases());
    map.put("disciplinaryDismissals", disciplinaryDismissals());
    map.put("litigation", litigation());
    return map;
  }
}
