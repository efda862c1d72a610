package io.github.justculture.cost;

import io.github.justculture.core.csv.CsvProblem;
import io.github.justculture.core.csv.CsvRow;
import java.util.List;
import java.util.Optional;

/**
 * One row of a sweep: the input row, and either its estimate or the problems that prevented one.
 *
 * @param input the CSV row as read
 * @param estimate the estimate, when the row is valid
 * @param problems each invalid cell with its row and column; empty when the row is valid
 * @param simulatedTotal the simulated distribution of the total, when the sweep simulates and the
 *     row is valid
 */
public record SweepRow(
    CsvRow input,
    Optional<CostEstimate> estimate,
    List<CsvProblem> problems,
    Optional<Summary> simulatedTotal) {

  /** Copies the problems. */
  public SweepRow {
    problems = List.copyOf(problems);
  }

  /**
   * A row without a simulation.
   *
   * @param input the CSV row as read
   * @param estimate the estimate, when the row is valid
   * @param problems each invalid cell; empty when the row is valid
   */
  public SweepRow(CsvRow input, Optional<CostEstimate> estimate, List<CsvProblem> problems) {
    this(input, estimate, problems, Optional.empty());
  }

  /**
   * Whether the row produced an estimate.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return estimate.isPresent();
  }
}
