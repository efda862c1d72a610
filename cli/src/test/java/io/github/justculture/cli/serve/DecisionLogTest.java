package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private static JsonNode request(int i) {
    return JustCultureJson.codec().readTree("{\"answers\":{\"1a\":\"NO\"},\"n\":" + i + "}");
  }

  /** Three decisions in a new log. */
  private void appendThree() throws IOException {
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK)) {
      for (int i = 0; i < 3; i++) {
        log.append("/v1/guide/evaluate", request(i), Map.of(), 10_000);
      }
    }
  }

  @Test
  void findLocatesEachLineByItsNumberAndCopiesItsBytesExactly() throws IOException {
    // Lines longer than the reader's 64 KiB block, so that lines start and end inside blocks.
    List<DecisionLog.Receipt> given = new ArrayList<>();
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 300_000, CLOCK)) {
      for (int i = 1; i <= 9; i++) {
        given.add(
            log.append(
                "/v1/guide/evaluate",
                JustCultureJson.codec()
                    .readTree("{\"note\":\"" + "x".repeat(40_000 * i % 97_000) + "\"}"),
                Map.of("n", i),
                10_000));
      }
    }
    List<String> lines = new ArrayList<>();
    for (Path file : DecisionLog.files(dir)) {
      lines.addAll(Files.readAllLines(file));
    }
    assertThat(DecisionLog.files(dir)).hasSizeGreaterThan(1);
    List<DecisionLog.Found> found = DecisionLog.find(dir, java.util.Set.of(1L, 4L, 5L, 9L, 12L));
    assertThat(found)
        .extracting(f -> f.receipt())
        .containsExactly(given.get(0), given.get(3), given.get(4), given.get(8));
    for (DecisionLog.Found f : found) {
      java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
      DecisionLog.copy(f, copy);
      assertThat(copy.toString(StandardCharsets.UTF_8))
          .isEqualTo(lines.get((int) f.receipt().seq() - 1) + "\n");
      assertThat(Files.readAllLines(f.file()).get((int) f.line() - 1))
          .isEqualTo(lines.get((int) f.receipt().seq() - 1));
    }
  }

  @Test
  void concurrentWritersKeepTheChainWholeAcrossRotatedFiles() throws Exception {
    Map<Long, String> given = new HashMap<>();
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 4096, CLOCK)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<DecisionLog.Receipt>> appended = new ArrayList<>();
      for (int i = 0; i < 800; i++) {
        int n = i;
        appended.add(
            pool.submit(
                () -> log.append("/v1/guide/evaluate", request(n), Map.of("n", n), 10_000)));
      }
      for (Future<DecisionLog.Receipt> f : appended) {
        given.put(f.get().seq(), f.get().sha256());
      }
      pool.shutdown();
    }
    assertThat(given).hasSize(800).containsKeys(1L, 800L);
    // What each writer was given is its own line: its seq, and the hash of its bytes.
    Map<Long, String> written = new HashMap<>();
    for (Path file : DecisionLog.files(dir)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        written.put(
            JustCultureJson.codec().readTree(line).get("seq").asLong(), DecisionLog.sha256(line));
      }
    }
    assertThat(written).isEqualTo(given);
    assertThat(DecisionLog.files(dir)).hasSizeGreaterThan(5);
    DecisionLog.Verification v = DecisionLog.verify(dir);
    assertThat(v.problem()).isEmpty();
    assertThat(v.lines()).isEqualTo(800);
    // Reopened, the chain goes on from the last line.
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.INTERVAL, 4096, CLOCK)) {
      assertThat(log.append("/v1/gate/check", request(1), Map.of(), 10_000).seq()).isEqualTo(801);
    }
    assertThat(DecisionLog.verify(dir).lines()).isEqualTo(801);
    assertThat(DecisionLog.verify(dir).intact()).isTrue();
  }

  @Test
  void anEditedMiddleLineIsFoundByFileAndLine() throws Exception {
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK)) {
      for (int i = 0; i < 5; i++) {
        log.append("/v1/gate/check", request(i), Map.of("passed", false), 10_000);
      }
    }
    Path file = DecisionLog.files(dir).get(0);
    List<String> lines = Files.readAllLines(file);
    lines.set(2, lines.get(2).replace("\"passed\":false", "\"passed\":true"));
    Files.write(file, lines);
    DecisionLog.Verification v = DecisionLog.verify(dir);
    assertThat(v.intact()).isFalse();
    assertThat(v.problem())
        .contains(
            "decisions-000001.jsonl line 4: its prev hash does not match the line before it: this"
                + " line, or the one before, was edited, removed or moved");
    // A removed line breaks the chain too.
    lines = Files.readAllLines(file);
    lines.remove(1);
    Files.write(file, lines);
    assertThat(DecisionLog.verify(dir).problem().orElseThrow())
        .startsWith("decisions-000001.jsonl line 2");
  }

  @Test
  void aTruncatedLastLineIsFoundAndRepairedOnStartWithTheRepairLogged() throws Exception {
    appendThree();
    Path file = DecisionLog.files(dir).get(0);
    Files.write(
        file,
        "{\"seq\":4,\"time\":\"2026-11".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
    assertThat(DecisionLog.verify(dir).problem())
        .contains(
            "decisions-000001.jsonl line 4: incomplete (no line end): a write cut short, as by a"
                + " crash");
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK)) {
      assertThat(log.append("/v1/guide/evaluate", request(9), Map.of(), 10_000).seq()).isEqualTo(5);
    }
    DecisionLog.Verification v = DecisionLog.verify(dir);
    assertThat(v.intact()).isTrue();
    assertThat(v.lines()).isEqualTo(5);
    JsonNode repair = JustCultureJson.codec().readTree(Files.readAllLines(file).get(3));
    assertThat(repair.get("route").asText()).isEqualTo("recovered");
    assertThat(repair.get("result").get("removedBytes").asInt()).isEqualTo(24);
    assertThat(repair.get("result").get("removedSha256").asText())
        .isEqualTo(DecisionLog.sha256("{\"seq\":4,\"time\":\"2026-11"));
  }

  /**
   * A whole last line that is not an entry is not a crash's doing: appending after it would chain
   * new decisions to it and number them from 1 again, so the log is not opened.
   */
  @Test
  void aLogWhoseLastLineIsNotAnEntryIsNotAppendedTo() throws Exception {
    appendThree();
    Path file = DecisionLog.files(dir).get(0);
    List<String> good = Files.readAllLines(file);
    String prev = DecisionLog.sha256(good.get(2));
    for (String bad :
        List.of(
            "not json at all",
            "{\"seq\":4,\"time\":\"t\",\"route\":\"r\",\"prev\":\"ABC\"}",
            "{\"time\":\"t\",\"route\":\"r\",\"prev\":\"" + prev + "\"}")) {
      List<String> lines = new ArrayList<>(good);
      lines.add(bad);
      Files.write(file, lines);
      byte[] before = Files.readAllBytes(file);
      assertThatThrownBy(() -> DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK))
          .as(bad)
          .isInstanceOf(FileSystemException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("its last line is not a decision log entry");
      assertThat(Files.readAllBytes(file)).as(bad).isEqualTo(before);
    }
    // The lock is let go when the log is refused: put right, it opens and continues the numbers.
    Files.write(file, good);
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK)) {
      assertThat(log.append("/v1/guide/evaluate", request(9), Map.of(), 10_000).seq()).isEqualTo(4);
    }
    assertThat(DecisionLog.verify(dir).intact()).isTrue();
  }

  /**
   * Sequence numbers end at Long.MAX_VALUE (only an edited log gets near it): the line numbered so
   * is written, nothing after it, and a log ending there is not opened again; verify names a line
   * after it instead of a wrapped, negative number.
   */
  @Test
  void theLastSequenceNumberIsWrittenAndNothingAfterIt() throws Exception {
    Path file = dir.resolve("decisions-000001.jsonl");
    String first =
        "{\"seq\":"
            + (Long.MAX_VALUE - 1)
            + ",\"time\":\"t\",\"route\":\"r\",\"prev\":\""
            + DecisionLog.GENESIS
            + "\"}";
    Files.writeString(file, first + "\n");
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK)) {
      assertThat(log.append("/v1/guide/evaluate", request(1), Map.of(), 10_000).seq())
          .isEqualTo(Long.MAX_VALUE);
      assertThatThrownBy(() -> log.append("/v1/guide/evaluate", request(2), Map.of(), 10_000))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("no sequence number is left after " + Long.MAX_VALUE);
      assertThat(log.failure()).isPresent();
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(
            "its last line has sequence number 9223372036854775807, the largest there is");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);

    DecisionLog.Receipt archived = new DecisionLog.Receipt(Long.MAX_VALUE - 2, DecisionLog.GENESIS);
    assertThat(DecisionLog.verify(dir, Optional.of(archived), List.of()).intact()).isTrue();
    String next =
        "{\"seq\":1,\"time\":\"t\",\"route\":\"r\",\"prev\":\""
            + DecisionLog.sha256(lines.get(1))
            + "\"}";
    Files.writeString(file, next + "\n", StandardOpenOption.APPEND);
    assertThat(DecisionLog.verify(dir, Optional.of(archived), List.of()).problem())
        .contains(
            "decisions-000001.jsonl line 3: a line after sequence number 9223372036854775807,"
                + " the largest there is");
  }

  @Test
  void everyKindOfBadLineIsNamedWithWhatIsWrong() throws Exception {
    appendThree();
    Path file = DecisionLog.files(dir).get(0);
    List<String> good = Files.readAllLines(file);
    String prev = DecisionLog.sha256(good.get(2));
    String entry = "\"time\":\"t\",\"route\":\"r\",\"request\":{\"prev\":\"x\"},\"result\":1";
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("[1,2]", "not valid JSON (one object on the line)");
    cases.put(
        "{\"seq\":4," + entry + ",\"prev\":\"" + prev + "\"} {}",
        "not valid JSON (one object on the line)");
    cases.put("{\"seq\":4,\"time\":", "not valid JSON (one object on the line)");
    // Fields count only at the top: a prev or seq inside the request is not the entry's.
    cases.put(
        "{" + entry.replace("\"x\"", "\"" + prev + "\",\"seq\":4") + "}",
        "not a decision log entry");
    cases.put("{\"seq\":4," + entry + ",\"prev\":\"ABC\"}", "not a decision log entry");
    cases.put("{\"seq\":4,\"prev\":\"" + prev + "\"}", "an entry without time or route");
    cases.put(
        "{\"seq\":7," + entry + ",\"prev\":\"" + prev + "\"}", "sequence number 7 where 4 was due");
    cases.put(
        "{\"seq\":4," + entry + ",\"prev\":\"" + DecisionLog.GENESIS + "\"}",
        "its prev hash does not match the line before it: this line, or the one before, was"
            + " edited, removed or moved");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      List<String> lines = new ArrayList<>(good);
      lines.add(c.getKey());
      Files.write(file, lines);
      assertThat(DecisionLog.verify(dir).problem())
          .as(c.getKey())
          .contains("decisions-000001.jsonl line 4: " + c.getValue());
    }
    // The same line, right, verifies.
    List<String> lines = new ArrayList<>(good);
    lines.add("{\"seq\":4," + entry + ",\"prev\":\"" + prev + "\"}");
    Files.write(file, lines);
    assertThat(DecisionLog.verify(dir).intact()).isTrue();
    // A log file that cannot be read is named, not its folder.
    Files.createDirectory(dir.resolve("decisions-000002.jsonl"));
    assertThatThrownBy(() -> DecisionLog.verify(dir))
        .isInstanceOf(FileSystemException.class)
        .extracting(e -> ((FileSystemException) e).getFile())
        .isEqualTo(dir.resolve("decisions-000002.jsonl").toString());
  }

  @Test
  void oneLogHasOneWriterAtATime() throws Exception {
    DecisionLog first = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK);
    try {
      assertThatThrownBy(() -> DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK))
          .isInstanceOf(FileSystemException.class)
          .hasMessage(dir + ": in use: another running service holds its decisions.lock");
      first.append("/v1/gate/check", request(1), Map.of(), 10_000);
    } finally {
      first.close();
    }
    // Closed, it lets the next one in; the lock file is not a log file.
    try (DecisionLog second = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK)) {
      assertThat(second.append("/v1/gate/check", request(2), Map.of(), 10_000).seq()).isEqualTo(2);
    }
    assertThat(DecisionLog.files(dir)).hasSize(1);
    assertThat(DecisionLog.verify(dir).lines()).isEqualTo(2);
    // A start that fails lets go of the lock too.
    Path blocker = Files.createDirectory(dir.resolve("decisions-000002.jsonl"));
    assertThatThrownBy(() -> DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK))
        .hasMessageEndingWith("not a regular file");
    Files.delete(blocker);
    DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK).close();
  }

  @Test
  void aLogFolderThatIsAFileIsNamedAsNotAFolder() throws Exception {
    Path file = Files.createFile(dir.resolve("log"));
    assertThatThrownBy(() -> DecisionLog.open(file, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK))
        .isInstanceOf(FileSystemException.class)
        .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(file.toString()))
        .satisfies(
            e -> assertThat(((FileSystemException) e).getReason()).isEqualTo("not a folder"));
  }

  @Test
  void pastAMillionFilesTheChainGoesOnInNumberOrder() throws Exception {
    // A log that rotates at every line, started near file 999,999.
    Files.createFile(dir.resolve("decisions-999998.jsonl"));
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1, CLOCK)) {
      for (int i = 0; i < 4; i++) {
        log.append("/v1/guide/evaluate", request(i), Map.of(), 10_000);
      }
    }
    assertThat(DecisionLog.files(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "decisions-999998.jsonl",
            "decisions-999999.jsonl",
            "decisions-1000000.jsonl",
            "decisions-1000001.jsonl");
    DecisionLog.Verification v = DecisionLog.verify(dir);
    assertThat(v.intact()).isTrue();
    assertThat(v.lines()).isEqualTo(4);
    assertThat(v.files()).isEqualTo(4);
    // Reopened, it goes on from the last file by number, not by name.
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1, CLOCK)) {
      assertThat(log.append("/v1/guide/evaluate", request(9), Map.of(), 10_000).seq()).isEqualTo(5);
    }
    assertThat(DecisionLog.verify(dir).lines()).isEqualTo(5);
    assertThat(DecisionLog.files(dir).get(4).getFileName().toString())
        .isEqualTo("decisions-1000002.jsonl");
  }

  @Test
  void aPipeWithALogFilesNameIsRefusedNotWaitedOn() throws Exception {
    appendThree();
    Path pipe = dir.resolve("decisions-000002.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes a named pipe here");
    // Reading or appending to a pipe would wait for the other end for ever.
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertThatThrownBy(() -> DecisionLog.verify(dir))
              .isInstanceOf(FileSystemException.class)
              .hasMessage(pipe + ": not a regular file");
          assertThatThrownBy(
                  () -> DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK).close())
              .isInstanceOf(FileSystemException.class)
              .hasMessage(pipe + ": not a regular file");
        });
  }

  @Test
  void aClosedLogRefusesRatherThanLosing() throws Exception {
    DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK);
    log.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> log.append("/v1/gate/check", request(1), Map.of(), 1000))
        .isInstanceOf(IOException.class);
    assertThat(log.isHealthy()).isFalse();
  }

  @Test
  void aFullDiskFailsTheLogNamingTheFileAndLosesNothingAcknowledged() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "a device that is always full (/dev/full)");
    // The second file lies on a full disk: the log rotates after every line.
    DecisionLog.Opener fullSecondFile =
        (file, options, attributes) ->
            file.getFileName().toString().equals("decisions-000002.jsonl")
                ? java.nio.channels.FileChannel.open(full, StandardOpenOption.WRITE)
                : java.nio.channels.FileChannel.open(file, options, attributes);
    try (DecisionLog log =
        DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1, CLOCK, fullSecondFile)) {
      assertThat(log.append("/v1/guide/evaluate", request(1), Map.of(), 10_000).seq()).isEqualTo(1);
      assertThatThrownBy(() -> log.append("/v1/guide/evaluate", request(2), Map.of(), 10_000))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("decisions-000002.jsonl: No space left on device");
      assertThat(log.isHealthy()).isFalse();
      assertThat(log.failure())
          .get()
          .extracting(Throwable::getMessage)
          .isEqualTo("decisions-000002.jsonl: No space left on device");
      // Failed stays failed: nothing is taken that might not be written.
      assertThatThrownBy(() -> log.append("/v1/gate/check", request(3), Map.of(), 10_000))
          .isInstanceOf(IOException.class)
          .hasMessage("the decision log failed: decisions-000002.jsonl: No space left on device");
    }
    DecisionLog.Verification v = DecisionLog.verify(dir);
    assertThat(v.intact()).isTrue();
    assertThat(v.lines()).isEqualTo(1);
    // With space again, the reopened log goes on from the last acknowledged decision.
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK)) {
      assertThat(log.failure()).isEmpty();
      assertThat(log.append("/v1/gate/check", request(4), Map.of(), 10_000).seq()).isEqualTo(2);
    }
    assertThat(DecisionLog.verify(dir).lines()).isEqualTo(2);
  }

  @Test
  void aFileInTheWayOfRotationFailsTheLogRatherThanJoiningTheChain() throws Exception {
    Path intruder = dir.resolve("decisions-000002.jsonl");
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 1, CLOCK)) {
      log.append("/v1/guide/evaluate", request(1), Map.of(), 10_000);
      Files.writeString(intruder, "another program's line\n");
      assertThatThrownBy(() -> log.append("/v1/guide/evaluate", request(2), Map.of(), 10_000))
          .isInstanceOf(IOException.class);
      assertThat(log.failure())
          .get()
          .extracting(Throwable::getMessage)
          .isEqualTo(
              "decisions-000002.jsonl: exists already, though the log was about to start it (a"
                  + " file it did not write)");
    }
    assertThat(Files.readString(intruder)).isEqualTo("another program's line\n");
  }

  /** Thirty decisions over several files; their receipts, in order. */
  private List<DecisionLog.Receipt> appendThirty() throws IOException {
    List<DecisionLog.Receipt> receipts = new ArrayList<>();
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 2048, CLOCK)) {
      for (int i = 0; i < 30; i++) {
        receipts.add(log.append("/v1/guide/evaluate", request(i), Map.of("n", i), 10_000));
      }
    }
    return receipts;
  }

  @Test
  void archivedFilesAreCheckedFromTheReceiptOfTheirLastLine(@TempDir Path archive)
      throws Exception {
    List<DecisionLog.Receipt> receipts = appendThirty();
    List<Path> files = DecisionLog.files(dir);
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    assertThat(DecisionLog.verify(dir).last()).contains(receipts.get(29));
    // The operator archives the first file, keeping what verify says of it alone.
    Files.move(files.get(0), archive.resolve(files.get(0).getFileName()));
    DecisionLog.Verification archived = DecisionLog.verify(archive);
    assertThat(archived.intact()).isTrue();
    DecisionLog.Receipt kept = archived.last().orElseThrow();
    int inArchive = (int) archived.lines();
    assertThat(kept).isEqualTo(receipts.get(inArchive - 1));

    // Without it, the folder no longer starts the chain, and verify says why.
    assertThat(DecisionLog.verify(dir).problem())
        .contains(
            files.get(1).getFileName()
                + " line 1: the log here starts at sequence number "
                + (inArchive + 1)
                + ", not 1: the files before it are not here (archived?); check from here with"
                + " the receipt of the line before it (SEQ:SHA256), as verify gave it while those"
                + " files were here");
    // With it, the rest is checked from there, receipts included.
    DecisionLog.Verification rest =
        DecisionLog.verify(dir, Optional.of(kept), receipts.subList(inArchive, 30));
    assertThat(rest.problem()).isEmpty();
    assertThat(rest.lines()).isEqualTo(30 - inArchive);
    assertThat(rest.last()).contains(receipts.get(29));
    // A receipt that is not the last archived line's does not fit.
    DecisionLog.Receipt wrong = receipts.get(inArchive - 2);
    assertThat(DecisionLog.verify(dir, Optional.of(wrong), List.of()).problem())
        .contains(
            files.get(1).getFileName()
                + " line 1: the log here does not continue from the receipt "
                + wrong
                + ": its first line is sequence number "
                + (inArchive + 1)
                + ", after a line whose SHA-256 is "
                + kept.sha256());
    // The service goes on writing after the archived file has gone.
    try (DecisionLog log = DecisionLog.open(dir, DecisionLog.Sync.ALWAYS, 2048, CLOCK)) {
      assertThat(log.append("/v1/gate/check", request(30), Map.of(), 10_000).seq()).isEqualTo(31);
    }
    assertThat(DecisionLog.verify(dir, Optional.of(kept), List.of()).intact()).isTrue();
  }

  @Test
  void receiptsAreCheckedAgainstTheLinesTheyName() throws Exception {
    List<DecisionLog.Receipt> receipts = appendThirty();
    DecisionLog.Verification all = DecisionLog.verify(dir, Optional.empty(), receipts);
    assertThat(all.problem()).isEmpty();
    assertThat(all.lines()).isEqualTo(30);

    DecisionLog.Receipt forged = new DecisionLog.Receipt(7, receipts.get(8).sha256());
    DecisionLog.Verification mismatch = DecisionLog.verify(dir, Optional.empty(), List.of(forged));
    String seventh = mismatch.problem().get();
    assertThat(mismatch.file().orElseThrow().getParent()).isEqualTo(dir);
    assertThat(seventh).startsWith(mismatch.file().orElseThrow().getFileName() + " line ");
    assertThat(seventh)
        .matches(
            "decisions-\\d{6}\\.jsonl line \\d+: the receipt 7:[0-9a-f]{64} does not match: .*")
        .endsWith("this line's SHA-256 is " + receipts.get(6).sha256());
    DecisionLog.Receipt beyond = new DecisionLog.Receipt(99, receipts.get(0).sha256());
    DecisionLog.Verification absent = DecisionLog.verify(dir, Optional.empty(), List.of(beyond));
    assertThat(absent.problem())
        .contains(
            "the receipt " + beyond + " names no line here (the log here holds lines 1 to 30)");
    assertThat(absent.file()).as("a line that is not here is in no file").isEmpty();
    assertThatThrownBy(
            () -> DecisionLog.verify(dir, Optional.empty(), List.of(receipts.get(6), forged)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two receipts for sequence number 7 with different hashes");
  }

  @Test
  void aReceiptIsASequenceNumberAndALinesHash() {
    String hash = "ab".repeat(32);
    DecisionLog.Receipt receipt = DecisionLog.Receipt.parse("12:" + hash);
    assertThat(receipt).isEqualTo(new DecisionLog.Receipt(12, hash));
    assertThat(receipt).hasToString("12:" + hash);
    for (String bad :
        List.of(
            "",
            "12",
            ":" + hash,
            "x:" + hash,
            "-1:" + hash,
            "12:" + hash.toUpperCase(java.util.Locale.ROOT),
            "12:ab",
            "99999999999999999999:" + hash)) {
      assertThatThrownBy(() -> DecisionLog.Receipt.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new DecisionLog.Receipt(0, hash))
        .hasMessage("a sequence number is 1 or more, was 0");
    // Both parts' problems at once.
    assertThatThrownBy(() -> DecisionLog.Receipt.parse("99999999999999999999:ab"))
        .hasMessage("the sequence number is too large; a SHA-256 is 64 hex digits in lower case");
    assertThatThrownBy(
            () -> DecisionLog.Receipt.parse("0:" + hash.toUpperCase(java.util.Locale.ROOT)))
        .hasMessage(
            "a sequence number is 1 or more, was 0; a SHA-256 is 64 hex digits in lower case");
    assertThatThrownBy(() -> DecisionLog.Receipt.parse("0:" + hash))
        .hasMessage("a sequence number is 1 or more, was 0");
    assertThatThrownBy(() -> DecisionLog.Receipt.parse("12:ab"))
        .hasMessage("a SHA-256 is 64 hex digits in lower case");
  }

  @Test
  void theFolderAndFilesTheLogMakesAreItsOwnersOnly() throws Exception {
    assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path log = dir.resolve("made/by/the/log");
    try (DecisionLog writer = DecisionLog.open(log, DecisionLog.Sync.ALWAYS, 1, CLOCK)) {
      writer.append("/v1/gate/check", request(1), Map.of(), 10_000);
      writer.append("/v1/gate/check", request(2), Map.of(), 10_000); // a second file
    }
    assertThat(permissions(log)).isEqualTo("rwx------");
    for (String file :
        List.of("decisions-000001.jsonl", "decisions-000002.jsonl", "decisions.lock")) {
      assertThat(permissions(log.resolve(file))).as(file).isEqualTo("rw-------");
    }
    // A folder the operator made keeps what the operator gave it.
    Path theirs = Files.createDirectory(dir.resolve("theirs"));
    Files.setPosixFilePermissions(
        theirs, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
    DecisionLog.open(theirs, DecisionLog.Sync.ALWAYS, 1 << 20, CLOCK).close();
    assertThat(permissions(theirs)).isEqualTo("rwxr-x---");
  }

  private static String permissions(Path path) throws IOException {
    return java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(path));
  }
}
