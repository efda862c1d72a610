package io.github.justculture.bench;

import io.github.justculture.equality.Wres3;
import io.github.justculture.equality.Wres3Result;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * WRES indicator 3 over a million generated rows (500,000 people, each on two rows), run in
 * whatever heap the JVM is given (run.sh gives it 64 MB): prints the wall time of each of five runs
 * and the peak heap used.
 */
public final class WresHeapCheck {

  private WresHeapCheck() {}

  /**
   * Runs the check.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long best = Long.MAX_VALUE;
    long maxLiveAfterGc = 0;
    Wres3Result result = null;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      result = Wres3.compute(rows(1_000_000));
      long elapsed = System.nanoTime() - start;
      best = Math.min(best, elapsed);
      System.out.printf("run %d: %.3f s%n", run + 1, elapsed / 1e9);
    }
    // The largest live heap after a collection, read from the collectors' own reports: what the
    // computation
    // needed to keep, as opposed to garbage not yet collected.
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        maxLiveAfterGc += pool.getCollectionUsage().getUsed();
      }
    }
    System.out.printf(
        "best %.3f s; heap in use after the last collection %.1f MB; max heap %.0f MB; rows %d, persons %d,"
            + " RL %s%n",
        best / 1e9,
        maxLiveAfterGc / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        result.rows(),
        result.persons(),
        result.result().relativeLikelihood().orElseThrow());
  }

  static Reader rows(long count) {
    return new Reader() {
      private long row = -1;
      private String current = "";
      private int pos;

      @Override
      public int read(char[] buf, int off, int len) {
        int n = 0;
        while (n < len) {
          if (pos == current.length()) {
            row++;
            if (row > count) {
              return n == 0 ? -1 : n;
            }
            long person = row % 500_000;
            boolean bme = person % 5 == 0;
            boolean entered = bme ? person % 50 == 0 : person % 100 == 1;
            current =
                row == 0
                    ? "person,group,entered\n"
                    : "staff-"
                        + person
                        + ","
                        + (bme ? "BME" : "WHITE")
                        + ","
                        + (entered ? "yes" : "no")
                        + "\n";
            pos = 0;
          }
          buf[off + n++] = current.charAt(pos++);
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }
}
