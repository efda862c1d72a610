package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.Gbp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tornado is tied to the point estimate for any profile: seeded random profiles, each giving a
 * random subset of the parameters. For every bar, low ≤ base ≤ high, the base is the estimate's own
 * effective value, and the total at low ≤ base total ≤ total at high; the base total is the
 * estimate's total; and every parameter the profile gave is held fixed, never varied over the
 * preset's range (the wrong number of issue 16: a trust's own pay of £200 was varied around the
 * preset's £140.12).
 */
class SensitivityPropertyTest {

  private static final long SEED = 20261129L;

  @Test
  void everyBarBracketsTheBaseAndWhatTheProfileGivesIsHeldFixed() {
    Random random = new Random(SEED);
    for (int i = 0; i < 500; i++) {
      CostProfile profile = randomProfile(random);
      String context = "seed " + SEED + ", profile " + i + ": " + profile.given();
      Sensitivity s = CostCalculator.sensitivity(profile);
      CostEstimate estimate = CostCalculator.estimate(profile);
      Resolved resolved = Resolved.of(profile);
      assertThat(s.baseTotal()).as(context).isEqualTo(estimate.total());
      List<String> varied = new ArrayList<>();
      for (SensitivityBar bar : s.bars()) {
        CostParameter p = CostParameter.byJsonName(bar.parameter()).orElseThrow();
        varied.add(bar.parameter());
        assertThat(resolved.isFromUser(p)).as(context + " " + p).isFalse();
        assertThat(bar.base()).as(context + " " + p).isEqualByComparingTo(resolved.get(p));
        assertThat(bar.low()).as(context + " " + p).isLessThanOrEqualTo(bar.base());
        assertThat(bar.base()).as(context + " " + p).isLessThanOrEqualTo(bar.high());
        assertThat(bar.totalAtLow()).as(context + " " + p).isLessThanOrEqualTo(s.baseTotal());
        assertThat(s.baseTotal()).as(context + " " + p).isLessThanOrEqualTo(bar.totalAtHigh());
        assertThat(bar.swing()).isEqualTo(bar.totalAtHigh().minus(bar.totalAtLow()));
      }
      for (ParameterRange range : resolved.preset.ranges()) {
        String name = range.parameter().jsonName();
        if (resolved.isFromUser(range.parameter())) {
          assertThat(s.heldFixed()).as(context).contains(name);
          assertThat(varied).as(context).doesNotContain(name);
        } else {
          assertThat(varied).as(context).contains(name);
        }
      }
    }
  }

  @Test
  void aTrustsOwnPayIsHeldFixedNotVariedAroundThePresets() {
    CostProfile profile =
        CostProfile.builder()
            .headcount(5200)
            .prevalence(new BigDecimal("0.21"))
            .dailyPay(Gbp.parse("200.00"))
            .build();
    Sensitivity s = CostCalculator.sensitivity(profile);
    assertThat(s.heldFixed()).containsExactly("dailyPay");
    assertThat(s.bars()).extracting(SensitivityBar::parameter).doesNotContain("dailyPay");
    for (SensitivityBar bar : s.bars()) {
      assertThat(bar.totalAtHigh()).isGreaterThanOrEqualTo(s.baseTotal());
    }
    // Derived from what the trust gave: held fixed too.
    CostProfile annual =
        CostProfile.builder().headcount(5200).annualPay(Gbp.parse("34000.00")).build();
    assertThat(CostCalculator.sensitivity(annual).heldFixed()).containsExactly("dailyPay");
  }

  /** A profile giving each parameter with probability one half, at a random valid value. */
  private static CostProfile randomProfile(Random r) {
    ImmutableCostProfile.Builder b = CostProfile.builder();
    if (r.nextBoolean()) {
      b.headcount(1 + r.nextInt(2_000_000));
    }
    if (r.nextBoolean()) {
      b.prevalence(decimal(r, 0, 1, 4));
    }
    switch (r.nextInt(3)) {
      case 0 -> b.dailyPay(Gbp.of(decimal(r, 0, 1000, 2)));
      case 1 -> b.annualPay(Gbp.of(decimal(r, 0, 200_000, 2)));
      default -> {}
    }
    if (r.nextBoolean()) {
      b.priceUplift(decimal(r, 0.5, 2, 3));
    }
    if (r.nextInt(3) == 0) {
      b.excessSicknessDays(decimal(r, 0, 40, 2));
    } else if (r.nextInt(3) == 0) {
      b.baselineSicknessDays(decimal(r, 0, 20, 2)).excessAbsenceRatio(decimal(r, 0, 2, 2));
    }
    Map<CostParameter, Runnable> rest =
        Map.of(
            CostParameter.COVER_UPLIFT, () -> b.coverUplift(decimal(r, 0, 2, 3)),
            CostParameter.BULLYING_LEAVER_RATE, () -> b.bullyingLeaverRate(decimal(r, 0, 0.5, 4)),
            CostParameter.REPLACEMENT_COST,
                () -> b.replacementCost(Gbp.of(decimal(r, 0, 50_000, 2))),
            CostParameter.RAMP_UP_COST, () -> b.rampUpCost(Gbp.of(decimal(r, 0, 60_000, 2))),
            CostParameter.PRESENTEEISM_DAYS, () -> b.presenteeismDays(decimal(r, 0, 40, 2)),
            CostParameter.EMPLOYMENT_RELATIONS_COST,
                () -> b.employmentRelationsCostPerBulliedEmployee(Gbp.of(decimal(r, 0, 1000, 2))));
    for (CostParameter p : CostParameter.values()) {
      Runnable give = rest.get(p);
      if (give != null && r.nextBoolean()) {
        give.run();
      }
    }
    return b.build();
  }

  private static BigDecimal decimal(Random r, double min, double max, int scale) {
    return BigDecimal.valueOf(min + (max - min) * r.nextDouble())
        .setScale(scale, RoundingMode.HALF_UP);
  }
}
