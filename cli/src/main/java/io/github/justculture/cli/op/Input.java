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
 * @param header for CSV: the check of the header the operation makes before it reads a row, run
 *     also when the options are invalid (unless an option it reads is), so that a bad header is
 *     reported with them
 */
public record Input<I>(
    Kind kind,
    Class<I> type,
    String schema,
    Optional<BiFunction<JsonNode, Object, List<Finding>>> alsoOnFailure,
    Optional<Header> header) {

  /**
   * The check of a CSV header.
   *
   * @param check the check
   * @param reads the options (by JSON name) whose values it reads: while one of them is invalid,
   *     what the header should be is not known, and it is not checked
   */
  public record Header(HeaderCheck check, List<String> reads) {
    /**
     * A header check.
     *
     * @param check the check
     * @param reads the options it reads
     */
    public Header {
      reads = List.copyOf(reads);
    }
  }

  /** A check of a CSV header against an options value. */
  @FunctionalInterface
  public interface HeaderCheck {
    /**
     * Checks the header.
     *
     * @param header the column names
     * @param options the options value
     * @param context what the application lends (how the front end names an option)
     * @throws io.github.justculture.core.InputException or {@link InvalidRequestException} naming
     *     every problem of the header
     */
    void check(List<String> header, Object options, Context context);
  }

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
    return new Input<>(Kind.JSON, type, schema, Optional.empty(), Optional.empty());
  }

  /**
   * CSV records.
   *
   * @param schema the schema of one record as an object
   * @return the input
   */
  public static Input<CsvSource> csv(String schema) {
    return new Input<>(Kind.CSV, CsvSource.class, schema, Optional.empty(), Optional.empty());
  }

  /**
   * This input with more checks over a document that could not be read.
   *
   * @param checks the checks: the document and the options value to findings
   * @return the input
   */
  public Input<I> alsoOnFailure(BiFunction<JsonNode, Object, List<Finding>> checks) {
    return new Input<>(kind, type, schema, Optional.of(checks), header);
  }

  /**
   * This CSV input with the check its operation makes of the header before it reads a row.
   *
   * @param check the check
   * @param reads the options (by JSON name) whose values the check reads
   * @return the input
   */
  public Input<I> header(HeaderCheck check, String... reads) {
    if (kind != Kind.CSV) {
      throw new IllegalStateException("only CSV input has a header");
    }
    return new Input<>(
        kind, type, schema, alsoOnFailure, Optional.of(new Header(check, List.of(reads))));
  }
}
