package io.github.justculture.cost;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.csv.CsvProblem;
import io.github.justculture.core.csv.CsvReader;
import io.github.justculture.core.csv.CsvRow;
import io.github.justculture.core.json.JustCultureJson;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Many profiles from CSV, one estimate each, streamed: memory does not grow with the number of
 * rows.
 *
 * <p>The header names profile fields ({@code preset}, {@code headcount}, {@code prevalence}, {@code
 * dailyPay}, …; any subset, in any order); an empty cell means "from the preset". Each row is
 * checked by exactly the rules of a JSON profile: a number cell is read as JSON reads a number
 * ({@code 5200} is a whole number, {@code 5200.0} and {@code 1e3} are not), and every problem of a
 * row is reported at once with its row and column.
 *
 * <p><b>No row is lost.</b> A bad row, whatever is wrong with it (a cell that is not UTF-8, an
 * extreme exponent, an over-long cell, a quote that never ends), comes back with its problems and
 * the rows after it are estimated as usual (see {@link CsvReader} for the one limit that stops
 * reading: a line of more than a million characters).
 *
 * <pre>{@code
 * CostSweep sweep = CostSweep.of(reader);
 * for (Optional<SweepRow> row = sweep.next(); row.isPresent(); row = sweep.next()) { … }
 * }</pre>
 */
public final class CostSweep {

  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

  /** A number as JSON writes one. */
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final CsvReader csv;
  private final SweepOptions options;
  private final Executor executor;

  private CostSweep(CsvReader csv, SweepOptions options, Executor executor) {
    this.csv = csv;
    this.options = options;
    this.executor = executor;
    checkHeader(csv.header(), options);
  }

