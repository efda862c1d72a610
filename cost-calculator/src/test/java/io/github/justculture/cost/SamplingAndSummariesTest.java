package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The two halves of the simulation on their own: each draw against its distribution's known moments
 * and bounds (fixed seeds, so each check is deterministic), and each summary against a brute-force
 * answer.
 */
class SamplingAndSummariesTest {

  private static double[] draws(int n, java.util.function.ToDoubleFunction<SplittableRandom> one) {
    SplittableRandom r = new SplittableRandom(2026);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = one.applyAsDouble(r);
    }
    return out;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).average().orElseThrow();
  }

  private static double variance(double[] x) {
    double m = mean(x);
    return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
  }

  @Test
  void normalDrawsHaveMeanZeroAndVarianceOne() {
    double[] x = draws(200_000, Sampler::normal);
    assertThat(mean(x)).isCloseTo(0, within(0.01));
    assertThat(variance(x)).isCloseTo(1, within(0.01));
    assertThat(Arrays.stream(x).filter(v -> v < 0).count()).isBetween(99_000L, 101_000L);
  }

  /**
   * The ziggurat's draws follow the normal distribution function: at points across the body and in
   * both tails (Φ from tables), and beyond the base layer's edge R = 3.4426, where the tail method
   * takes over. A million draws put each share within 5 standard errors.
   */
  @Test
  void normalDrawsFollowTheNormalDistributionFunction() {
    int n = 1_000_000;
    double[] x = draws(n, Sampler::normal);
    double[][] table = {
      {-3, 0.0013499},
      {-2, 0.0227501},
      {-1, 0.1586553},
      {-0.5, 0.3085375},
      {0, 0.5},
      {0.25, 0.5987063},
      {1, 0.8413447},
      {1.96, 0.9750021},
      {3, 0.9986501}
    };
    for (double[] point : table) {
      double share = Arrays.stream(x).filter(v -> v < point[0]).count() / (double) n;
      double se = Math.sqrt(point[1] * (1 - point[1]) / n);
      assertThat(share).as("share below %s", point[0]).isCloseTo(point[1], within(5 * se));
    }
    double beyond = Arrays.stream(x).filter(v -> Math.abs(v) > 3.442619855899).count() / (double) n;
    double expected = 2 * 2.8809e-4;
    assertThat(beyond).isCloseTo(expected, within(5 * Math.sqrt(expected / n)));
    assertThat(Arrays.stream(x).filter(v -> v > 3.442619855899).count())
        .isCloseTo(Arrays.stream(x).filter(v -> v < -3.442619855899).count(), within(100L));
  }

  @Test
  void gammaDrawsHaveMeanAndVarianceEqualToTheShape() {
    for (double shape : new double[] {1.0, 2.5, 1093.0}) {
      double[] x = draws(100_000, r -> Sampler.gamma(shape, r));
      assertThat(mean(x)).as("mean, shape %s", shape).isCloseTo(shape, within(shape * 0.01 + 0.02));
      assertThat(variance(x))
          .as("variance, shape %s", shape)
          .isCloseTo(shape, within(shape * 0.03 + 0.05));
      assertThat(Arrays.stream(x).min().orElseThrow()).isPositive();
    }
  }

  @Test
  void theTriangularInverseHitsItsCornersAndItsMode() {
    assertThat(Sampler.triangular(2, 5, 10, 0)).isEqualTo(2);
    assertThat(Sampler.triangular(2, 5, 10, 1)).isEqualTo(10);
    assertThat(Sampler.triangular(2, 5, 10, 3.0 / 8)).isCloseTo(5, within(1e-12));
    assertThat(Sampler.triangular(2, 5, 10, 0.5))
        .isCloseTo(10 - Math.sqrt(0.5 * 8 * 5), within(1e-12));
    assertThat(Sampler.triangular(4, 4, 4, 0.3)).isEqualTo(4);
    assertThat(Sampler.triangular(4, 4, 4, 0.7)).isEqualTo(4);
    double[] x = draws(100_000, r -> Sampler.triangular(2, 5, 10, r.nextDouble()));
    assertThat(mean(x)).isCloseTo((2 + 5 + 10) / 3.0, within(0.03));
  }

  /**
   * The branch-free inverse gives, bit for bit, what the formula with a branch gives: on both sides
   * of the mode, at the cut itself, at 0 and just below 1, and for a range of width zero.
   */
  @Test
  void theBranchFreeInverseIsTheFormulaBitForBit() {
    double[][] shapes = {
      {2, 5, 10}, {0.01, 0.2, 0.9}, {1, 1, 3}, {1, 3, 3}, {4, 4, 4}, {5200, 5300, 9000}
    };
    SplittableRandom r = new SplittableRandom(11);
    for (double[] t : shapes) {
      double min = t[0];
      double mode = t[1];
      double max = t[2];
      double cut = max == min ? 0.5 : (mode - min) / (max - min);
      double[] us = new double[10_003];
      for (int i = 0; i < 10_000; i++) {
        us[i] = r.nextDouble();
      }
      us[10_000] = 0;
      us[10_001] = cut;
      us[10_002] = Math.nextDown(1.0);
      for (double u : us) {
        double branching =
            u < cut
                ? min + StrictMath.sqrt(u * (max - min) * (mode - min))
                : max - StrictMath.sqrt((1 - u) * (max - min) * (max - mode));
        assertThat(Double.doubleToRawLongBits(Sampler.triangular(min, mode, max, u)))
            .as("min %s mode %s max %s u %s", min, mode, max, u)
            .isEqualTo(Double.doubleToRawLongBits(branching));
      }
    }
  }

  @Test
  void eachKindOfDistributionIsDrawnInItsPlace() {
    Sampler s = new Sampler(5);
    s.set(0, Distribution.fixed(new BigDecimal("7.5")));
    s.set(1, Distribution.uniform(new BigDecimal("10"), new BigDecimal("12")));
    s.set(2, Distribution.triangular(BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("6")));
    s.set(3, Distribution.beta(1092, 5200));
    s.fixed(4, -1.25);
    assertThat(s.size()).isEqualTo(5);
    SplittableRandom r = new SplittableRandom(7);
    double[][] columns = new double[5][50_000];
    double[] v = new double[5];
    for (int i = 0; i < 50_000; i++) {
      s.drawAll(r, v);
      for (int j = 0; j < 5; j++) {
        columns[j][i] = v[j];
      }
    }
    assertThat(columns[0]).containsOnly(7.5);
    assertThat(Arrays.stream(columns[1]).min().orElseThrow()).isGreaterThanOrEqualTo(10);
    assertThat(Arrays.stream(columns[1]).max().orElseThrow()).isLessThan(12);
    assertThat(mean(columns[1])).isCloseTo(11, within(0.02));
    assertThat(Arrays.stream(columns[2]).min().orElseThrow()).isGreaterThanOrEqualTo(1);
    assertThat(Arrays.stream(columns[2]).max().orElseThrow()).isLessThanOrEqualTo(6);
    assertThat(mean(columns[2])).isCloseTo(3, within(0.03));
    // Beta(successes + 1, failures + 1): mean 1093 / 5202.
    assertThat(mean(columns[3])).isCloseTo(1093.0 / 5202, within(0.0005));
    assertThat(columns[4]).containsOnly(-1.25);
  }

  @Test
  void selectionFindsTheKthSmallestOfAnyArray() {
    SplittableRandom r = new SplittableRandom(11);
    for (int n : new int[] {1, 2, 3, 10, 101, 1000}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = r.nextInt(n / 3 + 1); // many repeats
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int k = 0; k < n; k += Math.max(1, n / 17)) {
        double[] work = values.clone();
        assertThat(Summaries.select(work, 0, n - 1, k)).as("n %s, k %s", n, k).isEqualTo(sorted[k]);
      }
    }
  }

  private static StreamedSummaries.Result passes(double[] values) {
    return StreamedSummaries.summarise(
        visitor -> visitor.visit(new double[][] {values}, values.length), 1, values.length);
  }

  private static Summary summarise(double[] values) {
    return passes(values).summaries()[0];
  }

  @Test
  void summariesAreTheExactMeanAndNearestRankPercentiles() {
    double[] values = new double[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i; // 100 down to 1
    }
    Summary s = summarise(values);
    assertThat(s.mean().toString()).isEqualTo("50.50");
    assertThat(s.p5().toString()).isEqualTo("5.00");
    assertThat(s.p50().toString()).isEqualTo("50.00");
    assertThat(s.p95().toString()).isEqualTo("95.00");
    Summary one = summarise(new double[] {42.125});
    assertThat(List.of(one.mean(), one.p5(), one.p50(), one.p95()))
        .allSatisfy(g -> assertThat(g.toString()).isEqualTo("42.13"));
    Summary twenty =
        summarise(
            new double[] {3, 1, 2, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4});
    assertThat(twenty.p5().toString()).isEqualTo("1.00");
    assertThat(twenty.p50().toString()).isEqualTo("10.00");
    assertThat(twenty.p95().toString()).isEqualTo("19.00");
  }

  @Test
  void theHistogramHasThirtyEqualBinsOverTheRangeAndCountsEveryDraw() {
    double[] values = new double[301];
    for (int i = 0; i <= 300; i++) {
      values[i] = i;
    }
    List<HistogramBin> bins = passes(values).histogram();
    assertThat(bins).hasSize(Summaries.BINS);
    assertThat(bins.get(0).from().toString()).isEqualTo("0.00");
    assertThat(bins.get(0).to().toString()).isEqualTo("10.00");
    assertThat(bins.get(29).to().toString()).isEqualTo("300.00");
    assertThat(bins.stream().mapToInt(HistogramBin::count).sum()).isEqualTo(301);
    assertThat(bins.get(0).count()).isEqualTo(10);
    assertThat(bins.get(29).count()).isEqualTo(11); // the greatest draw falls in the last bin
    List<HistogramBin> constant = passes(new double[] {5, 5, 5}).histogram();
    assertThat(constant)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.count()).isEqualTo(3);
              assertThat(b.from()).isEqualTo(b.to());
            });
  }
}
