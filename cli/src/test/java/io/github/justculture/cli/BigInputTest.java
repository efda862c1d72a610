package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.serve.DecisionLog;
import io.github.justculture.core.json.JustCultureJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big and endless inputs, run in a JVM with a 64 MB heap (the {@code small-heap} surefire
 * execution): every input path streams, or is bounded before it is read, so none of these can
 * exhaust memory or hang. The inputs are generated on the fly, never held.
 */
@Tag("small-heap")
public class BigInputTest {

  private static final Duration HANG_GUARD = HostileCorpusTest.HANG_GUARD;

  @TempDir Path dir;

  /** A stream of generated lines (the header first, when given), never held in memory. */
  public static InputStream lines(String header, long count, LongFunction<String> line) {
    return new InputStream() {
      private long next = header == null ? 1 : 0;
      private byte[] current = new byte[0];
      private int position;

      @Override
      public int read() {
        if (position == current.length) {
          if (next > count) {
            return -1;
          }
          current =
              (next == 0 ? header + "\n" : line.apply(next) + "\n")
                  .getBytes(StandardCharsets.UTF_8);
          next++;
          position = 0;
        }
        return current[position++] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
  }

  /** An input that never ends: the same byte for ever (like /dev/zero). */
  static InputStream endless(int value) {
    return new InputStream() {
      @Override
      public int read() {
        return value;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) value);
        return len;
      }
    };
  }

  /** A run whose standard output is counted, not kept: lines, and the last line. */
  record Counted(int exitCode, long lines, String lastLine, String err) {}

