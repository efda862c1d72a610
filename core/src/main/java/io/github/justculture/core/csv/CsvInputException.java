package io.github.justculture.core.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when CSV input has bad rows: carries every problem found (up to a limit), each with its
 * row and column.
 */
public final class CsvInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<CsvProblem> problems;
  private final long totalProblems;

  /**
   * An exception for the problems found.
   *
   * @param problems the problems kept; must not be empty
   * @param totalProblems how many there were in all (at least {@code problems.size()})
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CsvInputException(List<CsvProblem> problems, long totalProblems) {
    super(message(problems, totalProblems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CsvInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.totalProblems = Math.max(totalProblems, problems.size());
  }

  /**
   * The problems kept, in input order.
   *
   * @return the problems
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  /**
   * How many problems there were in all (more than {@link #problems()} holds when the limit was
   * reached).
   *
   * @return the count
   */
  public long totalProblems() {
    return totalProblems;
  }

  private static String message(List<CsvProblem> problems, long total) {
    String shown =
        problems.stream().limit(5).map(CsvProblem::message).collect(Collectors.joining("; "));
    return "invalid CSV input (" + total + " problems): " + shown + (total > 5 ? "; …" : "");
  }
}
