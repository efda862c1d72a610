package io.github.justculture.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.core.internal.ParserPaths;
import io.github.justculture.core.internal.Problems;
import io.github.justculture.core.internal.TypeWords;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes justculture values as JSON with the {@link JustCultureJson} configuration,
 * reporting every problem of an input at once.
 *
 * <p>A read either returns a complete value or throws one {@link InvalidInputException} whose
 * findings name each problem with its JSON path, in plain words: unknown fields, values of the
 * wrong type ({@code $.headcount: expected a whole number, was "many"}), missing required fields,
 * rules a value breaks, malformed JSON, and input over the size limits. The read does not stop at
 * the first problem.
 *
 * <p>Immutable and thread-safe. The codec reads what the caller hands it; it opens no files and
 * closes no streams.
 */
public final class JsonCodec {

  static final JsonCodec STANDARD = new JsonCodec(JustCultureJson.newJsonMapper());

  // Never reconfigured after construction, so sharing it across threads is safe.
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;
  private final ObjectWriter canonicalWriter;

  // Package-private so that tests can build a codec on a fresh mapper (the shared one is built
  // once).
  JsonCodec(JsonMapper mapper) {
    this.mapper = mapper;
    this.reader = mapper.reader();
    this.writer = mapper.writer();
    this.prettyWriter = mapper.writerWithDefaultPrettyPrinter();
    this.canonicalWriter =
        mapper
            .rebuild()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build()
            .writer();
  }

  /**
   * Reads a value from JSON text.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws InvalidInputException naming every problem of the input
   */
  public <T> T read(String json, Class<T> type) {
    return read(type, r -> r.createParser(json));
  }

  /**
   * Reads a value from UTF-8 JSON bytes.
   *
   * @param json the JSON bytes
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws InvalidInputException naming every problem of the input
   */
  public <T> T read(byte[] json, Class<T> type) {
    return read(type, r -> r.createParser(json));
  }

  /**
   * Reads a value from a stream of UTF-8 (or UTF-16/32, detected) JSON. The stream is read to the
   * end of the value and not closed.
   *
   * @param json the stream
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws InvalidInputException naming every problem of the input
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    return read(type, r -> r.createParser(json));
  }

  /**
   * Reads a value from a character stream of JSON. The reader is not closed.
   *
   * @param json the reader
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws InvalidInputException naming every problem of the input
   * @throws UncheckedIOException if reading fails
   */
  public <T> T read(Reader json, Class<T> type) {
    return read(type, r -> r.createParser(json));
  }

  /**
   * Reads a value from a JSON tree already parsed (for example with {@link #readTree(String)}).
   *
   * @param json the tree
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws InvalidInputException naming every problem of the input
   */
  public <T> T read(JsonNode json, Class<T> type) {
    return read(type, r -> r.treeAsTokens(json));
  }

