package io.github.justculture.cost;

import static io.github.justculture.core.Provenance.ASSUMED;
import static io.github.justculture.core.Provenance.CALIBRATED;
import static io.github.justculture.core.Provenance.REPORTED;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.Provenance;
import io.github.justculture.core.SourceCitation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The built-in presets.
 *
 * <ul>
 *   <li>{@code kline-lewis-2019} (the default): the NHS in England, 2017/18 prices, calibrated so
 *       that the six-component model reproduces Kline and Lewis's published components and £2.281bn
 *       total;
 *   <li>{@code acas-2021}: Acas's estimate of the cost of workplace conflict to UK employers,
 *       2018/19 prices, £28.5bn a year — a different model with its own components.
 * </ul>
 */
public final class Presets {

  /** The id of the default preset. */
  public static final String DEFAULT_ID = "kline-lewis-2019";

  private static final String KL = "Kline & Lewis 2019, Public Money & Management 39(3):166-174";
  private static final String ACAS = "Acas 2021, Estimating the costs of workplace conflict";

  private static final Preset KLINE_LEWIS_2019 =
      ImmutablePreset.builder()
          .id("kline-lewis-2019")
          .title(
              "The price of fear: bullying and harassment in the NHS in England (Kline & Lewis, 2019)")
          .priceYear("2017/18")
          .model(CostModel.BULLYING_SIX_COMPONENT)
          .description(
              "Reproduces Kline and Lewis's published components (sickness absence £483.6m, cover £302.2m,"
                  + " turnover £231.9m, reduced productivity £575.7m, presenteeism £604.4m, employment"
                  + " relations £83.5m) and their £2.281bn total, to the penny of our rounding. The paper's"
                  + " formulas are not public, and its reported inputs do not reproduce its own sickness"
                  + " figure: 1,046,000 staff x 24% x 7 extra days x £140.12 gives £246.2m, not £483.6m."
                  + " So five parameters are CALIBRATED (fitted by us to the published components, not"
                  + " published): excessSicknessDays, bullyingLeaverRate, rampUpCost, presenteeismDays and"
                  + " employmentRelationsCostPerBulliedEmployee. Treat results as the paper's conservative"
                  + " estimate re-expressed per organisation, not as an independent measurement. Excluded as"
                  + " unquantifiable: bystanders, incivility, reputational damage, regulators' costs.")
          .addSources(
              SourceCitation.builder()
                  .title(
                      "R. Kline and D. Lewis, The price of fear: estimating the financial cost of bullying"
                          + " and harassment to the NHS in England, Public Money & Management 39(3):166-174"
                          + " (doi 10.1080/09540962.2018.1535044)")
                  .url("https://doi.org/10.1080/09540962.2018.1535044")
                  .year(2019)
                  .build(),
              SourceCitation.of("BMJ 2018;363:k4463", "https://doi.org/10.1136/bmj.k4463", 2018))
          .addParameters(
              p(CostParameter.HEADCOUNT, "1046000", REPORTED, KL + ": NHS staff in England", null),
              p(
                  CostParameter.PREVALENCE,
                  "0.24",
                  REPORTED,
                  "NHS Staff Survey 2017, via " + KL,
                  "bullied, harassed or abused by managers or colleagues in the last 12 months"),
              p(CostParameter.DAILY_PAY, "140.12", REPORTED, KL, null),
              p(
                  CostParameter.WORKING_DAYS_PER_YEAR,
                  "225",
                  ASSUMED,
                  "library default: 225 working days a year",
                  "used only when annualPay is given"),
              p(CostParameter.PRICE_UPLIFT, "1", ASSUMED, "2017/18 prices", null),
              p(
                  CostParameter.EXCESS_SICKNESS_DAYS,
                  "13.7475",
                  CALIBRATED,
                  "fitted to " + KL + " (£483.6m)",
                  "reproduces £483.6m; the paper's reported 'about 7 extra days' (71% of 9.36) gives"
                      + " £246.2m"),
              p(
                  CostParameter.BASELINE_SICKNESS_DAYS,
                  "9.36",
                  REPORTED,
                  KL,
                  "not used by this preset's sickness component, which uses excessSicknessDays"),
              p(CostParameter.COVER_UPLIFT, "0.625", REPORTED, KL, null),
              p(
                  CostParameter.BULLYING_LEAVER_RATE,
                  "0.07698",
                  CALIBRATED,
                  "fitted to " + KL + " (£231.9m) with replacementCost fixed at £12,000",
                  null),
              p(
                  CostParameter.REPLACEMENT_COST,
                  "12000",
                  ASSUMED,
                  "assumed: a round figure often quoted for replacing an NHS nurse; we could not trace"
                      + " it to "
                      + KL
                      + " or another published source",
                  "the other turnover parameter, bullyingLeaverRate, is calibrated with this value"
                      + " fixed"),
              p(
                  CostParameter.RAMP_UP_COST,
                  "29790.34",
                  CALIBRATED,
                  "fitted to " + KL + " (£575.7m)",
                  null),
              p(
                  CostParameter.PRESENTEEISM_DAYS,
                  "17.1823",
                  CALIBRATED,
                  "fitted to " + KL + " (£604.4m)",
                  null),
              p(
                  CostParameter.EMPLOYMENT_RELATIONS_COST,
                  "332.62",
                  CALIBRATED,
                  "fitted to " + KL + " (£83.5m)",
                  null))
          .addRanges(
              ParameterRange.of(
                  CostParameter.EXCESS_SICKNESS_DAYS,
                  "1.872",
                  "13.7475",
                  ASSUMED,
                  "low: 9.36 baseline days x 0.20, taking the rate ratio of 1.2 for self-certified"
                      + " sickness spells in Kivimaki et al. 2000 (Occup Environ Med 57:656) as if it held for"
                      + " days (an assumption: it counts spells; medically certified spells gave 1.5, which"
                      + " would give 4.68 days); high: the CALIBRATED value 13.7475"),
              ParameterRange.of(
                  CostParameter.COVER_UPLIFT,
                  "0.3",
                  "0.9",
                  ASSUMED,
                  "assumed: a range around the 62.5% reported by Kline & Lewis 2019; not traced to a"
                      + " published study"),
              ParameterRange.of(
                  CostParameter.PRESENTEEISM_DAYS,
                  "3.711825",
                  "27.495",
                  ASSUMED,
                  "0.27 to 2.0 times the CALIBRATED 13.7475 extra sickness days: low, the ratio of"
                      + " presenteeism to sickness absence in Acas 2021 (low bound, £0.59bn to £2.2bn); high,"
                      + " 2.0, assumed"),
              ParameterRange.of(
                  CostParameter.REPLACEMENT_COST,
                  "5433",
                  "18000",
                  ASSUMED,
                  "low: £5,433, the cost of recruiting and absorbing a new worker in Oxford Economics"
                      + " 2014, The cost of brain drain (its £30,614 total is mostly £25,181 of output lost"
                      + " while the newcomer gets up to speed, which this model counts in rampUpCost, so"
                      + " it is left out here); high: the assumed £12,000 + 50%"),
              ParameterRange.of(
                  CostParameter.BULLYING_LEAVER_RATE,
                  "0.03849",
                  "0.11547",
                  ASSUMED,
                  "calibrated value ±50%: no published range"),
              ParameterRange.of(
                  CostParameter.RAMP_UP_COST,
                  "14895.17",
                  "44685.51",
                  ASSUMED,
                  "calibrated value ±50%: no published range"),
              ParameterRange.of(
                  CostParameter.EMPLOYMENT_RELATIONS_COST,
                  "166.31",
                  "498.93",
                  ASSUMED,
                  "calibrated value ±50%: no published range"),
              ParameterRange.of(
                  CostParameter.DAILY_PAY, "126.108", "154.132", ASSUMED, "reported value ±10%"))
          .build();

