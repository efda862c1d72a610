package io.github.justculture.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * The summaries of a simulation, computed in passes over its draws: over the kept arrays, or, for a
 * simulation too large to keep, over draws made again for each pass (each chunk's generator is
 * seeded from the seed and the chunk, so every pass sees the same values). Either way the figures
 * are the same:
 *
 * <ul>
 *   <li>the mean: the same Kahan sum, folded in index order during the first pass;
 *   <li>each nearest-rank percentile: an exact radix selection over the bits of the values, 16 bits
 *       a pass (a double's bits order like its value when it is not negative), then, once the
 *       bucket holding the rank has at most {@value #COLLECT} values, those values are kept and the
 *       rank selected among them;
 *   <li>the total's histogram: counted in the second pass, once the first has found the least and
 *       greatest total.
 * </ul>
 *
 * <p>Memory: {@code 65,536} counters for each percentile still open, plus at most {@value #COLLECT}
 * values for each, whatever the number of draws. Time: two or three passes when the values are
 * spread (two for 327,680 draws of the benchmark's case, three for 1,000,000), at most five when
 * many are equal (a constant component), each pass as long as the drawing.
 */
final class StreamedSummaries {

  /** Draws chunks again, in index order, handing each to a visitor. */
  interface Chunks {
    /**
     * One pass over every draw.
     *
     * @param visitor told each chunk's values, in chunk order: {@code values[component][i]} for
     *     {@code i < n}
     */
    void pass(ChunkVisitor visitor);
  }

  /** What a pass does with a chunk. */
  @FunctionalInterface
  interface ChunkVisitor {
    void visit(double[][] values, int n);
  }

  static final int COLLECT = 1 << 16;
  private static final int RADIX_BITS = 16;
  private static final int BUCKETS = 1 << RADIX_BITS;
  private static final int[] NO_COUNTS = new int[0];

  /** One percentile being selected: the bits fixed so far and the rank within them. */
  private static final class Target {
    final int component;
    long prefix; // the value's key, its top `fixed` bits known
    int fixed; // how many top bits of the key are known
    long rank; // zero-based rank among the values that share the known bits
    int[] counts = NO_COUNTS; // this target's own counts, once it needs a second radix pass
    double[] kept = new double[0]; // the values sharing the known bits, once few enough
    int keptCount;
    boolean collecting;
    boolean done;
    double value;

    Target(int component, long rank) {
      this.component = component;
      this.rank = rank;
    }

    boolean matches(long key) {
      return fixed == 0 || (key >>> (64 - fixed)) == (prefix >>> (64 - fixed));
    }
  }

  private StreamedSummaries() {}

  /**
   * The summaries of {@code components} series of {@code draws} values each.
   *
   * @param chunks the draws, made again for each pass
   * @param components how many series (the last is the total)
   * @param draws how many values each series has
   * @return the summary of each series, and the last series' histogram
   */
  static Result summarise(Chunks chunks, int components, int draws) {
    return summarise(chunks, components, draws, Runnable::run);
  }

  /**
   * The same, with each series' share of a pass run on the executor: the series are independent, so
   * the figures do not depend on which thread counts which.
   *
   * @param chunks the draws, made again for each pass
   * @param components how many series (the last is the total)
   * @param draws how many values each series has
   * @param executor runs each series' work in a pass
   * @return the summary of each series, and the last series' histogram
   */
  static Result summarise(Chunks chunks, int components, int draws, Executor executor) {
    double[] sum = new double[components];
    double[] compensation = new double[components];
    double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}; // the total's
    List<Target> targets = new ArrayList<>();
    for (int k = 0; k < components; k++) {
      for (double q : Summaries.PERCENTILES) {
        targets.add(new Target(k, Summaries.rank(draws, q)));
      }
    }
    int[][] first = new int[components][BUCKETS];
    // Pass 1: the mean (Kahan, index order, as Summaries does), the total's range, and the first
    // 16 bits of every value (one count per series: no target knows any bits yet).
    int last = components - 1;
    chunks.pass(
        (values, n) ->
            eachSeries(
                components,
                executor,
                k -> {
                  double[] v = values[k];
                  int[] counts = first[k];
                  double s = sum[k];
                  double c = compensation[k];
                  for (int i = 0; i < n; i++) {
                    double y = v[i] - c;
                    double t = s + y;
                    c = (t - s) - y;
                    s = t;
                    counts[(int) (key(v[i]) >>> (64 - RADIX_BITS))]++;
                  }
                  sum[k] = s;
                  compensation[k] = c;
                  if (k == last) {
                    double lo = range[0];
                    double hi = range[1];
                    for (int i = 0; i < n; i++) {
                      lo = Math.min(lo, v[i]);
                      hi = Math.max(hi, v[i]);
                    }
                    range[0] = lo;
                    range[1] = hi;
                  }
                }));
    for (Target t : targets) {
      t.counts = first[t.component];
    }
    advance(targets);
    // Pass 2 on: the total's histogram (now that its range is known) and the next bits.
    double width = (range[1] - range[0]) / Summaries.BINS;
    int[] bins = new int[Summaries.BINS];
    boolean histogramToCount = true;
    while (targets.stream().anyMatch(t -> !t.done) || histogramToCount) {
      boolean histogram = histogramToCount;
      chunks.pass(
          (values, n) -> {
            if (histogram) {
              double[] v = values[last];
              for (int i = 0; i < n; i++) {
                bins[Summaries.bin(v[i], range[0], width)]++;
              }
            }
            count(targets, values, n, executor);
          });
      histogramToCount = false;
      advance(targets);
    }
    Summary[] summaries = new Summary[components];
    for (int k = 0; k < components; k++) {
      summaries[k] =
          Summaries.summary(
              sum[k] / draws,
              targets.get(3 * k).value,
              targets.get(3 * k + 1).value,
              targets.get(3 * k + 2).value);
    }
    return new Result(summaries, Summaries.bins(bins, range[0], range[1], width));
  }

  /** The summaries, and the histogram of the last series. */
  @SuppressWarnings("ArrayRecordComponent") // a hand-off to MonteCarlo, never compared or hashed
  record Result(Summary[] summaries, List<HistogramBin> histogram) {}

  /**
   * Counts (or keeps) each open target's values that share its known bits, after the first pass. A
   * value's key is worked out once for all the targets of its series.
   */
  private static void count(List<Target> targets, double[][] values, int n, Executor executor) {
    eachSeries(values.length, executor, k -> countSeries(openTargets(targets, k), values[k], n));
  }

  private static void countSeries(Target[] open, double[] v, int n) {
    if (open.length > 0) {
      for (int i = 0; i < n; i++) {
        long key = key(v[i]);
        for (Target t : open) {
          if (t.matches(key)) {
            if (t.collecting) {
              t.kept[t.keptCount++] = v[i];
            } else {
              t.counts[(int) ((key << t.fixed) >>> (64 - RADIX_BITS))]++;
            }
          }
        }
      }
    }
  }

  /** Runs the work of each series on the executor, and waits for all. */
  private static void eachSeries(int components, Executor executor, IntConsumer work) {
    CompletableFuture<?>[] futures = new CompletableFuture<?>[components];
    for (int k = 0; k < components; k++) {
      int series = k;
      futures[k] = CompletableFuture.runAsync(() -> work.accept(series), executor);
    }
    MonteCarlo.join(futures);
  }

  private static Target[] openTargets(List<Target> targets, int component) {
    return targets.stream().filter(t -> t.component == component && !t.done).toArray(Target[]::new);
  }

  /** After a pass: each target fixes 16 more bits, or selects among the values it kept. */
  private static void advance(List<Target> targets) {
    for (Target t : targets) {
      if (t.done) {
        continue;
      }
      if (t.collecting) {
        t.value = Summaries.select(t.kept, 0, t.keptCount - 1, (int) t.rank);
        t.done = true;
        t.kept = new double[0];
        continue;
      }
      long below = 0;
      int bucket = 0;
      while (below + t.counts[bucket] <= t.rank) {
        below += t.counts[bucket];
        bucket++;
      }
      int inBucket = t.counts[bucket];
      t.rank -= below;
      t.prefix |= ((long) bucket) << (64 - RADIX_BITS - t.fixed);
      t.fixed += RADIX_BITS;
      t.counts = NO_COUNTS;
      if (t.fixed == 64) {
        t.value = value(t.prefix);
        t.done = true;
      } else if (inBucket <= COLLECT) {
        t.collecting = true;
        t.kept = new double[inBucket];
      } else {
        t.counts = new int[BUCKETS];
      }
    }
  }

  /**
   * A key that orders as the value does (for values that are not NaN), as an unsigned number: the
   * bits of a positive double, and the bits flipped for a negative one.
   */
  static long key(double value) {
    long bits = Double.doubleToRawLongBits(value);
    return bits < 0 ? ~bits : bits | Long.MIN_VALUE;
  }

  /** The value of a key. */
  static double value(long key) {
    return Double.longBitsToDouble(key < 0 ? key & Long.MAX_VALUE : ~key);
  }
}