  static Counted counted(InputStream stdin, String... args) {
    long[] lines = {0};
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    String[] last = {""};
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            if (b == '\n') {
              lines[0]++;
              last[0] = current.toString(StandardCharsets.UTF_8);
              current.reset();
            } else if (current.size() < 10_000) {
              current.write(b);
            }
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        JustCultureCli.run(
            args,
            stdin,
            new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CliRun.CLOCK);
    return new Counted(code, lines[0], last[0], err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void decisionLogLinesOfAHundredMegabytesAreVerifiedAndReopenedAsStreams() throws Exception {
    Path log = dir.resolve("log");
    try (DecisionLog writer =
        DecisionLog.open(log, DecisionLog.Sync.ALWAYS, 1L << 40, CliRun.CLOCK)) {
      for (int i = 0; i < 2; i++) {
        writer.append("/v1/gate/check", JustCultureJson.codec().readTree("{}"), "ok", 10_000);
      }
    }
    Path file = DecisionLog.files(log).get(0);
    byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    // A write cut short after 100 MB: verify names it, a restart removes it (hashing it as it
    // reads) and says so in the log.
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
      out.write("{\"seq\":3,\"time\":\"".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 100; i++) {
        out.write(block);
      }
    }
    CliRun cut =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> CliRun.of("decision-log", "verify", log.toString()));
    assertThat(cut.exitCode()).isEqualTo(2);
    assertThat(cut.err())
        .endsWith(
            "decisions-000001.jsonl line 3: incomplete (no line end): a write cut short, as by a"
                + " crash\n");
    try (DecisionLog reopened =
        DecisionLog.open(log, DecisionLog.Sync.ALWAYS, 1L << 40, CliRun.CLOCK)) {
      // the repair is line 3
    }
    String repair = Files.readAllLines(file).get(2);
    assertThat(JustCultureJson.codec().readTree(repair).get("result").get("removedBytes").asLong())
        .isEqualTo(100L * block.length + 17);
    // A whole line of 100 MB, chained by hand: verify and a restart both hash it as a stream.
    MessageDigest line = MessageDigest.getInstance("SHA-256");
    try (OutputStream out =
        new DigestOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), line)) {
      out.write(
          ("{\"seq\":4,\"time\":\"2026-11-30T00:00:00Z\",\"route\":\"/v1/gate/check\","
                  + "\"request\":{\"note\":\"")
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 100; i++) {
        out.write(block);
      }
      out.write(
          ("\"},\"result\":{},\"prev\":\"" + DecisionLog.sha256(repair) + "\"}")
              .getBytes(StandardCharsets.US_ASCII));
      ((DigestOutputStream) out).on(false);
      out.write('\n');
    }
    java.security.MessageDigest lineAndEnd = (java.security.MessageDigest) line.clone();
    lineAndEnd.update((byte) '\n');
    String hugeLine = HexFormat.of().formatHex(line.digest());
    try (DecisionLog reopened =
        DecisionLog.open(log, DecisionLog.Sync.ALWAYS, 1L << 40, CliRun.CLOCK)) {
      assertThat(
              reopened
                  .append("/v1/gate/check", JustCultureJson.codec().readTree("{}"), "ok", 10_000)
                  .seq())
          .isEqualTo(5);
    }
    List<String> tail = tail(file, 1);
    assertThat(tail.get(0)).endsWith("\"prev\":\"" + hugeLine + "\"}");
    CliRun whole =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> CliRun.of("decision-log", "verify", log.toString()));
    assertThat(whole.exitCode()).as(whole.err()).isZero();
    assertThat(whole.out()).startsWith("intact: 5 decisions in 1 file, seq 1 to 5; last line 5:");
    // show finds the entry and copies its 100 MB as they are, never holding them.
    List<DecisionLog.Found> found =
        assertTimeoutPreemptively(HANG_GUARD, () -> DecisionLog.find(log, java.util.Set.of(4L)));
    assertThat(found)
        .singleElement()
        .satisfies(f -> assertThat(f.receipt().sha256()).isEqualTo(hugeLine));
    java.security.MessageDigest copied = java.security.MessageDigest.getInstance("SHA-256");
    try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), copied)) {
      DecisionLog.copy(found.get(0), sink);
    }
    assertThat(copied.digest()).isEqualTo(lineAndEnd.digest());
  }

  /** The last lines of a file, read from its end (the file may be too large to read whole). */
  private static List<String> tail(Path file, int count) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long length = raf.length();
      int size = (int) Math.min(length, 1 << 16);
      byte[] end = new byte[size];
      raf.seek(length - size);
      raf.readFully(end);
      List<String> lines = List.of(new String(end, StandardCharsets.UTF_8).split("\n"));
      return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }
  }

  @Test
  void aHundredMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("big.json");
    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 100; i++) {
        out.write(spaces);
      }
      out.write("{}".getBytes(StandardCharsets.US_ASCII));
    }
    CliRun run =
        assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of("cost", "estimate", big.toString()));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("$: input is over a size limit: document length");
    CliRun definition =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                CliRun.of(
                    "guide",
                    "evaluate",
                    "--definition",
                    big.toString(),
                    "../examples/data/guide-evaluate.json"));
    assertThat(definition.exitCode()).isEqualTo(2);
    assertThat(definition.err()).startsWith("--definition: input is over a size limit");
  }

  @Test
  void aHundredMegabytesOnStandardInputAreRefusedOnceOverTheLimit() {
    for (String[] command :
        new String[][] {
          {"cost", "estimate", "-"}, {"guide", "validate", "-"}, {"gate", "check", "-"}
        }) {
      Counted run =
          assertTimeoutPreemptively(
              HANG_GUARD, () -> counted(lines(null, 100_000, i -> " ".repeat(1000)), command));
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "$: input is over a size limit: more than 16777216 bytes; it was not processed\n");
    }
  }

  @Test
  void endlessInputsEndWithAProblem() {
    for (String[] command :
        new String[][] {
          {"guide", "validate", "-"},
          {"cost", "estimate", "-"},
          {"cost", "estimate", "--batch", "-"},
          {"equality", "wres3", "-"},
          {"cost", "sweep", "-"},
        }) {
      Counted run = assertTimeoutPreemptively(HANG_GUARD, () -> counted(endless(0), command));
      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(run.err() + run.lastLine())
          .as(String.join(" ", command))
          .containsAnyOf("size limit", "longer than");
    }
    CliRun ask =
        assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.withInput(endless(0), "guide", "ask"));
    assertThat(ask.exitCode()).isEqualTo(2);
    assertThat(ask.out()).contains("No outcome yet");
    assertThat(ask.err())
        .isEqualTo(
            "-: line 1: a reply is longer than 1000 bytes; the conversation stopped there\n");
  }

  @Test
  void twoHundredThousandUnknownFieldsAreCountedNotListed() {
    StringBuilder json = new StringBuilder("{\"headcount\":1");
    for (int i = 0; i < 200_000; i++) {
      json.append(",\"f").append(i).append("\":0");
    }
    byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    json.setLength(0);
    CliRun run =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> CliRun.withInput(bytes, "cost", "estimate", "-"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(101);
    assertThat(run.errLines().get(0)).startsWith("$.f0: unknown field");
    assertThat(run.errLines().get(100)).isEqualTo("… and 199900 more problems");
  }

  @Test
  void aHundredThousandLineBatchStreams() {
    // Every seventh line is invalid; every line is answered, in order.
    Counted run =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                counted(
                    lines(
                        null,
                        100_000,
                        i ->
                            i % 7 == 0
                                ? "{\"focus\":{\"events\":-1,\"headcount\":10}}"
                                : "{\"focus\":{\"events\":"
                                    + (i % 50)
                                    + ",\"headcount\":800},\"reference\":{\"events\":20,"
                                    + "\"headcount\":2600}}"),
                    "equality",
                    "relative-likelihood",
                    "--batch",
                    "-"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.lines()).isEqualTo(100_000);
    JsonNode last = JustCultureJson.codec().readTree(run.lastLine());
    assertThat(last.get("line").asLong()).isEqualTo(100_000);
    assertThat(last.has("result")).isTrue();
    assertThat(run.err())
        .isEqualTo(
            "justculture: 14285 of 100000 requests were invalid (lines 7, 14, 21, 28, 35, 42, 49,"
                + " 56, 63, 70 and 14275 more); each is answered in the output with its"
                + " \"errors\"\n");
  }

  @Test
  void aMillionWresRowsStreamInASmallHeap() {
    Counted run =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                counted(
                    lines(
                        "person,group,entered",
                        1_000_000,
                        i -> "p" + i + "," + (i % 5 == 0 ? "BME" : "WHITE") + "," + (i % 13 == 0)),
                    "equality",
                    "wres3",
                    "-"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void moreDistinctPeopleThanTheHeapCanCountAreAnInputErrorNotAnOutOfMemoryError() {
    // Six million people need about 110 MB to count (18 to 36 bytes each, 54 as the table grows):
    // more than a 64 MB heap has. The person who does not fit is named; later rows are still read.
    Counted run =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                counted(
                    lines(
                        "person,group,entered",
                        6_000_000,
                        i ->
                            i == 6_000_000
                                ? "late,ASIAN,no"
                                : "p" + i + "," + (i % 5 == 0 ? "BME" : "WHITE") + ",no"),
                    "equality",
                    "wres3",
                    "-"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.lines()).isZero();
    List<String> err = run.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0))
        .matches(
            "row [0-9]+ \\(line [0-9]+\\), column person: is one distinct person more than the"
                + " memory allowed can count \\([0-9]+ counted; later people were not counted\\):"
                + " allow more memory, such as a larger Java heap");
    assertThat(err.get(1))
        .isEqualTo(
            "row 6000000 (line 6000001), column group: must be BME, WHITE or UNKNOWN (or"
                + " NOT_STATED)");
  }

  @Test
  void aSweepOfTwoHundredThousandRowsStreamsAndKeepsEveryGoodRow() {
    Counted run =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                counted(
                    lines(
                        "headcount,prevalence",
                        200_000,
                        i -> i % 1000 == 0 ? "many,0.2" : (1000 + i) + ",0.2"),
                    "cost",
                    "sweep",
                    "-"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.lines()).isEqualTo(1 + 200_000 - 200);
    assertThat(run.err().lines()).hasSize(200);
    assertThat(run.lastLine()).startsWith("199999,");
  }

  @Test
  void theMostDrawsOneSimulationTakesRunInASmallHeap() {
    // 5,000,000 draws keep at most 262,144 of them (CostCalculator.simulationBytes: 32 MiB), so a
    // 64 MB heap holds them; the refusal of what a heap cannot hold is StandardContextTest's.
    CliRun run =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                CliRun.of(
                    "cost",
                    "simulate",
                    "--draws",
                    "5000000",
                    "../examples/data/cost-simulation.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JustCultureJson.codec().readTree(run.out()).get("draws").asInt())
        .isEqualTo(5_000_000);
  }
}
