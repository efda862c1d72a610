package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.Output;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}: malformed, oversized and edge-case
 * files, each named for what it tries) through every command that takes input: as the main input,
 * as a {@code --batch}, and as the files that options read. Whatever the input, the command exits 0
 * or 2; on 2 every line on standard error names a JSON path, a row, an option or a file; nothing
 * prints a stack trace or a Java class name; no personal data planted in the corpus is echoed; and
 * no run takes longer than the hang guard (a bound against hanging, not a speed measurement).
 */
public class HostileCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile");

  /** Longer than any input may take; only a hang reaches it. */
  static final Duration HANG_GUARD = Duration.ofSeconds(60);

  /**
   * What every line of a refusal starts with, read to the end of the name: a whole JSON path (a
   * name that would break the line is escaped), a row, an option, a file (a path with a folder in
   * it, or {@code -}), or the count of the rest.
   */
  static final Pattern NAMED =
      Pattern.compile(
          "^(\\$(\\.[A-Za-z0-9_\\-]+|\\[\\d+\\]|\\['([^'\\\\]|\\\\.)*'\\])*: "
              + "|row \\d+ \\(line \\d+\\)[,:] |--[a-z]|-: |[^ :]*/[^ :]*: |… and \\d+ more problem)");

  /** The line on standard error of a batch with invalid lines. */
  static final Pattern BATCH_SUMMARY =
      Pattern.compile(
          "justculture: \\d+ of \\d+ requests? (was|were) invalid \\(lines? \\d+(, \\d+)*( and \\d+"
              + " more)?\\); each is answered in the output with its \"errors\"");

  /** A Java class or package name, a stack frame, or an exception's name. */
  public static final Pattern INTERNALS =
      Pattern.compile(
          "(\\b(java|javax|com\\.fasterxml|io\\.github|picocli)\\.[A-Za-z]|\\tat |Exception|"
              + "Immutable[A-Z]|Error\\b)");

  /** Personal data planted in the corpus, which no error line may carry. */
  public static final List<String> PERSONAL =
      List.of("Jane", "Smith", "Irish", "perhaps", "Bloggs");

  @TempDir Path dir;

  /** Each way a command takes input, with the input file's place marked {@code FILE}. */
  private List<List<String>> commands() {
    List<List<String>> commands = new ArrayList<>();
    for (Operation<?, ?, ?> op : Operations.ALL) {
      List<String> plain = new ArrayList<>(op.words());
      if (op.name().equals("restorative check")) {
        plain.addAll(List.of("--today", "2026-11-22"));
      }
      if (op.isParallel()) {
        plain.addAll(List.of("--draws", "2000", "--threads", "2"));
      }
      if (op.output().kind() == Output.Kind.HTML) {
        plain.addAll(List.of("--out", dir.resolve("out.html").toString()));
      }
      List<String> file = new ArrayList<>(plain);
      file.add("FILE");
      commands.add(file);
      if (op.allowsBatch()) {
        List<String> batch = new ArrayList<>(plain);
        batch.addAll(List.of("--batch", "FILE"));
        commands.add(batch);
      }
    }
    String answers = "../examples/data/guide-evaluate.json";
    commands.add(List.of("guide", "evaluate", "--definition", "FILE", answers));
    commands.add(List.of("guide", "render", "--format", "dot", "--answers", "FILE"));
    commands.add(List.of("guide", "render", "--format", "mermaid", "--definition", "FILE"));
    commands.add(
        List.of(
            "civility",
            "score",
            "--framework",
            "FILE",
            "../examples/data/civility-self-assessment.json"));
    commands.add(List.of("gate", "check", "--suspension-review-days", "FILE", "-"));
    return commands;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandKeepsItsPromisesOnEveryHostileInput() throws IOException {
    List<Path> corpus;
    try (Stream<Path> files = Files.list(CORPUS)) {
      corpus = files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(corpus).hasSizeGreaterThan(50);
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> command : commands()) {
      tests.add(
          DynamicTest.dynamicTest(
              String.join(" ", command),
              () -> {
                for (Path file : corpus) {
                  String[] args =
                      command.stream()
                          .map(a -> a.equals("FILE") ? file.toString() : a)
                          .toArray(String[]::new);
                  CliRun run =
                      assertTimeoutPreemptively(
                          HANG_GUARD, () -> CliRun.withInput("{}", args), () -> file.toString());
                  check(run, file, String.join(" ", args));
                }
              }));
    }
    // guide ask reads its replies from standard input: every corpus file as the replies.
    tests.add(
        DynamicTest.dynamicTest(
            "guide ask (replies from standard input)",
            () -> {
              for (Path file : corpus) {
                CliRun run =
                    assertTimeoutPreemptively(
                        HANG_GUARD,
                        () ->
                            CliRun.withInput(
                                Files.readAllBytes(file),
                                "guide",
                                "ask",
                                "--out",
                                dir.resolve("ask.json").toString()),
                        () -> file.toString());
                check(run, file, "guide ask < " + file);
              }
            }));
    return tests.stream();
  }

  static void check(CliRun run, Path file, String command) {
    assertThat(run.exitCode()).as(command + "\n" + run.err()).isIn(0, 2);
    List<String> problems = new ArrayList<>(run.errLines());
    // guide ask writes the result so far to --out even when a reply stopped it: that line says
    // where.
    problems.removeIf(l -> l.startsWith("wrote "));
    if (command.contains("--batch")) {
      // A batch answers on standard output, one line per input line: its errors are the problems,
      // and standard error says how many lines had them.
      boolean anyInvalid = false;
      for (String line : run.out().lines().toList()) {
        JsonNode answer = JustCultureJson.codec().readTree(line);
        assertThat(answer.has("line")).as(command + ": " + line).isTrue();
        assertThat(answer.has("result") != answer.has("errors")).as(command + ": " + line).isTrue();
        if (answer.has("errors")) {
          anyInvalid = true;
          answer.get("errors").forEach(e -> problems.add(e.get("message").asText()));
        }
      }
      if (anyInvalid) {
        assertThat(problems).as(command).anyMatch(l -> BATCH_SUMMARY.matcher(l).matches());
        problems.removeIf(l -> BATCH_SUMMARY.matcher(l).matches());
      }
    }
    String text = String.join("\n", problems);
    assertThat(text).as(command).doesNotContainPattern(INTERNALS);
    for (String word : PERSONAL) {
      assertThat(text).as(command + ": personal data in an error").doesNotContain(word);
    }
    if (run.exitCode() == 2) {
      assertThat(problems).as(command).isNotEmpty();
      for (String line : problems) {
        assertThat(line).as(command + ": a line that names nothing").containsPattern(NAMED);
      }
    }
  }
}
