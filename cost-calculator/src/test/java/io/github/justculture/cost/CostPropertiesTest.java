package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.Gbp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties over seeded random profiles; a failure names its seed and profile. */
class CostPropertiesTest {

  private static final long SEED = 20261122L;
  private static final int CASES = 500;

  static CostProfile randomProfile(SplittableRandom r) {
    ImmutableCostProfile.Builder b =
        CostProfile.builder()
            .headcount(1 + r.nextInt(200_000))
            .prevalence(decimal(r.nextDouble(), 4))
            .coverUplift(decimal(r.nextDouble() * 1.5, 3))
            .bullyingLeaverRate(decimal(r.nextDouble() * 0.3, 5))
            .replacementCost(Gbp.of(decimal(r.nextDouble() * 40_000, 2)))
            .rampUpCost(Gbp.of(decimal(r.nextDouble() * 40_000, 2)))
            .presenteeismDays(decimal(r.nextDouble() * 30, 4))
            .employmentRelationsCostPerBulliedEmployee(Gbp.of(decimal(r.nextDouble() * 800, 2)))
            .priceUplift(decimal(0.5 + r.nextDouble(), 4));
    if (r.nextBoolean()) {
      b.dailyPay(Gbp.of(decimal(50 + r.nextDouble() * 400, 2)));
    } else {
      b.annualPay(Gbp.of(decimal(15_000 + r.nextDouble() * 120_000, 2)))
          .workingDaysPerYear(BigDecimal.valueOf(200 + r.nextInt(60)));
    }
    if (r.nextBoolean()) {
      b.excessSicknessDays(decimal(r.nextDouble() * 20, 4));
    } else {
      b.baselineSicknessDays(decimal(r.nextDouble() * 15, 2))
          .excessAbsenceRatio(decimal(r.nextDouble(), 3));
    }
    return b.build();
  }

  static BigDecimal decimal(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }

  @Test
  void totalIsTheSumOfTheUnroundedComponentsAndEachLineIsWithinHalfAPenny() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < CASES; i++) {
      CostProfile profile = randomProfile(r);
      CostEstimate e = CostCalculator.estimate(profile);
      BigDecimal sum =
          e.components().asMap().values().stream()
              .map(Gbp::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(e.total().amount())
          .as("seed %d case %d: %s", SEED, i, profile)
          .isEqualByComparingTo(sum);
      for (Gbp line : e.components().asMap().values()) {
        BigDecimal reported = new BigDecimal(line.toString());
        assertThat(reported.subtract(line.amount()).abs())
            .as("seed %d case %d", SEED, i)
            .isLessThanOrEqualTo(new BigDecimal("0.005"));
      }
    }
  }

  @Test
  void everyComponentScalesLinearlyWithHeadcount() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int n = 0; n < CASES; n++) {
      int i = n;
      CostProfile profile = randomProfile(r);
      int h = profile.headcount().orElseThrow();
      int factor = 1 + r.nextInt(7);
      CostEstimate one = CostCalculator.estimate(profile);
      CostEstimate scaled =
          CostCalculator.estimate(
              ImmutableCostProfile.copyOf(profile).withHeadcount(Math.min(h * factor, 1_400_000)));
      BigDecimal ratio =
          BigDecimal.valueOf(Math.min(h * factor, 1_400_000))
              .divide(BigDecimal.valueOf(h), java.math.MathContext.DECIMAL128);
      one.components()
          .asMap()
          .forEach(
              (name, amount) ->
                  assertThat(scaled.components().asMap().get(name).amount())
                      .as("seed %d case %d %s", SEED + 1, i, name)
                      .isCloseTo(
                          amount.amount().multiply(ratio),
                          org.assertj.core.api.Assertions.within(new BigDecimal("1e-12"))));
    }
  }

  @Test
  void costIsZeroAtZeroPrevalenceAndNeverFallsAsPrevalenceRises() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int i = 0; i < CASES; i++) {
      CostProfile profile = randomProfile(r);
      CostEstimate zero =
          CostCalculator.estimate(
              ImmutableCostProfile.copyOf(profile).withPrevalence(BigDecimal.ZERO));
      assertThat(zero.total().isZero()).as("seed %d case %d", SEED + 2, i).isTrue();
      assertThat(zero.perBulliedEmployee()).isEmpty();
      BigDecimal p1 = decimal(r.nextDouble(), 4);
      BigDecimal p2 = decimal(r.nextDouble(), 4);
      BigDecimal lo = p1.min(p2);
      BigDecimal hi = p1.max(p2);
      Gbp atLo =
          CostCalculator.estimate(ImmutableCostProfile.copyOf(profile).withPrevalence(lo)).total();
      Gbp atHi =
          CostCalculator.estimate(ImmutableCostProfile.copyOf(profile).withPrevalence(hi)).total();
      assertThat(atHi).as("seed %d case %d", SEED + 2, i).isGreaterThanOrEqualTo(atLo);
    }
  }
}
