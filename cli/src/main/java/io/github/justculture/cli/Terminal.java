package io.github.justculture.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Whether standard input or error is a terminal, and a progress bar drawn on standard error. */
final class Terminal {

  private static final int WIDTH = 30;

  private Terminal() {}

  /**
   * Whether standard error is a terminal, whatever standard output is (a researcher redirects the
   * output and still wants to see progress). On Linux, from where file descriptor 2 points; where
   * that cannot be told, from whether Java has a console.
   */
  static boolean isStandardError() {
    return isTerminal(2);
  }

  /**
   * Whether standard input is a terminal (someone would have to type the input). On Linux, from
   * where file descriptor 0 points; where that cannot be told, from whether Java has a console.
   */
  static boolean isStandardInput() {
    return isTerminal(0);
  }

  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.exists(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // fall through
    }
    return consoleIsTerminal();
  }

  /**
   * Where {@code /proc} cannot say (macOS, Windows): whether Java's console is a terminal. Before
   * Java 22 a console exists only for a terminal; on Java 22 {@code System.console()} may return
   * one for redirected streams too, and {@code Console.isTerminal()} (Java 22 and later, called by
   * reflection on Java 17) tells them apart.
   *
   * @return whether the console is a terminal; false when there is none
   */
  @SuppressWarnings("SystemConsoleNull") // null before Java 22; after it, isTerminal() is asked
  static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(java.io.Console.class.getMethod("isTerminal").invoke(console));
    } catch (NoSuchMethodException beforeJava22) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A progress bar on one line of standard error, redrawn at most every percent, cleared at the
   * end. Safe to call from several threads.
   */
  static LongConsumer progressBar(PrintWriter err, String what, long total) {
    long[] shown = {-1};
    return done -> {
      if (total <= 0) {
        return;
      }
      long percent = Math.min(100, 100 * done / total);
      synchronized (shown) {
        if (percent == shown[0]) {
          return;
        }
        shown[0] = percent;
        int filled = (int) (WIDTH * percent / 100);
        err.print(
            "\r"
                + what
                + " ["
                + "#".repeat(filled)
                + " ".repeat(WIDTH - filled)
                + "] "
                + percent
                + "%");
        if (percent == 100) {
          err.print("\r" + " ".repeat(what.length() + WIDTH + 10) + "\r");
        }
        err.flush();
      }
    };
  }
}
