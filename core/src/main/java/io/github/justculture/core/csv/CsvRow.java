package io.github.justculture.core.csv;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of a CSV input, with its position and the header's column names.
 *
 * @param row the data row number, from 1
 * @param line the line where the row starts, from 1
 * @param columns the header's column index by name
 * @param values the row's cells, as written (unquoted)
 */
public record CsvRow(long row, long line, Map<String, Integer> columns, List<String> values) {

  /** Copies the cells so that the row is immutable. */
  public CsvRow {
    values = List.copyOf(values);
  }

  /**
   * A cell by column name.
   *
   * @param column the column's header name
   * @return the cell, or empty when the header has no such column or the row is too short
   */
  public Optional<String> get(String column) {
    Integer i = columns.get(column);
    return i == null || i >= values.size() ? Optional.empty() : Optional.of(values.get(i));
  }

  /**
   * A problem with a cell of this row.
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
   * A problem with the whole row.
   *
   * @param rule the rule broken
   * @return the problem
   */
  public CsvProblem problem(String rule) {
    return new CsvProblem(row, line, Optional.empty(), rule, Optional.empty());
  }

  private static String quote(String value) {
    String shown = value.length() > 60 ? value.substring(0, 59) + "…" : value;
    return "\"" + shown.replace("\"", "\\\"") + "\"";
  }
}
