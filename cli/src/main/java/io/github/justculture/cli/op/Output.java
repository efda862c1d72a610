package io.github.justculture.cli.op;

import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an operation's result is written: its kind, the name of its schema, and its formats (the
 * first is the default; the command line offers the others with {@code --format}, the service by
 * each one's media type in the {@code Accept} header).
 *
 * @param <O> the result
 * @param kind JSON, CSV rows, or an HTML page
 * @param schema the result's JSON Schema (for CSV, the schema of one row as an object); empty for
 *     HTML
 * @param formats format name → how to write it, the default first
 * @param mediaType the media type of the default format
 */
public record Output<O>(
    Kind kind, String schema, Map<String, Renderer<O>> formats, String mediaType) {

  /** What kind of output. */
  public enum Kind {
    /** One JSON document. */
    JSON,
    /** CSV rows, streamed; bad input rows are problems, the good ones are written. */
    CSV,
    /** A self-contained HTML page, written to a file on the command line. */
    HTML
  }

  /** Writes a result. */
  @FunctionalInterface
  public interface Renderer<O> {
    /**
     * Writes the result.
     *
     * @param value the result
     * @param out where to write it
     * @param problems where to report problems found while writing (bad rows of a stream)
     * @throws IOException if writing fails
     */
    void render(O value, Appendable out, ProblemSink problems) throws IOException;
  }

  /** Where problems found while writing a result go, as they are found. */
  @FunctionalInterface
  public interface ProblemSink {
    /**
     * Reports a problem.
     *
     * @param problem the problem
     */
    void add(Problem problem);
  }

  /** The JSON renderer: indented, with a newline at the end; the same bytes on every front end. */
  static final Renderer<Object> PRETTY_JSON =
      (value, out, problems) -> out.append(JustCultureJson.codec().writePretty(value)).append('\n');

  /**
   * A JSON result.
   *
   * @param schema its schema's name
   * @param <O> the result
   * @return the output
   */
  @SuppressWarnings("unchecked")
  public static <O> Output<O> json(String schema) {
    Map<String, Renderer<O>> formats = new LinkedHashMap<>();
    formats.put("json", (Renderer<O>) (Renderer<?>) PRETTY_JSON);
    return new Output<>(
        Kind.JSON, schema, java.util.Collections.unmodifiableMap(formats), "application/json");
  }

  /**
   * CSV rows.
   *
   * @param rowSchema the schema of one row as an object
   * @param renderer writes the rows
   * @param <O> the result (a cursor over rows)
   * @return the output
   */
  public static <O> Output<O> csv(String rowSchema, Renderer<O> renderer) {
    return new Output<>(Kind.CSV, rowSchema, Map.of("csv", renderer), "text/csv");
  }

  /**
   * An HTML page.
   *
   * @return the output
   */
  public static Output<String> html() {
    return new Output<>(
        Kind.HTML, "", Map.of("html", (value, out, problems) -> out.append(value)), "text/html");
  }

  /**
   * This output with another format.
   *
   * @param name the format's name, for {@code --format}: {@code csv} or {@code table}, whose media
   *     types are known
   * @param renderer how to write it
   * @return the output
   */
  public Output<O> withFormat(String name, Renderer<O> renderer) {
    if (!MEDIA_TYPES.containsKey(name)) {
      throw new IllegalArgumentException("a format needs a media type: " + name);
    }
    Map<String, Renderer<O>> more = new LinkedHashMap<>();
    more.put(defaultFormat(), formats.get(defaultFormat()));
    formats.forEach(more::putIfAbsent);
    more.put(name, renderer);
    return new Output<>(kind, schema, java.util.Collections.unmodifiableMap(more), mediaType);
  }

  /** Each format's media type, over HTTP: a format's name says what it is, whatever the output. */
  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "json", "application/json",
          "csv", "text/csv",
          "table", "text/plain",
          "html", "text/html");

  /**
   * A format's media type: what the service answers in when a client's {@code Accept} header asks
   * for it (the command line's {@code --format}).
   *
   * @param format one of this output's formats
   * @return its media type, without parameters
   */
  public String mediaType(String format) {
    if (!formats.containsKey(format)) {
      throw new IllegalArgumentException("not a format of this output: " + format);
    }
    String type = MEDIA_TYPES.get(format);
    if (type == null) {
      throw new IllegalStateException("the format " + format + " has no media type");
    }
    return type;
  }

  /**
   * The default format's name.
   *
   * @return the name
   */
  public String defaultFormat() {
    return switch (kind) {
      case JSON -> "json";
      case CSV -> "csv";
      case HTML -> "html";
    };
  }
}
