package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.Finding;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How an operation's main input is read.
 *
 * @param <I> what the operation receives
 * @param kind JSON (a value read by the strict codec) or CSV (a stream the operation reads)
 * @param type for JSON, the value type
 * @param schema the name of the input's JSON Schema (for CSV, the schema of one row as an object)
 * @param alsoOnFailure for JSON: more checks over the raw document, run when reading it failed, so
 *     that problems the operation would find only later are reported in the same pass (answers to
 *     questions a guide does not have, say); given the document and the options value, and not run
 *     when the options are invalid too (what to check against is then not known)
 */
public record Input<I>(
    Kind kind,
    Class<I> type,
    String schema,
    Optional<BiFunction<JsonNode, Object, List<Finding>>> alsoOnFailure) {

  /** What kind of input. */
  public enum Kind {
    /** One JSON document (or, with {@code --batch}, one a line). */
    JSON,
    /** CSV records, streamed. */
    CSV
  }

  /**
   * A JSON value.
   *
   * @param type the value type
   * @param schema its schema's name
   * @param <I> the value type
   * @return the input
   */
  public static <I> Input<I> json(Class<I> type, String schema) {
    return new Input<>(Kind.JSON, type, schema, Optional.empty());
  }

  /**
   * CSV records.
   *
   * @param schema the schema of one record as an object
   * @return the input
   */
  public static Input<CsvSource> csv(String schema) {
    return new Input<>(Kind.CSV, CsvSource.class, schema, Optional.empty());
  }

  /**
   * This input with more checks over a document that could not be read.
   *
   * @param checks the checks: the document and the options value to findings
   * @return the input
   */
  public Input<I> alsoOnFailure(BiFunction<JsonNode, Object, List<Finding>> checks) {
    return new Input<>(kind, type, schema, Optional.of(checks));
  }
}
