package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation's profile: a preset, and any of its parameters the organisation knows for itself.
 * Whatever is left out comes from the preset, and the estimate lists every parameter with where it
 * came from.
 *
 * <p>Rules, all reported at once with their JSON paths: headcount a positive whole number;
 * prevalence and rates between 0 and 1; money and days not negative; {@code dailyPay} or {@code
 * annualPay}, not both; {@code excessSicknessDays} or the pair {@code baselineSicknessDays} +
 * {@code excessAbsenceRatio}, not both, and the pair together; {@code workingDaysPerYear} only with
 * {@code annualPay}. Unknown fields (a typo such as {@code prevalance}) are rejected when reading
 * JSON, never ignored.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCostProfile.class)
@JsonDeserialize(as = ImmutableCostProfile.class)
public abstract class CostProfile {

  CostProfile() {}

  /**
   * The preset the profile starts from.
   *
   * @return the preset id, or empty for {@value Presets#DEFAULT_ID}
   */
  public abstract Optional<String> preset();

  /**
   * Headcount.
   *
   * @return staff, or empty for the preset's
   */
  public abstract Optional<Integer> headcount();

  /**
   * Prevalence, for example from the organisation's Staff Survey.
   *
   * @return a fraction, or empty
   */
  public abstract Optional<BigDecimal> prevalence();

  /**
   * Daily pay.
   *
   * @return the amount, or empty
   */
  public abstract Optional<Gbp> dailyPay();

  /**
   * Annual pay (daily pay = annual pay / working days per year).
   *
   * @return the amount, or empty
   */
  public abstract Optional<Gbp> annualPay();

  /**
   * Working days a year, with annual pay.
   *
   * @return days, or empty
   */
  public abstract Optional<BigDecimal> workingDaysPerYear();

  /**
   * Price uplift for every money parameter.
   *
   * @return the ratio, or empty
   */
  public abstract Optional<BigDecimal> priceUplift();

  /**
   * Extra sickness days per bullied employee a year.
   *
   * @return days, or empty
   */
  public abstract Optional<BigDecimal> excessSicknessDays();

  /**
   * Baseline sickness days a year.
   *
   * @return days, or empty
   */
  public abstract Optional<BigDecimal> baselineSicknessDays();

  /**
   * How much more sickness absence bullied staff take.
   *
   * @return the ratio, or empty
   */
  public abstract Optional<BigDecimal> excessAbsenceRatio();

  /**
   * Cover uplift.
   *
   * @return the ratio, or empty
   */
  public abstract Optional<BigDecimal> coverUplift();

  /**
   * The fraction of bullied staff who leave because of it each year.
   *
   * @return the fraction, or empty
   */
  public abstract Optional<BigDecimal> bullyingLeaverRate();

  /**
   * Cost of replacing a leaver.
   *
   * @return the amount, or empty
   */
  public abstract Optional<Gbp> replacementCost();

  /**
   * Output lost while a replacement gets up to speed.
   *
   * @return the amount, or empty
   */
  public abstract Optional<Gbp> rampUpCost();

  /**
   * Presenteeism days per bullied employee a year.
   *
   * @return days, or empty
   */
  public abstract Optional<BigDecimal> presenteeismDays();

  /**
   * Employment relations cost per bullied employee a year.
   *
   * @return the amount, or empty
   */
  public abstract Optional<Gbp> employmentRelationsCostPerBulliedEmployee();

  /**
   * For {@code acas-2021} only: which presenteeism figure to use.
   *
   * @return the bound, or empty for {@link PresenteeismBound#LOW}
   */
  public abstract Optional<PresenteeismBound> presenteeismBound();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableCostProfile.Builder builder() {
    return ImmutableCostProfile.builder();
  }

  /**
   * The parameters this profile gives, in model order.
   *
   * @return parameter → value (money as its full-precision amount)
   */
  public Map<CostParameter, BigDecimal> given() {
    Map<CostParameter, BigDecimal> given = new EnumMap<>(CostParameter.class);
    headcount().ifPresent(v -> given.put(CostParameter.HEADCOUNT, BigDecimal.valueOf(v)));
    prevalence().ifPresent(v -> given.put(CostParameter.PREVALENCE, v));
    dailyPay().ifPresent(v -> given.put(CostParameter.DAILY_PAY, v.amount()));
    annualPay().ifPresent(v -> given.put(CostParameter.ANNUAL_PAY, v.amount()));
    workingDaysPerYear().ifPresent(v -> given.put(CostParameter.WORKING_DAYS_PER_YEAR, v));
    priceUplift().ifPresent(v -> given.put(CostParameter.PRICE_UPLIFT, v));
    excessSicknessDays().ifPresent(v -> given.put(CostParameter.EXCESS_SICKNESS_DAYS, v));
    baselineSicknessDays().ifPresent(v -> given.put(CostParameter.BASELINE_SICKNESS_DAYS, v));
    excessAbsenceRatio().ifPresent(v -> given.put(CostParameter.EXCESS_ABSENCE_RATIO, v));
    coverUplift().ifPresent(v -> given.put(CostParameter.COVER_UPLIFT, v));
    bullyingLeaverRate().ifPresent(v -> given.put(CostParameter.BULLYING_LEAVER_RATE, v));
    replacementCost().ifPresent(v -> given.put(CostParameter.REPLACEMENT_COST, v.amount()));
    rampUpCost().ifPresent(v -> given.put(CostParameter.RAMP_UP_COST, v.amount()));
    presenteeismDays().ifPresent(v -> given.put(CostParameter.PRESENTEEISM_DAYS, v));
    employmentRelationsCostPerBulliedEmployee()
        .ifPresent(v -> given.put(CostParameter.EMPLOYMENT_RELATIONS_COST, v.amount()));
    return given;
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    Map<CostParameter, BigDecimal> given = given();
    given.forEach((p, v) -> problems.require(p.accepts(v), "$." + p.jsonName(), p.rule(), v));
    if (dailyPay().isPresent() && annualPay().isPresent()) {
      problems.add(
          "$.annualPay", "cannot be given with dailyPay: give one or the other", annualPay().get());
    }
    if (workingDaysPerYear().isPresent() && annualPay().isEmpty()) {
      problems.add(
          "$.workingDaysPerYear", "is used only with annualPay", workingDaysPerYear().get());
    }
    boolean baseline = baselineSicknessDays().isPresent();
    boolean ratio = excessAbsenceRatio().isPresent();
    if (excessSicknessDays().isPresent() && (baseline || ratio)) {
      problems.add(
          baseline ? "$.baselineSicknessDays" : "$.excessAbsenceRatio",
          "cannot be given with excessSicknessDays: give excessSicknessDays, or baselineSicknessDays"
              + " with excessAbsenceRatio");
    } else if (baseline != ratio) {
      problems.add(
          baseline ? "$.excessAbsenceRatio" : "$.baselineSicknessDays",
          "is required with " + (baseline ? "baselineSicknessDays" : "excessAbsenceRatio"));
    }
    problems.throwIfAny("cost profile");
  }
}
