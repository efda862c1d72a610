package io.github.justculture.cost;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.csv.CsvProblem;
import io.github.justculture.core.csv.CsvReader;
import io.github.justculture.core.csv.CsvRow;
import io.github.justculture.core.json.JustCultureJson;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Many profiles from CSV, one estimate each, streamed: memory does not grow with the number of
 * rows.
 *
 * <p>The header names profile fields ({@code preset}, {@code headcount}, {@code prevalence}, {@code
 * dailyPay}, …; any subset, in any order); an empty cell means "from the preset". Each row is
 * checked by exactly the rules of a JSON profile, so a bad cell is reported with its row and column
 * and the other rows are still estimated.
 *
 * <pre>{@code
 * CostSweep sweep = CostSweep.of(reader);
 * for (Optional<SweepRow> row = sweep.next(); row.isPresent(); row = sweep.next()) { … }
 * }</pre>
 */
public final class CostSweep {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final CsvReader csv;

  private CostSweep(CsvReader csv) {
    this.csv = csv;
    ObjectNode columns = NODES.objectNode();
    for (String column : csv.header()) {
      columns.putNull(column);
    }
    try {
      JustCultureJson.codec().read(columns, CostProfile.class);
    } catch (InvalidInputException e) {
      List<Finding> unknown =
          e.findings().stream().filter(f -> f.rule().startsWith("unknown field")).toList();
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(
            "sweep header",
            unknown.stream()
                .map(
                    f ->
                        Finding.of(
                            f.path(),
                            "column "
                                + f.rule().replace("unknown field", "is not a profile field")))
                .toList());
      }
    }
  }

  /**
   * Starts a sweep, reading and checking the header.
   *
   * @param csv the CSV text; not closed
   * @return the sweep
   * @throws InvalidInputException if the header is missing, repeats a column or names a column that
   *     is not a profile field (with the field it probably meant)
   */
  public static CostSweep of(Reader csv) {
    return new CostSweep(CsvReader.of(csv));
  }

  /**
   * The input's columns.
   *
   * @return the header names
   */
  public List<String> columns() {
    return csv.header();
  }

  /**
   * Estimates the next row.
   *
   * @return the row's result, or empty at the end of the input
   */
  public Optional<SweepRow> next() {
    Optional<CsvRow> next = csv.next();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    CsvRow row = next.get();
    if (row.values().size() != csv.header().size()) {
      return Optional.of(
          new SweepRow(
              row,
              Optional.empty(),
              List.of(
                  row.problem(
                      "has "
                          + row.values().size()
                          + " cells, the header "
                          + csv.header().size()))));
    }
    ObjectNode profile = NODES.objectNode();
    List<String> header = csv.header();
    for (int i = 0; i < header.size(); i++) {
      String cell = row.values().get(i).trim();
      if (!cell.isEmpty()) {
        put(profile, header.get(i), cell);
      }
    }
    try {
      CostProfile p = JustCultureJson.codec().read(profile, CostProfile.class);
      return Optional.of(new SweepRow(row, Optional.of(CostCalculator.estimate(p)), List.of()));
    } catch (InvalidInputException e) {
      List<CsvProblem> problems = new ArrayList<>();
      for (Finding f : e.findings()) {
        String column = f.path().startsWith("$.") ? f.path().substring(2) : "";
        Optional<String> cell = row.get(column);
        problems.add(
            new CsvProblem(
                row.row(),
                row.line(),
                column.isEmpty() ? Optional.empty() : Optional.of(column),
                f.rule(),
                cell.isPresent() ? f.value() : Optional.empty()));
      }
      return Optional.of(new SweepRow(row, Optional.empty(), problems));
    }
  }

  /**
   * A cell as the JSON value a profile would hold: money and ids as strings, numbers as exact
   * numbers.
   */
  private static void put(ObjectNode profile, String column, String cell) {
    Optional<CostParameter> parameter = CostParameter.byJsonName(column);
    if (parameter.isPresent() && !parameter.get().isMoney()) {
      try {
        BigDecimal number = new BigDecimal(cell);
        if (parameter.get().kind() == CostParameter.Kind.COUNT
            && number.stripTrailingZeros().scale() <= 0
            && number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
          profile.put(column, number.intValueExact());
        } else {
          profile.put(column, number);
        }
        return;
      } catch (NumberFormatException | ArithmeticException notANumber) {
        // Falls through: the profile's own rules report the text as the wrong type.
      }
    }
    profile.put(column, cell);
  }
}
