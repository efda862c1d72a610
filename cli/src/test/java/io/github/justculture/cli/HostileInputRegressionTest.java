package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One regression test per defect of issue 11 that the command line showed (the numbers are the
 * issue's). The library-level ones are in core's HostileJsonTest, CsvReaderTest and Wres3Test; the
 * big and endless inputs in BigInputTest; every command over the whole corpus in HostileCorpusTest.
 */
class HostileInputRegressionTest {

  private static final String DATA = "../examples/data/";

  @TempDir Path dir;

  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** 2. An extreme exponent is out of range, by path: no exit 1, no minutes spent on it. */
  @Test
  void item2ExtremeExponentsAreOutOfRange() {
    for (String number : new String[] {"1e-99999", "1e-999999999", "1e999999999"}) {
      CliRun run =
          CliRun.withInput(
              "{\"headcount\":5200,\"prevalence\":" + number + ",\"annualPay\":\"34000.00\"}",
              "cost",
              "estimate",
              "-");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.errLines())
          .containsExactly(
              "$.prevalence: is out of range: numbers may have at most 64 digits written out in"
                  + " full, was "
                  + number);
    }
  }

  /** 3. A sweep writes every good row, whatever is wrong with a bad one. */
  @Test
  void item3ASweepKeepsEveryGoodRow() {
    byte[] csv =
        bytes(
            "headcount,prevalence,preset\n",
            "5200,0.2,\n",
            "52",
            0xE9,
            ",0.2,\n",
            "5200,1e-999999999,\n",
            "5200,0.2,",
            "x".repeat(20_000),
            "\n",
            "100,0.1,\n");
    CliRun run = CliRun.withInput(csv, "cost", "sweep", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out().lines().map(l -> l.split(",")[0])).containsExactly("row", "1", "5");
    assertThat(run.errLines())
        .hasSize(3)
        .anySatisfy(
            l -> assertThat(l).startsWith("row 2 (line 3), column headcount: is not valid UTF-8"))
        .anySatisfy(
            l -> assertThat(l).startsWith("row 3 (line 4), column prevalence: is out of range"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .isEqualTo(
                        "row 4 (line 5), column preset: a cell may hold at most 10000 characters"));
  }

  /** 4. Every problem at once: type errors do not hide range rules; unknown questions too. */
  @Test
  void item4EveryProblemAtOnce() {
    CliRun profile =
        CliRun.withInput(
            "{\"headcount\":\"many\",\"prevalance\":0.2,\"prevalence\":1.4,\"annualPay\":\"34000.00\"}",
            "cost",
            "estimate",
            "-");
    assertThat(profile.errLines())
        .containsExactly(
            "$.headcount: expected a whole number, was \"many\"",
            "$.prevalance: unknown field (did you mean 'prevalence'?)",
            "$.prevalence: must be between 0 and 1, was 1.4");
    CliRun row =
        CliRun.withInput(
            "headcount,prevalence,annualPay,workingDaysPerYear\n-5,2,abc,0\n",
            "cost",
            "sweep",
            "-");
    assertThat(row.errLines()).hasSize(4);
    CliRun answers =
        CliRun.withInput(
            "{\"answers\":{\"zz\":\"YES\",\"1a\":\"maybe\"}}", "guide", "evaluate", "-");
    assertThat(answers.errLines())
        .containsExactly(
            "$.answers.1a: expected one of YES, NO, UNKNOWN, was \"maybe\"",
            "$.answers.zz: unknown question 'zz' in guide nhs-2018");
  }

  /** 5. Ordinary I/O faults are usage errors: exit 2, one line naming the path. */
  @Test
  void item5IoFaultsAreUsageErrors() throws IOException {
    for (String[] command :
        new String[][] {
          {"cost", "sweep", dir.toString()},
          {"equality", "wres3", dir.toString()},
          {"cost", "estimate", dir.toString()},
          {"cost", "estimate", dir.resolve("missing.json").toString()},
        }) {
      CliRun run = CliRun.of(command);
      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(run.errLines()).singleElement().asString().startsWith(dir.toString());
    }
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    for (String out :
        new String[] {
          "/proc/justculture/x.html", file + "/under.html", "/dev/full", dir.toString()
        }) {
      CliRun run =
          CliRun.of("cost", "report", "--draws", "100", "--out", out, DATA + "cost-profile.json");
      assertThat(run.exitCode()).as(out).isEqualTo(2);
      assertThat(run.errLines()).as(out).singleElement().asString().startsWith(out + ": ");
    }
    Path answers = dir.resolve("new/folder/answers.json");
    CliRun ask = CliRun.withInput("q\n", "guide", "ask", "--out", answers.toString());
    assertThat(ask.exitCode()).isZero();
    assertThat(answers).exists();
    // An output file that cannot be written is found before the conversation (not after every
    // answer is given) and before a report runs, with the other problems.
    CliRun lost =
        CliRun.withInput(
            "n\nn\nn\nn\ny\nn\n", "guide", "ask", "--out", file + "/a.json", "--guide", "zz");
    assertThat(lost.exitCode()).isEqualTo(2);
    assertThat(lost.out()).isEmpty();
    assertThat(lost.errLines())
        .containsExactly(
            file + "/a.json: cannot be written (a part of the path is a file, not a folder)",
            "--guide: unknown guide (built-in guides: nhs-2018, reason-1997), was \"zz\"");
    assertThat(CliRun.withInput("q\n", "guide", "ask", "--out", dir.toString()).errLines())
        .containsExactly(dir + ": is a folder; give a file name");
    CliRun report =
        CliRun.withInput(
            "{\"headcount\":0,\"prevalence\":0.2}", "cost", "report", "--out", "", "-");
    assertThat(report.errLines())
        .containsExactly(
            "\"\": is empty; give a file name",
            "$.headcount: must be a positive whole number, was 0");
  }

  /** 6. Invalid UTF-8 is a problem, never replaced: two people are never merged into one. */
  @Test
  void item6InvalidUtf8IsRefusedNotReplaced() throws IOException {
    CliRun wres =
        CliRun.withInput(
            bytes(
                "person,group,entered\nJos",
                0xE9,
                ",BME,yes\nJos",
                0xE8,
                ",BME,no\nAnn,WHITE,no\n"),
            "equality",
            "wres3",
            "-");
    assertThat(wres.exitCode()).isEqualTo(2);
    assertThat(wres.out()).isEmpty();
    assertThat(wres.errLines()).hasSize(2).allMatch(l -> l.contains("is not valid UTF-8"));
    Path framework = dir.resolve("framework.json");
    Files.write(framework, bytes("{\"id\":\"Jos", 0xE9, "\"}"));
    CliRun civility =
        CliRun.of(
            "civility",
            "score",
            "--framework",
            framework.toString(),
            DATA + "civility-self-assessment.json");
    assertThat(civility.exitCode()).isEqualTo(2);
    assertThat(civility.err())
        .startsWith("--framework $.id: malformed JSON")
        .contains("Invalid UTF-8");
    // A byte order mark (Excel writes one) is read the same way on every input.
    CliRun bomCsv =
        CliRun.withInput(
            bytes(0xEF, 0xBB, 0xBF, "headcount,prevalence\n5200,0.2\n"), "cost", "sweep", "-");
    assertThat(bomCsv.exitCode()).isZero();
    CliRun bomJson =
        CliRun.withInput(
            bytes(0xEF, 0xBB, 0xBF, "{\"headcount\":5200,\"prevalence\":0.2}"),
            "cost",
            "estimate",
            "-");
    assertThat(bomJson.exitCode()).isZero();
  }

  /** 8. A name given where a pseudonymous reference belongs is never echoed. */
  @Test
  void item8PersonalDataIsNotEchoed() {
    CliRun run =
        CliRun.withInput(
            "{\"reference\":\"p\",\"incident\":\"i\",\"subject\":{\"reference\":\"Jane Smith\"},"
                + "\"act\":\"x\",\"proposedOn\":\"2026-11-22\",\"actions\":[\"SUSPENSION\"],"
                + "\"hrAdviser\":\"Jane Smith\"}",
            "gate",
            "check",
            "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("$.subject.reference").doesNotContain("Jane");
  }

  /** 9. A 5,000-question chain is refused by the size rule, never a StackOverflowError. */
  @Test
  void item9AHugeDefinitionMeetsTheSizeRule() {
    CliRun run =
        CliRun.of(
            "guide",
            "validate",
            HostileCorpusTest.CORPUS.resolve("definition-huge-chain.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("$.questions: must have at most 500 questions, was 5000");
  }

  /** 10. Messages point at the field or option, never at Java. */
  @Test
  void item10MessagesNameTheFieldOrOption() {
    assertThat(CliRun.withInput("{\"answers\":{\"1a\":null}}", "guide", "evaluate", "-").errLines())
        .containsExactly("$.answers.1a: must not be null: leave the field out instead");
    assertThat(
            CliRun.withInput("{\"profile\":{}}", "cost", "simulate", "--draws", "0", "-")
                .errLines())
        .containsExactly("--draws: must be between 1 and 5000000, was 0");
    assertThat(
            CliRun.of(
                    "restorative", "check", "--today", "2026-02-30", DATA + "restorative-case.json")
                .errLines())
        .containsExactly("--today: expected a date such as \"2026-11-22\", was \"2026-02-30\"");
  }

  /**
   * 10. An option's file that is over the size limit is named by the option, not as {@code $} (the
   * main input's name): read from standard input or a pipe, which is read once and bounded.
   */
  @Test
  void item10AnOversizedOptionFileIsNamedByItsOption() {
    byte[] tooBig = new byte[16 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooBig, (byte) ' ');
    CliRun run =
        CliRun.withInput(
            tooBig,
            "civility",
            "score",
            "--framework",
            "-",
            DATA + "civility-self-assessment.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "--framework: input is over a size limit: more than 16777216 bytes; it was not"
                + " processed");
  }

  /** 12. Nothing changes silently. */
  @Test
  void item12NothingChangesSilently() {
    CliRun actions =
        CliRun.withInput(
            "{\"reference\":\"p\",\"incident\":\"i\",\"subject\":{\"reference\":\"s\"},\"act\":\"x\","
                + "\"proposedOn\":\"2026-11-22\",\"actions\":[\"SUSPENSION\",\"SUSPENSION\"]}",
            "gate",
            "check",
            "-");
    assertThat(actions.errLines())
        .containsExactly(
            "$.actions[1]: repeats $.actions[0]: items must be unique, was SUSPENSION");
    CliRun extraCells =
        CliRun.withInput(
            "person,group,entered\np1,BME,yes,extra\np2,WHITE,no\n", "equality", "wres3", "-");
    assertThat(extraCells.errLines()).containsExactly("row 1 (line 2): has 4 cells, the header 3");
    CliRun surrogate = CliRun.withInput("{\"preset\":\"\\ud800\"}", "cost", "estimate", "-");
    assertThat(surrogate.errLines())
        .containsExactly(
            "$.preset: must be valid Unicode text (it has a lone surrogate such as \\ud800), was"
                + " \"\\ud800\"");
    CliRun headcounts =
        CliRun.withInput("headcount,prevalence\n1e3,0.2\n5200.0,0.2\n", "cost", "sweep", "-");
    assertThat(headcounts.errLines())
        .containsExactly(
            "row 1 (line 2), column headcount: expected a whole number, was 1E+3",
            "row 2 (line 3), column headcount: expected a whole number, was 5200.0");
  }

  /** 13. Help text with a percent sign prints as written, without a picocli warning. */
  @Test
  void item13HelpWithAPercentSign() {
    CliRun run = CliRun.of("equality", "relative-likelihood", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("95% interval");
    assertThat(run.err()).isEmpty();
    assertThat(CliRun.of("equality", "--help").err()).isEmpty();
  }
}
