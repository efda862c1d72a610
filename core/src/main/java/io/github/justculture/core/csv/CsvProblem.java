package io.github.justculture.core.csv;

import io.github.justculture.core.InputProblem;
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
    long row, long line, Optional<String> column, String rule, Optional<String> value)
    implements InputProblem {

  /**
   * Where the problem is, for example {@code row 3 (line 4), column prevalence}.
   *
   * @return the row, its line and the column when there is one
   */
  @Override
  public String where() {
    StringBuilder text =
        new StringBuilder("row ").append(row).append(" (line ").append(line).append(')');
    column.ifPresent(c -> text.append(", column ").append(c));
    return text.toString();
  }

  /**
   * The problem as one line, for example {@code row 3 (line 4), column prevalence: must be between
   * 0 and 1, was 1.4}.
   *
   * @return the message
   */
  @Override
  public String message() {
    StringBuilder text = new StringBuilder(where()).append(": ").append(rule);
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
