package io.github.justculture.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reader's limits and edges, each at its value and one past it, read both as text and as UTF-8
 * bytes: the two sources must agree on every row, cell and problem.
 */
class CsvLimitsTest {

  private static final int MAX = CsvReader.MAX_CELL_LENGTH;

  /** The problem of the first row when its line (line 2) is over the limit. */
  private static final String LINE_2_TOO_LONG =
      "row 1 (line 2): line 2 is longer than "
          + CsvReader.MAX_LINE_LENGTH
          + " characters: reading stopped there, and the rest of the input was not read (not well"
          + " formed)";

  /** A header of 100 columns, c0 to c99. */
  private static final String HUNDRED_COLUMNS =
      String.join(",", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "c" + i).toList());

  /** Every row as "row/line: cells | problems", from the text and from its UTF-8 bytes. */
  private static List<String> read(String text) {
    List<String> fromText = describe(CsvReader.of(new StringReader(text)));
    List<String> fromBytes =
        describe(CsvReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertThat(fromBytes).as("bytes and text agree").isEqualTo(fromText);
    return fromText;
  }

  private static List<String> describe(CsvReader csv) {
    List<String> out = new ArrayList<>();
    for (Optional<CsvRow> r = csv.next(); r.isPresent(); r = csv.next()) {
      CsvRow row = r.get();
      StringBuilder s = new StringBuilder().append(row.row()).append('/').append(row.line());
      s.append(": ");
      for (int i = 0; i < row.values().size(); i++) {
        String v = row.values().get(i);
        s.append(i == 0 ? "" : ",").append(v.length() > 12 ? v.length() + " chars" : v);
      }
      row.problems().forEach(p -> s.append(" | ").append(p.message()));
      s.append(row.isWellFormed() ? "" : " (not well formed)");
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void aCellMayHoldExactlyTheLimit() {
    String tooLong = "a cell may hold at most " + MAX + " characters";
    for (String unit : List.of("x", "é", "€")) {
      assertThat(read("a,b\n" + unit.repeat(MAX) + ",1\n" + unit.repeat(MAX + 1) + ",2\n"))
          .as(unit)
          .containsExactly(
              "1/2: " + MAX + " chars,1",
              "2/3: ,2 | row 2 (line 3), column a: " + tooLong + " (not well formed)");
      // Quoted, the same limit; a quoted cell longer than it is a quote that never ends.
      assertThat(
              read(
                  "a,b\n\"" + unit.repeat(MAX) + "\",1\n\"" + unit.repeat(MAX + 1) + "\",2\nz,3\n"))
          .as(unit + " quoted")
          .containsExactly(
              "1/2: " + MAX + " chars,1",
              "2/3:  | row 2 (line 3), column a: a quoted field starting on line 3 never ends"
                  + " (no closing quote within "
                  + MAX
                  + " characters): the rest of that line was skipped (not well formed)",
              "3/4: z,3");
    }
    // A character outside the Basic Multilingual Plane counts as two, as Java's strings do.
    String face = "\uD83D\uDE00";
    assertThat(read("a\n" + face.repeat(MAX / 2) + "\n" + face.repeat(MAX / 2) + "x\n"))
        .containsExactly(
            "1/2: " + MAX + " chars",
            "2/3:  | row 2 (line 3), column a: " + tooLong + " (not well formed)");
  }

  @Test
  void aRowMayHoldExactlyTheMostColumns() {
    int most = CsvReader.MAX_COLUMNS;
    String header =
        String.join(
            ",", java.util.stream.IntStream.rangeClosed(1, most).mapToObj(i -> "c" + i).toList());
    String full = "1" + ",2".repeat(most - 1);
    List<String> rows = read(header + "\n" + full + "\n" + full + ",3\n" + full + ",3,4\n");
    assertThat(rows.get(0)).doesNotContain("|");
    assertThat(rows.get(1))
        .endsWith("| row 2 (line 3): has more than " + most + " cells (not well formed)");
    assertThat(rows.get(2))
        .endsWith("| row 3 (line 4): has more than " + most + " cells (not well formed)");
  }

  @Test
  void cellsBeyondTheHeaderAreNamedByNumber() {
    assertThat(read("a,b\n1,2,\"x\n"))
        .containsExactly(
            "1/2: 1,2, | row 1 (line 2), column #3: a quoted field starting on line 2 never ends"
                + " (no closing quote within "
                + MAX
                + " characters): the rest of that line was skipped (not well formed)");
    assertThat(read("a,b\n1,2,3\n"))
        .containsExactly(
            "1/2: 1,2,3 | row 1 (line 2): has 3 cells, the header 2 (not well formed)");
  }

  @Test
  void aQuoteRunningToTheEndOfInputIsReportedAndEveryLineEndingCounts() {
    assertThat(read("a,b\r\n1,2\r3,4\n\n5,\"6\n7,8"))
        .containsExactly(
            "1/2: 1,2",
            "2/3: 3,4",
            "3/5: 5, | row 3 (line 5), column b: a quoted field starting on line 5 never ends (no"
                + " closing quote within "
                + MAX
                + " characters): the rest of that line was skipped (not well formed)",
            "4/6: 7,8");
    // A quoted cell may span lines; the next row's line number counts them.
    assertThat(read("a,b\n\"x\ny\",1\r\n\"\",\"\"\"\"\n"))
        .containsExactly("1/2: x\ny,1", "2/4: ,\"");
  }

  @Test
  void onlyOneByteOrderMarkAtTheVeryStartIsSkipped() {
    assertThat(read("\uFEFFa,b\n1,2\n")).containsExactly("1/2: 1,2");
    assertThat(CsvReader.of(new StringReader("\uFEFFa\n")).header()).containsExactly("a");
    assertThat(CsvReader.of(new StringReader("\uFEFF\uFEFFa\n")).header())
        .containsExactly("\uFEFFa");
    byte[] twice = {
      (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'
    };
    assertThat(CsvReader.of(new ByteArrayInputStream(twice)).header()).containsExactly("\uFEFFa");
    // Two bytes of a mark are not a mark: the header cell is not valid UTF-8.
    byte[] partial = {(byte) 0xEF, (byte) 0xBB, 'a', '\n'};
    assertThatThrownBy(() -> CsvReader.of(new ByteArrayInputStream(partial)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the header row, cell 1: is not valid UTF-8 text");
    assertThat(CsvReader.of(new ByteArrayInputStream(new byte[] {'\n', '\n', 'a', '\n'})).header())
        .containsExactly("a");
  }

  @Test
  void anExceptionListsTheFirstProblemsAndSaysThereAreMore() {
    List<CsvProblem> problems = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      problems.add(
          new CsvProblem(i, i + 1, Optional.of("a"), "must be a number", Optional.of("\"x\"")));
    }
    int shown = InvalidInputException.MESSAGE_FINDINGS;
    CsvInputException ten = new CsvInputException(problems.subList(0, shown), shown);
    assertThat(ten.getMessage())
        .startsWith("invalid CSV input (10 problems): row 1 (line 2), column a: must be a number,")
        .contains("row 10 (line 11)")
        .doesNotContain("…");
    CsvInputException eleven = new CsvInputException(problems, 11);
    assertThat(eleven.getMessage())
        .contains("row 10 (line 11)")
        .doesNotContain("row 11")
        .endsWith("; …");
    assertThat(new CsvInputException(problems, 500).problems()).hasSize(11);
    assertThat(new CsvInputException(problems, 500).total()).isEqualTo(500);
    assertThat(problems.get(0).toString()).isEqualTo(problems.get(0).message());
  }

  /** 100 copies of a cell, joined by commas: with its line end, a line of the longest length. */
  private static String longestLine(String cell) {
    String line = String.join(",", java.util.Collections.nCopies(100, cell));
    assertThat(line.length() + 1).isEqualTo(CsvReader.MAX_LINE_LENGTH);
    return line;
  }

  @Test
  void aLineOfExactlyTheLongestLengthIsRead() {
    // 100 cells of 9,999 characters, 99 commas and the line's end: 1,000,000 characters.
    String line = longestLine("x".repeat(9_999));
    assertThat(read(HUNDRED_COLUMNS + "\n" + line + "\n1\n"))
        .hasSize(2)
        .first()
        .asString()
        .doesNotContain("|");
    // One character more: the cells read so far come back with the problem, and reading stops.
    List<String> longer = read(HUNDRED_COLUMNS + "\n" + line + "x\n1\n");
    assertThat(longer).hasSize(1);
    assertThat(longer.get(0)).startsWith("1/2: 9999 chars,").endsWith(" | " + LINE_2_TOO_LONG);
  }

  @Test
  void aQuoteThatNeverEndsOnALineTooLongToSkipStopsTheReading() {
    String rest = "y".repeat(CsvReader.MAX_LINE_LENGTH + 1);
    assertThat(read("a,b\n1,\"x" + rest + "\n2,3\n"))
        .containsExactly("1/2: 1 | " + LINE_2_TOO_LONG);
    // Up to the limit, the rest of the line is skipped and the next row read.
    String skippable = "y".repeat(CsvReader.MAX_LINE_LENGTH - 10);
    assertThat(read("a,b\n1,\"x" + skippable + "\r2,3\n")).hasSize(2).last().isEqualTo("2/3: 2,3");
    assertThat(read("a\n\"x"))
        .containsExactly(
            "1/2:  | row 1 (line 2), column a: a quoted field starting on line 2 never ends (no"
                + " closing quote within "
                + MAX
                + " characters): the rest of that line was skipped (not well formed)");
  }

  /** A quoted cell's characters, its quotes included, count towards the line's length. */
  @Test
  void quotedCellsCountTowardsTheLongestLine() {
    // 100 quoted cells of 9,997 characters (9,999 with their quotes), 99 commas and the line's
    // end: 1,000,000 characters.
    String line = longestLine("\"" + "x".repeat(9_997) + "\"");
    assertThat(read(HUNDRED_COLUMNS + "\n" + line + "\n1\n"))
        .hasSize(2)
        .first()
        .asString()
        .startsWith("1/2: 9997 chars,")
        .doesNotContain("|");
    String tooLong = " | " + LINE_2_TOO_LONG;
    // A doubled quote inside a cell is two characters of the line: one more, and it is too long.
    List<String> longer = read(HUNDRED_COLUMNS + "\n" + line.replaceFirst("xx", "\"\"x") + "\n1\n");
    assertThat(longer).hasSize(1);
    assertThat(longer.get(0)).endsWith(tooLong);
    // The last line, with no line end: its closing quote may be the longest line's last character,
    // not one past it.
    String last = line.replaceFirst("xx", "xxx");
    assertThat(last.length()).isEqualTo(CsvReader.MAX_LINE_LENGTH);
    assertThat(read(HUNDRED_COLUMNS + "\n" + last))
        .singleElement()
        .asString()
        .startsWith("1/2: 9998 chars,")
        .doesNotContain("|");
    assertThat(read(HUNDRED_COLUMNS + "\n" + last.replaceFirst("xx", "xxx")))
        .singleElement()
        .asString()
        .endsWith(tooLong);
  }

  /**
   * After a quote that never ends, the rest of its line is skipped within the same limit as a line
   * read cell by cell: the characters before the quote, and the quote, count.
   */
  @Test
  void theLineOfAQuoteThatNeverEndsMayHaveExactlyTheLongestLength() {
    String before = "1,";
    // "1,", the quote, the rest and the line's end: exactly the longest line.
    String rest = "y".repeat(CsvReader.MAX_LINE_LENGTH - before.length() - 2);
    assertThat(read("a,b\n" + before + "\"" + rest + "\n2,3\n"))
        .containsExactly(
            "1/2: 1, | row 1 (line 2), column b: a quoted field starting on line 2 never ends (no"
                + " closing quote within "
                + MAX
                + " characters): the rest of that line was skipped (not well formed)",
            "2/3: 2,3");
    assertThat(read("a,b\n" + before + "\"" + rest + "y\n2,3\n"))
        .containsExactly("1/2: 1 | " + LINE_2_TOO_LONG);
  }

  @Test
  void aQuoteInsideACellIsText() {
    assertThat(read("a,b\n5\"6,\"\"\n")).containsExactly("1/2: 5\"6,");
  }

  @Test
  void headerProblemsNameWhatIsWrong() {
    assertThatThrownBy(() -> CsvReader.of(new StringReader("\n\n")))
        .hasMessage("invalid CSV input: $: is empty: a header row is required");
    assertThatThrownBy(() -> CsvReader.of(new StringReader("a, b,a\n")))
        .hasMessage("invalid CSV input: $: the header names column 'a' twice, was \"a\"");
  }

  /** Bytes that cannot start a character, alone or past the byte limit of a cell. */
  @Test
  void continuationBytesAloneAreNotText() {
    byte[] header = "a,b\n".getBytes(StandardCharsets.UTF_8);
    assertThat(bytesRow(header, 1, (byte) 0x80))
        .isEqualTo(
            "1/2: ,1 | row 1 (line 2), column a: is not valid UTF-8 text (byte 0x80 at byte 1 of"
                + " the cell): save the file as UTF-8 (not well formed)");
    int most = MAX * 4;
    assertThat(bytesRow(header, most, (byte) 0x80))
        .isEqualTo(
            "1/2: ,1 | row 1 (line 2), column a: is not valid UTF-8 text (byte 0x80 at byte 1 of"
                + " the cell): save the file as UTF-8 (not well formed)");
    assertThat(bytesRow(header, most + 1, (byte) 0x80))
        .isEqualTo(
            "1/2: ,1 | row 1 (line 2), column a: a cell may hold at most "
                + MAX
                + " characters (not well formed)");
    // Quoted, the same byte limit: up to it the bytes are read to the closing quote (and are not
    // text); one byte more, and the quote is one that never ends.
    assertThat(bytesRow(header, most, (byte) 0x80, "\""))
        .isEqualTo(
            "1/2: ,1 | row 1 (line 2), column a: is not valid UTF-8 text (byte 0x80 at byte 1 of"
                + " the cell): save the file as UTF-8 (not well formed)");
    assertThat(bytesRow(header, most + 1, (byte) 0x80, "\""))
        .isEqualTo(
            "1/2:  | row 1 (line 2), column a: a quoted field starting on line 2 never ends (no"
                + " closing quote within "
                + MAX
                + " characters): the rest of that line was skipped (not well formed)");
  }

  private static String bytesRow(byte[] header, int count, byte unit) {
    return bytesRow(header, count, unit, "");
  }

  /** The one row of a cell of {@code count} copies of a byte, between {@code quote}s. */
  private static String bytesRow(byte[] header, int count, byte unit, String quote) {
    byte[] cell = new byte[count];
    java.util.Arrays.fill(cell, unit);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(header);
    out.writeBytes(quote.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(cell);
    out.writeBytes((quote + ",1\n").getBytes(StandardCharsets.UTF_8));
    List<String> rows = describe(CsvReader.of(new ByteArrayInputStream(out.toByteArray())));
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
