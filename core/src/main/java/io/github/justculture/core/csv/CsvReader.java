package io.github.justculture.core.csv;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a quote
 * inside one, CRLF or LF line ends) one row at a time, so memory stays flat however many rows there
 * are.
 *
 * <p>The first row is the header. Blank lines are skipped. A reader is a single-use,
 * single-threaded cursor over the caller's {@link Reader}, which it neither buffers beyond one row
 * nor closes. Hostile input is bounded: a cell may hold at most {@value #MAX_CELL_LENGTH}
 * characters and a row at most {@value #MAX_COLUMNS} cells.
 *
 * <pre>{@code
 * CsvReader csv = CsvReader.of(reader);
 * for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
 *   String group = row.get().get("group").orElse("");
 * }
 * }</pre>
 */
public final class CsvReader {

  /** The longest cell accepted, in characters. */
  public static final int MAX_CELL_LENGTH = 10_000;

  /** The most cells a row may have. */
  public static final int MAX_COLUMNS = 1_000;

  private final Reader in;
  private final List<String> header;
  private final Map<String, Integer> columns;
  private long line = 1;
  private long row;
  private int pushback = -2;

  private CsvReader(Reader in) {
    this.in = in;
    List<String> first = readRecord();
    if (first == null) {
      throw InvalidInputException.of(
          "CSV input", Finding.of("$", "is empty: a header row is required"));
    }
    this.header = List.copyOf(first);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      if (index.putIfAbsent(name, i) != null) {
        throw InvalidInputException.of(
            "CSV input", Finding.of("$", "the header names column '" + name + "' twice", name));
      }
    }
    this.columns = Map.copyOf(index);
  }

  /**
   * Starts reading, consuming the header row.
   *
   * @param in the CSV text; not closed
   * @return the reader
   * @throws InvalidInputException if there is no header row or it repeats a column name
   * @throws UncheckedIOException if reading fails
   */
  public static CsvReader of(Reader in) {
    return new CsvReader(in);
  }

  /**
   * The header's column names, trimmed.
   *
   * @return the names, in order
   */
  public List<String> header() {
    return header.stream().map(String::trim).toList();
  }

  /**
   * The next data row.
   *
   * @return the row, or empty at the end of the input
   * @throws InvalidInputException naming the line of a quoted field that never ends, or of a cell
   *     or row over the limits
   * @throws UncheckedIOException if reading fails
   */
  public Optional<CsvRow> next() {
    long start;
    List<String> values;
    do {
      start = line;
      values = readRecord();
      if (values == null) {
        return Optional.empty();
      }
    } while (values.size() == 1 && values.get(0).isEmpty());
    row++;
    return Optional.of(new CsvRow(row, start, columns, values));
  }

  /** One record, or null at the end of input. */
  private @Nullable List<String> readRecord() {
    List<String> values = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    long quoteLine = line;
    while (true) {
      int c = read();
      if (c < 0) {
        if (quoted) {
          throw problem(quoteLine, "a quoted field starting on this line never ends");
        }
        if (!any) {
          return null;
        }
        values.add(cell.toString());
        return values;
      }
      any = true;
      if (quoted) {
        if (c == '"') {
          int next = read();
          if (next == '"') {
            append(cell, '"');
          } else {
            quoted = false;
            unread(next);
          }
        } else {
          if (c == '\n') {
            line++;
          }
          append(cell, (char) c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
      } else if (c == ',') {
        values.add(cell.toString());
        cell.setLength(0);
        if (values.size() >= MAX_COLUMNS) {
          throw problem(line, "a row may have at most " + MAX_COLUMNS + " cells");
        }
      } else if (c == '\r' || c == '\n') {
        if (c == '\r') {
          int next = read();
          if (next != '\n') {
            unread(next);
          }
        }
        line++;
        values.add(cell.toString());
        return values;
      } else {
        append(cell, (char) c);
      }
    }
  }

  private void append(StringBuilder cell, char c) {
    if (cell.length() >= MAX_CELL_LENGTH) {
      throw problem(line, "a cell may hold at most " + MAX_CELL_LENGTH + " characters");
    }
    cell.append(c);
  }

  private int read() {
    if (pushback != -2) {
      int c = pushback;
      pushback = -2;
      return c;
    }
    try {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CSV input", e);
    }
  }

  private void unread(int c) {
    pushback = c;
  }

  private static InvalidInputException problem(long line, String rule) {
    return InvalidInputException.of("CSV input", Finding.of("$", "line " + line + ": " + rule));
  }
}