  /**
   * Checks a header as {@link #of(InputStream, SweepOptions, Executor)} does before it reads a row,
   * so that a caller can refuse a file at once (with its other problems, say) before it streams the
   * records.
   *
   * @param header the column names, as {@link io.github.justculture.core.csv.CsvReader#header()}
   *     gives them
   * @param options the id columns (the rest of the options does not matter here)
   * @throws InvalidInputException naming every column that is neither a profile field nor an id
   *     column (by its place in the header where its name is not a plain field name, or is empty),
   *     and every id column the header lacks ({@code $.ids[i]}); for a header that reads as one
   *     column holding semicolons, tabs or bars, also that columns must be separated by commas
   */
  public static void checkHeader(List<String> header, SweepOptions options) {
    List<Finding> idProblems = new ArrayList<>();
    for (int i = 0; i < options.ids().size(); i++) {
      if (!header.contains(options.ids().get(i))) {
        idProblems.add(
            Finding.of("$.ids[" + i + "]", "names no column of the header", options.ids().get(i)));
      }
    }
    ObjectNode columns = NODES.objectNode();
    List<Finding> unnamed = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      if (column.isEmpty()) {
        unnamed.add(
            Finding.of(
                "$",
                "column "
                    + (i + 1)
                    + " has no name (its heading is empty): name it or delete the column (a"
                    + " spreadsheet may save empty columns after the last)"));
      } else if (!options.ids().contains(column)) {
        columns.putNull(column);
      }
    }
    List<Finding> bad = new ArrayList<>();
    try {
      JustCultureJson.codec().read(columns, CostProfile.class);
    } catch (InvalidInputException e) {
      List<Finding> unknown =
          e.findings().stream().filter(f -> f.rule().startsWith("unknown field")).toList();
      if (!unknown.isEmpty()) {
        for (Finding f : unknown) {
          String rule = "column " + f.rule().replace("unknown field", "is not a profile field");
          // A name that is not a plain field name is not echoed (a header may hold anything,
          // even a person's name): it is named by its place in the header.
          bad.add(
              f.path().startsWith("$['")
                  ? Finding.of("$", "column " + position(header, f.path()) + rule.substring(6))
                  : Finding.of(f.path(), rule));
        }
      }
    }
    // Every problem of the header and the id columns at once.
    bad.addAll(unnamed);
    bad.addAll(idProblems);
    if (!bad.isEmpty()) {
      io.github.justculture.core.internal.CsvHints.separator(header).ifPresent(bad::add);
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException("sweep header", bad);
    }
  }

  /** The 1-based place in the header of the column a bracketed path names. */
  private static int position(List<String> header, String path) {
    for (int i = 0; i < header.size(); i++) {
      if (io.github.justculture.core.internal.JsonPaths.field("$", header.get(i)).equals(path)) {
        return i + 1;
      }
    }
    return 0;
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
    return new CostSweep(CsvReader.of(csv), SweepOptions.defaults(), Runnable::run);
  }

  /**
   * Starts a sweep over UTF-8 bytes, decoded strictly (a cell that is not UTF-8 is a problem of its
   * row and column), reading and checking the header.
   *
   * @param csv the CSV bytes; not closed
   * @return the sweep
   * @throws InvalidInputException if the header is missing, repeats a column or names a column that
   *     is not a profile field (with the field it probably meant)
   */
  public static CostSweep of(InputStream csv) {
    return of(csv, SweepOptions.defaults(), Runnable::run);
  }

  /**
   * Starts a sweep over UTF-8 bytes with id columns and, if asked, a simulation of every row.
   *
   * @param csv the CSV bytes; not closed
   * @param options the id columns and the simulation
   * @param executor runs each row's simulation chunks ({@code Runnable::run} for the calling
   *     thread); the result does not depend on it
   * @return the sweep
   * @throws InvalidInputException if the header is missing, repeats a column, names a column that
   *     is neither a profile field nor an id column, or lacks an id column
   */
  public static CostSweep of(InputStream csv, SweepOptions options, Executor executor) {
    return new CostSweep(CsvReader.of(csv), options, executor);
  }

  /**
   * The options the sweep runs with.
   *
   * @return the options
   */
  public SweepOptions options() {
    return options;
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
    ObjectNode profile = NODES.objectNode();
    List<String> header = csv.header();
    for (int i = 0; i < header.size() && i < row.values().size(); i++) {
      String cell = row.values().get(i).trim();
      if (!cell.isEmpty()
          && !row.isUnreadable(header.get(i))
          && !options.ids().contains(header.get(i))) {
        put(profile, header.get(i), cell);
      }
    }
    List<CsvProblem> problems = new ArrayList<>(row.problems());
    try {
      CostProfile p = JustCultureJson.codec().read(profile, CostProfile.class);
      if (problems.isEmpty()) {
        CostEstimate estimate = CostCalculator.estimate(p);
        Optional<Summary> simulated = Optional.empty();
        if (options.draws().isPresent()) {
          simulated =
              Optional.of(
                  CostCalculator.simulate(
                          SimulationRequest.builder().profile(p).build(),
                          options.draws().get(),
                          options.seed(),
                          executor,
                          done -> {})
                      .total());
        }
        return Optional.of(new SweepRow(row, Optional.of(estimate), List.of(), simulated));
      }
    } catch (InvalidInputException e) {
      for (Finding f : e.findings()) {
        String column = column(f.path());
        Optional<String> cell = column.isEmpty() ? Optional.empty() : row.get(column);
        problems.add(
            new CsvProblem(
                row.row(),
                row.line(),
                column.isEmpty() ? Optional.empty() : Optional.of(column),
                f.rule(),
                cell.isPresent() ? f.value() : Optional.empty()));
      }
    }
    return Optional.of(new SweepRow(row, Optional.empty(), problems, Optional.empty()));
  }

  /** The column a finding's path names: {@code $.prevalence} → {@code prevalence}; else empty. */
  private static String column(String path) {
    if (!path.startsWith("$.")) {
      return "";
    }
    int end = 2;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    return path.substring(2, end);
  }

  /**
   * A cell as the JSON value a profile would hold: money and ids as strings, numbers as exact
   * numbers.
   */
  private static void put(ObjectNode profile, String column, String cell) {
    Optional<CostParameter> parameter = CostParameter.byJsonName(column);
    if (parameter.isPresent()
        && !parameter.get().isMoney()
        && JSON_NUMBER.matcher(cell).matches()) {
      boolean whole = cell.indexOf('.') < 0 && cell.indexOf('e') < 0 && cell.indexOf('E') < 0;
      if (whole) {
        BigInteger value = new BigInteger(cell);
        if (value.bitLength() < 32) {
          profile.put(column, value.intValue());
        } else {
          profile.put(column, value);
        }
      } else {
        // Exact, whatever the exponent: the profile's rules refuse one out of range.
        profile.put(column, new BigDecimal(cell));
      }
      return;
    }
    // Anything else (text, money, a number JSON would not accept such as "+5" or ".5") goes as a
    // string, and the profile's rules say what was expected.
    profile.put(column, cell);
  }
}
