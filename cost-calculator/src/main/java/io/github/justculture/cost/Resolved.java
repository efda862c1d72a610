package io.github.justculture.cost;

import io.github.justculture.core.Finding;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.Provenance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A profile resolved against its preset: the effective value of every parameter of the
 * six-component model, and the list of parameters used with their provenance. Package-private;
 * immutable.
 */
final class Resolved {

  /**
   * The effective parameters of the formulas (dailyPay and excessSicknessDays possibly derived).
   */
  static final List<CostParameter> EFFECTIVE =
      List.of(
          CostParameter.HEADCOUNT,
          CostParameter.PREVALENCE,
          CostParameter.DAILY_PAY,
          CostParameter.PRICE_UPLIFT,
          CostParameter.EXCESS_SICKNESS_DAYS,
          CostParameter.COVER_UPLIFT,
          CostParameter.BULLYING_LEAVER_RATE,
          CostParameter.REPLACEMENT_COST,
          CostParameter.RAMP_UP_COST,
          CostParameter.PRESENTEEISM_DAYS,
          CostParameter.EMPLOYMENT_RELATIONS_COST);

  final Preset preset;
  final Map<CostParameter, BigDecimal> values;

  /**
   * Parameters whose effective value came from the profile (directly or derived from its values).
   */
  final Map<CostParameter, Boolean> fromUser;

  final List<ParameterValue> used;

  private Resolved(
      Preset preset,
      Map<CostParameter, BigDecimal> values,
      Map<CostParameter, Boolean> fromUser,
      List<ParameterValue> used) {
    this.preset = preset;
    this.values = values;
    this.fromUser = fromUser;
    this.used = used;
  }

  static Resolved of(CostProfile profile) {
    Preset preset = Presets.require(profile.preset().orElse(Presets.DEFAULT_ID), "$.preset");
    if (preset.model() != CostModel.BULLYING_SIX_COMPONENT) {
      throw InvalidInputException.of(
          "cost profile",
          Finding.of(
              "$.preset",
              "is a " + preset.model() + " preset, not the six-component bullying model",
              preset.id()));
    }
    if (profile.presenteeismBound().isPresent()) {
      throw InvalidInputException.of(
          "cost profile",
          Finding.of(
              "$.presenteeismBound",
              "applies only to preset acas-2021",
              profile.presenteeismBound().get()));
    }
    Map<CostParameter, BigDecimal> given = profile.given();
    Map<CostParameter, BigDecimal> values = new EnumMap<>(CostParameter.class);
    Map<CostParameter, Boolean> fromUser = new EnumMap<>(CostParameter.class);
    List<ParameterValue> used = new ArrayList<>();

    take(CostParameter.HEADCOUNT, preset, given, values, fromUser, used);
    take(CostParameter.PREVALENCE, preset, given, values, fromUser, used);
    if (given.containsKey(CostParameter.ANNUAL_PAY)) {
      BigDecimal annual = take(CostParameter.ANNUAL_PAY, preset, given, values, fromUser, used);
      BigDecimal days =
          take(CostParameter.WORKING_DAYS_PER_YEAR, preset, given, values, fromUser, used);
      BigDecimal daily = annual.divide(days, MathContext.DECIMAL128);
      derive(
          CostParameter.DAILY_PAY, daily, "annualPay / workingDaysPerYear", values, fromUser, used);
    } else {
      take(CostParameter.DAILY_PAY, preset, given, values, fromUser, used);
    }
    take(CostParameter.PRICE_UPLIFT, preset, given, values, fromUser, used);
    if (given.containsKey(CostParameter.BASELINE_SICKNESS_DAYS)) {
      BigDecimal baseline =
          take(CostParameter.BASELINE_SICKNESS_DAYS, preset, given, values, fromUser, used);
      BigDecimal ratio =
          take(CostParameter.EXCESS_ABSENCE_RATIO, preset, given, values, fromUser, used);
      BigDecimal excess = baseline.multiply(ratio);
      derive(
          CostParameter.EXCESS_SICKNESS_DAYS,
          excess,
          "baselineSicknessDays x excessAbsenceRatio",
          values,
          fromUser,
          used);
    } else {
      take(CostParameter.EXCESS_SICKNESS_DAYS, preset, given, values, fromUser, used);
    }
    for (CostParameter p :
        List.of(
            CostParameter.COVER_UPLIFT,
            CostParameter.BULLYING_LEAVER_RATE,
            CostParameter.REPLACEMENT_COST,
            CostParameter.RAMP_UP_COST,
            CostParameter.PRESENTEEISM_DAYS,
            CostParameter.EMPLOYMENT_RELATIONS_COST)) {
      take(p, preset, given, values, fromUser, used);
    }
    return new Resolved(
        preset,
        Collections.unmodifiableMap(values),
        Collections.unmodifiableMap(fromUser),
        Collections.unmodifiableList(used));
  }

