package io.github.justculture.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  static List<CsvRow> rows(String text) {
    CsvReader csv = CsvReader.of(new StringReader(text));
    List<CsvRow> rows = new ArrayList<>();
    for (Optional<CsvRow> r = csv.next(); r.isPresent(); r = csv.next()) {
      rows.add(r.get());
    }
    return rows;
  }

  @Test
  void readsHeaderAndRowsByColumnName() {
    CsvReader csv =
        CsvReader.of(new StringReader("person, group ,entered\r\np1,BME,yes\np2,WHITE,no\n"));
    assertThat(csv.header()).containsExactly("person", "group", "entered");
    CsvRow first = csv.next().orElseThrow();
    assertThat(first.get("group")).contains("BME");
    assertThat(first.get("missing")).isEmpty();
    assertThat(first.row()).isEqualTo(1);
    assertThat(first.line()).isEqualTo(2);
    assertThat(csv.next().orElseThrow().get("entered")).contains("no");
    assertThat(csv.next()).isEmpty();
  }

  /**
   * Columns with an empty heading (a spreadsheet may save some after the last) have no name to look
   * them up by: they are not a name given twice, and a reader decides what they mean.
   */
  @Test
  void emptyHeadingsAreUnnamedColumnsNotARepeatedName() {
    CsvReader csv = CsvReader.of(new StringReader("a,,b, \n1,x,2,y\n"));
    assertThat(csv.header()).containsExactly("a", "", "b", "");
    CsvRow row = csv.next().orElseThrow();
    assertThat(row.get("b")).contains("2");
    assertThat(row.get("")).isEmpty();
    assertThat(row.values()).containsExactly("1", "x", "2", "y");
  }

  @Test
  void handlesQuotesEscapedQuotesNewlinesInQuotesAndBlankLines() {
    List<CsvRow> rows = rows("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\nlast,\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).values()).containsExactly("x, y", "say \"hi\"");
    assertThat(rows.get(1).values()).containsExactly("two\nlines", "z");
    assertThat(rows.get(1).line()).isEqualTo(4);
    assertThat(rows.get(2).line()).isEqualTo(6);
    assertThat(rows.get(2).values()).containsExactly("last", "");
    assertThat(rows("a\nno-newline-at-end").get(0).values()).containsExactly("no-newline-at-end");
  }

  @Test
  void headerProblemsEndTheReading() {
    assertThatThrownBy(() -> rows("")).hasMessageContaining("a header row is required");
    assertThatThrownBy(() -> rows("\n\n")).hasMessageContaining("a header row is required");
    assertThatThrownBy(() -> rows("a,a\n1,2")).hasMessageContaining("column 'a' twice");
    assertThatThrownBy(() -> rows("\"a\nb\",\"a\nb\"\n1,2"))
        .hasMessageContaining("column 'a\\nb' twice");
    assertThatThrownBy(() -> CsvReader.of(new ByteArrayInputStream(new byte[] {'a', (byte) 0xFF})))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the header row")
        .hasMessageContaining("not valid UTF-8");
  }

  /** Whatever is wrong with a row, it is named and the rows after it are read as usual. */
  @Test
  void aBadRowNeverEndsTheReading() {
    String longCell = "x".repeat(CsvReader.MAX_CELL_LENGTH + 1);
    List<CsvRow> rows =
        rows(
            "a,b\n"
                + "1,"
                + longCell
                + "\n"
                + "2,2\n"
                + "3,\"open\n" // a quote that never ends: its line is skipped
                + "4,4\n"
                + "5\n" // too few cells
                + "6,6,6\n" // too many
                + "7,7\n");
    assertThat(rows)
        .extracting(r -> r.values().get(0))
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(problems(rows.get(0)))
        .containsExactly("row 1 (line 2), column b: a cell may hold at most 10000 characters");
    assertThat(rows.get(1).isWellFormed()).isTrue();
    assertThat(problems(rows.get(2)))
        .containsExactly(
            "row 3 (line 4), column b: a quoted field starting on line 4 never ends (no closing"
                + " quote within 10000 characters): the rest of that line was skipped");
    assertThat(rows.get(3).values()).containsExactly("4", "4");
    assertThat(rows.get(3).line()).isEqualTo(5);
    assertThat(problems(rows.get(4))).containsExactly("row 5 (line 6): has 1 cells, the header 2");
    assertThat(problems(rows.get(5))).containsExactly("row 6 (line 7): has 3 cells, the header 2");
    assertThat(rows.get(6).isWellFormed()).isTrue();
    // A long quoted cell that does close is only too long; the rows after it still read.
    List<CsvRow> quoted = rows("a,b\n1,\"" + longCell + "\"\n2,2\n");
    assertThat(problems(quoted.get(0)))
        .singleElement()
        .asString()
        .contains("never ends"); // longer than a cell may be: taken as a quote that never ends
    assertThat(quoted).hasSize(2);
    List<CsvRow> wide = rows("a\n" + ",".repeat(CsvReader.MAX_COLUMNS + 5) + "\n1\n");
    assertThat(problems(wide.get(0))).containsExactly("row 1 (line 2): has more than 1000 cells");
    assertThat(wide.get(1).values()).containsExactly("1");
  }

  @Test
  void decodesUtf8StrictlyCellByCellAndSkipsAByteOrderMark() {
    byte[] input =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "name,n\nJos".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE9},
            ",1\nJos\u00e9,2\n".getBytes(StandardCharsets.UTF_8));
    CsvReader csv = CsvReader.of(new ByteArrayInputStream(input));
    assertThat(csv.header()).containsExactly("name", "n");
    CsvRow bad = csv.next().orElseThrow();
    assertThat(problems(bad))
        .containsExactly(
            "row 1 (line 2), column name: is not valid UTF-8 text (byte 0xE9 at byte 4 of the cell):"
                + " save the file as UTF-8");
    assertThat(bad.isUnreadable("name")).isTrue();
    assertThat(bad.get("n")).contains("1");
    assertThat(csv.next().orElseThrow().get("name")).contains("Jos\u00e9");
    assertThat(csv.next()).isEmpty();
    // A byte order mark character in decoded text is skipped too.
    assertThat(CsvReader.of(new StringReader("\uFEFFa,b\n1,2\n")).header())
        .containsExactly("a", "b");
  }

  /** A line too long to find its end in bounded memory stops the reading, and says so. */
  @Test
  void aLineWithoutEndStopsTheReadingAndSaysSo() {
    @SuppressWarnings("InputStreamSlowMultibyteRead") // read a byte at a time on purpose
    InputStream endless =
        new InputStream() {
          private int header = 0;

          @Override
          public int read() {
            return header < 4 ? "a,b\n".charAt(header++) : 'x';
          }
        };
    CsvReader csv = CsvReader.of(endless);
    CsvRow row = csv.next().orElseThrow();
    assertThat(problems(row))
        .first()
        .asString()
        .contains("line 2 is longer than 1000000 characters: reading stopped there");
    assertThat(csv.next()).isEmpty();
    InputStream zeros =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }
        };
    assertThatThrownBy(() -> CsvReader.of(zeros))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("longer than 1000000 characters");
  }

  @Test
  void problemsEchoCellsQuotedAndShortened() {
    CsvRow row = rows("a,prevalence\n1,1.4\n").get(0);
    assertThat(row.problem("prevalence", "must be between 0 and 1", "1.4").message())
        .isEqualTo("row 1 (line 2), column prevalence: must be between 0 and 1, was \"1.4\"");
    assertThat(row.problem("a", "bad", "line\nbreak").message()).endsWith("was \"line\\nbreak\"");
    assertThat(row.problem("a", "bad", "x".repeat(100)).message()).endsWith("…\"");
    // Up to 60 characters are echoed whole; a longer cell, its first 59 and an ellipsis.
    assertThat(row.problem("a", "bad", "x".repeat(60)).message())
        .endsWith(", was \"" + "x".repeat(60) + "\"");
    assertThat(row.problem("a", "bad", "x".repeat(61)).message())
        .endsWith(", was \"" + "x".repeat(59) + "…\"");
    assertThat(row.problemWithoutValue("a", "is personal").message())
        .isEqualTo("row 1 (line 2), column a: is personal");
    assertThat(row.problem("has 3 cells, the header 2").message())
        .isEqualTo("row 1 (line 2): has 3 cells, the header 2");
  }

  static List<String> problems(CsvRow row) {
    return row.problems().stream().map(CsvProblem::message).toList();
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void streamsAMillionRowsWithoutHoldingThem() {
    Reader generated =
        new Reader() {
          private final String header = "person,group,entered\n";
          private long emitted;
          private int pos;
          private String current = header;

          @Override
          public int read(char[] buf, int off, int len) {
            int n = 0;
            while (n < len) {
              if (pos == current.length()) {
                if (emitted == 1_000_000) {
                  return n == 0 ? -1 : n;
                }
                emitted++;
                current = "p" + emitted + ",BME,yes\n";
                pos = 0;
              }
              buf[off + n++] = current.charAt(pos++);
            }
            return n;
          }

          @Override
          public void close() {}
        };
    CsvReader csv = CsvReader.of(generated);
    long count = 0;
    while (csv.next().isPresent()) {
      count++;
    }
    assertThat(count).isEqualTo(1_000_000);
  }
}
