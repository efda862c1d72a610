package io.github.justculture.cost;

import io.github.justculture.core.FindingCollector;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.JsonPaths;
import io.github.justculture.core.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The simulation engine. Draws are cut into chunks of {@value #CHUNK}; chunk {@code c} draws from
 * its own generator seeded from (seed, c), and writes its results at its own offset, so the output
 * depends only on the seed and the number of draws, never on how chunks are spread over threads;
 * {@link StrictMath} keeps it the same on every machine. Doubles are used inside the loop only;
 * results are converted to {@link Gbp} once.
 */
final class MonteCarlo {

  static final int CHUNK = 16_384;
  static final int MAX_DRAWS = 5_000_000;
  static final int BINS = 30;

  private static final String[] COMPONENTS = {
    "sicknessAbsence",
    "absenceCover",
    "staffTurnover",
    "reducedProductivity",
    "presenteeism",
    "employmentRelations"
  };

  /**
   * Draws every parameter of one draw. A switch over each parameter's kind, not an array of
   * lambdas, so the hot loop stays monomorphic and inlinable.
   */
  static final class Sampler {
    private static final int FIXED = 0;
    private static final int UNIFORM = 1;
    private static final int TRIANGULAR = 2;
    private static final int BETA = 3;

    private final int[] kind;
    private final double[] a;
    private final double[] b;
    private final double[] c;

    Sampler(int size) {
      kind = new int[size];
      a = new double[size];
      b = new double[size];
      c = new double[size];
    }

    int size() {
      return kind.length;
    }

    void fixed(int j, double value) {
      kind[j] = FIXED;
      a[j] = value;
    }

    void set(int j, Distribution d) {
      switch (d.type()) {
        case FIXED -> fixed(j, d.value().orElseThrow().doubleValue());
        case UNIFORM -> {
          kind[j] = UNIFORM;
          a[j] = d.min().orElseThrow().doubleValue();
          b[j] = d.max().orElseThrow().doubleValue() - a[j];
        }
        case TRIANGULAR -> {
          kind[j] = TRIANGULAR;
          a[j] = d.min().orElseThrow().doubleValue();
          b[j] = d.mode().orElseThrow().doubleValue();
          c[j] = d.max().orElseThrow().doubleValue();
        }
        case BETA -> {
          kind[j] = BETA;
          a[j] = d.successes().orElseThrow() + 1.0;
          b[j] = d.trials().orElseThrow() - d.successes().orElseThrow() + 1.0;
        }
      }
    }

    void drawAll(SplittableRandom r, double[] out) {
      for (int j = 0; j < kind.length; j++) {
        out[j] =
            switch (kind[j]) {
              case UNIFORM -> a[j] + b[j] * r.nextDouble();
              case TRIANGULAR -> triangular(a[j], b[j], c[j], r.nextDouble());
              case BETA -> {
                double x = gamma(a[j], r);
                double y = gamma(b[j], r);
                yield x / (x + y);
              }
              default -> a[j];
            };
      }
    }

    private static double triangular(double min, double mode, double max, double u) {
      double cut = max == min ? 0.5 : (mode - min) / (max - min);
      return u < cut
          ? min + StrictMath.sqrt(u * (max - min) * (mode - min))
          : max - StrictMath.sqrt((1 - u) * (max - min) * (max - mode));
    }
  }

  private MonteCarlo() {}

  static SimulationResult run(
      SimulationRequest request, int draws, long seed, Executor executor, LongConsumer progress) {
    Resolved resolved;
    try {
      resolved = Resolved.of(request.profile());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("simulation", e.under("$.profile").findings());
    }
    FindingCollector problems = FindingCollector.create();
    problems.require(
        draws >= 1 && draws <= MAX_DRAWS, "$.draws", "must be between 1 and " + MAX_DRAWS, draws);
    Map<String, Distribution> used = new LinkedHashMap<>();
    List<CostParameter> effective = Resolved.EFFECTIVE;
    Sampler samplers = new Sampler(effective.size());
    List<String> assumed = new ArrayList<>();
    for (Map.Entry<String, Distribution> e : request.distributions().entrySet()) {
      String path = JsonPaths.field("$.distributions", e.getKey());
      CostParameter p = CostParameter.byJsonName(e.getKey()).orElse(null);
      if (p == null || !effective.contains(p)) {
        problems.add(
            path,
            "not a simulated parameter (simulated: "
                + String.join(", ", effective.stream().map(CostParameter::jsonName).toList())
                + ")",
            e.getKey());
        continue;
      }
      checkSupport(problems, path, p, e.getValue());
    }
    problems.throwIfAny("simulation");
    for (int j = 0; j < effective.size(); j++) {
      CostParameter p = effective.get(j);
      Distribution d = request.distributions().get(p.jsonName());
      if (d == null
          && request.presetRanges()
          && !resolved.isFromUser(p)
          && resolved.preset.range(p).isPresent()) {
        ParameterRange range = resolved.preset.range(p).get();
        BigDecimal base = resolved.get(p);
        d = Distribution.triangular(range.low(), base, range.high());
        if (range.provenance() == Provenance.ASSUMED) {
          assumed.add(p.jsonName());
        }
      }
      if (d == null) {
        samplers.fixed(j, resolved.get(p).doubleValue());
      } else {
        used.put(p.jsonName(), d);
        samplers.set(j, d);
      }
    }

    double[][] results = new double[COMPONENTS.length + 1][draws];
    int chunks = (draws + CHUNK - 1) / CHUNK;
    AtomicLong done = new AtomicLong();
    CompletableFuture<?>[] futures = new CompletableFuture<?>[chunks];
    for (int c = 0; c < chunks; c++) {
      int chunk = c;
      futures[c] =
          CompletableFuture.runAsync(
              () -> {
                int from = chunk * CHUNK;
                int to = Math.min(draws, from + CHUNK);
                drawChunk(samplers, new SplittableRandom(mix(seed, chunk)), results, from, to);
                progress.accept(done.addAndGet(to - from));
              },
              executor);
    }
    join(futures);

    // Each array is summarised on the executor too: mean in index order, percentiles by selection
    // (in place;
    // the arrays are ours and discarded). Neither depends on which thread runs it.
    // The total's histogram first: the summaries below reorder the arrays (counts would not change,
    // but the
    // two must not run at once).
    List<HistogramBin> histogram = histogram(results[COMPONENTS.length]);
    Summary[] summaries = new Summary[COMPONENTS.length + 1];
    CompletableFuture<?>[] summarising = new CompletableFuture<?>[summaries.length];
    for (int i = 0; i < summaries.length; i++) {
      int component = i;
      summarising[i] =
          CompletableFuture.runAsync(
              () -> summaries[component] = summarise(results[component]), executor);
    }
    join(summarising);
    Map<String, Summary> components = new LinkedHashMap<>();
    for (int i = 0; i < COMPONENTS.length; i++) {
      components.put(COMPONENTS[i], summaries[i]);
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "Percentiles are nearest-rank over "
            + draws
            + " draws; the same seed and number of draws give the same result on any number of threads.");
    if (!assumed.isEmpty()) {
      notes.add(
          "Ranges ASSUMED by us (no published range) were used for: "
              + String.join(", ", assumed)
              + ".");
    }
    return ImmutableSimulationResult.builder()
        .preset(resolved.preset.id())
        .draws(draws)
        .seed(seed)
        .components(components)
        .total(summaries[COMPONENTS.length])
        .totalHistogram(histogram)
        .distributions(used)
        .notes(notes)
        .build();
  }

  private static List<HistogramBin> histogram(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    int[] counts = new int[BINS];
    double width = (max - min) / BINS;
    for (double v : values) {
      int bin = width == 0 ? 0 : (int) ((v - min) / width);
      counts[Math.min(BINS - 1, bin)]++;
    }
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

  private static void join(CompletableFuture<?>[] futures) {
    try {
      CompletableFuture.allOf(futures).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static void checkSupport(
      FindingCollector problems, String path, CostParameter p, Distribution d) {
    switch (d.type()) {
      case FIXED -> requireAccepted(problems, path + ".value", p, d.value().orElseThrow());
      case UNIFORM, TRIANGULAR -> {
        requireAccepted(problems, path + ".min", p, d.min().orElseThrow());
        requireAccepted(problems, path + ".max", p, d.max().orElseThrow());
      }
      case BETA ->
          problems.require(
              p.kind() == CostParameter.Kind.FRACTION,
              path + ".type",
              "BETA applies only to fractions (prevalence, bullyingLeaverRate)",
              d.type());
    }
  }

  private static void requireAccepted(
      FindingCollector problems, String path, CostParameter p, BigDecimal value) {
    problems.require(p.accepts(value), path, p.rule() + " for " + p.jsonName(), value);
  }

  private static void drawChunk(
      Sampler samplers, SplittableRandom random, double[][] results, int from, int to) {
    double[] v = new double[samplers.size()];
    for (int i = from; i < to; i++) {
      samplers.drawAll(random, v);
      // Order of Resolved.EFFECTIVE: H, p, w, k, dD, cover, leave, repl, ramp, pres, er.
      double b = v[0] * v[1];
      double w = v[2];
      double k = v[3];
      double sickness = b * v[4] * w * k;
      double cover = sickness * v[5];
      double leavers = b * v[6];
      double turnover = leavers * v[7] * k;
      double productivity = leavers * v[8] * k;
      double presenteeism = b * v[9] * w * k;
      double relations = b * v[10] * k;
      results[0][i] = sickness;
      results[1][i] = cover;
      results[2][i] = turnover;
      results[3][i] = productivity;
      results[4][i] = presenteeism;
      results[5][i] = relations;
      results[6][i] = sickness + cover + turnover + productivity + presenteeism + relations;
    }
  }

  private static Summary summarise(double[] values) {
    double sum = 0;
    double compensation = 0;
    for (double x : values) { // Kahan summation, in index order: deterministic and accurate.
      double y = x - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }
    // Selections in increasing rank: each leaves the array partitioned around its rank, so the next
    // one only
    // searches above it.
    int r5 = rank(values.length, 0.05);
    int r50 = rank(values.length, 0.50);
    int r95 = rank(values.length, 0.95);
    double p5 = select(values, 0, values.length - 1, r5);
    double p50 = select(values, r5, values.length - 1, r50);
    double p95 = select(values, r50, values.length - 1, r95);
    return ImmutableSummary.builder()
        .mean(money(sum / values.length))
        .p5(money(p5))
        .p50(money(p50))
        .p95(money(p95))
        .build();
  }

  /**
   * Nearest rank, as a zero-based index: the smallest value with at least q of the draws at or
   * below it.
   */
  private static int rank(int n, double q) {
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

  private static Gbp money(double value) {
    return Gbp.of(BigDecimal.valueOf(value));
  }

  /** A well-mixed seed for chunk {@code c} (SplitMix64 finaliser). */
  static long mix(long seed, long chunk) {
    long z = seed + (chunk + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Marsaglia and Tsang (2000), for shape >= 1. {@link StrictMath} and our own normal draws (not
   * {@code nextGaussian}, whose algorithm and intrinsics may change between JDKs and CPUs) keep
   * results identical on every machine.
   */
  static double gamma(double shape, SplittableRandom r) {
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / StrictMath.sqrt(9.0 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(r);
        v = 1.0 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = r.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x
          || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
        return d * v;
      }
    }
  }

  /** A standard normal draw: Marsaglia's polar method (one of the pair is used). */
  static double normal(SplittableRandom r) {
    while (true) {
      double u = 2 * r.nextDouble() - 1;
      double v = 2 * r.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
      }
    }
  }
}
