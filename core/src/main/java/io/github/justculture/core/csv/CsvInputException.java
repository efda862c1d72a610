package io.github.justculture.core.csv;

import io.github.justculture.core.InputException;
import io.github.justculture.core.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when CSV input has bad rows: carries every problem found (the first {@value
 * InputException#MAX_PROBLEMS}, and the count of the rest), each with its row and column.
 */
public final class CsvInputException extends InputException {

  private static final long serialVersionUID = 1L;

  private final transient List<CsvProblem> problems;
  private final long total;

  /**
   * An exception for the problems found.
   *
   * @param problems the problems; must not be empty; the first {@value InputException#MAX_PROBLEMS}
   *     are kept
   * @param total how many there were in all
   * @throws IllegalArgumentException if {@code problems} is empty or {@code total} is less than its
   *     size
   */
  public CsvInputException(List<CsvProblem> problems, long total) {
    super(message(problems, total));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CsvInputException needs at least one problem");
    }
    if (total < problems.size()) {
      throw new IllegalArgumentException(
          "total must be at least the number of problems (" + problems.size() + "), was " + total);
    }
    this.problems =
        List.copyOf(problems.size() <= MAX_PROBLEMS ? problems : problems.subList(0, MAX_PROBLEMS));
    this.total = total;
  }

  /**
   * The problems kept, in input order.
   *
   * @return the problems
   */
  @Override
  public List<CsvProblem> problems() {
    return problems;
  }

  @Override
  public long total() {
    return total;
  }

  private static String message(List<CsvProblem> problems, long total) {
    String shown =
        problems.stream()
            .limit(InvalidInputException.MESSAGE_FINDINGS)
            .map(CsvProblem::message)
            .collect(Collectors.joining("; "));
    return "invalid CSV input ("
        + total
        + " problems): "
        + shown
        + (total > InvalidInputException.MESSAGE_FINDINGS ? "; …" : "");
  }
}
