package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.justculture.cli.op.Problem;
import io.github.justculture.cli.serve.DecisionLog;
import io.github.justculture.core.Gbp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JustCultureCliTest {

  @Test
  void serveRefusesLimitsOutsideTheirRangesBeforeItListens() {
    String[][] cases = {
      {"--max-draws", "0", "--max-draws: must be between 1 and 1000000000000, was 0"},
      {"--max-concurrent", "0", "--max-concurrent: must be between 1 and 10000, was 0"},
      {"--max-connections", "0", "--max-connections: must be between 1 and 1000000, was 0"},
      {"--port", "70000", "--port: must be between 0 and 65535, was 70000"},
      {"--host", "no such host", "no such host:8080: cannot listen (no such host or address)"},
    };
    for (String[] c : cases) {
      CliRun run = CliRun.of("serve", c[0], c[1]);
      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).contains(c[2]);
      assertThat(run.out()).as(c[0]).doesNotContain("listening");
    }
  }

  @Test
  void serveNamesEveryBadOptionAtOnce() {
    CliRun run =
        CliRun.of(
            "serve",
            "--port",
            "70000",
            "--max-body",
            "lots",
            "--max-concurrent",
            "0",
            "--decision-log-sync",
            "never",
            "--max-draws",
            "0",
            "--token-file",
            "no-such-tokens.txt");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "--max-body: must be a size such as 1MiB, 512KiB or 1000000, was \"lots\"",
            "--max-concurrent: must be between 1 and 10000, was 0",
            "--max-draws: must be between 1 and 1000000000000, was 0",
            "--port: must be between 0 and 65535, was 70000",
            "--decision-log-sync: must be always or interval, was \"never\"",
            "no-such-tokens.txt: cannot be read (no such file or folder)");
    assertThat(run.out()).doesNotContain("listening");
  }

  @Test
  void serveRefusesBodyLimitsItsHeapCouldNotHoldAtOnce() {
    long heap = Runtime.getRuntime().maxMemory();
    CliRun run = CliRun.of("serve", "--max-body", "1GiB", "--max-concurrent", "10000");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "--max-body 1GiB with --max-concurrent 10000: up to 10240000 MiB of request bodies"
                + " could be held at once, more than half of this JVM's heap ("
                + ((heap + (1 << 20) - 1) >> 20)
                + " MiB): lower one, or give Java a larger heap (java -Xmx… -jar …)");
    assertThat(run.out()).doesNotContain("listening");
  }

  @Test
  void theOpenFileLimitIsReadFromLinuxsLimitsAndNothingElse(@TempDir Path dir) throws Exception {
    Path limits = dir.resolve("limits");
    Files.writeString(
        limits,
        "Limit                     Soft Limit           Hard Limit           Units     \n"
            + "Max processes             63541                63541                processes \n"
            + "Max open files            1024                 1048576              files     \n");
    assertThat(ServeCommand.openFileLimit(limits)).hasValue(1024);
    Files.writeString(
        limits, "Max open files            unlimited            unlimited            files\n");
    assertThat(ServeCommand.openFileLimit(limits)).isEmpty();
    assertThat(ServeCommand.openFileLimit(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void aPortInUseIsNamedAsAUrlWouldNameIt() throws Exception {
    Map<String, String> hosts = new LinkedHashMap<>();
    hosts.put("127.0.0.1", "127.0.0.1");
    hosts.put("::1", "[::1]"); // an IPv6 address in brackets, or its port would read as part of it
    for (Map.Entry<String, String> host : hosts.entrySet()) {
      java.net.ServerSocket taken;
      try {
        taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host.getKey()));
      } catch (java.io.IOException noSuchAddressHere) {
        continue; // a machine without IPv6
      }
      try (taken) {
        int port = taken.getLocalPort();
        CliRun run = CliRun.of("serve", "--host", host.getKey(), "--port", String.valueOf(port));
        assertThat(run.exitCode()).as(host.getKey()).isEqualTo(2);
        assertThat(run.errLines())
            .containsExactly(
                host.getValue() + ":" + port + ": cannot listen (Address already in use)");
      }
    }
  }

  /** A decision log of {@code count} gate checks ({@code {"n":1}}, …), rotated at a size. */
  private static List<DecisionLog.Receipt> writeLog(Path log, long rotateBytes, int count)
      throws IOException {
    List<DecisionLog.Receipt> given = new ArrayList<>();
    try (DecisionLog writer =
        DecisionLog.open(log, DecisionLog.Sync.ALWAYS, rotateBytes, CliRun.CLOCK)) {
      for (int i = 1; i <= count; i++) {
        given.add(
            writer.append(
                "/v1/gate/check",
                io.github.justculture.core.json.JustCultureJson.codec()
                    .readTree("{\"n\":" + i + "}"),
                "ok",
                10_000));
      }
    }
    return given;
  }

  @Test
  void showPrintsEntriesByTheirNumberOrReceiptAndNamesThoseNotFound(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("log");
    List<DecisionLog.Receipt> given = writeLog(log, 300, 5);
    List<String> lines = new ArrayList<>();
    for (Path file : DecisionLog.files(log)) {
      lines.addAll(Files.readAllLines(file));
    }
    assertThat(lines).hasSize(5);
    // By number and by receipt, in any order: printed as they are in the log, in its order.
    CliRun shown = CliRun.of("decision-log", "show", log.toString(), given.get(3).toString(), "2");
    assertThat(shown.exitCode()).as(shown.err()).isZero();
    assertThat(shown.out()).isEqualTo(lines.get(1) + "\n" + lines.get(3) + "\n");
    assertThat(DecisionLog.sha256(lines.get(3))).isEqualTo(given.get(3).sha256());
    // What is not there, or not the entry a receipt names, is said; what is there is printed.
    String wrong = "1:" + given.get(2).sha256();
    CliRun partly = CliRun.of("decision-log", "show", log.toString(), "9", wrong, "3");
    assertThat(partly.exitCode()).isEqualTo(2);
    assertThat(partly.out()).isEqualTo(lines.get(0) + "\n" + lines.get(2) + "\n");
    assertThat(partly.errLines())
        .hasSize(2)
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .startsWith("1: the entry here (" + log.resolve("decisions-000001.jsonl"))
                    .endsWith(
                        " line 1) is not the one the receipt names: its SHA-256 is "
                            + given.get(0).sha256()),
            second -> assertThat(second).isEqualTo("9: no entry has this sequence number here"));
    CliRun bad = CliRun.of("decision-log", "show", log.toString(), "0", "x:1", "7");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.errLines())
        .containsExactly(
            "0: not a sequence number (1 or more) or a receipt SEQ:SHA256",
            "x:1: not a sequence number (1 or more) or a receipt SEQ:SHA256");
    // Every problem at once, the first hundred and a count, as everywhere.
    assertThat(CliRun.of("decision-log", "show", dir.resolve("nowhere").toString(), "0").errLines())
        .containsExactly(
            dir.resolve("nowhere") + ": is not a folder",
            "0: not a sequence number (1 or more) or a receipt SEQ:SHA256");
    List<String> many = new ArrayList<>(List.of("decision-log", "show", log.toString()));
    for (int i = 0; i < 250; i++) {
      many.add(Integer.toString(1000 + i));
    }
    CliRun missing = CliRun.of(many.toArray(new String[0]));
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines())
        .hasSize(101)
        .startsWith("1000: no entry has this sequence number here")
        .endsWith(Problem.omitted(150));
    CliRun none = CliRun.of("decision-log", "show", dir.toString(), "1");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.errLines())
        .containsExactly(
            dir
                + ": holds no decision log files (decisions-NNNNNN.jsonl): is it the log's folder?");
  }

  /** {@code decision-log verify LOG --after AFTER --receipt RECEIPT}. */
  private static CliRun verifyArchived(Path log, DecisionLog.Receipt after, String receipt) {
    return CliRun.of(
        "decision-log",
        "verify",
        log.toString(),
        "--after",
        after.toString(),
        "--receipt",
        receipt);
  }

  @Test
  void verifyPrintsTheLastLinesReceiptAndChecksFromItOnceFilesAreArchived(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("log");
    List<DecisionLog.Receipt> given = writeLog(log, 1, 3);
    // A folder with no log files is not "intact": it is the wrong folder.
    CliRun empty = CliRun.of("decision-log", "verify", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.errLines())
        .containsExactly(
            dir
                + ": holds no decision log files (decisions-NNNNNN.jsonl): is it the log's folder?");
    CliRun whole = CliRun.of("decision-log", "verify", log.toString());
    assertThat(whole.exitCode()).as(whole.err()).isZero();
    assertThat(whole.out())
        .isEqualTo("intact: 3 decisions in 3 files, seq 1 to 3; last line " + given.get(2) + "\n");
    CliRun receipts =
        CliRun.of(
            "decision-log",
            "verify",
            log.toString(),
            "--receipt",
            given.get(0) + "," + given.get(2));
    assertThat(receipts.out())
        .isEqualTo(
            "intact: 3 decisions in 3 files, seq 1 to 3; 2 receipts match; last line "
                + given.get(2)
                + "\n");
    // The first file archived: checked from the receipt of its line.
    Files.move(log.resolve("decisions-000001.jsonl"), dir.resolve("decisions-000001.jsonl"));
    CliRun refused = CliRun.of("decision-log", "verify", log.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.errLines())
        .singleElement()
        .asString()
        .startsWith(
            log.resolve("decisions-000002.jsonl")
                + " line 1: the log here starts at sequence number 2, not 1");
    CliRun rest =
        CliRun.of("decision-log", "verify", log.toString(), "--after", given.get(0).toString());
    assertThat(rest.exitCode()).as(rest.err()).isZero();
    assertThat(rest.out())
        .isEqualTo(
            "intact: 2 decisions in 2 files, seq 2 to 3, continuing from "
                + given.get(0)
                + "; last line "
                + given.get(2)
                + "\n");
    // A receipt for a line not here, a forged one, and ones that are not receipts at all.
    String forged = "2:" + given.get(2).sha256();
    CliRun mismatch = verifyArchived(log, given.get(0), forged);
    assertThat(mismatch.exitCode()).isEqualTo(2);
    assertThat(mismatch.errLines())
        .containsExactly(
            log.resolve("decisions-000002.jsonl")
                + " line 1: the receipt "
                + forged
                + " does not match: this line's SHA-256 is "
                + given.get(1).sha256());
    CliRun absent = verifyArchived(log, given.get(0), "9:" + given.get(2).sha256());
    assertThat(absent.exitCode()).isEqualTo(2);
    assertThat(absent.errLines())
        .as("a receipt that names no line is in no file: no path before it")
        .containsExactly(
            "the receipt 9:"
                + given.get(2).sha256()
                + " names no line here (the log here holds lines 2 to 3)");
    CliRun usage =
        CliRun.of(
            "decision-log",
            "verify",
            log.toString(),
            "--after",
            "abc",
            "--receipt",
            "5:" + "0".repeat(64) + ",5:" + "1".repeat(64));
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.errLines())
        .containsExactly(
            "--after: a receipt is SEQ:SHA256, a sequence number and a line's SHA-256",
            "--receipt: two receipts for sequence number 5 with different hashes");
  }

  @Test
  void serveAndVerifyNameTheLogFileThatIsNotARegularFile(@TempDir Path dir) throws Exception {
    Path notAFile = Files.createDirectories(dir.resolve("decisions-000001.jsonl"));
    CliRun serve = CliRun.of("serve", "--port", "0", "--decision-log", dir.toString());
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.errLines())
        .containsExactly(notAFile + ": cannot be written (not a regular file)");
    assertThat(serve.out()).doesNotContain("listening");
    CliRun verify = CliRun.of("decision-log", "verify", dir.toString());
    assertThat(verify.exitCode()).isEqualTo(2);
    assertThat(verify.errLines())
        .containsExactly(notAFile + ": cannot be read (not a regular file)");
  }

  @Test
  void serveDoesNotAppendToALogWhoseLastLineIsNotAnEntry(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("decisions-000001.jsonl");
    Files.writeString(file, "edited by hand\n");
    CliRun serve = CliRun.of("serve", "--port", "0", "--decision-log", dir.toString());
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.errLines())
        .containsExactly(
            file
                + ": cannot be written (its last line is not a decision log entry, so the log was"
                + " edited or damaged; find where with 'justculture decision-log verify', and start"
                + " the service on a new folder or on the log as it was)");
    assertThat(serve.out()).doesNotContain("listening");
    assertThat(Files.readString(file)).isEqualTo("edited by hand\n");
  }

  @Test
  void serveNamesALogFolderThatIsAFileOrLiesUnderOne(@TempDir Path dir) throws Exception {
    Path file = Files.createFile(dir.resolve("file"));
    Map<Path, String> cases = new LinkedHashMap<>();
    cases.put(file, file + ": cannot be written (not a folder)");
    cases.put(
        file.resolve("log"),
        file + ": cannot be written (a part of the path is a file, not a folder)");
    cases.put(
        file.resolve("a/log"),
        file.resolve("a") + ": cannot be written (a part of the path is a file, not a folder)");
    cases.forEach(
        (log, message) -> {
          CliRun serve = CliRun.of("serve", "--port", "0", "--decision-log", log.toString());
          assertThat(serve.exitCode()).as(message).isEqualTo(2);
          assertThat(serve.errLines()).containsExactly(message);
          assertThat(serve.out()).as(message).doesNotContain("listening");
        });
  }

  @Test
  void aTokenFileThatCannotBeUsedIsRefusedBeforeTheServiceListens(@TempDir Path dir)
      throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(
        big, ("0123456789abcdef-".repeat(70_000) + "\n").getBytes(StandardCharsets.US_ASCII));
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, new byte[] {'t', 'o', 'k', (byte) 0xe9, 'n', '\n'});
    Path shortToken = dir.resolve("short.txt");
    Files.writeString(shortToken, "# one token\nabc\n");
    Path spaced = dir.resolve("spaced.txt");
    Files.writeString(spaced, "a pass phrase no header carries\n");
    Map<Path, String> cases = new LinkedHashMap<>();
    cases.put(
        dir.resolve("missing.txt"),
        dir.resolve("missing.txt") + ": cannot be read (no such file or folder)");
    cases.put(big, "--token-file " + big + ": is over 1 MiB");
    cases.put(latin, latin + ": is not UTF-8 text");
    cases.put(
        shortToken,
        "--token-file " + shortToken + ": line 2: a token must have at least 16 characters");
    cases.put(
        spaced,
        "--token-file "
            + spaced
            + ": line 1: a token may hold only letters, digits and - . _ ~ + /");
    cases.forEach(
        (file, message) -> {
          CliRun run = CliRun.of("serve", "--port", "0", "--token-file", file.toString());
          assertThat(run.exitCode()).as(message).isEqualTo(2);
          assertThat(run.errLines()).as(message).singleElement().asString().startsWith(message);
          assertThat(run.out()).as(message).doesNotContain("listening");
        });
  }

  @Test
  void aFileNameTheSystemCannotHoldIsAUsageError() throws Exception {
    // Under LC_ALL=C, Java 17 keeps file names in ASCII: a name with "é" cannot be a path at all.
    String name = System.getProperty("java.io.tmpdir") + "/r\u00e9sum\u00e9.json";
    for (List<String> args :
        List.of(
            List.of("cost", "estimate", name),
            List.of("cost", "report", "--out", name, "../examples/data/cost-profile.json"),
            List.of("decision-log", "verify", name),
            List.of("serve", "--port", "0", "--decision-log", name))) {
      ProcessBuilder builder =
          new ProcessBuilder(CliRun.forked(args.toArray(new String[0]))).redirectErrorStream(true);
      builder.environment().remove("LANG");
      builder.environment().put("LC_ALL", "C");
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as("%s: %s", args, output).isEqualTo(2);
      assertThat(output)
          .as("%s", args)
          .doesNotContain("internal error")
          .doesNotContain("Exception")
          .containsAnyOf(
              "cannot be a file name here (file names are in",
              "no such file or folder",
              "is not a folder");
    }
  }

  @Test
  void jsonFromAPipeIsReadOnceAndWhole(@TempDir Path dir) throws Exception {
    // <(jq …) and /dev/stdin are pipes: they can be read once only, and every byte counts.
    Path request = dir.resolve("request.pipe");
    Path definition = dir.resolve("definition.pipe");
    for (Path pipe : List.of(request, definition)) {
      Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
      assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes a named pipe here");
    }
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(
                    definition,
                    Files.readString(Path.of("../examples/data/guide-definition.json")));
                Files.writeString(request, "{\"answers\":{\"intent\":\"YES\"}}");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                CliRun.of(
                    "guide",
                    "evaluate",
                    "--definition",
                    definition.toString(),
                    request.toString()));
    writer.join(10_000);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"id\" : \"trust-x-2026\"")
        .contains("\"intent\"")
        .contains("deliberate-harm");
  }

  @Test
  void printsItsVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("justculture " + JustCultureCli.version());
    assertThat(JustCultureCli.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void printsHelp() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: justculture").contains("Exit codes");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLine() {
    CliRun run = CliRun.of("--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("--bogus: unknown option (see --help)");
    assertThat(run.out()).isEmpty();
    // A command's own: each on its line, named first, with picocli's guess where it has one.
    CliRun typo =
        CliRun.of(
            "cost", "simulate", "--seeds=3", "--colour", "../examples/data/cost-simulation.json");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.errLines())
        .containsExactly(
            "--seeds: unknown option (did you mean --seed?)",
            "--colour: unknown option (see --help)");
    CliRun extra = CliRun.of("cost", "estimate", "../examples/data/cost-profile.json", "more.json");
    assertThat(extra.errLines())
        .containsExactly("more.json: an argument this command does not take (see --help)");
    assertThat(extra.out()).isEmpty();
    // Picocli's other refusals, in the same form.
    assertThat(CliRun.of("decision-log", "show").errLines())
        .containsExactly("DIR: is required", "SEQ[:SHA256]: is required");
    assertThat(CliRun.of("serve", "--port", "1", "--port", "2").errLines())
        .containsExactly("--port: must be given once");
    assertThat(CliRun.of("cost", "sweep", "--id").errLines())
        .containsExactly("--id: needs a value (COLUMNS)", "$: is empty: a header row is required");
  }

  @Test
  void wholeNumbersOnTheCommandLineAreWrittenInAsciiDigits(@TempDir Path dir) {
    // Java's parsers take any script's digits ("８０９１" is 8091 to Integer.parseInt): each way a
    // whole number comes in, picocli's, --threads and a sequence number, refuses them.
    assertThat(
            CliRun.of("serve", "--port", "８０９１", "--max-concurrent", "٢", "--max-draws", "+5")
                .errLines())
        .containsExactly(
            "--port: expected a whole number, was \"８０９１\"",
            "--max-concurrent: expected a whole number, was \"٢\"",
            "--max-draws: expected a whole number, was \"+5\"");
    CliRun simulate = simulate("--threads", "２", "--draws", "１０");
    assertThat(simulate.exitCode()).isEqualTo(2);
    assertThat(simulate.errLines())
        .containsExactly(
            "--threads: expected a whole number, was \"２\"",
            "--draws: expected a whole number, was \"１０\"");
    // A whole number too large for any count is out of range, not "not a whole number".
    assertThat(simulate("--threads", "99999999999").errLines())
        .containsExactly("--threads: must be between 1 and 256, was 99999999999");
    CliRun show = CliRun.of("decision-log", "show", dir.toString(), "３");
    assertThat(show.exitCode()).isEqualTo(2);
    assertThat(show.errLines())
        .containsExactly("３: not a sequence number (1 or more) or a receipt SEQ:SHA256");
    // The same numbers in ASCII are taken.
    assertThat(simulate("--threads", "2", "--draws", "10").exitCode()).isZero();
  }

  /** {@code cost simulate} of a small profile on standard input, with these options. */
  private static CliRun simulate(String... options) {
    List<String> args = new ArrayList<>(List.of("cost", "simulate"));
    args.addAll(List.of(options));
    args.add("-");
    return CliRun.withInput(
        "{\"profile\":{\"headcount\":5200,\"prevalence\":0.21}}", args.toArray(String[]::new));
  }

  @Test
  void theCommandLinesProblemsComeInTheOrderDocsCliMdGives(@TempDir Path dir) {
    // docs/cli.md, "Every problem at once": each kind of problem once, given in another order.
    Path missing = dir.resolve("missing.json");
    CliRun report =
        CliRun.of(
            "cost",
            "report",
            "--draws",
            "abc",
            missing.toString(),
            "--out",
            dir.toString(),
            "--threads",
            "0",
            "--quiet",
            "--quiet",
            "--zz",
            "--seed");
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.errLines())
        .containsExactly(
            "--zz: unknown option (see --help)",
            "--seed: needs a value (S)",
            "--quiet: must be given once",
            "--threads: must be between 1 and 256, was 0",
            dir + ": is a folder; give a file name",
            missing + ": cannot be read (no such file or folder)",
            "--draws: expected a whole number, was \"abc\"");
    // A missing --out comes first; a value picocli converts (serve's) comes with missing values.
    assertThat(
            CliRun.withInput("{\"headcount\":0}", "cost", "report", "-", "--draws", "x", "--zz")
                .errLines())
        .containsExactly(
            "--out: is required",
            "--zz: unknown option (see --help)",
            "--draws: expected a whole number, was \"x\"",
            "$.headcount: must be a positive whole number, was 0");
    assertThat(CliRun.of("serve", "--port", "x", "--max-draws").errLines())
        .containsExactly(
            "--port: expected a whole number, was \"x\"", "--max-draws: needs a value (N)");
  }

  @Test
  void theCommandLinesProblemsComeWithTheInputsAllAtOnce() {
    String badProfile = "{\"profile\":{\"headcount\":\"many\",\"prevalence\":1.4}}";
    // An unknown option, every bad option value and every problem of the document, in that order.
    CliRun simulate =
        CliRun.withInput(
            badProfile,
            "cost",
            "simulate",
            "--colour",
            "--draws",
            "abc",
            "--threads",
            "0",
            "--format",
            "xml",
            "-");
    assertThat(simulate.exitCode()).isEqualTo(2);
    assertThat(simulate.errLines())
        .containsExactly(
            "--colour: unknown option (see --help)",
            "--threads: must be between 1 and 256, was 0",
            "--format: must be one of json, csv, was \"xml\"",
            "--draws: expected a whole number, was \"abc\"",
            "$.profile.headcount: expected a whole number, was \"many\"",
            "$.profile.prevalence: must be between 0 and 1, was 1.4");
    assertThat(simulate.out()).isEmpty();
    // A report without its --out still has its input checked.
    CliRun report =
        CliRun.withInput("{\"headcount\":0,\"prevalence\":2}", "cost", "report", "--zz");
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.errLines())
        .containsExactly(
            "--out: is required",
            "--zz: unknown option (see --help)",
            "$.headcount: must be a positive whole number, was 0",
            "$.prevalence: must be between 0 and 1, was 2");
    // A CSV operation: its records cannot be checked before it runs, its options and file can,
    // and its header, against the options whose values are valid (the id columns).
    CliRun sweep = CliRun.of("cost", "sweep", "no-such.csv", "--draws", "x", "--qq");
    assertThat(sweep.errLines())
        .containsExactly(
            "--qq: unknown option (see --help)",
            "no-such.csv: cannot be read (no such file or folder)",
            "--draws: expected a whole number, was \"x\"");
    assertThat(sweep.out()).isEmpty();
    CliRun header =
        CliRun.withInput(
            "trust,headcount,prevalance\nA,5200,0.2\n",
            "cost",
            "sweep",
            "--draws",
            "x",
            "--id",
            "trust,region",
            "--qq");
    assertThat(header.errLines())
        .containsExactly(
            "--qq: unknown option (see --help)",
            "--draws: expected a whole number, was \"x\"",
            "$.prevalance: column is not a profile field (did you mean 'prevalence'?)",
            "--id $[1]: names no column of the header, was \"region\"");
    assertThat(header.out()).isEmpty();
    // With --id itself invalid, which columns are ids is not known: the header waits.
    assertThat(
            CliRun.withInput(
                    "trust,headcount\nA,5200\n", "cost", "sweep", "--id", "headcount", "--qq")
                .errLines())
        .containsExactly(
            "--qq: unknown option (see --help)",
            "--id $[0]: is a profile field: an id column only labels rows, was \"headcount\"");
    CliRun wres3 = CliRun.withInput("persn,grp,entered\n", "equality", "wres3", "--qq");
    assertThat(wres3.errLines())
        .containsExactly(
            "--qq: unknown option (see --help)",
            "$: the header must have the columns person, group and entered; missing, was"
                + " \"person\"",
            "$: the header must have the columns person, group and entered; missing, was"
                + " \"group\"");
    // A batch runs no line while the command line is wrong.
    CliRun batch =
        CliRun.withInput(
            "{\"answers\":{\"1a\":\"yes\"}}\n",
            "guide",
            "evaluate",
            "--batch",
            "--guide",
            "nope",
            "--xx");
    assertThat(batch.errLines())
        .containsExactly(
            "--xx: unknown option (see --help)",
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"nope\"");
    assertThat(batch.out()).isEmpty();
    assertThat(
            CliRun.withInput("{}\n", "guide", "evaluate", "--batch", "--format", "csv").errLines())
        .containsExactly("--format: unknown option (see --help)");
    assertThat(
            CliRun.withInput("{}\n", "cost", "estimate", "--batch", "--format", "csv").errLines())
        .containsExactly(
            "--format: cannot be csv with --batch: a batch answers in NDJSON, one JSON line a"
                + " request");
  }

  @Test
  void anOptionWithoutItsValueOrGivenTwiceComesWithEveryOtherProblem() {
    String badProfile = "{\"profile\":{\"headcount\":0}}";
    // Given twice, and a value missing at the end: the rest of the command line and the document
    // are still checked.
    CliRun simulate =
        CliRun.withInput(
            badProfile,
            "cost",
            "simulate",
            "-",
            "--draws",
            "5",
            "--draws=6",
            "--bogus",
            "--seed",
            "x",
            "--threads");
    assertThat(simulate.exitCode()).isEqualTo(2);
    assertThat(simulate.errLines())
        .containsExactly(
            "--bogus: unknown option (see --help)",
            "--threads: needs a value (T)",
            "--draws: must be given once",
            "--seed: expected a whole number, was \"x\"",
            "$.profile.headcount: must be a positive whole number, was 0");
    assertThat(simulate.out()).isEmpty();
    // A value missing before another option; a required option given without its value is said
    // to need one, not to be missing.
    CliRun report =
        CliRun.withInput("{\"headcount\":0,\"prevalence\":0.2}", "cost", "report", "--zz", "--out");
    assertThat(report.errLines())
        .containsExactly(
            "--zz: unknown option (see --help)",
            "--out: needs a value (FILE)",
            "$.headcount: must be a positive whole number, was 0");
    CliRun before = CliRun.withInput("{}", "cost", "simulate", "--draws", "--seed", "x", "-");
    assertThat(before.errLines())
        .containsExactly(
            "--draws: needs a value (N)",
            "--seed: expected a whole number, was \"x\"",
            "$.profile: is required");
    // The occurrence without a value is the one left out (not one with its value), and "--" ends
    // the options as picocli reads them.
    assertThat(
            CliRun.withInput("{}", "cost", "simulate", "-", "--draws", "5", "--draws").errLines())
        .containsExactly("--draws: needs a value (N)", "$.profile: is required");
    assertThat(CliRun.withInput("{}", "cost", "simulate", "--draws", "--", "-").errLines())
        .containsExactly("--draws: needs a value (N)", "$.profile: is required");
    // Another option's missing value does not hide a missing required one.
    assertThat(CliRun.withInput("{}", "cost", "report", "--seed").errLines())
        .containsExactly("--out: is required", "--seed: needs a value (S)");
  }

  @Test
  void commandsThatAreNotOperationsReportTheirCommandLineAllAtOnce() {
    // Values picocli converts (a port, a policy, a format) are said as every other problem is, and
    // the run goes on to find the rest.
    assertThat(
            CliRun.of(
                    "serve",
                    "--bogus",
                    "--port",
                    "x",
                    "--max-concurrent",
                    "0",
                    "--host",
                    "a",
                    "--host",
                    "b",
                    "--max-draws")
                .errLines())
        .containsExactly(
            "--bogus: unknown option (see --help)",
            "--port: expected a whole number, was \"x\"",
            "--max-draws: needs a value (N)",
            "--host: must be given once",
            "--max-concurrent: must be between 1 and 10000, was 0");
    assertThat(
            CliRun.of("guide", "ask", "--bogus", "--guide", "zz", "--unknown-policy", "q")
                .errLines())
        .containsExactly(
            "--bogus: unknown option (see --help)",
            "--unknown-policy: must be one of SUSPEND, BENEFIT_OF_DOUBT, was \"q\"",
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"zz\"");
    assertThat(CliRun.of("guide", "render", "--format", "svg", "--guide", "zz").errLines())
        .containsExactly(
            "--format: must be one of mermaid, dot, was \"svg\"",
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"zz\"");
    CliRun renderFormat = CliRun.of("guide", "render", "--format", "svg");
    assertThat(renderFormat.errLines())
        .containsExactly("--format: must be one of mermaid, dot, was \"svg\"");
    assertThat(renderFormat.out()).isEmpty();
    assertThat(CliRun.of("guide", "render").errLines()).containsExactly("--format: is required");
    // A required option left out comes with the command's own problems, as for an operation.
    assertThat(CliRun.of("guide", "render", "--guide", "zz").errLines())
        .containsExactly(
            "--format: is required",
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"zz\"");
    assertThat(
            CliRun.of("guide", "render", "--format=dot", "--guide", "zz", "--format", "dot")
                .errLines())
        .containsExactly(
            "--format: must be given once",
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"zz\"");
    assertThat(CliRun.of("schema", "--bogus", "nope", "more").errLines())
        .containsExactly(
            "--bogus: unknown option (see --help)",
            "more: an argument this command does not take (see --help)");
    assertThat(CliRun.of("decision-log", "show", "--x").errLines())
        .containsExactly(
            "DIR: is required", "SEQ[:SHA256]: is required", "--x: unknown option (see --help)");
    // Asked for, help wins over the problems, as for an operation.
    assertThat(CliRun.of("serve", "--bogus", "--help").exitCode()).isZero();
    assertThat(CliRun.of("serve", "--port", "1", "--help").out())
        .startsWith("Usage: justculture serve");
  }

  @Test
  void aHundredThousandUnknownArgumentsAreReportedWithoutAHang() {
    // Picocli's own exception for arguments a command does not take quotes them all, in time that
    // grows with their square (half a minute for 60,000): no level of the tree lets it be made.
    for (List<String> command :
        List.of(
            List.<String>of(),
            List.of("cost"),
            List.of("cost", "estimate", "-"),
            List.of("schema"),
            List.of("serve"))) {
      List<String> args = new ArrayList<>(command);
      for (int i = 0; i < 100_000; i++) {
        args.add("--a" + i);
      }
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30), () -> CliRun.of(args.toArray(new String[0])));
      assertThat(run.exitCode()).as("%s", command).isEqualTo(2);
      assertThat(run.errLines()).as("%s", command).hasSize(101);
      assertThat(run.errLines().get(1)).isEqualTo("--a1: unknown option (see --help)");
      assertThat(run.errLines().get(100)).startsWith("… and 999");
    }
  }

  @Test
  void whatTheUserGaveIsNamedOnOneShortLineWhateverItHolds() {
    String longName = "--" + "a".repeat(100_000);
    // An argument, a file name, a schema's name: a line end or a length never breaks the line.
    assertThat(CliRun.of("cost", "estimate", "--x\ny", longName).errLines())
        .containsExactly(
            "\"--x\\ny\": unknown option (see --help)",
            "\"--" + "a".repeat(78) + "…: unknown option (see --help)",
            "$: expected an object");
    assertThat(CliRun.of("cost", "estimate", "no\nsuch.json").errLines())
        .containsExactly("\"no\\nsuch.json\": cannot be read (no such file or folder)");
    assertThat(CliRun.of("schema", "a\nb").errLines())
        .containsExactly("NAME: unknown schema \"a\\nb\" (run 'justculture schema' for the list)");
    assertThat(CliRun.of("decision-log", "show", "no\rwhere", "1\n2").errLines())
        .containsExactly(
            "\"no\\rwhere\": is not a folder",
            "\"1\\n2\": not a sequence number (1 or more) or a receipt SEQ:SHA256");
    assertThat(CliRun.of("serve", "--token-file", "no\ntokens").errLines())
        .containsExactly("\"no\\ntokens\": cannot be read (no such file or folder)");
    // Plain and short, as it is.
    assertThat(CliRun.of("cost", "estimate", "no-such.json").errLines())
        .containsExactly("no-such.json: cannot be read (no such file or folder)");
  }

  @Test
  void theRunStartsAgainAtMostAHundredTimes() {
    List<String> args = new ArrayList<>(List.of("serve"));
    for (int i = 0; i < 150; i++) {
      args.add("--port=p" + i);
    }
    CliRun run = CliRun.of(args.toArray(new String[0]));
    assertThat(run.exitCode()).isEqualTo(2);
    // 100 found by starting again, the 101st where the run stopped; the first 100 shown.
    assertThat(run.errLines()).hasSize(101);
    assertThat(run.errLines().get(0)).isEqualTo("--port: expected a whole number, was \"p0\"");
    assertThat(run.errLines().get(99)).isEqualTo("--port: expected a whole number, was \"p99\"");
    assertThat(run.errLines().get(100)).isEqualTo(Problem.omitted(1));
  }

  @Test
  void answersAreNotCheckedAgainstAGuideWhenTheGuideAskedForIsNotKnown() {
    String answers = "{\"answers\":{\"1a\":\"MAYBE\",\"9z\":\"YES\"}}";
    // Which guide's questions '9z' should be among is not known: no guess at nhs-2018.
    assertThat(CliRun.withInput(answers, "guide", "evaluate", "--guide", "nope").errLines())
        .containsExactly(
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"nope\"",
            "$.answers.1a: expected one of YES, NO, UNKNOWN, was \"MAYBE\"");
    // With a guide known, the unknown question is in the same pass.
    assertThat(CliRun.withInput(answers, "guide", "evaluate", "--guide", "reason-1997").errLines())
        .containsExactly(
            "$.answers.1a: expected one of YES, NO, UNKNOWN, was \"MAYBE\"",
            "$.answers.9z: unknown question '9z' in guide reason-1997");
  }

  @Test
  void anArgumentThatMayBeAnUnknownOptionsValueIsNotReadAsTheInput() {
    // "red" may be --colour's value: it is not opened as the input, and the document it might
    // be is not checked.
    CliRun doubtful = CliRun.withInput("{\"headcount\":0}", "cost", "estimate", "--colour", "red");
    assertThat(doubtful.errLines()).containsExactly("--colour: unknown option (see --help)");
    // With the value joined on, or the option after the input, the input is the input.
    CliRun joined =
        CliRun.withInput(
            "{\"headcount\":0,\"prevalence\":0.2}", "cost", "estimate", "--colour=red", "-");
    assertThat(joined.errLines())
        .containsExactly(
            "--colour: unknown option (see --help)",
            "$.headcount: must be a positive whole number, was 0");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("justculture: a command is required");
    // A group alone says so the same way, with its own commands.
    CliRun group = CliRun.of("cost");
    assertThat(group.exitCode()).isEqualTo(2);
    assertThat(group.errLines().get(0)).isEqualTo("justculture cost: a command is required");
    assertThat(group.err()).contains("Usage: justculture cost").contains("sweep");
    assertThat(group.out()).isEmpty();
    // Arguments the top or a group does not take come with those of the command named after them,
    // and with its input's problems (here standard input, empty).
    assertThat(CliRun.of("--x", "cost", "--y", "estimate", "--z").errLines())
        .containsExactly(
            "--x: unknown option (see --help)",
            "--y: unknown option (see --help)",
            "--z: unknown option (see --help)",
            "$: expected an object");
    CliRun fileRead =
        CliRun.withInput(
            "{\"headcount\":-5}", "--x", "cost", "--y", "estimate", "--format", "zz", "-");
    assertThat(fileRead.exitCode()).isEqualTo(2);
    assertThat(fileRead.errLines())
        .containsExactly(
            "--x: unknown option (see --help)",
            "--y: unknown option (see --help)",
            "--format: must be one of json, csv, table, was \"zz\"",
            "$.headcount: must be a positive whole number, was -5");
    // A command that is not an operation still runs nothing while one stands.
    CliRun serve = CliRun.of("--x", "serve", "--port", "0");
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.errLines()).containsExactly("--x: unknown option (see --help)");
    assertThat(serve.out()).doesNotContain("listening");
    CliRun ask = CliRun.withInput("y\n", "guide", "--x", "ask");
    assertThat(ask.exitCode()).isEqualTo(2);
    assertThat(ask.errLines()).containsExactly("--x: unknown option (see --help)");
    assertThat(ask.out()).isEmpty();
  }

  @Test
  void runsOnTheModulePath() {
    // Surefire runs this module's tests on the module path: the library modules must resolve as
    // named modules.
    assertThat(Gbp.class.getModule().getName()).isEqualTo("io.github.justculture.core");
    assertThat(JustCultureCli.class.getModule().getName()).isEqualTo("io.github.justculture.cli");
  }

  @Test
  void aRunBuildsOnlyTheCommandItNamesWithTheSameHelpAsTheWholeTree() {
    CommandLine whole = JustCultureCli.commandTree();
    List<List<String>> paths = new ArrayList<>();
    whole
        .getSubcommands()
        .forEach(
            (top, command) -> {
              if (command.getSubcommands().isEmpty()) {
                paths.add(List.of(top));
              }
              command.getSubcommands().keySet().forEach(leaf -> paths.add(List.of(top, leaf)));
            });
    assertThat(paths).hasSizeGreaterThanOrEqualTo(25);
    for (List<String> path : paths) {
      CommandLine pruned = tree(path.toArray(String[]::new));
      CommandLine prunedLeaf = pruned;
      CommandLine wholeLeaf = whole;
      for (String word : path) {
        if (!word.equals("help")) {
          assertThat(prunedLeaf.getSubcommands().keySet()).as("%s", path).containsExactly(word);
        }
        prunedLeaf = prunedLeaf.getSubcommands().get(word);
        wholeLeaf = wholeLeaf.getSubcommands().get(word);
      }
      assertThat(prunedLeaf.getUsageMessage())
          .as("%s", path)
          .isEqualTo(wholeLeaf.getUsageMessage());
      if (!path.get(0).equals("help")) {
        CliRun help =
            CliRun.of(Stream.concat(path.stream(), Stream.of("--help")).toArray(String[]::new));
        assertThat(help.exitCode()).as("%s", path).isZero();
        assertThat(help.out()).as("%s", path).isEqualTo(wholeLeaf.getUsageMessage());
      }
    }
  }

  @Test
  void aGroupOfThreeOrMoreCommandsNamesEachInTheTopLevelHelp() {
    // The root's help lists the groups by their descriptions; a group too big to guess from its
    // title names its commands there, all of them (cost once listed four of its seven).
    int checked = 0;
    for (Map.Entry<String, CommandLine> group :
        JustCultureCli.commandTree().getSubcommands().entrySet()) {
      Set<String> commands = new TreeSet<>(group.getValue().getSubcommands().keySet());
      if (commands.size() < 3) {
        continue;
      }
      String description =
          String.join(" ", group.getValue().getCommandSpec().usageMessage().description());
      Set<String> named = new TreeSet<>();
      for (String word : description.split("[^a-z0-9-]+")) {
        if (commands.contains(word)) {
          named.add(word);
        }
      }
      assertThat(named).as(group.getKey()).isEqualTo(commands);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(2);
  }

  @Test
  void helpUnknownNamesAndGroupsSeeTheWholeLevel() {
    CommandLine whole = JustCultureCli.commandTree();
    Map<String, CommandLine> groups = whole.getSubcommands();
    for (String[] args :
        new String[][] {{}, {"help"}, {"help", "guide"}, {"--help"}, {"gide"}, {"@args"}}) {
      assertThat(tree(args).getSubcommands().keySet())
          .as("%s", List.of(args))
          .containsExactlyElementsOf(groups.keySet());
    }
    for (String[] args :
        new String[][] {{"guide"}, {"guide", "--help"}, {"guide", "evalute"}, {"guide", "-h"}}) {
      assertThat(tree(args).getSubcommands().get("guide").getSubcommands().keySet())
          .as("%s", List.of(args))
          .containsExactlyElementsOf(groups.get("guide").getSubcommands().keySet());
    }
    assertThat(CliRun.of("help").out()).isEqualTo(whole.getUsageMessage());
    assertThat(CliRun.of("guide", "--help").out()).isEqualTo(groups.get("guide").getUsageMessage());
    CliRun typo = CliRun.of("guide", "evalute");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.errLines())
        .containsExactly("evalute: unknown command (did you mean evaluate or validate?)");
    // The words after an unknown command are its arguments, not commands too; options still count.
    assertThat(CliRun.of("guide", "evalute", "in.json", "--x", "more").errLines())
        .containsExactly(
            "evalute: unknown command (did you mean evaluate or validate?)",
            "--x: unknown option (see --help)");
    assertThat(CliRun.of("guide", "xyzzy").errLines())
        .singleElement()
        .asString()
        .startsWith("xyzzy: unknown command (commands: ")
        .contains("evaluate");
    // help names a command the same way as running it would, and prints its --help.
    assertThat(CliRun.of("help", "guide", "evaluate").out())
        .isEqualTo(groups.get("guide").getSubcommands().get("evaluate").getUsageMessage());
    CliRun helpTypo = CliRun.of("help", "guide", "evalute");
    assertThat(helpTypo.exitCode()).isEqualTo(2);
    assertThat(helpTypo.errLines())
        .containsExactly("evalute: unknown command (did you mean evaluate or validate?)");
    assertThat(helpTypo.out()).isEmpty();
    assertThat(CliRun.of("help", "--x").errLines())
        .containsExactly("--x: unknown option (see --help)");
  }

  private static CommandLine tree(String... args) {
    return JustCultureCli.commandTree(args);
  }
}
