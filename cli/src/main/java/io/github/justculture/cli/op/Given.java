package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a front end was given for an operation, before the operation reads it: the options' values
 * by JSON name, and the problems the front end found on its own (an option or parameter the
 * operation does not take, one given twice, a file option or the input file that cannot be read).
 * The {@link Runner} reports those problems together with every problem of the options' values and
 * of the input, so a request hears of all of them at once; the operation runs only when there are
 * none.
 *
 * @param values option JSON name → value, for the options given
 * @param problems what the front end found wrong, in the order found; often empty
 */
public record Given(Map<String, JsonNode> values, List<Problem> problems) {

  /**
   * Copies the values and problems.
   *
   * @param values the options' values
   * @param problems the front end's problems
   */
  public Given {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    problems = List.copyOf(problems);
  }

  /**
   * Options given with nothing wrong found by the front end.
   *
   * @param values the options' values, by JSON name
   * @return the given options
   */
  public static Given of(Map<String, JsonNode> values) {
    return new Given(values, List.of());
  }

  /** The front end's problems as an exception, or null when there are none. */
  @Nullable InvalidRequestException problemsFound() {
    return problems.isEmpty() ? null : new InvalidRequestException(problems, problems.size());
  }
}