  private static BigDecimal take(
      CostParameter p,
      Preset preset,
      Map<CostParameter, BigDecimal> given,
      Map<CostParameter, BigDecimal> values,
      Map<CostParameter, Boolean> fromUser,
      List<ParameterValue> used) {
    BigDecimal user = given.get(p);
    if (user != null) {
      values.put(p, user);
      fromUser.put(p, true);
      used.add(
          ParameterValue.of(
              p.jsonName(),
              display(p, user),
              p.unit(),
              Provenance.USER,
              "organisation profile",
              null));
      return user;
    }
    ParameterValue preset1 =
        preset
            .parameter(p.jsonName())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "preset " + preset.id() + " has no value for " + p.jsonName()));
    values.put(p, preset1.decimal());
    fromUser.put(p, false);
    used.add(preset1);
    return preset1.decimal();
  }

  private static void derive(
      CostParameter p,
      BigDecimal value,
      String how,
      Map<CostParameter, BigDecimal> values,
      Map<CostParameter, Boolean> fromUser,
      List<ParameterValue> used) {
    values.put(p, value);
    fromUser.put(p, true);
    used.add(
        ParameterValue.of(
            p.jsonName(), display(p, value), p.unit(), Provenance.DERIVED, how, null));
  }

  private static String display(CostParameter p, BigDecimal value) {
    return p.isMoney() ? Gbp.of(value).toString() : value.stripTrailingZeros().toPlainString();
  }

  /** This resolution with one effective parameter replaced (for sensitivity). */
  Resolved with(CostParameter p, BigDecimal value) {
    Map<CostParameter, BigDecimal> changed = new EnumMap<>(values);
    changed.put(p, value);
    return new Resolved(preset, Collections.unmodifiableMap(changed), fromUser, used);
  }

  /** Whether the profile gave this parameter, directly or by what it was derived from. */
  boolean isFromUser(CostParameter p) {
    return fromUser.getOrDefault(p, false);
  }

  BigDecimal get(CostParameter p) {
    BigDecimal v = values.get(p);
    if (v == null) {
      throw new IllegalStateException("no value for " + p);
    }
    return v;
  }

  int headcount() {
    return get(CostParameter.HEADCOUNT).intValueExact();
  }

  BigDecimal bulliedStaff() {
    return get(CostParameter.HEADCOUNT).multiply(get(CostParameter.PREVALENCE));
  }

  /** The six components, exact. */
  BullyingCosts costs() {
    BigDecimal b = bulliedStaff();
    BigDecimal k = get(CostParameter.PRICE_UPLIFT);
    BigDecimal w = get(CostParameter.DAILY_PAY);
    BigDecimal leavers = b.multiply(get(CostParameter.BULLYING_LEAVER_RATE));
    BigDecimal sickness =
        b.multiply(get(CostParameter.EXCESS_SICKNESS_DAYS)).multiply(w).multiply(k);
    return ImmutableBullyingCosts.builder()
        .sicknessAbsence(Gbp.of(sickness))
        .absenceCover(Gbp.of(sickness.multiply(get(CostParameter.COVER_UPLIFT))))
        .staffTurnover(Gbp.of(leavers.multiply(get(CostParameter.REPLACEMENT_COST)).multiply(k)))
        .reducedProductivity(Gbp.of(leavers.multiply(get(CostParameter.RAMP_UP_COST)).multiply(k)))
        .presenteeism(
            Gbp.of(b.multiply(get(CostParameter.PRESENTEEISM_DAYS)).multiply(w).multiply(k)))
        .employmentRelations(
            Gbp.of(b.multiply(get(CostParameter.EMPLOYMENT_RELATIONS_COST)).multiply(k)))
        .build();
  }

  CostEstimate estimate() {
    BullyingCosts costs = costs();
    Gbp total = costs.sum();
    BigDecimal b = bulliedStaff();
    List<String> notes = new ArrayList<>();
    List<String> calibrated = new ArrayList<>(5);
    for (ParameterValue v : used) {
      if (v.provenance() == Provenance.CALIBRATED) {
        calibrated.add(v.name());
      }
    }
    if (!calibrated.isEmpty()) {
      notes.add(
          "Calibrated parameters in use ("
              + String.join(", ", calibrated)
              + "): fitted by us so that preset "
              + preset.id()
              + " reproduces its source's published figures, not published themselves. See the preset's"
              + " description.");
    }
    if (fromUser.getOrDefault(CostParameter.PRICE_UPLIFT, false)) {
      notes.add(
          "Money parameters are moved from " + preset.priceYear() + " prices by priceUplift.");
    }
    Optional<Gbp> perBullied = b.signum() == 0 ? Optional.empty() : Optional.of(total.dividedBy(b));
    return ImmutableCostEstimate.builder()
        .preset(preset.id())
        .priceYear(preset.priceYear())
        .headcount(headcount())
        .prevalence(get(CostParameter.PREVALENCE))
        .bulliedStaff(b)
        .components(costs)
        .total(total)
        .perEmployee(total.dividedBy(get(CostParameter.HEADCOUNT)))
        .perBulliedEmployee(perBullied)
        .parameters(used)
        .notes(notes)
        .build();
  }
}
