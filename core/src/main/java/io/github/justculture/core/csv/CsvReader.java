package io.github.justculture.core.csv;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.internal.JsonPaths;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a quote
 * inside one, CRLF or LF line ends) one row at a time, so memory stays flat however many rows there
 * are.
 *
 * <p>The first row is the header. Blank lines are skipped. A UTF-8 byte order mark at the start (as
 * Excel writes) is skipped. A reader is a single-use, single-threaded cursor over the caller's
 * stream, which it neither closes nor reads beyond what it needs.
 *
 * <p><b>A bad row never ends the reading.</b> Whatever is wrong with a row, it comes back from
 * {@link #next()} with its {@link CsvRow#problems() problems} named by row and column, and the rows
 * after it are read as usual: a cell that is not valid UTF-8 (bytes are decoded strictly, never
 * replaced), a cell over {@value #MAX_CELL_LENGTH} characters, more than {@value #MAX_COLUMNS}
 * cells, a number of cells other than the header's, and a quoted cell that does not close within
 * {@value #MAX_CELL_LENGTH} characters (taken as a quote that never ends: its row is reported and
 * reading resumes on the line after the quote opened). Only a line longer than {@value
 * #MAX_LINE_LENGTH} characters stops the reading, because where the next row starts cannot be found
 * without reading without bound; its row says so.
 *
 * <pre>{@code
 * CsvReader csv = CsvReader.of(inputStream);          // UTF-8
 * for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
 *   if (!row.get().problems().isEmpty()) { ... }      // report, and go on
 *   String group = row.get().get("group").orElse("");
 * }
 * }</pre>
 */
public final class CsvReader {

  /** The longest cell accepted, in characters. */
  public static final int MAX_CELL_LENGTH = 10_000;

  /** The most cells a row may have. */
  public static final int MAX_COLUMNS = 1_000;

  /**
   * The longest line read, in characters (bytes for UTF-8 input); a longer one ends the reading.
   */
  public static final int MAX_LINE_LENGTH = 1_000_000;

  private static final int EOF = -1;

  private final Source in;
  private final List<String> header;
  private final Map<String, Integer> columns;
  private long line = 1;
  private long row;
  private boolean stopped;

  private CsvReader(Source in) {
    this.in = in;
    in.skipByteOrderMark();
    RawRecord first;
    do {
      first = readRecord();
    } while (first != null && first.isBlank());
    if (first == null) {
      throw headerProblem("is empty: a header row is required", null);
    }
    for (int i = 0; i < first.cellProblems.length; i++) {
      if (first.cellProblems[i] != null) {
        throw headerProblem("the header row, cell " + (i + 1) + ": " + first.cellProblems[i], null);
      }
    }
    if (!first.problems.isEmpty()) {
      throw headerProblem("the header row: " + first.problems.get(0), null);
    }
    List<String> names = new ArrayList<>(first.values.size());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < first.values.size(); i++) {
      String name = first.values.get(i).trim();
      names.add(name);
      // An empty heading (a spreadsheet may save empty columns after the last) names nothing: the
      // column cannot be looked up by name, and several are not one name given twice.
      if (!name.isEmpty() && index.putIfAbsent(name, i) != null) {
        throw headerProblem("the header names column " + JsonPaths.quoted(name) + " twice", name);
      }
    }
    this.header = List.copyOf(names);
    this.columns = Map.copyOf(index);
  }

  private static InvalidInputException headerProblem(String rule, @Nullable String value) {
    return InvalidInputException.of(
        "CSV input", value == null ? Finding.of("$", rule) : Finding.of("$", rule, value));
  }

  /**
   * Starts reading text already decoded, consuming the header row. A byte order mark character at
   * the start is skipped.
   *
   * @param in the CSV text; not closed
   * @return the reader
   * @throws InvalidInputException if there is no header row, it repeats a column name (an empty
   *     heading is not a name) or it breaks a limit
   * @throws UncheckedIOException if reading fails
   */
  public static CsvReader of(Reader in) {
    return new CsvReader(new CharSource(in));
  }

  /**
   * Starts reading UTF-8 bytes, consuming the header row. Each cell is decoded strictly: a byte
   * sequence that is not UTF-8 is a problem of its row and column, never replaced. A UTF-8 byte
   * order mark at the start is skipped.
   *
   * @param in the CSV bytes; not closed
   * @return the reader
   * @throws InvalidInputException if there is no header row, it repeats a column name, is not valid
   *     UTF-8 or breaks a limit
   * @throws UncheckedIOException if reading fails
   */
  public static CsvReader of(InputStream in) {
    return new CsvReader(new ByteSource(in));
  }

  /**
   * The header's column names, trimmed. A column whose heading is empty (as a spreadsheet may save
   * after the last) has the name {@code ""} and cannot be looked up by name.
   *
   * @return the names, in order
   */
  public List<String> header() {
    return header;
  }

  /**
   * The next data row, with the problems found in reading it (if any).
   *
   * @return the row, or empty at the end of the input (or after a line too long to skip)
   * @throws UncheckedIOException if reading fails
   */
  public Optional<CsvRow> next() {
    if (stopped) {
      return Optional.empty();
    }
    long start;
    RawRecord record;
    do {
      start = line;
      record = readRecord();
      if (record == null) {
        return Optional.empty();
      }
    } while (record.isBlank());
    row++;
    List<CsvProblem> problems = new ArrayList<>();
    for (String problem : record.problems) {
      problems.add(new CsvProblem(row, start, Optional.empty(), problem, Optional.empty()));
    }
    for (int i = 0; i < record.cellProblems.length; i++) {
      String problem = record.cellProblems[i];
      if (problem != null) {
        problems.add(
            new CsvProblem(
                row, start, Optional.of(columnName(i)), problem, Optional.<String>empty()));
      }
    }
    if (record.problems.isEmpty() && !record.truncated && record.values.size() != header.size()) {
      problems.add(
          new CsvProblem(
              row,
              start,
              Optional.empty(),
              "has " + record.values.size() + " cells, the header " + header.size(),
              Optional.empty()));
    }
    return Optional.of(new CsvRow(row, start, columns, record.values, problems));
  }

  private String columnName(int i) {
    return i < header.size() ? header.get(i) : "#" + (i + 1);
  }

  /** The cells of one record and what went wrong in reading them. */
  private static final class RawRecord {
    final List<String> values = new ArrayList<>();
    final List<String> problems = new ArrayList<>(1);
    String[] cellProblems = new String[0];
    boolean truncated; // the rest of the line was skipped: its cells cannot be counted

    void cellProblem(int cell, String problem) {
      if (cell >= cellProblems.length) {
        cellProblems = Arrays.copyOf(cellProblems, Math.max(cell + 1, cellProblems.length * 2));
      }
      if (cellProblems[cell] == null) {
        cellProblems[cell] = problem;
      }
    }

    boolean isBlank() {
      return values.size() == 1
          && values.get(0).isEmpty()
          && problems.isEmpty()
          && cellProblems.length == 0;
    }
  }

  /** One record, or null at the end of input. */
  private @Nullable RawRecord readRecord() {
    RawRecord record = new RawRecord();
    in.startCell();
    long lineLength = 0;
    boolean any = false;
    while (true) {
      int c = in.read();
      if (c == EOF) {
        if (!any) {
          return null;
        }
        endCell(record);
        return record;
      }
      any = true;
      if (++lineLength > MAX_LINE_LENGTH) {
        return stoppedByLength(record);
      }
      if (c == '"' && in.cellIsEmpty()) {
        long quoted = readQuoted(record, lineLength);
        if (quoted < 0) {
          return record; // a quote that never ends: its line was skipped
        }
        lineLength += quoted; // a quoted cell's characters are the line's too
        if (lineLength > MAX_LINE_LENGTH) {
          return stoppedByLength(record);
        }
      } else if (c == ',') {
        endCell(record);
        in.startCell();
      } else if (c == '\r' || c == '\n') {
        endOfLine(c);
        endCell(record);
        return record;
      } else {
        in.append(c);
      }
    }
  }

  /**
   * Reads a quoted cell after its opening quote, up to the closing one. A cell that does not close
   * before the end of input or within the cell limit is taken as a quote that never ends: the
   * reader goes back to just after the quote, skips the rest of that line, and the record ends
   * there with the problem.
   *
   * @param lineLength the characters of the line so far, the opening quote included
   * @return the characters read up to the closing quote, that quote included, or -1 when the record
   *     ended with the problem
   */
  private long readQuoted(RawRecord record, long lineLength) {
    long quoteLine = line;
    long consumed = 0;
    in.mark(Source.QUOTE_LOOKAHEAD);
    while (true) {
      int c = in.read();
      if (c == EOF || in.quotedTooLong()) {
        in.reset();
        line = quoteLine;
        if (!skipRestOfLine(MAX_LINE_LENGTH - lineLength)) {
          record.problems.add(lineTooLong(quoteLine));
          return -1;
        }
        record.cellProblem(
            record.values.size(),
            "a quoted field starting on line "
                + quoteLine
                + " never ends (no closing quote within "
                + MAX_CELL_LENGTH
                + " characters): the rest of that line was skipped");
        in.startCell();
        endCell(record);
        record.truncated = true;
        return -1;
      }
      consumed++;
      if (c == '"') {
        int next = in.read();
        if (next == '"') {
          consumed++;
          in.append('"');
        } else {
          in.unread(next);
          return consumed;
        }
      } else {
        if (c == '\n') {
          line++;
        }
        in.append(c);
      }
    }
  }

  /** Ends the reading at a line over the limit: the record so far comes back with the problem. */
  private RawRecord stoppedByLength(RawRecord record) {
    stopped = true;
    record.problems.add(lineTooLong(line));
    return record;
  }

  private static String lineTooLong(long line) {
    return "line "
        + line
        + " is longer than "
        + MAX_LINE_LENGTH
        + " characters: reading stopped there, and the rest of the input was not read";
  }

  /**
   * Skips to the start of the next line; false (and the reading stops) if it is too far: the line,
   * its end included, may have at most {@code left} more characters, as a line read cell by cell
   * may have at most {@value #MAX_LINE_LENGTH} in all.
   */
  private boolean skipRestOfLine(long left) {
    for (long n = 0; ; n++) {
      int c = in.read();
      if (c == EOF) {
        return true;
      }
      if (n >= left) {
        stopped = true;
        return false;
      }
      if (c == '\n' || c == '\r') {
        endOfLine(c);
        return true;
      }
    }
  }

  /** After a CR or LF: a CR LF pair is one line end. */
  private void endOfLine(int c) {
    if (c == '\r') {
      int next = in.read();
      if (next != '\n') {
        in.unread(next);
      }
    }
    line++;
  }

  private void endCell(RawRecord record) {
    int index = record.values.size();
    if (index >= MAX_COLUMNS) {
      if (index == MAX_COLUMNS) {
        record.problems.add("has more than " + MAX_COLUMNS + " cells");
        record.values.add(""); // counted once; the rest are dropped
      }
      return;
    }
    Cell cell = in.endCell();
    record.values.add(cell.text);
    if (cell.problem != null) {
      record.cellProblem(index, cell.problem);
    }
  }

  /** A finished cell: its text (empty when it could not be read) and what was wrong with it. */
  private record Cell(String text, @Nullable String problem) {}

  /** Where the units (bytes or characters) come from, and where a cell's units gather. */
  private abstract static class Source {
    /** How far back a quoted cell may need to go: the longest quoted cell, in bytes, and a bit. */
    static final int QUOTE_LOOKAHEAD = MAX_CELL_LENGTH * 4 + 16;

    private static final int NONE = -2;
    private int pending = NONE;

    /** The next unit, or {@link #EOF}. */
    final int read() {
      if (pending != NONE) {
        int c = pending;
        pending = NONE;
        return c;
      }
      return readUnit();
    }

    /** Gives back the unit just read (one at most). */
    final void unread(int c) {
      pending = c;
    }

    /** Marks the position after the unit just read; nothing may be pending. */
    final void mark(int limit) {
      markUnits(limit);
    }

    /** Goes back to the mark. */
    final void reset() {
      pending = NONE;
      resetUnits();
    }

    abstract int readUnit();

    abstract void markUnits(int limit);

    abstract void resetUnits();

    abstract void skipByteOrderMark();

    abstract void startCell();

    abstract boolean cellIsEmpty();

    abstract void append(int unit);

    /** Whether the quoted cell being read has passed the cell limit. */
    abstract boolean quotedTooLong();

    abstract Cell endCell();
  }

  /** Text already decoded. */
  private static final class CharSource extends Source {
    private final Reader in;
    private final StringBuilder cell = new StringBuilder();
    private int length;

    CharSource(Reader in) {
      this.in = in.markSupported() ? in : new BufferedReader(in);
    }

    @Override
    int readUnit() {
      try {
        return in.read();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read CSV input", e);
      }
    }

    @Override
    void markUnits(int limit) {
      try {
        in.mark(limit);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read CSV input", e);
      }
    }

    @Override
    void resetUnits() {
      try {
        in.reset();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read CSV input", e);
      }
    }

    @Override
    void skipByteOrderMark() {
      mark(1);
      if (read() != '\uFEFF') {
        reset();
      }
    }

    @Override
    void startCell() {
      cell.setLength(0);
      length = 0;
    }

    @Override
    boolean cellIsEmpty() {
      return length == 0;
    }

    @Override
    void append(int unit) {
      if (++length <= MAX_CELL_LENGTH) {
        cell.append((char) unit);
      }
    }

    @Override
    boolean quotedTooLong() {
      return length > MAX_CELL_LENGTH;
    }

    @Override
    Cell endCell() {
      if (length > MAX_CELL_LENGTH) {
        return new Cell("", "a cell may hold at most " + MAX_CELL_LENGTH + " characters");
      }
      return new Cell(cell.toString(), null);
    }
  }

  /** UTF-8 bytes, decoded a cell at a time, strictly. */
  private static final class ByteSource extends Source {
    private static final int MAX_CELL_BYTES = MAX_CELL_LENGTH * 4;

    private final InputStream in;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] cell = new byte[256];
    private int length;
    // The cell's length in characters (UTF-16 units, as CharSource counts), from its lead bytes:
    // exact for valid UTF-8, so that both sources apply the cell limit alike.
    private int chars;
    private boolean ascii = true;

    ByteSource(InputStream in) {
      this.in = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
    }

    @Override
    int readUnit() {
      try {
        return in.read();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read CSV input", e);
      }
    }

    @Override
    void markUnits(int limit) {
      in.mark(limit);
    }

    @Override
    void resetUnits() {
      try {
        in.reset();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read CSV input", e);
      }
    }

    @Override
    void skipByteOrderMark() {
      mark(3);
      if (read() != 0xEF || read() != 0xBB || read() != 0xBF) {
        reset();
      }
    }

    @Override
    void startCell() {
      length = 0;
      chars = 0;
      ascii = true;
    }

    @Override
    boolean cellIsEmpty() {
      return length == 0;
    }

    @Override
    void append(int unit) {
      if (length < MAX_CELL_BYTES) {
        if (length == cell.length) {
          cell = Arrays.copyOf(cell, Math.min(MAX_CELL_BYTES, cell.length * 2));
        }
        cell[length] = (byte) unit;
        ascii &= unit < 0x80;
      }
      length++;
      if ((unit & 0xC0) != 0x80) { // not a continuation byte: a character starts here
        chars += unit >= 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair
      }
    }

    @Override
    boolean quotedTooLong() {
      return chars > MAX_CELL_LENGTH || length > MAX_CELL_BYTES;
    }

    @Override
    Cell endCell() {
      if (chars > MAX_CELL_LENGTH || length > MAX_CELL_BYTES) {
        return new Cell("", "a cell may hold at most " + MAX_CELL_LENGTH + " characters");
      }
      if (ascii) {
        return new Cell(new String(cell, 0, length, StandardCharsets.ISO_8859_1), null);
      }
      ByteBuffer bytes = ByteBuffer.wrap(cell, 0, length);
      CharBuffer decoded = CharBuffer.allocate(length);
      decoder.reset();
      CoderResult result = decoder.decode(bytes, decoded, true);
      if (!result.isError()) {
        result = decoder.flush(decoded);
      }
      if (result.isError()) {
        int bad = cell[bytes.position()] & 0xff;
        return new Cell(
            "",
            String.format(
                Locale.ROOT,
                "is not valid UTF-8 text (byte 0x%02X at byte %d of the cell): save the file as"
                    + " UTF-8",
                bad,
                bytes.position() + 1));
      }
      return new Cell(decoded.flip().toString(), null);
    }
  }
}
