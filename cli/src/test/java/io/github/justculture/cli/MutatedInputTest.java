package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation's sample input, mutated a few thousand ways from a fixed seed (values swapped for
 * hostile ones, spans cut or doubled, keys renamed, bytes overwritten), through the command line:
 * each run exits 0 or 2, prints no Java internals, and on 2 prints one problem a line, each line
 * starting with what it names (a JSON path, a row) in full. A generator of inputs, not a property
 * library: the seed makes every run the same, and a failure names the input that caused it.
 */
public class MutatedInputTest {

  /** Runs in all: a few seconds. {@code -Dmutated.runs=N} for more. */
  private static final int RUNS = Integer.getInteger("mutated.runs", 3000);

  /** The seed of the mutations. {@code -Dmutated.seed=N} for others. */
  private static final long SEED = Long.getLong("mutated.seed", 20261130L);

  /** Values that break rules, as JSON text. */
  private static final String[] HOSTILE = {
    "null",
    "true",
    "0",
    "-1",
    "1e308",
    "1e-400",
    "-0",
    "\"\"",
    "\"x\"",
    "[]",
    "{}",
    "[[[]]]",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "1.5",
    "99999999999999999999999",
    "\"2026-02-30\"",
    "\"-1.00\"",
    "\"1e3\"",
    "\"NaN\"",
    "\"UNKNOWN\"",
    "\"é\"",
    "{\"a\\nb\":1}",
    "\"line\\nbreak\""
  };

  @TempDir Path dir;

  @Test
  void everyMutatedSampleExitsZeroOrTwoWithOneNamedProblemALine() throws Exception {
    Random random = new Random(SEED);
    List<Operation<?, ?, ?>> ops = Operations.ALL;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < RUNS && failures.size() < 5; i++) {
      Operation<?, ?, ?> op = ops.get(i % ops.size());
      OperationTableTest.Sample sample = OperationTableTest.SAMPLES.get(op.name());
      byte[] original = Files.readAllBytes(Path.of("../examples/data", sample.file()));
      byte[] input = mutate(original, random);
      List<String> args = new ArrayList<>(op.words());
      args.addAll(quick(sample.args()));
      if (op.name().endsWith("report")) {
        args.addAll(List.of("--out", dir.resolve("report.html").toString()));
      }
      args.add("-");
      CliRun run = CliRun.withInput(input, args.toArray(String[]::new));
      List<String> wrong = new ArrayList<>();
      if (run.exitCode() != 0 && run.exitCode() != 2) {
        wrong.add("exit " + run.exitCode());
      }
      if (HostileCorpusTest.INTERNALS.matcher(run.err()).find()) {
        wrong.add("Java internals on stderr");
      }
      if (run.exitCode() == 2) {
        run.errLines().stream()
            .filter(line -> !HostileCorpusTest.NAMED.matcher(line).find())
            .findFirst()
            .ifPresent(line -> wrong.add("a line that names nothing: " + line));
      }
      if (!wrong.isEmpty()) {
        failures.add(failure(SEED, i, args, input, wrong.toString()));
      }
    }
    assertThat(failures).isEmpty();
  }

  /** A failing run, told so that it can be run again: its seed and number, command and input. */
  public static String failure(long seed, int run, List<String> args, byte[] input, String wrong) {
    return "seed "
        + seed
        + ", run "
        + run
        + ": "
        + String.join(" ", args)
        + " < "
        + new String(input, StandardCharsets.UTF_8)
        + "\n  "
        + wrong;
  }

  /** The sample's options with fewer draws, so that a few thousand runs take seconds. */
  private static List<String> quick(String[] args) {
    List<String> out = new ArrayList<>(List.of(args));
    int draws = out.indexOf("--draws");
    if (draws >= 0) {
      out.set(draws + 1, "500");
    }
    return out;
  }

  /** One to three mutations of the text, or one byte overwritten. */
  public static byte[] mutate(byte[] original, Random random) {
    String s = new String(original, StandardCharsets.UTF_8);
    int times = 1 + random.nextInt(3);
    for (int t = 0; t < times; t++) {
      int at = s.isEmpty() ? 0 : random.nextInt(s.length());
      switch (random.nextInt(7)) {
        case 0 -> s = replaceValue(s, at, HOSTILE[random.nextInt(HOSTILE.length)]);
        case 1 ->
            s = s.substring(0, at) + s.substring(Math.min(s.length(), at + random.nextInt(20)));
        case 2 ->
            s =
                s.substring(0, at)
                    + (random.nextBoolean()
                        ? HOSTILE[random.nextInt(HOSTILE.length)]
                        : String.valueOf((char) random.nextInt(128)))
                    + s.substring(at);
        case 3 ->
            s =
                s.substring(0, at)
                    + s.substring(at, Math.min(s.length(), at + random.nextInt(200)))
                    + s.substring(at);
        case 4 -> {
          int quote = s.indexOf("\":", at);
          if (quote > 0) {
            // a key renamed, sometimes with a character a path must escape
            s =
                s.substring(0, quote)
                    + (random.nextBoolean() ? "x" : "\\n\\t")
                    + s.substring(quote);
          }
        }
        case 5 -> s = s.substring(0, at) + "," + s.substring(at);
        default -> {
          byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
          if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          }
          return bytes;
        }
      }
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON scalar after the first colon from {@code at} replaced by {@code value}. */
  private static String replaceValue(String s, int at, String value) {
    int colon = s.indexOf(':', at);
    if (colon < 0) {
      return s;
    }
    int start = colon + 1;
    while (start < s.length() && s.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    if (end < s.length() && s.charAt(end) == '"') {
      end++;
      while (end < s.length() && s.charAt(end) != '"') {
        end += s.charAt(end) == '\\' ? 2 : 1;
      }
      end = Math.min(end + 1, s.length());
    } else {
      while (end < s.length()
          && ",}]\n".indexOf(s.charAt(end)) < 0
          && s.charAt(end) != '{'
          && s.charAt(end) != '[') {
        end++;
      }
    }
    return s.substring(0, colon + 1) + " " + value + s.substring(end);
  }
}
