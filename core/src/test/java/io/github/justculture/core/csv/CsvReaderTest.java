package io.github.justculture.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import java.io.Reader;
import java.io.StringReader;
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
  void reportsProblemsWithTheirLine() {
    assertThatThrownBy(() -> rows("a,b\n1,\"open\n2,3\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2: a quoted field starting on this line never ends");
    assertThatThrownBy(() -> rows("")).hasMessageContaining("a header row is required");
    assertThatThrownBy(() -> rows("a,a\n1,2")).hasMessageContaining("column 'a' twice");
    assertThatThrownBy(() -> rows("a\n" + "x".repeat(CsvReader.MAX_CELL_LENGTH + 1)))
        .hasMessageContaining("at most 10000 characters");
    CsvRow row = rows("a,prevalence\n1,1.4\n").get(0);
    assertThat(row.problem("prevalence", "must be between 0 and 1", "1.4").message())
        .isEqualTo("row 1 (line 2), column prevalence: must be between 0 and 1, was \"1.4\"");
    assertThat(row.problem("has 3 cells, the header 2").message())
        .isEqualTo("row 1 (line 2): has 3 cells, the header 2");
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
