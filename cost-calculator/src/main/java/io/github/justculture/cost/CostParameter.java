package io.github.justculture.cost;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parameter of the six-component bullying cost model ({@code docs/domain/cost-model.md} §2), with
 * its JSON name, unit and the values it may take.
 */
public enum CostParameter {
  /** Headcount H: staff in the organisation. */
  HEADCOUNT("headcount", "persons", Kind.COUNT, "1", null, "Staff (headcount)"),
  /** Prevalence p: the fraction of staff bullied, harassed or abused in the last 12 months. */
  PREVALENCE("prevalence", "fraction", Kind.FRACTION, "0", "1", "Share of staff bullied in a year"),
  /** Daily pay w (exclusive with {@link #ANNUAL_PAY}). */
  DAILY_PAY("dailyPay", "GBP/day", Kind.MONEY, "0", null, "Daily pay"),
  /** Annual pay; w = annualPay / workingDaysPerYear (exclusive with {@link #DAILY_PAY}). */
  ANNUAL_PAY("annualPay", "GBP/year", Kind.MONEY, "0", null, "Annual pay"),
  /** Working days a year, used only with {@link #ANNUAL_PAY}. */
  WORKING_DAYS_PER_YEAR(
      "workingDaysPerYear", "days/year", Kind.NUMBER, "1", "366", "Working days a year"),
  /** Price uplift k: multiplies every money parameter, to move a preset to another price year. */
  PRICE_UPLIFT("priceUplift", "ratio", Kind.NUMBER, "0.01", "100", "Price uplift"),
  /** Extra sickness days per bullied employee a year, ΔD. */
  EXCESS_SICKNESS_DAYS(
      "excessSicknessDays",
      "days/year",
      Kind.NUMBER,
      "0",
      "366",
      "Extra sickness days of a bullied employee"),
  /** Baseline sickness days a year; with {@link #EXCESS_ABSENCE_RATIO}, an alternative to ΔD. */
  BASELINE_SICKNESS_DAYS(
      "baselineSicknessDays", "days/year", Kind.NUMBER, "0", "366", "Usual sickness days a year"),
  /** How much more sickness absence bullied staff take (0.71 = 71% more). */
  EXCESS_ABSENCE_RATIO(
      "excessAbsenceRatio",
      "ratio",
      Kind.NUMBER,
      "0",
      "10",
      "Extra absence of bullied staff (ratio)"),
  /** Agency, bank and overtime cover on top of the pay of absent staff (0.625 = 62.5%). */
  COVER_UPLIFT("coverUplift", "ratio", Kind.NUMBER, "0", "10", "Cost of cover on top of pay"),
  /** The fraction of bullied staff a year who leave because of it. */
  BULLYING_LEAVER_RATE(
      "bullyingLeaverRate",
      "fraction/year",
      Kind.FRACTION,
      "0",
      "1",
      "Share of bullied staff who leave because of it"),
  /** The cost of replacing one leaver. */
  REPLACEMENT_COST(
      "replacementCost", "GBP/leaver", Kind.MONEY, "0", null, "Cost of replacing a leaver"),
  /** Output lost while one replacement gets up to speed. */
  RAMP_UP_COST(
      "rampUpCost",
      "GBP/leaver",
      Kind.MONEY,
      "0",
      null,
      "Output lost while a replacement settles in"),
  /** Days of output lost a year by a bullied employee who keeps working. */
  PRESENTEEISM_DAYS(
      "presenteeismDays",
      "days/year",
      Kind.NUMBER,
      "0",
      "366",
      "Days of output lost at work (presenteeism)"),
  /** Grievances, compensation and litigation, per bullied employee a year. */
  EMPLOYMENT_RELATIONS_COST(
      "employmentRelationsCostPerBulliedEmployee",
      "GBP/bullied employee/year",
      Kind.MONEY,
      "0",
      null,
      "Grievances, compensation and litigation per bullied employee");

  /** How a parameter's value is written and checked. */
  public enum Kind {
    /** A positive whole number. */
    COUNT,
    /** A number between 0 and 1. */
    FRACTION,
    /** A non-negative amount of money, written as a decimal string or number. */
    MONEY,
    /** A number within the parameter's bounds. */
    NUMBER
  }

  private final String jsonName;
  private final String unit;
  private final Kind kind;
  private final BigDecimal min;
  private final Optional<BigDecimal> max;
  private final String label;

  CostParameter(
      String jsonName, String unit, Kind kind, String min, @Nullable String max, String label) {
    this.label = label;
    this.jsonName = jsonName;
    this.unit = unit;
    this.kind = kind;
    this.min = new BigDecimal(min);
    this.max = Optional.ofNullable(max).map(BigDecimal::new);
  }

  /**
   * The name in JSON and CSV, for example {@code dailyPay}.
   *
   * @return the name
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The name a reader knows it by, for reports: {@code Extra sickness days of a bullied employee}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The label of a parameter named in JSON, or the name itself when no parameter has it.
   *
   * @param jsonName a name such as {@code dailyPay}
   * @return its label
   */
  public static String labelOf(String jsonName) {
    return byJsonName(jsonName).map(CostParameter::label).orElse(jsonName);
  }

  /**
   * The unit, for example {@code GBP/day}.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * How the value is written and checked.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the parameter is an amount of money (moved by {@link #PRICE_UPLIFT}).
   *
   * @return true for money
   */
  public boolean isMoney() {
    return kind == Kind.MONEY;
  }

  /**
   * The rule a value must follow, in plain words, for example {@code must be between 0 and 1}.
   *
   * @return the rule
   */
  public String rule() {
    return switch (kind) {
      case COUNT -> "must be a positive whole number";
      case MONEY -> "must not be negative";
      case FRACTION -> "must be between 0 and 1";
      case NUMBER ->
          "must be between " + min.toPlainString() + " and " + max.orElseThrow().toPlainString();
    };
  }

  /**
   * Whether a value follows {@link #rule()}.
   *
   * @param value the value
   * @return true when valid
   */
  public boolean accepts(BigDecimal value) {
    if (value.compareTo(min) < 0) {
      return false;
    }
    if (kind == Kind.COUNT && value.stripTrailingZeros().scale() > 0) {
      return false;
    }
    return max.map(m -> value.compareTo(m) <= 0).orElse(true);
  }

  /**
   * The parameter with a JSON name.
   *
   * @param jsonName for example {@code prevalence}
   * @return the parameter, or empty
   */
  public static Optional<CostParameter> byJsonName(String jsonName) {
    for (CostParameter p : values()) {
      if (p.jsonName.equals(jsonName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
