package io.github.justculture.core.csv;

import java.util.Optional;

/**
 * A problem in one cell (or row) of a CSV input: where it is, the rule broken, and the offending
 * value.
 *
 * @param row the data row, from 1 (the header is row 0)
 * @param line the line of the input where the row starts, from 1
 * @param column the column's header name, or empty for a problem with the whole row
 * @param rule the rule broken, in plain words
 * @param value the offending value as given, or empty
 */
public record CsvProblem(
    long row, long line, Optional<String> column, String rule, Optional<String> value) {

  /**
   * The problem as one line, for example {@code row 3 (line 4), column prevalence: must be between
   * 0 and 1, was 1.4}.
   *
   * @return the message
   */
  public String message() {
    StringBuilder text =
        new StringBuilder("row ").append(row).append(" (line ").append(line).append(')');
    column.ifPresent(c -> text.append(", column ").append(c));
    text.append(": ").append(rule);
    value.ifPresent(v -> text.append(", was ").append(v));
    return text.toString();
  }

  /**
   * The same as {@link #message()}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    return message();
  }
}
