package io.github.justculture.cli.op;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How much of Java's heap is free for a piece of work. Free memory as the runtime reports it counts
 * garbage not yet collected as used, so a process whose heap holds a previous request's garbage
 * would refuse work it can do: when a piece of work does not fit, the heap is collected and
 * measured again. A collection is asked for at most once a second ({@link #COLLECT_EVERY_NANOS}) in
 * the whole process, so that a stream of refused requests cannot keep the service collecting.
 */
final class Heap {

  /** The least time between two collections this class asks for. */
  static final long COLLECT_EVERY_NANOS = 1_000_000_000L;

  /** The process's heap. */
  static final Heap RUNTIME =
      new Heap(
          () -> {
            Runtime runtime = Runtime.getRuntime();
            return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
          },
          System::gc,
          System::nanoTime);

  private final LongSupplier free;
  private final Runnable collect;
  private final LongSupplier nanos;
  private final AtomicLong lastCollection;

  /**
   * A heap measured and collected by the given functions (a seam for tests).
   *
   * @param free the bytes free now
   * @param collect collects garbage
   * @param nanos a monotonic clock, in nanoseconds
   */
  Heap(LongSupplier free, Runnable collect, LongSupplier nanos) {
    this.free = free;
    this.collect = collect;
    this.nanos = nanos;
    this.lastCollection = new AtomicLong(nanos.getAsLong() - COLLECT_EVERY_NANOS);
  }

  /**
   * The bytes free now.
   *
   * @return the bytes
   */
  long free() {
    return free.getAsLong();
  }

  /**
   * Collects garbage, unless a collection was asked for less than {@link #COLLECT_EVERY_NANOS} ago
   * (or is being asked for by another thread at this moment).
   *
   * @return whether it collected
   */
  boolean collect() {
    long at = nanos.getAsLong();
    long last = lastCollection.get();
    if (at - last < COLLECT_EVERY_NANOS || !lastCollection.compareAndSet(last, at)) {
      return false;
    }
    collect.run();
    return true;
  }
}
