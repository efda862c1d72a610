package io.github.justculture.cli.op;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InputProblem;
import io.github.justculture.core.csv.CsvProblem;
import java.util.Optional;

/**
 * One problem with a request, in the one form every front end shows: where it is (a JSON path, a
 * CSV row and column, or an option), the rule it breaks, the offending value where it may be shown,
 * and the whole as one line. The command line prints {@link #message()} one per line; a batch line
 * and an HTTP problem document carry the record as JSON.
 *
 * @param path the JSON path, for a problem in a JSON input ({@code $.answers.1a})
 * @param row the CSV data row, from 1, for a problem in CSV input
 * @param line the line where that row starts
 * @param column the CSV column, when the problem is in one cell
 * @param option the option or parameter, for a problem with one ({@code --draws}, {@code draws})
 * @param rule the rule broken, in plain words
 * @param value the offending value as JSON text, when it may be shown
 * @param message the whole problem as one line
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"path", "row", "line", "column", "option", "rule", "value", "message"})
public record Problem(
    @JsonProperty("path") Optional<String> path,
    @JsonProperty("row") Optional<Long> row,
    @JsonProperty("line") Optional<Long> line,
    @JsonProperty("column") Optional<String> column,
    @JsonProperty("option") Optional<String> option,
    @JsonProperty("rule") String rule,
    @JsonProperty("value") Optional<String> value,
    @JsonProperty("message") String message) {

  /**
   * A library's input problem, as its kind places it.
   *
   * @param problem a JSON finding or a CSV problem
   * @return the problem
   */
  public static Problem of(InputProblem problem) {
    if (problem instanceof Finding finding) {
      return of(finding);
    }
    if (problem instanceof CsvProblem csv) {
      return of(csv);
    }
    throw new IllegalStateException("no mapping for " + problem.getClass().getName());
  }

  /**
   * A problem in JSON input.
   *
   * @param finding the finding
   * @return the problem
   */
  public static Problem of(Finding finding) {
    return new Problem(
        Optional.of(finding.path()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        finding.rule(),
        finding.value(),
        finding.message());
  }

  /**
   * A problem in CSV input.
   *
   * @param problem the problem
   * @return the problem
   */
  public static Problem of(CsvProblem problem) {
    return new Problem(
        Optional.empty(),
        Optional.of(problem.row()),
        Optional.of(problem.line()),
        problem.column(),
        Optional.empty(),
        problem.rule(),
        problem.value(),
        problem.message());
  }

  /**
   * A problem with an option: a finding about the options value, moved to the option's name as the
   * front end spells it ({@code $.draws} → {@code --draws}; {@code $.definition.questions[2]} →
   * {@code --definition $.questions[2]}).
   *
   * @param name the option as the front end spells it
   * @param rest the rest of the finding's path below the option ({@code $} for none)
   * @param finding the finding
   * @return the problem
   */
  public static Problem ofOption(String name, String rest, Finding finding) {
    String where = rest.equals("$") ? name : name + " " + rest;
    String message =
        finding
            .value()
            .map(v -> where + ": " + finding.rule() + ", was " + v)
            .orElse(where + ": " + finding.rule());
    return new Problem(
        rest.equals("$") ? Optional.empty() : Optional.of(rest),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(name),
        finding.rule(),
        finding.value(),
        message);
  }

  /**
   * A problem with an option or parameter as such (unknown, repeated), not with its value.
   *
   * @param name the option as the front end spells it
   * @param rule the rule broken
   * @return the problem
   */
  public static Problem option(String name, String rule) {
    return new Problem(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(name),
        rule,
        Optional.empty(),
        name + ": " + rule);
  }

  /**
   * A problem with the request as a whole, such as an input that cannot be read.
   *
   * @param where what it is about, for example a file name or {@code $}
   * @param rule the rule broken
   * @return the problem
   */
  public static Problem general(String where, String rule) {
    return general(Optional.of(where), rule);
  }

  /**
   * A problem with the request as a whole, about what it names if it names anything.
   *
   * @param where what it is about, if it is about one thing
   * @param rule the rule broken; the whole message when it is about nothing named
   * @return the problem
   */
  public static Problem general(Optional<String> where, String rule) {
    return new Problem(
        where,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        rule,
        Optional.empty(),
        where.map(w -> w + ": " + rule).orElse(rule));
  }

  /**
   * A line that says how many more problems there were than are shown.
   *
   * @param count how many were not shown
   * @return the line
   */
  public static String omitted(long count) {
    return "… and " + count + " more problem" + (count == 1 ? "" : "s");
  }
}
