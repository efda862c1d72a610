package io.github.justculture.cost;

import io.github.justculture.core.Gbp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The summarising half of the simulation: means, percentiles and the histogram of the draws. Each
 * result depends only on the values, never on their order or on the thread that computes it.
 */
final class Summaries {

  static final int BINS = 30;

  private Summaries() {}

  /** The percentiles every summary reports, in order: P5, P50, P95. */
  static final double[] PERCENTILES = {0.05, 0.50, 0.95};

  /** The bin of a value: equal widths from the least value; the greatest falls in the last. */
  static int bin(double v, double min, double width) {
    int bin = width == 0 ? 0 : (int) ((v - min) / width);
    return Math.min(BINS - 1, bin);
  }

  /** The bins of counted values; a single bin when every value is the same. */
  static List<HistogramBin> bins(int[] counts, double min, double max, double width) {
    List<HistogramBin> bins = new ArrayList<>(BINS);
    for (int i = 0; i < BINS; i++) {
      double from = min + i * width;
      double to = i == BINS - 1 ? max : min + (i + 1) * width;
      bins.add(ImmutableHistogramBin.of(money(from), money(to), counts[i]));
      if (width == 0) {
        break;
      }
    }
    return bins;
  }

  /** A summary in money. */
  static Summary summary(double mean, double p5, double p50, double p95) {
    return ImmutableSummary.builder()
        .mean(money(mean))
        .p5(money(p5))
        .p50(money(p50))
        .p95(money(p95))
        .build();
  }

  /**
   * Nearest rank, as a zero-based index: the smallest value with at least q of the draws at or
   * below it.
   */
  static int rank(int n, double q) {
    return Math.max(0, Math.min(n, (int) Math.ceil(q * n)) - 1);
  }

  /**
   * The k-th smallest value of a[lo..hi] (Hoare's selection, median-of-three pivots, iterative).
   * The value found is the same whatever the order of the array, so the result stays deterministic.
   */
  static double select(double[] a, int lo, int hi, int k) {
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      double x = a[lo];
      double y = a[mid];
      double z = a[hi];
      double pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  static Gbp money(double value) {
    return Gbp.of(BigDecimal.valueOf(value));
  }
}
