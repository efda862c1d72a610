package io.github.justculture.cli.op;

import io.github.justculture.core.Finding;
import io.github.justculture.core.internal.JsonPaths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The context of the command line and the service: a clock, an executor, a progress factory, and
 * how the front end spells an option (for the memory check's message).
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

  /**
   * A context.
   *
   * @param clock the clock for today's date
   * @param executor where parallel work runs
   * @param progress makes progress sinks
   * @param spelling an options field's JSON name → the front end's name for it
   */
  public StandardContext(
      Clock clock, Executor executor, ProgressFactory progress, Function<String, String> spelling) {
    this.clock = clock;
    this.executor = executor;
    this.progress = progress;
    this.spelling = spelling;
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

  @Override
  public void reserveMemory(long bytes, String option, Object value) {
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    long allowed = (long) (free * SHARE_OF_FREE_HEAP);
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

  private static long mebibytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