  private static final Preset ACAS_2021 =
      ImmutablePreset.builder()
          .id("acas-2021")
          .title("Estimating the costs of workplace conflict (Acas; Saundry & Urwin, 2021)")
          .priceYear("2018/19")
          .model(CostModel.ACAS_CONFLICT)
          .description(
              "Acas's estimate of what workplace conflict costs UK employers a year: £28.5bn with the low"
                  + " presenteeism bound (£30.2bn with the high one), just over £1,000 per employee. It costs"
                  + " conflict of every kind, not only bullying, across the whole UK economy, so it is a"
                  + " separate model with its own components: do not add it to, or compare it line by line"
                  + " with, the NHS bullying estimate. Every figure is REPORTED by Acas; only the"
                  + " presenteeism bound and a price uplift can be chosen.")
          .addSources(
              SourceCitation.of(
                  "Acas, Estimating the costs of workplace conflict (R. Saundry and P. Urwin)",
                  "https://www.acas.org.uk/estimating-the-costs-of-workplace-conflict-report",
                  2021))
          .addParameters(
              p("resignationsCost", "11900000000", "GBP/year", "485,800 resignations"),
              p("sicknessAbsenceCost", "2200000000", "GBP/year", null),
              p("presenteeismCostLow", "590000000", "GBP/year", "low bound"),
              p("presenteeismCostHigh", "2300000000", "GBP/year", "high bound"),
              p("informalResolutionCost", "250000000", "GBP/year", null),
              p("formalGrievanceCount", "374760", "cases/year", null),
              p("formalGrievanceUnitCost", "951", "GBP/case", null),
              p("disciplinaryCaseCount", "1700000", "cases/year", null),
              p("disciplinaryCaseUnitCost", "1141", "GBP/case", null),
              p("disciplinaryDismissalsCost", "10500000000", "GBP/year", "428,000 dismissals"),
              p("litigationManagementTimeCost", "282000000", "GBP/year", null),
              p("litigationLegalFeesCost", "264000000", "GBP/year", null),
              p("litigationCompensationCost", "225000000", "GBP/year", null),
              p("priceUplift", "1", "ratio", "2018/19 prices; ASSUMED default"))
          .build();

