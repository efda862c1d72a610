package io.github.justculture.core;

import io.github.justculture.core.csv.CsvProblem;
import java.util.Optional;

/**
 * One problem with a caller's input: where it is, the rule it breaks and, when safe to show, the
 * offending value. A {@link Finding} places it at a JSON path, a {@link CsvProblem} at a row and
 * column.
 */
public interface InputProblem {

  /**
   * Where the problem is, as the message names it: a JSON path ({@code $.answers.1a}) or a row
   * ({@code row 3 (line 4), column headcount}).
   *
   * @return the place
   */
  String where();

  /**
   * The rule broken, for example {@code must be between 0 and 1}.
   *
   * @return the rule
   */
  String rule();

  /**
   * The offending value, shortened, when it is safe to show.
   *
   * @return the value, or empty
   */
  Optional<String> value();

  /**
   * One line for a person: {@code <where>: <rule>[, was <value>]}.
   *
   * @return the message
   */
  String message();
}
