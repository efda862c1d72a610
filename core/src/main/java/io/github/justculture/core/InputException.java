package io.github.justculture.core;

import io.github.justculture.core.csv.CsvInputException;
import java.util.List;

/**
 * Thrown when a caller's input breaks the library's rules: the one type to catch for "the user's
 * data is wrong", whether it came as JSON ({@link InvalidInputException}, each problem at a JSON
 * path) or as CSV ({@link CsvInputException}, each problem at a row and column).
 *
 * <p>The library keeps three kinds of failure apart, as Jackson does:
 *
 * <ul>
 *   <li>an {@code InputException}: the input is invalid; every problem is listed at once, so a
 *       front end can show them all (the CLI exits 2, the service answers 400);
 *   <li>a plain {@link IllegalArgumentException}: the Java API was called wrongly (a null, a
 *       negative count of draws), with a plain message;
 *   <li>an {@link IllegalStateException}: a bug or a misconfiguration, never the input's fault (a
 *       type Jackson cannot read, a failure inside a value's own code).
 * </ul>
 *
 * <p>A hostile input may break a rule a million times: the exception keeps the first {@value
 * #MAX_PROBLEMS} problems and counts the rest ({@link #total()}).
 */
public abstract sealed class InputException extends IllegalArgumentException
    permits InvalidInputException, CsvInputException {

  private static final long serialVersionUID = 1L;

  /** The most problems an exception keeps; further ones are only counted in {@link #total()}. */
  public static final int MAX_PROBLEMS = 100;

  /**
   * For the permitted subclasses.
   *
   * @param message the message, listing the first problems
   */
  protected InputException(String message) {
    super(message);
  }

  /**
   * The problems kept, in the order found: at most {@value #MAX_PROBLEMS}, never empty.
   *
   * @return the problems
   */
  public abstract List<? extends InputProblem> problems();

  /**
   * How many problems there were in all, kept or not.
   *
   * @return at least {@code problems().size()}
   */
  public abstract long total();

  /**
   * How many problems were counted but not kept.
   *
   * @return {@code total() - problems().size()}
   */
  public long omitted() {
    return total() - problems().size();
  }
}
