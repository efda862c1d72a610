package io.github.justculture.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.csv.CsvInputException;
import io.github.justculture.core.csv.CsvProblem;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class Wres3Test {

  @Test
  void countsEachPersonOnceAndExcludesUnknownGroups() {
    Wres3Result r =
        Wres3.compute(
            new StringReader(
                "person,group,entered\n"
                    + "p1,BME,yes\n"
                    + "p1,BME,no\n" // the same person again: still one person, entered
                    + "p2,BME,no\n"
                    + "p3,WHITE,no\n"
                    + "p4,WHITE,yes\n"
                    + "p5,WHITE,no\n"
                    + "p6,WHITE,no\n"
                    + "p7,UNKNOWN,yes\n"
                    + "p8,not_stated,no\n"));
    assertThat(r.rows()).isEqualTo(9);
    assertThat(r.persons()).isEqualTo(8);
    assertThat(r.excludedUnknown()).isEqualTo(2);
    assertThat(r.result().focus()).isEqualTo(GroupCount.of(1, 2));
    assertThat(r.result().reference()).isEqualTo(GroupCount.of(1, 4));
    assertThat(r.result().relativeLikelihood()).contains(2.0);
    assertThat(r.result().smallNumbers()).isTrue();
  }

  /** Distinct people p1..pN, the first half BME, each with one row. */
  private static StringBuilder people(int n) {
    StringBuilder csv = new StringBuilder("person,group,entered\n");
    for (int i = 1; i <= n; i++) {
      csv.append('p')
          .append(i)
          .append(i <= n / 2 ? ",BME," : ",WHITE,")
          .append(i % 3 == 0 ? "yes\n" : "no\n");
    }
    return csv;
  }

  private static Wres3Result compute(CharSequence csv, java.util.function.LongPredicate memory) {
    return Wres3.compute(
        new ByteArrayInputStream(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        RelativeLikelihood.DEFAULT_SMALL_NUMBERS,
        memory);
  }

  /** The problems' messages of records refused as {@code compute(csv, memory)} reads them. */
  private static List<String> problems(CharSequence csv, java.util.function.LongPredicate memory) {
    try {
      compute(csv, memory);
    } catch (CsvInputException e) {
      return e.problems().stream().map(CsvProblem::message).toList();
    }
    throw new AssertionError("the records were not refused");
  }

  @Test
  void asksTheMemoryCheckBeforeEachGrowthWithTheBytesItAdds() {
    List<Long> asked = new java.util.ArrayList<>();
    Wres3Result r =
        compute(
            people(5000),
            bytes -> {
              asked.add(bytes);
              return true;
            });
    // A table of 4,096 slots (8-byte key and 1-byte flags each), then 8,192 and 16,384 slots as
    // it passes half full: at the 2,049th and the 4,097th person.
    assertThat(asked).containsExactly(9L * 4096, 9L * 8192, 9L * 16384);
    assertThat(r.persons()).isEqualTo(5000);
    assertThat(r).isEqualTo(Wres3.compute(new StringReader(people(5000).toString())));
  }

  @Test
  void aPersonTheMemoryCannotHoldIsReportedAndTheRestStillChecked() {
    StringBuilder csv = people(2050);
    csv.append("p7,WHITE,no\n") // a person counted before the table filled: still checked
        .append("p9999,ASIAN,no\n") // a bad row after it: still reported
        .append("p10000,BME,no\n"); // one more person who does not fit: not reported again
    // The first table is allowed, its growth is not: 2,048 people fit. Once a person did not fit,
    // the check is not asked again: later people are not counted.
    List<Long> asked = new java.util.ArrayList<>();
    assertThatThrownBy(
            () ->
                compute(
                    csv,
                    bytes -> {
                      asked.add(bytes);
                      return bytes <= 9L * 4096;
                    }))
        .isInstanceOfSatisfying(
            CsvInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(CsvProblem::message)
                  .containsExactly(
                      "row 2049 (line 2050), column person: is one distinct person more than the"
                          + " memory allowed can count (2048 counted; later people were not"
                          + " counted): allow more memory, such as a larger Java heap",
                      "row 2051 (line 2052), column group: differs from the group an earlier row"
                          + " gives the same person",
                      "row 2052 (line 2053), column group: must be BME, WHITE or UNKNOWN (or"
                          + " NOT_STATED)");
              assertThat(e.total()).isEqualTo(3);
            });
    assertThat(asked).containsExactly(9L * 4096, 9L * 8192);
    // With no memory for the first table, the first person is the one reported.
    assertThat(problems(people(4), bytes -> false))
        .containsExactly(
            "row 1 (line 2), column person: is one distinct person more than the memory allowed can"
                + " count (0 counted; later people were not counted): allow more memory, such as a"
                + " larger Java heap");
    // Each period has a table of its own, asked for as the period first appears.
    java.util.concurrent.atomic.AtomicInteger tables =
        new java.util.concurrent.atomic.AtomicInteger();
    assertThat(
            problems(
                "person,group,entered,period\np1,BME,no,2024\np2,WHITE,no,2024\np1,BME,no,2025\n",
                bytes -> tables.incrementAndGet() == 1))
        .containsExactly(
            "row 3 (line 4), column person: is one distinct person more than the memory allowed can"
                + " count (2 counted; later people were not counted): allow more memory, such as a"
                + " larger Java heap");
    assertThat(tables).hasValue(2);
  }

  @Test
  void theHashOfAReferenceIsFnv1aOverItsUtf16UnitsThenSplitMix64() {
    // Values worked out apart from this code (FNV-1a over each UTF-16 unit's low then high byte,
    // then SplitMix64's finaliser): which people are told apart must not change between versions.
    assertThat(Wres3.hash("")).isEqualTo(-780787492076525413L);
    assertThat(Wres3.hash("p1")).isEqualTo(-7955747400486918667L);
    assertThat(Wres3.hash("Jos\u00e9")).isEqualTo(-6635380867890288659L);
    assertThat(Wres3.hash("Jos\u00e8")).isEqualTo(-348722539466845407L);
    assertThat(Wres3.hash("\u0100")).isEqualTo(4696024077669761839L);
    assertThat(Wres3.hash("\u0200")).isEqualTo(-8590370955600792288L);
    assertThat(Wres3.hash("\ud83d\ude00")).isEqualTo(-8566397145786040035L);
  }

  @Test
  void recordsWithNoRowsHaveNoPeopleOfEitherGroup() {
    assertThatThrownBy(() -> Wres3.compute(new StringReader("person,group,entered\n")))
        .isInstanceOfSatisfying(
            io.github.justculture.core.InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::message)
                    .containsExactly(
                        "$: must include at least one BME and one WHITE person; found BME 0, WHITE"
                            + " 0"));
  }

  @Test
  void aNegativeThresholdIsRefusedBeforeARecordIsRead() {
    Reader unread =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) {
            throw new AssertionError("read");
          }

          @Override
          public void close() {}
        };
    @SuppressWarnings("InputStreamSlowMultibyteRead") // never read at all
    java.io.InputStream unreadBytes =
        new java.io.InputStream() {
          @Override
          public int read() {
            throw new AssertionError("read");
          }
        };
    String refused = "smallNumbersThreshold must not be negative, was -1";
    assertThatThrownBy(() -> Wres3.compute(unread, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(refused);
    assertThatThrownBy(() -> Wres3.compute(unreadBytes, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(refused);
    assertThatThrownBy(() -> Wres3.compute(unreadBytes, -1, bytes -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(refused);
    // Zero flags nothing: it is allowed.
    assertThat(Wres3.compute(new StringReader(people(2).toString()), 0).result().smallNumbers())
        .isFalse();
  }

  @Test
  void theSmallNumbersThresholdIsTheCallersFromBytesAsFromText() {
    String csv = people(40).toString(); // 20 BME, 20 WHITE; every third person entered: 6 and 7
    Wres3Result fromBytes =
        Wres3.compute(
            new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 7);
    Wres3Result fromText = Wres3.compute(new StringReader(csv), 7);
    assertThat(fromBytes).isEqualTo(fromText);
    assertThat(fromBytes.result().focus()).isEqualTo(GroupCount.of(6, 20));
    assertThat(fromBytes.result().smallNumbers()).isTrue(); // 6 events, below 7
    assertThat(Wres3.compute(new StringReader(csv), 6).result().smallNumbers()).isFalse();
  }

  @Test
  void reportsEveryBadRowWithItsRowAndColumn() {
    assertThatThrownBy(
            () ->
                Wres3.compute(
                    new StringReader(
                        "person,group,entered\np1,BME,yes\n,ASIAN,maybe\np1,WHITE,no\np2,WHITE,no\n")))
        .isInstanceOfSatisfying(
            CsvInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CsvProblem::message)
                    .containsExactly(
                        "row 2 (line 3), column person: must not be empty",
                        "row 2 (line 3), column group: must be BME, WHITE or UNKNOWN (or NOT_STATED)",
                        "row 2 (line 3), column entered: must be yes or no (or true/false, 1/0)",
                        "row 3 (line 4), column group: differs from the group an earlier row gives the"
                            + " same person"));
    assertThatThrownBy(() -> Wres3.compute(new StringReader("person,group\np1,BME\n")))
        .hasMessageContaining("missing, was \"entered\"");
    // Every missing column at once, and the header can be checked before the records are read.
    assertThatThrownBy(() -> Wres3.checkHeader(List.of("group", "period", "Person")))
        .isInstanceOfSatisfying(
            io.github.justculture.core.InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::message)
                    .containsExactly(
                        "$: the header must have the columns person, group and entered; missing,"
                            + " was \"person\"",
                        "$: the header must have the columns person, group and entered; missing,"
                            + " was \"entered\""));
    Wres3.checkHeader(List.of("entered", "x", "group", "person"));
    // A file saved with semicolons or tabs between columns is one column: said so, with the cure.
    for (String[] header :
        new String[][] {{"person;group;entered", "semicolons"}, {"person\tgroup", "tabs"}}) {
      assertThatThrownBy(() -> Wres3.checkHeader(List.of(header[0])))
          .isInstanceOfSatisfying(
              io.github.justculture.core.InvalidInputException.class,
              e ->
                  assertThat(e.findings())
                      .extracting(io.github.justculture.core.Finding::message)
                      .hasSize(4)
                      .last()
                      .isEqualTo(
                          "$: the header is one column holding "
                              + header[1]
                              + ": columns must be separated by commas (save the file as"
                              + " comma-separated CSV)"));
    }
    // Not for a header of several columns, or one without another separator.
    for (List<String> header : List.of(List.of("person;x", "group"), List.of("people"))) {
      assertThatThrownBy(() -> Wres3.checkHeader(header))
          .isInstanceOfSatisfying(
              io.github.justculture.core.InvalidInputException.class,
              e ->
                  assertThat(e.findings())
                      .hasSize(4 - header.size())
                      .noneMatch(f -> f.rule().contains("one column holding")));
    }
    assertThatThrownBy(() -> Wres3.compute(new StringReader("person,group,entered\np1,BME,yes\n")))
        .hasMessageContaining("at least one BME and one WHITE person");
  }

  /**
   * The three columns are personal data (a person, their ethnic group, a disciplinary process): no
   * problem echoes a cell, whatever is wrong with it.
   */
  @Test
  void neverEchoesPersonalData() {
    assertThatThrownBy(
            () ->
                Wres3.compute(
                    new StringReader(
                        """
                        person,group,entered
                        Jane Smith,BME,yes
                        Jane Smith,Irish,no
                        Jane Smith,WHITE,no
                        Jo Bloggs,WHITE,perhaps
                        """)))
        .isInstanceOf(CsvInputException.class)
        .hasMessageNotContaining("Jane")
        .hasMessageNotContaining("Irish")
        .hasMessageNotContaining("Bloggs")
        .hasMessageNotContaining("perhaps");
  }

  /**
   * Bytes that are not UTF-8 are a problem of their row, never replaced: replacing them would make
   * "José" and "Josè" one person and change the result.
   */
  @Test
  void decodesStrictlySoThatTwoPeopleAreNeverMerged() {
    byte[] records =
        bytes("person,group,entered\nJos", 0xE9, ",BME,yes\nJos", 0xE8, ",BME,no\nAnn,WHITE,no\n");
    assertThatThrownBy(() -> Wres3.compute(new ByteArrayInputStream(records)))
        .isInstanceOfSatisfying(
            CsvInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CsvProblem::message)
                    .containsExactly(
                        "row 1 (line 2), column person: is not valid UTF-8 text (byte 0xE9 at byte 4"
                            + " of the cell): save the file as UTF-8",
                        "row 2 (line 3), column person: is not valid UTF-8 text (byte 0xE8 at byte 4"
                            + " of the cell): save the file as UTF-8"));
    // Valid UTF-8 with a byte order mark (as Excel writes it) reads as usual.
    byte[] excel =
        bytes(0xEF, 0xBB, 0xBF, "person,group,entered\nJos\u00e9,BME,yes\nAnn,WHITE,no\n");
    assertThat(Wres3.compute(new ByteArrayInputStream(excel)).persons()).isEqualTo(2);
  }

  @Test
  void rowsMustHaveTheHeadersCells() {
    assertThatThrownBy(
            () ->
                Wres3.compute(
                    new StringReader(
                        "person,group,entered\np1,BME,yes,extra\np2,WHITE\np3,WHITE,no\n")))
        .isInstanceOfSatisfying(
            CsvInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CsvProblem::message)
                    .containsExactly(
                        "row 1 (line 2): has 4 cells, the header 3",
                        "row 2 (line 3): has 2 cells, the header 3",
                        "row 2 (line 3), column entered: must be yes or no (or true/false, 1/0)"));
  }

  /**
   * Unnamed columns (empty headings, as a spreadsheet may save) are ignored like other extra ones.
   */
  @Test
  void unnamedColumnsAreIgnoredLikeOtherExtraColumns() {
    assertThat(
            Wres3.compute(
                new StringReader(
                    "person,,group,note,entered,\np1,,BME,a,yes,\np2,x,WHITE,b,no,\n")))
        .isEqualTo(
            Wres3.compute(new StringReader("person,group,entered\np1,BME,yes\np2,WHITE,no\n")));
  }

  /** Text and bytes, the bytes given as ints. */
  static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes(part.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /**
   * A million rows generated on the fly: nothing holds them, and the core tests run in a 96 MB
   * heap.
   */
  @Test
  void streamsAMillionRowsInASmallHeap() {
    Reader generated =
        new Reader() {
          private long row = -1;
          private String current = "";
          private int pos;

          @Override
          public int read(char[] buf, int off, int len) {
            int n = 0;
            while (n < len) {
              if (pos == current.length()) {
                row++;
                if (row > 1_000_000) {
                  return n == 0 ? -1 : n;
                }
                // 500,000 people, each on two rows; one in five BME; BME enter at twice the white
                // rate.
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
    Wres3Result r = Wres3.compute(generated);
    assertThat(r.rows()).isEqualTo(1_000_000);
    assertThat(r.persons()).isEqualTo(500_000);
    assertThat(r.result().focus()).isEqualTo(GroupCount.of(10_000, 100_000));
    assertThat(r.result().reference()).isEqualTo(GroupCount.of(5_000, 400_000));
    assertThat(r.result().relativeLikelihood().orElseThrow()).isEqualTo(8.0);
  }

  @Test
  void withAPeriodColumnEachPeriodIsReportedAndTheResultIsTheTwoPeriodRollingFigure() {
    Wres3Result r =
        Wres3.compute(
            new StringReader(
                "person,group,entered,period\n"
                    + "p1,BME,yes,2024\n"
                    + "p2,BME,no,2024\n"
                    + "p3,WHITE,no,2024\n"
                    + "p4,WHITE,yes,2024\n"
                    + "p1,BME,no,2025\n" // p1 again in another period: counted there too
                    + "p2,BME,yes,2025\n"
                    + "p5,BME,yes,2025\n"
                    + "p3,WHITE,no,2025\n"
                    + "p4,WHITE,no,2025\n"
                    + "p6,WHITE,yes,2025\n"
                    + "p6,WHITE,no,2025\n" // the same person twice in one period: once
                    + "p1,BME,no,2026\n"
                    + "p3,WHITE,yes,2026\n"
                    + "p9,UNKNOWN,no,2026\n"));
    assertThat(r.periods())
        .extracting(p -> p.periods().get(0))
        .containsExactly("2024", "2025", "2026");
    Wres3Period y2025 = r.periods().get(1);
    assertThat(y2025.result().focus()).isEqualTo(GroupCount.of(2, 3));
    assertThat(y2025.result().reference()).isEqualTo(GroupCount.of(1, 3));
    assertThat(y2025.persons()).isEqualTo(6);
    // Rolling: the counts of two consecutive periods pooled.
    assertThat(r.rolling())
        .extracting(Wres3Period::periods)
        .containsExactly(java.util.List.of("2024", "2025"), java.util.List.of("2025", "2026"));
    Wres3Period last = r.rolling().get(1);
    assertThat(last.result().focus()).isEqualTo(GroupCount.of(2, 4));
    assertThat(last.result().reference()).isEqualTo(GroupCount.of(2, 4));
    assertThat(last.excludedUnknown()).isEqualTo(1);
    // A period's people include those of an unknown group, excluded from the figure.
    assertThat(r.periods().get(2).persons()).isEqualTo(3);
    assertThat(r.periods().get(2).excludedUnknown()).isEqualTo(1);
    assertThat(last.persons()).isEqualTo(6 + 3);
    assertThat(r.result()).isEqualTo(last.result());
    assertThat(r.persons()).isEqualTo(4 + 6 + 3);
    assertThat(r.excludedUnknown()).isEqualTo(1);
    // Without a period column, nothing is split.
    Wres3Result plain =
        Wres3.compute(new StringReader("person,group,entered\np1,BME,yes\np2,WHITE,no\n"));
    assertThat(plain.periods()).isEmpty();
    assertThat(plain.rolling()).isEmpty();
  }

  @Test
  void periodsAreCheckedLikeAnyCell() {
    assertThatThrownBy(
            () ->
                Wres3.compute(
                    new StringReader(
                        "person,group,entered,period\n"
                            + "p1,BME,yes,2025\n"
                            + "p1,WHITE,yes,2025\n" // another group in the same period
                            + "p2,WHITE,no,\n")))
        .isInstanceOf(CsvInputException.class)
        .hasMessageContaining(
            "row 2 (line 3), column group: differs from the group an earlier row gives the same"
                + " person in the same period")
        .hasMessageContaining("row 3 (line 4), column period: must not be empty");
    assertThatThrownBy(
            () ->
                Wres3.compute(
                    new StringReader(
                        """
                        person,group,entered,period
                        p1,BME,yes,2025
                        p2,WHITE,no,2025
                        p3,BME,no,2026
                        """)))
        .hasMessageContaining("period 2026 must include at least one BME and one WHITE person");
  }

  /** A period of 32 characters and 100 periods are allowed; one more of either is named. */
  @Test
  void periodLimitsHoldExactlyAtTheirValues() {
    String longest = "p".repeat(32);
    StringBuilder ok = new StringBuilder("person,group,entered,period\n");
    ok.append("a,BME,yes,").append(longest).append("\nb,WHITE,no,").append(longest).append('\n');
    assertThat(Wres3.compute(new StringReader(ok.toString())).periods()).hasSize(1);
    String tooLong = ok.toString().replace(longest, longest + "p");
    assertThatThrownBy(() -> Wres3.compute(new StringReader(tooLong)))
        .hasMessageContaining("column period: must be at most 32 characters");

    StringBuilder hundred = new StringBuilder("person,group,entered,period\n");
    for (int p = 0; p < Wres3.MAX_PERIODS; p++) {
      hundred.append("a").append(p).append(",BME,yes,").append(p).append('\n');
      hundred.append("b").append(p).append(",WHITE,no,").append(p).append('\n');
    }
    assertThat(Wres3.compute(new StringReader(hundred.toString())).periods())
        .hasSize(Wres3.MAX_PERIODS);
    String oneMore = hundred + "c,BME,no,100\n";
    assertThatThrownBy(() -> Wres3.compute(new StringReader(oneMore)))
        .hasMessageContaining(
            "row 201 (line 202), column period: is one period too many: at most 100");
  }
}