  private static final List<Preset> ALL = List.of(KLINE_LEWIS_2019, ACAS_2021);

  private Presets() {}

  private static ParameterValue p(
      CostParameter parameter,
      String value,
      Provenance provenance,
      String source,
      @Nullable String note) {
    return ParameterValue.of(
        parameter.jsonName(), value, parameter.unit(), provenance, source, note);
  }

  private static ParameterValue p(String name, String value, String unit, @Nullable String note) {
    return ParameterValue.of(
        name, value, unit, name.equals("priceUplift") ? ASSUMED : REPORTED, ACAS, note);
  }

  /**
   * Kline and Lewis (2019), calibrated: the default.
   *
   * @return the preset
   */
  public static Preset klineLewis2019() {
    return KLINE_LEWIS_2019;
  }

  /**
   * Acas (2021): the cost of workplace conflict to UK employers.
   *
   * @return the preset
   */
  public static Preset acas2021() {
    return ACAS_2021;
  }

  /**
   * Every preset, the default first.
   *
   * @return the presets
   */
  public static List<Preset> all() {
    return ALL;
  }

  /**
   * A preset by id.
   *
   * @param id for example {@code acas-2021}
   * @return the preset, or empty
   */
  public static Optional<Preset> byId(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * A preset by id, as named at a JSON path.
   *
   * @param id the id
   * @param path where the id was given, for example {@code $.preset}
   * @return the preset
   * @throws InvalidInputException naming the path if no preset has that id
   */
  static Preset require(String id, String path) {
    return byId(id)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "cost profile",
                    Finding.of(
                        path,
                        "unknown preset (presets: "
                            + ALL.stream().map(Preset::id).collect(Collectors.joining(", "))
                            + ")",
                        id)));
  }
}
