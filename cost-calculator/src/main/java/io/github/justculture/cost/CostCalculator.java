package io.github.justculture.cost;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.internal.FindingCollector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Estimates the cost of bullying and harassment, compares scenarios, and analyses uncertainty.
 *
 * <pre>{@code
 * CostEstimate trust = CostCalculator.estimate(CostProfile.builder()
 *     .headcount(5200).prevalence(new BigDecimal("0.21")).annualPay(Gbp.parse("34000")).build());
 * trust.total();                 // the six components, summed unrounded
 * trust.parameters();            // every parameter used, USER or from the preset (with provenance)
 * }</pre>
 *
 * <p>Pure and thread-safe: no clock, no I/O, no threads of its own (a simulation runs on the
 * caller's thread or on an executor the caller passes).
 */
public final class CostCalculator {

  /**
   * At most how much memory a simulation of so many draws takes, in bytes, so that a host can
   * refuse one its heap cannot hold before starting it: up to 262,144 draws are kept, 56 bytes each
   * (six components and the total); a larger simulation is summarised in passes instead, keeping no
   * more; and the summaries take at most {@value #SUMMARY_BYTES} bytes besides (the radix
   * selection's counters and collected values for every percentile, and a pass's chunks). So
   * 5,000,000 draws need at most about 32 MiB, as they need for 262,144.
   *
   * @param draws the number of draws, at least 1
   * @return the bound, in bytes
   */
  public static long simulationBytes(int draws) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, was " + draws);
    }
    return (long) Math.min(draws, MonteCarlo.IN_MEMORY_DRAWS) * 7 * Double.BYTES + SUMMARY_BYTES;
  }

  /** The most the summaries of a simulation take besides its kept draws: 18 MiB. */
  static final long SUMMARY_BYTES = 18L << 20;

  private CostCalculator() {}

  /**
   * Estimates the six components for a profile (a six-component preset such as {@code
   * kline-lewis-2019}).
   *
   * @param profile the profile
   * @return the estimate
   * @throws InvalidInputException naming {@code $.preset} for an unknown preset or one of another
   *     model
   */
  public static CostEstimate estimate(CostProfile profile) {
    return Resolved.of(profile).estimate();
  }

  /**
   * Estimates Acas's cost of workplace conflict ({@code acas-2021}); the profile may choose the
   * presenteeism bound and a price uplift, nothing else.
   *
   * @param profile the profile, with {@code preset} {@code acas-2021}
   * @return the estimate
   * @throws InvalidInputException naming each field the conflict model does not take
   */
  public static ConflictCostEstimate estimateConflict(CostProfile profile) {
    Preset preset = Presets.require(profile.preset().orElse(Presets.DEFAULT_ID), "$.preset");
    FindingCollector problems = FindingCollector.create();
    if (preset.model() != CostModel.ACAS_CONFLICT) {
      problems.add("$.preset", "is not a conflict-cost preset (acas-2021)", preset.id());
    }
    for (CostParameter p : profile.given().keySet()) {
      if (p != CostParameter.PRICE_UPLIFT) {
        problems.add(
            "$." + p.jsonName(),
            "is not a parameter of preset acas-2021 (it takes presenteeismBound and priceUplift)");
      }
    }
    problems.throwIfAny("cost profile");
    BigDecimal k = profile.priceUplift().orElse(BigDecimal.ONE);
    PresenteeismBound bound = profile.presenteeismBound().orElse(PresenteeismBound.LOW);
    java.util.function.Function<String, BigDecimal> v =
        name -> preset.parameter(name).orElseThrow().decimal();
    ConflictCosts costs =
        ImmutableConflictCosts.builder()
            .resignations(Gbp.of(v.apply("resignationsCost").multiply(k)))
            .sicknessAbsence(Gbp.of(v.apply("sicknessAbsenceCost").multiply(k)))
            .presenteeism(
                Gbp.of(
                    v.apply(
                            bound == PresenteeismBound.LOW
                                ? "presenteeismCostLow"
                                : "presenteeismCostHigh")
                        .multiply(k)))
            .informalResolution(Gbp.of(v.apply("informalResolutionCost").multiply(k)))
            .formalGrievances(
                Gbp.of(
                    v.apply("formalGrievanceCount")
                        .multiply(v.apply("formalGrievanceUnitCost"))
                        .multiply(k)))
            .disciplinaryCases(
                Gbp.of(
                    v.apply("disciplinaryCaseCount")
                        .multiply(v.apply("disciplinaryCaseUnitCost"))
                        .multiply(k)))
            .disciplinaryDismissals(Gbp.of(v.apply("disciplinaryDismissalsCost").multiply(k)))
            .litigation(
                Gbp.of(
                    v.apply("litigationManagementTimeCost")
                        .add(v.apply("litigationLegalFeesCost"))
                        .add(v.apply("litigationCompensationCost"))
                        .multiply(k)))
            .build();
    List<ParameterValue> parameters = new ArrayList<>(preset.parameters());
    if (profile.priceUplift().isPresent()) {
      parameters.removeIf(p -> p.name().equals("priceUplift"));
      parameters.add(
          ParameterValue.of(
              "priceUplift",
              k.stripTrailingZeros().toPlainString(),
              "ratio",
              io.github.justculture.core.Provenance.USER,
              "organisation profile",
              null));
    }
    return ImmutableConflictCostEstimate.builder()
        .preset(preset.id())
        .priceYear(preset.priceYear())
        .presenteeismBound(bound)
        .components(costs)
        .total(costs.sum())
        .parameters(parameters)
        .addNotes(
            "Acas costs workplace conflict of every kind across the UK economy: a different model from the"
                + " NHS bullying estimate, not to be added to it.")
        .build();
  }

  /**
   * Compares a baseline with a scenario.
   *
   * @param request the baseline, scenario and programme cost
   * @return the comparison
   * @throws InvalidInputException naming {@code $.baseline…} or {@code $.scenario…} paths
   */
  public static Comparison compare(ComparisonRequest request) {
    FindingCollector problems = FindingCollector.create();
    CostEstimate baseline = null;
    CostEstimate scenario = null;
    try {
      baseline = estimate(request.baseline());
    } catch (InvalidInputException e) {
      problems.addAll(e.under("$.baseline").findings());
    }
    try {
      scenario = estimate(request.scenario());
    } catch (InvalidInputException e) {
      problems.addAll(e.under("$.scenario").findings());
    }
    if (baseline == null || scenario == null) {
      problems.throwIfAny("comparison");
      throw new IllegalStateException("unreachable");
    }
    Gbp k = request.programmeCost();
    Gbp saving = baseline.total().minus(scenario.total());
    Optional<BigDecimal> roi =
        k.isZero()
            ? Optional.empty()
            : Optional.of(saving.minus(k).amount().divide(k.amount(), MathContext.DECIMAL64));
    CostEstimate base = baseline;
    Optional<BigDecimal> breakEven =
        baseline
            .perBulliedEmployee()
            .filter(g -> !g.isZero())
            .map(
                g ->
                    k.amount()
                        .divide(
                            BigDecimal.valueOf(base.headcount()).multiply(g.amount()),
                            MathContext.DECIMAL64));
    return ImmutableComparison.builder()
        .baseline(baseline)
        .scenario(scenario)
        .programmeCost(k)
        .saving(saving)
        .returnOnInvestment(roi)
        .breakEvenPrevalenceReduction(breakEven)
        .build();
  }

  /**
   * One-way sensitivity over each parameter with a range in the profile's preset: the total at the
   * low and at the high value, the others at base. A parameter the profile gives (directly, or
   * derived from what it gives) is held fixed at its value, not varied over the preset's range, and
   * is listed in {@link Sensitivity#heldFixed()}; a simulation treats it the same way.
   *
   * @param profile the profile
   * @return the bars, largest swing first
   * @throws InvalidInputException as {@link #estimate}
   */
  public static Sensitivity sensitivity(CostProfile profile) {
    Resolved base = Resolved.of(profile);
    List<SensitivityBar> bars = new ArrayList<>();
    List<String> heldFixed = new ArrayList<>();
    for (ParameterRange range : base.preset.ranges()) {
      CostParameter p = range.parameter();
      if (base.isFromUser(p)) {
        heldFixed.add(p.jsonName());
        continue;
      }
      Gbp atLow = base.with(p, range.low()).costs().sum();
      Gbp atHigh = base.with(p, range.high()).costs().sum();
      Gbp swing = atHigh.minus(atLow);
      bars.add(
          ImmutableSensitivityBar.builder()
              .parameter(p.jsonName())
              .base(base.get(p))
              .low(range.low())
              .high(range.high())
              .totalAtLow(atLow)
              .totalAtHigh(atHigh)
              .swing(swing.isNegative() ? swing.negated() : swing)
              .provenance(range.provenance())
              .source(range.source())
              .build());
    }
    bars.sort(Comparator.comparing(SensitivityBar::swing).reversed());
    return ImmutableSensitivity.builder()
        .baseTotal(base.costs().sum())
        .bars(bars)
        .heldFixed(heldFixed)
        .build();
  }

  /**
   * Monte Carlo on the calling thread.
   *
   * @param request the profile and distributions
   * @param draws the number of draws, 1 to 5,000,000
   * @param seed the seed
   * @return the result
   * @throws InvalidInputException naming every problem of the request
   */
  public static SimulationResult simulate(SimulationRequest request, int draws, long seed) {
    return simulate(request, draws, seed, Runnable::run, done -> {});
  }

  /**
   * Monte Carlo with chunks of draws run on the caller's executor. The result depends only on the
   * request, the seed and the number of draws, never on the executor. Memory: at most {@link
   * #simulationBytes(int)}, about 32 MiB whatever the number of draws.
   *
   * @param request the profile and distributions
   * @param draws the number of draws, 1 to 5,000,000
   * @param seed the seed
   * @param executor runs the chunks; {@code Runnable::run} for the calling thread
   * @param progress told the number of draws done after each chunk, from the executor's threads
   * @return the result
   * @throws InvalidInputException naming every problem of the request
   */
  public static SimulationResult simulate(
      SimulationRequest request, int draws, long seed, Executor executor, LongConsumer progress) {
    return MonteCarlo.run(request, draws, seed, executor, progress);
  }

  /**
   * The effective parameters a simulation can vary.
   *
   * @return their JSON names
   */
  public static List<String> simulatedParameters() {
    return Resolved.EFFECTIVE.stream().map(CostParameter::jsonName).toList();
  }
}
