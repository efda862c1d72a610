package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The six components of the bullying cost model, each held unrounded (written to pence, half-up,
 * when reported).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableBullyingCosts.class)
@JsonDeserialize(as = ImmutableBullyingCosts.class)
public abstract class BullyingCosts {

  /**
   * The components' names, in model order: the keys of {@link #asMap()}, of a simulation's
   * components and of a sweep's columns.
   */
  public static final List<String> COMPONENTS =
      List.of(
          "sicknessAbsence",
          "absenceCover",
          "staffTurnover",
          "reducedProductivity",
          "presenteeism",
          "employmentRelations");

  BullyingCosts() {}

  /**
   * Pay for bullied staff's extra sickness absence: B × ΔD × w × k.
   *
   * @return the amount
   */
  public abstract Gbp sicknessAbsence();

  /**
   * Agency, bank and overtime cover on top: sicknessAbsence × coverUplift.
   *
   * @return the amount
   */
  public abstract Gbp absenceCover();

  /**
   * Replacing staff who leave because of bullying: B × bullyingLeaverRate × replacementCost × k.
   *
   * @return the amount
   */
  public abstract Gbp staffTurnover();

  /**
   * Output lost while replacements get up to speed: B × bullyingLeaverRate × rampUpCost × k.
   *
   * @return the amount
   */
  public abstract Gbp reducedProductivity();

  /**
   * Output lost by bullied staff who keep working: B × presenteeismDays × w × k.
   *
   * @return the amount
   */
  public abstract Gbp presenteeism();

  /**
   * Grievances, compensation and litigation: B × employmentRelationsCostPerBulliedEmployee × k.
   *
   * @return the amount
   */
  public abstract Gbp employmentRelations();

  /**
   * The sum of the six unrounded components.
   *
   * @return the total, unrounded
   */
  public Gbp sum() {
    return sicknessAbsence()
        .plus(absenceCover())
        .plus(staffTurnover())
        .plus(reducedProductivity())
        .plus(presenteeism())
        .plus(employmentRelations());
  }

  /**
   * The components by name, in model order.
   *
   * @return name → amount
   */
  public Map<String, Gbp> asMap() {
    Gbp[] amounts = {
      sicknessAbsence(),
      absenceCover(),
      staffTurnover(),
      reducedProductivity(),
      presenteeism(),
      employmentRelations()
    };
    Map<String, Gbp> map = new LinkedHashMap<>();
    for (int i = 0; i < amounts.length; i++) {
      map.put(COMPONENTS.get(i), amounts[i]);
    }
    return map;
  }

  /**
   * The name a reader knows a component by, for reports.
   *
   * @param component a key of {@link #asMap()}, such as {@code staffTurnover}
   * @return its label, such as {@code Replacing staff who leave}; the key itself if unknown
   */
  public static String label(String component) {
    return switch (component) {
      case "sicknessAbsence" -> "Sickness absence";
      case "absenceCover" -> "Cover for absence";
      case "staffTurnover" -> "Replacing staff who leave";
      case "reducedProductivity" -> "Output lost while replacements settle in";
      case "presenteeism" -> "Output lost at work (presenteeism)";
      case "employmentRelations" -> "Grievances, compensation and litigation";
      default -> component;
    };
  }
}
