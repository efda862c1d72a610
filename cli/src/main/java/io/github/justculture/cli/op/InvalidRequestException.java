package io.github.justculture.cli.op;

import io.github.justculture.core.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request that cannot be answered: every problem of its input and options at once (the first
 * {@value InputException#MAX_PROBLEMS} kept, the rest counted). The one error representation of the
 * application: the command line prints it one problem a line with exit code 2, a batch writes it as
 * an error line, the service returns it as an RFC 9457 problem document with status 400.
 */
public final class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final long total;

  /**
   * An exception for the problems found. Only the first {@value InputException#MAX_PROBLEMS} are
   * kept, whoever made the list; the rest are counted.
   *
   * @param problems the problems found, in order; not empty
   * @param total how many there were in all (at least as many as given)
   */
  public InvalidRequestException(List<Problem> problems, long total) {
    super(problems.isEmpty() ? "invalid request" : problems.get(0).message(), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidRequestException needs at least one problem");
    }
    this.problems =
        List.copyOf(problems.subList(0, Math.min(problems.size(), InputException.MAX_PROBLEMS)));
    this.total = Math.max(total, problems.size());
  }

  /**
   * One problem.
   *
   * @param problem the problem
   * @return the exception
   */
  public static InvalidRequestException of(Problem problem) {
    return new InvalidRequestException(List.of(problem), 1);
  }

  /**
   * The problems of a library's JSON validation.
   *
   * @param invalid the library's exception
   * @return the exception
   */
  public static InvalidRequestException of(InputException invalid) {
    return new InvalidRequestException(
        invalid.problems().stream().map(Problem::of).toList(), invalid.total());
  }

  /**
   * The problems kept, in the order found.
   *
   * @return the problems, not empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * How many problems there were in all.
   *
   * @return the count
   */
  public long total() {
    return total;
  }

  /**
   * This exception's problems followed by another's.
   *
   * @param other more problems
   * @return the combined exception
   */
  public InvalidRequestException and(InvalidRequestException other) {
    List<Problem> all = new ArrayList<>(problems);
    for (Problem p : other.problems) {
      if (all.size() < InputException.MAX_PROBLEMS) {
        all.add(p);
      }
    }
    return new InvalidRequestException(all, total + other.total);
  }
}