  /**
   * Parses JSON text into a tree, with the same limits and duplicate-key rejection as {@link
   * #read}.
   *
   * @param json the JSON text
   * @return the tree
   * @throws InvalidInputException if the text is not well-formed JSON or is over a limit
   */
  public JsonNode readTree(String json) {
    return read(JsonNode.class, r -> r.createParser(json));
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written as JSON (a programming error)
   */
  public String write(Object value) {
    return write(writer, value);
  }

  /**
   * Writes a value as indented JSON, ending without a newline.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written as JSON (a programming error)
   */
  public String writePretty(Object value) {
    return write(prettyWriter, value);
  }

  /**
   * Writes a value in a canonical form: compact, object fields and map keys in alphabetical order,
   * lists in their own order. Two equal values always give the same text, so the form can be
   * hashed.
   *
   * @param value the value
   * @return the canonical JSON text
   * @throws IllegalArgumentException if the value cannot be written as JSON (a programming error)
   */
  public String writeCanonical(Object value) {
    return write(canonicalWriter, value);
  }

  /**
   * Converts a value to a JSON tree.
   *
   * @param value the value
   * @return the tree
   * @throws IllegalArgumentException if the value cannot be written as JSON (a programming error)
   */
  public JsonNode toTree(Object value) {
    try {
      return mapper.valueToTree(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON: " + e.getMessage(), e);
    }
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  /** Opens a parser over the caller's source. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open(ObjectReader reader) throws IOException;
  }

  private <T> T read(Class<T> type, ParserSource source) {
    Problems problems = new Problems();
    @Nullable T value;
    try {
      value = readCollecting(type, source, problems);
    } catch (Problems.ConfigurationError e) {
      // Not the input's fault: the type cannot be read, or its own code failed. A bug to fix.
      throw new IllegalStateException(
          "cannot read a " + type.getName() + " from JSON: " + e.getMessage(), e);
    }
    FindingCollector found = problems.collector();
    if (value == null && !found.hasAny()) {
      found.add(
          Finding.of(JsonPaths.ROOT, "expected " + TypeWords.expected(type) + ", found no value"));
    }
    if (value == null || found.hasAny()) {
      throw new InvalidInputException(subject(type), found.findings(), found.total());
    }
    return value;
  }

  private <T> @Nullable T readCollecting(Class<T> type, ParserSource source, Problems problems) {
    ObjectReader typed = reader.forType(type).withAttribute(Problems.KEY, problems);
    JsonParser parser = null;
    try {
      parser = source.open(typed);
      return typed.readValue(parser);
    } catch (StreamReadException | StreamConstraintsException e) {
      problems.collector().add(streamProblem(e, parser));
    } catch (DatabindException e) {
      JsonProcessingException cause = streamReadCause(e);
      if (cause != null) {
        problems.collector().add(streamProblem(cause, parser));
      } else {
        problems.addFromException(JsonPaths.ROOT, e);
      }
    } catch (CharConversionException e) {
      // Bytes that are not text in the encoding the parser detected: malformed input, not I/O.
      problems
          .collector()
          .add(Finding.of(JsonPaths.ROOT, "malformed JSON: " + firstLine(e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON input", e);
    } catch (RuntimeException e) {
      problems.addFromException(JsonPaths.ROOT, e);
    } finally {
      closeQuietly(parser);
    }
    return null;
  }

  /** A finding for JSON that cannot be read further: malformed, or over a limit. */
  private static Finding streamProblem(JsonProcessingException e, @Nullable JsonParser parser) {
    String path = parser == null ? JsonPaths.ROOT : ParserPaths.ofEntry(parser.getParsingContext());
    if (e instanceof StreamConstraintsException) {
      String limit = plainLimit(e.getOriginalMessage());
      if (limit.startsWith(STRING_LENGTH)
          && parser != null
          && parser.currentToken() != JsonToken.VALUE_STRING) {
        // A number's digits fill the buffer a string's characters do, and Jackson checks them
        // against the string limit as they come: a string is read only once it is the current
        // token, a number before it becomes one.
        limit = "number" + limit.substring("string".length());
      }
      return Finding.of(path, "input is over a size limit: " + limit);
    }
    return malformed((StreamReadException) e, parser);
  }

  private static final String STRING_LENGTH = "string value length";

  private static @Nullable JsonProcessingException streamReadCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
        return (JsonProcessingException) t;
      }
    }
    return null;
  }

  private static Finding malformed(StreamReadException e, @Nullable JsonParser parser) {
    String message = firstLine(e.getOriginalMessage());
    String path = parser == null ? JsonPaths.ROOT : ParserPaths.ofEntry(parser.getParsingContext());
    if (message.startsWith("Duplicate field")) {
      return Finding.of(path, "duplicate field");
    }
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return Finding.of(path, "malformed JSON" + where + ": " + plainMalformed(message));
  }

