package io.github.justculture.cost;

import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.Provenance;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
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
 * The simulation's orchestration: it checks the request, sets up the {@link Sampler}, draws in
 * chunks of {@value #CHUNK} on the caller's executor and hands the draws to {@link Summaries}.
 * Chunk {@code c} draws from its own generator seeded from (seed, c) and writes at its own offset,
 * so the output depends only on the seed and the number of draws, never on how chunks are spread
 * over threads. Doubles are used inside the loop only; results are converted to {@link Gbp} once.
 */
final class MonteCarlo {

  static final int CHUNK = 16_384;
  static final int MAX_DRAWS = 5_000_000;

  /**
   * Up to this many draws (2^18 = 262,144) are kept in memory, 56 bytes each (7 doubles): at most
   * 14 MiB. Larger simulations are summarised in passes ({@link StreamedSummaries}) in about 10 MB
   * whatever their size, drawing each value two or three times instead of once.
   */
  static final int IN_MEMORY_DRAWS = 1 << 18;

  /** How many chunks a streaming pass draws at once before handing them over in order. */
  static final int WAVE = 8;

  private static final List<String> COMPONENTS = BullyingCosts.COMPONENTS;

  private MonteCarlo() {}

  static SimulationResult run(
      SimulationRequest request, int draws, long seed, Executor executor, LongConsumer progress) {
    return run(request, draws, seed, executor, progress, IN_MEMORY_DRAWS);
  }

  /**
   * A simulation that keeps its draws in memory up to {@code inMemoryDraws}, and streams them in
   * passes beyond: the results are the same either way (tests compare the two).
   */
  static SimulationResult run(
      SimulationRequest request,
      int draws,
      long seed,
      Executor executor,
      LongConsumer progress,
      int inMemoryDraws) {
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

    Summary[] summaries;
    List<HistogramBin> histogram;
    if (draws <= inMemoryDraws) {
      double[][] results = new double[COMPONENTS.size() + 1][draws];
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
      // Summarised by the same passes as a streamed run, over the kept draws: the same figures.
      StreamedSummaries.Result kept =
          StreamedSummaries.summarise(
              visitor -> visitor.visit(results, draws), COMPONENTS.size() + 1, draws, executor);
      summaries = kept.summaries();
      histogram = kept.histogram();
    } else {
      StreamedSummaries.Result streamed =
          StreamedSummaries.summarise(
              new Passes(samplers, seed, draws, executor, progress), COMPONENTS.size() + 1, draws);
      summaries = streamed.summaries();
      histogram = streamed.histogram();
      progress.accept(draws);
    }
    Map<String, Summary> components = new LinkedHashMap<>();
    for (int i = 0; i < COMPONENTS.size(); i++) {
      components.put(COMPONENTS.get(i), summaries[i]);
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
        .total(summaries[COMPONENTS.size()])
        .totalHistogram(histogram)
        .distributions(used)
        .notes(notes)
        .build();
  }

  static void join(CompletableFuture<?>[] futures) {
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

  // Where each effective parameter sits in a draw: its index in Resolved.EFFECTIVE.
  private static final int HEADCOUNT = index(CostParameter.HEADCOUNT);
  private static final int PREVALENCE = index(CostParameter.PREVALENCE);
  private static final int DAILY_PAY = index(CostParameter.DAILY_PAY);
  private static final int PRICE_UPLIFT = index(CostParameter.PRICE_UPLIFT);
  private static final int EXCESS_SICKNESS_DAYS = index(CostParameter.EXCESS_SICKNESS_DAYS);
  private static final int COVER_UPLIFT = index(CostParameter.COVER_UPLIFT);
  private static final int BULLYING_LEAVER_RATE = index(CostParameter.BULLYING_LEAVER_RATE);
  private static final int REPLACEMENT_COST = index(CostParameter.REPLACEMENT_COST);
  private static final int RAMP_UP_COST = index(CostParameter.RAMP_UP_COST);
  private static final int PRESENTEEISM_DAYS = index(CostParameter.PRESENTEEISM_DAYS);
  private static final int EMPLOYMENT_RELATIONS_COST =
      index(CostParameter.EMPLOYMENT_RELATIONS_COST);

  private static int index(CostParameter p) {
    int i = Resolved.EFFECTIVE.indexOf(p);
    if (i < 0) {
      throw new IllegalStateException(p + " is not an effective parameter");
    }
    return i;
  }

  /**
   * The components of draws {@code from..to-1}: the formulas of {@link BullyingCosts}, in doubles.
   */
  private static void drawChunk(
      Sampler samplers, SplittableRandom random, double[][] results, int from, int to) {
    double[] v = new double[samplers.size()];
    for (int i = from; i < to; i++) {
      samplers.drawAll(random, v);
      double bullied = v[HEADCOUNT] * v[PREVALENCE];
      double pay = v[DAILY_PAY];
      double uplift = v[PRICE_UPLIFT];
      double sickness = bullied * v[EXCESS_SICKNESS_DAYS] * pay * uplift;
      double cover = sickness * v[COVER_UPLIFT];
      double leavers = bullied * v[BULLYING_LEAVER_RATE];
      double turnover = leavers * v[REPLACEMENT_COST] * uplift;
      double productivity = leavers * v[RAMP_UP_COST] * uplift;
      double presenteeism = bullied * v[PRESENTEEISM_DAYS] * pay * uplift;
      double relations = bullied * v[EMPLOYMENT_RELATIONS_COST] * uplift;
      results[0][i] = sickness;
      results[1][i] = cover;
      results[2][i] = turnover;
      results[3][i] = productivity;
      results[4][i] = presenteeism;
      results[5][i] = relations;
      results[6][i] = sickness + cover + turnover + productivity + presenteeism + relations;
    }
  }

  /**
   * The draws of a streamed simulation, made again for each pass: {@value #WAVE} chunks at a time
   * on the executor, then handed to the visitor in chunk order. Progress counts the draws made in
   * all passes as a third each (a run takes two to five passes), held below the total until the
   * end.
   */
  private static final class Passes implements StreamedSummaries.Chunks {
    private final Sampler samplers;
    private final long seed;
    private final int draws;
    private final Executor executor;
    private final LongConsumer progress;
    private final double[][][] buffers = new double[WAVE][COMPONENTS.size() + 1][CHUNK];
    private long made;

    Passes(Sampler samplers, long seed, int draws, Executor executor, LongConsumer progress) {
      this.samplers = samplers;
      this.seed = seed;
      this.draws = draws;
      this.executor = executor;
      this.progress = progress;
    }

    @Override
    public void pass(StreamedSummaries.ChunkVisitor visitor) {
      int chunks = (draws + CHUNK - 1) / CHUNK;
      for (int first = 0; first < chunks; first += WAVE) {
        int wave = Math.min(WAVE, chunks - first);
        CompletableFuture<?>[] futures = new CompletableFuture<?>[wave];
        for (int w = 0; w < wave; w++) {
          int chunk = first + w;
          double[][] buffer = buffers[w];
          futures[w] =
              CompletableFuture.runAsync(
                  () ->
                      drawChunk(
                          samplers, new SplittableRandom(mix(seed, chunk)), buffer, 0, size(chunk)),
                  executor);
        }
        join(futures);
        for (int w = 0; w < wave; w++) {
          int n = size(first + w);
          visitor.visit(buffers[w], n);
          made += n;
        }
        progress.accept(Math.min(draws - 1L, made / 3));
      }
    }

    private int size(int chunk) {
      return Math.min(CHUNK, draws - chunk * CHUNK);
    }
  }

  /** A well-mixed seed for chunk {@code c} (SplitMix64 finaliser). */
  static long mix(long seed, long chunk) {
    long z = seed + (chunk + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
