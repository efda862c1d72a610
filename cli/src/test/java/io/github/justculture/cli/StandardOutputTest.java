package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * When standard output cannot be written (the reader of a pipe has gone, the disk is full), the
 * command stops at its next write with one line and exit code 2, instead of working on into a
 * closed pipe.
 */
class StandardOutputTest {

  /** An output that takes {@code limit} bytes, then fails as a pipe whose reader has gone. */
  static OutputStream closingAfter(long limit, String why) {
    return new OutputStream() {
      private long written;

      @Override
      public void write(int b) throws IOException {
        if (++written > limit) {
          throw new IOException(why);
        }
      }
    };
  }

  private static int run(
      OutputStream stdout, InputStream stdin, ByteArrayOutputStream err, String... args) {
    return JustCultureCli.run(
        args,
        stdin,
        new PrintStream(new StandardOutput(stdout), false, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        CliRun.CLOCK);
  }

  @Test
  void aSweepIntoAClosedPipeStopsAtOnceWithOneLine() {
    long rows = 200_000;
    AtomicLong read = new AtomicLong();
    InputStream trusts =
        BigInputTest.lines(
            "headcount,prevalence",
            rows,
            n -> {
              read.set(n);
              return (100 + n % 5000) + ",0.2";
            });
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(closingAfter(4096, "Broken pipe"), trusts, err, "cost", "sweep", "-");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("justculture: standard output: cannot be written (Broken pipe)\n");
    // It stopped long before the end of its input (the reader reads ahead a little).
    assertThat(read.get()).isLessThan(rows / 2);
  }

  @Test
  void aFullDiskIsNamedAndEveryCommandStops() {
    for (String[] args :
        new String[][] {{"tour"}, {"guide", "export", "nhs-2018"}, {"schema"}, {"--help"}}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          run(
              closingAfter(10, "No space left on device"),
              InputStream.nullInputStream(),
              err,
              args);
      assertThat(code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .as(String.join(" ", args))
          .endsWith("justculture: standard output: cannot be written (No space left on device)\n")
          .doesNotContain("internal error")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void outputThatFitsIsWrittenWhole() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(out, InputStream.nullInputStream(), err, "guide", "export", "nhs-2018"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").endsWith("}\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
