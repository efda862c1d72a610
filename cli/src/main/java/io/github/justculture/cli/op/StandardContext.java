package io.github.justculture.cli.op;

import io.github.justculture.core.Finding;
import io.github.justculture.core.internal.JsonPaths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The context of the command line and the service: a clock, an executor, a progress factory, how
 * the front end spells an option (for the memory check's message), and the most simulation draws
 * one piece of work may make. The service makes one per request.
 */
public final class StandardContext implements Context {

  /** Of the heap free when work starts, the share one piece of work may take. */
  static final double SHARE_OF_FREE_HEAP = 0.8;

  /** Makes progress sinks. */
  @FunctionalInterface
  public interface ProgressFactory {
    /**
     * A sink for one piece of work.
     *
     * @param what what is being done
     * @param total how much there is
     * @return the sink
     */
    LongConsumer create(String what, long total);
  }

  private final Clock clock;
  private final Executor executor;
  private final ProgressFactory progress;
  private final Function<String, String> spelling;
  private final long maxDraws;
  private final String maxDrawsSetBy;
  private final AtomicLong draws = new AtomicLong();
  private final Heap heap;

  /**
   * A context with no limit on draws: the command line's.
   *
   * @param clock the clock for today's date
   * @param executor where parallel work runs
   * @param progress makes progress sinks
   * @param spelling an options field's JSON name → the front end's name for it
   */
  public StandardContext(
      Clock clock, Executor executor, ProgressFactory progress, Function<String, String> spelling) {
    this(clock, executor, progress, spelling, Long.MAX_VALUE, "");
  }

  /**
   * A context whose work may make at most {@code maxDraws} simulation draws in all.
   *
   * @param clock the clock for today's date
   * @param executor where parallel work runs
   * @param progress makes progress sinks
   * @param spelling an options field's JSON name → the front end's name for it
   * @param maxDraws the most draws, at least 1
   * @param maxDrawsSetBy who sets the limit, for the message: {@code this service (serve
   *     --max-draws)}
   */
  public StandardContext(
      Clock clock,
      Executor executor,
      ProgressFactory progress,
      Function<String, String> spelling,
      long maxDraws,
      String maxDrawsSetBy) {
    this(clock, executor, progress, spelling, maxDraws, maxDrawsSetBy, Heap.RUNTIME);
  }

  /** A context measuring a given heap instead of the process's (a seam for tests). */
  StandardContext(
      Clock clock,
      Executor executor,
      ProgressFactory progress,
      Function<String, String> spelling,
      long maxDraws,
      String maxDrawsSetBy,
      Heap heap) {
    if (maxDraws < 1) {
      throw new IllegalArgumentException("maxDraws must be at least 1, was " + maxDraws);
    }
    this.clock = clock;
    this.executor = executor;
    this.progress = progress;
    this.spelling = spelling;
    this.heap = heap;
    this.maxDraws = maxDraws;
    this.maxDrawsSetBy = maxDrawsSetBy;
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public Executor executor() {
    return executor;
  }

  @Override
  public LongConsumer progress(String what, long total) {
    return progress.create(what, total);
  }

  @Override
  public String optionName(String option) {
    return spelling.apply(option);
  }

  /** The bytes work may take now: a share of the free heap, measured again after a collection. */
  private long allowed(long bytes) {
    long allowed = (long) (heap.free() * SHARE_OF_FREE_HEAP);
    if (bytes > allowed && heap.collect()) {
      // Garbage counts as used until it is collected: measured again once it is.
      allowed = (long) (heap.free() * SHARE_OF_FREE_HEAP);
    }
    return allowed;
  }

  @Override
  public boolean canGrow(long bytes) {
    return bytes <= allowed(bytes);
  }

  @Override
  public void reserveMemory(long bytes, String option, Object value) {
    long allowed = allowed(bytes);
    if (bytes > allowed) {
      Finding finding =
          Finding.of(
              JsonPaths.field(JsonPaths.ROOT, option),
              "needs about "
                  + mebibytes(bytes)
                  + " MiB of memory; this process can give about "
                  + mebibytes(allowed)
                  + " MiB: ask for less, or give Java a larger heap (-Xmx)",
              value);
      throw InvalidRequestException.of(
          Problem.ofOption(spelling.apply(option), JsonPaths.ROOT, finding));
    }
  }

  @Override
  public void reserveDraws(long count, String option, Object value) {
    long before = draws.getAndAdd(count);
    if (count > maxDraws - before) {
      draws.addAndGet(-count);
      String rule =
          before == 0
              ? "is more than the " + maxDraws + " draws " + maxDrawsSetBy + " allows a request"
              : "after "
                  + counted(before / count, "simulation")
                  + " of "
                  + count
                  + " draws, another would pass the "
                  + maxDraws
                  + " draws "
                  + maxDrawsSetBy
                  + " allows a request: send at most "
                  + counted(maxDraws / count, "simulation")
                  + " a request, or ask for fewer draws";
      // The second message names the draws itself; the first ends ", was N".
      String path = JsonPaths.field(JsonPaths.ROOT, option);
      Finding finding = before == 0 ? Finding.of(path, rule, value) : Finding.of(path, rule);
      throw InvalidRequestException.of(
          Problem.ofOption(spelling.apply(option), JsonPaths.ROOT, finding));
    }
  }

  private static String counted(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  private static long mebibytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