  /**
   * Jackson's description of malformed JSON, without echoing what it could not read: a token it did
   * not recognise may be anything the sender typed (a name, when CSV is sent as JSON).
   */
  static String plainMalformed(String message) {
    String text =
        message
            .replace("`", "'")
            .replace("a valid value (JSON String", "(JSON String")
            .replace(
                "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "a JSON value");
    if (text.startsWith("Non-standard token")) {
      return "NaN and Infinity are not JSON numbers";
    }
    text = START_MARKER.matcher(text).replaceAll("");
    text =
        STARTING_AT
            .matcher(text)
            .replaceAll(
                m ->
                    "(for the "
                        + m.group(1).toLowerCase(Locale.ROOT)
                        + " starting at line "
                        + m.group(2)
                        + ", column "
                        + m.group(3)
                        + ")");
    text = SOURCE.matcher(text).replaceAll("");
    text = FEATURE_HINT.matcher(text).replaceAll("");
    text = NOT_ENABLED.matcher(text).replaceAll("JSON has no comments");
    text = UNRECOGNIZED.matcher(text).replaceAll("unrecognised text");
    text =
        UNEXPECTED_CHARACTER
            .matcher(text)
            .replaceAll(
                m ->
                    Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) < 0x80
                        ? java.util.regex.Matcher.quoteReplacement(m.group())
                        : "Unexpected text that is not ASCII outside a string (text that belongs in"
                            + " quotes, or a byte that is not UTF-8)");
    return QUOTED.matcher(text).replaceAll("'…'");
  }

  /**
   * Jackson's "Unexpected character ('Ã' (code 195))". Outside a string, Jackson's UTF-8 parser
   * often reports the first byte of a character as if it were a character of its own (é as 'Ã', a
   * stray 0xFF as 'ÿ', 0x80 as a control character), which would send the sender looking for a
   * character they never typed.
   */
  private static final java.util.regex.Pattern UNEXPECTED_CHARACTER =
      java.util.regex.Pattern.compile(
          "Unexpected character \\((?:'.{1,2}' \\(code (\\d+)(?: / 0x\\p{XDigit}+)?\\)"
              + "|\\(CTRL-CHAR, code (\\d+)\\))\\)");

  /** Jackson's "(start marker at [Source: …; line: 1, column: 1])": Java settings, not help. */
  private static final java.util.regex.Pattern START_MARKER =
      java.util.regex.Pattern.compile("\\s*\\(start marker at \\[Source:.*?\\]\\)");

  /** Jackson's "(for Array starting at [Source: …; line: 1, column: 6])". */
  private static final java.util.regex.Pattern STARTING_AT =
      java.util.regex.Pattern.compile(
          "\\(for (Array|Object) starting at \\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]\\)");

  /** Any other "[Source: REDACTED (… disabled); line: L, column: C]": the position is given. */
  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("\\s*(at )?\\[Source: [^\\]]*\\]");

  /** Jackson's "…: enable `JsonReadFeature.X` to allow": a Java setting, not help for a sender. */
  private static final java.util.regex.Pattern FEATURE_HINT =
      java.util.regex.Pattern.compile("[:;,]?\\s*enable '[^']*' to allow");

  /** Jackson's "(not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)". */
  private static final java.util.regex.Pattern NOT_ENABLED =
      java.util.regex.Pattern.compile(
          "(maybe a \\(non-standard\\) comment\\?\\s*)?\\(not recognized as one since Feature"
              + " '[^']*' not enabled[^)]*\\)");

  private static final java.util.regex.Pattern UNRECOGNIZED =
      java.util.regex.Pattern.compile("Unrecognized token '[^']*'");

  /** Quoted text of more than a few characters in a parser message. */
  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("'[^'\\s]{5,}[^']*'");

  /**
   * Jackson's message about a limit without the Java names it carries: {@code Document nesting
   * depth (65) exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)}
   * becomes {@code document nesting depth (65) exceeds the maximum allowed (64)}.
   */
  static String plainLimit(@Nullable String message) {
    String text = LIMIT_SOURCE.matcher(firstLine(message)).replaceAll("").trim();
    return text.isEmpty() ? "a limit" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static final java.util.regex.Pattern LIMIT_SOURCE =
      java.util.regex.Pattern.compile("\\s*,?\\s*from\\s*`[^`]*`|\\s*\\(from\\s*`[^`]*`\\)");

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unknown problem";
    }
    return message.lines().findFirst().orElse(message);
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // The source belongs to the caller; a failure to release the parser's buffers changes
        // nothing.
      }
    }
  }

  /** "CostProfile" → "cost profile": the subject of the exception. */
  private static String subject(Class<?> type) {
    String simple = type.getSimpleName().replaceFirst("^Immutable", "");
    if (simple.isEmpty() || type == JsonNode.class) {
      return "JSON input";
    }
    return simple.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
