package io.github.justculture.core.csv;

import io.github.justculture.core.internal.JsonText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of a CSV input, with its position, the header's column names, and what was wrong in
 * reading it.
 *
 * @param row the data row number, from 1
 * @param line the line where the row starts, from 1
 * @param columns the header's column index by name
 * @param values the row's cells, as written (unquoted); a cell that could not be read (see {@code
 *     problems}) is empty
 * @param problems what made the row unreadable as CSV, by column where there is one: a cell that is
 *     not valid UTF-8 or too long, a quote that never ends, a number of cells other than the
 *     header's; empty for a well-formed row
 */
public record CsvRow(
    long row,
    long line,
    Map<String, Integer> columns,
    List<String> values,
    List<CsvProblem> problems) {

  /** Copies the cells and problems so that the row is immutable. */
  public CsvRow {
    values = List.copyOf(values);
    problems = List.copyOf(problems);
  }

  /**
   * A well-formed row.
   *
   * @param row the data row number, from 1
   * @param line the line where the row starts, from 1
   * @param columns the header's column index by name
   * @param values the row's cells
   */
  public CsvRow(long row, long line, Map<String, Integer> columns, List<String> values) {
    this(row, line, columns, values, List.of());
  }

  /**
   * Whether the row was read without problems (its cells may still break a consumer's rules).
   *
   * @return true when {@link #problems()} is empty
   */
  public boolean isWellFormed() {
    return problems.isEmpty();
  }

  /**
   * Whether a column's cell could not be read (so its empty value is a stand-in).
   *
   * @param column the column's header name
   * @return true when a problem names the column
   */
  public boolean isUnreadable(String column) {
    for (CsvProblem p : problems) {
      if (p.column().filter(column::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cell by column name.
   *
   * @param column the column's header name
   * @return the cell, or empty when the header has no such column (an empty name is none) or the
   *     row is too short
   */
  public Optional<String> get(String column) {
    Integer i = columns.get(column);
    return i == null || i >= values.size() ? Optional.empty() : Optional.of(values.get(i));
  }

  /**
   * A problem with a cell of this row, echoing the cell.
   *
   * @param column the column
   * @param rule the rule broken
   * @param value the offending value
   * @return the problem
   */
  public CsvProblem problem(String column, String rule, String value) {
    return new CsvProblem(row, line, Optional.of(column), rule, Optional.of(quote(value)));
  }

  /**
   * A problem with a cell of this row, without echoing it (for cells that hold personal data).
   *
   * @param column the column
   * @param rule the rule broken
   * @return the problem
   */
  public CsvProblem problemWithoutValue(String column, String rule) {
    return new CsvProblem(row, line, Optional.of(column), rule, Optional.empty());
  }

  /**
   * A problem with the whole row.
   *
   * @param rule the rule broken
   * @return the problem
   */
  public CsvProblem problem(String rule) {
    return new CsvProblem(row, line, Optional.empty(), rule, Optional.empty());
  }

  private static String quote(String value) {
    if (value.length() <= 60) {
      return JsonText.quote(value, 200);
    }
    String quoted = JsonText.quote(value.substring(0, 59), 400);
    return quoted.substring(0, quoted.length() - 1) + "…\"";
  }
}
