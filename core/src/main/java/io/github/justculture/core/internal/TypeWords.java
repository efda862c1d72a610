package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.github.justculture.core.Finding;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.ImmutableFinding;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain words for what a Java type expects on the wire, and for what a JSON token holds. */
public final class TypeWords {

  /**
   * JDK types Jackson reads from a string (its {@code FromStringDeserializer} and {@code
   * NioPathDeserializer}): without them an object given for one would be "expected an object, not
   * an object".
   */
  private static final List<Class<?>> READ_FROM_TEXT =
      List.of(
          UUID.class,
          URI.class,
          URL.class,
          File.class,
          Path.class,
          Locale.class,
          Currency.class,
          Charset.class,
          Pattern.class,
          TimeZone.class,
          InetAddress.class);

  private TypeWords() {}

  /**
   * What a value of this type looks like in JSON, in plain words: "a whole number", "one of YES,
   * NO".
   */
  public static String expected(JavaType type) {
    if (type.isReferenceType() && type.getReferencedType() != null) {
      return expected(type.getReferencedType());
    }
    return expected(type.getRawClass()); // arrays and collections are lists, maps objects
  }

  /** What a value of this class looks like in JSON, in plain words. */
  public static String expected(Class<?> raw) {
    if (raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class
        || raw == byte.class
        || raw == Byte.class
        || raw == BigInteger.class) {
      return "a whole number";
    }
    if (raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class
        || raw == BigDecimal.class
        || raw == Number.class) {
      return "a number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == String.class || raw == CharSequence.class) {
      return "a string";
    }
    if (raw == Gbp.class) {
      return "an amount of money as a decimal string such as \"1234.50\"";
    }
    if (raw == Instant.class || raw == OffsetDateTime.class) {
      return "an instant such as \"2026-11-22T10:15:30Z\"";
    }
    if (raw == LocalDate.class) {
      return "a date such as \"2026-11-22\"";
    }
    if (raw.getPackageName().equals("java.time")) {
      return "a " + raw.getSimpleName() + " as ISO-8601 text";
    }
    if (READ_FROM_TEXT.stream().anyMatch(t -> t.isAssignableFrom(raw))) {
      return "a string";
    }
    if (raw.isEnum()) {
      return "one of "
          + Arrays.stream(raw.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      return "a list";
    }
    if (raw == Optional.class) {
      return "a value";
    }
    return "an object"; // a map, or a value type with fields
  }

  /**
   * A finding for a value of the wrong type at the parser's current token. A scalar (a string,
   * number or boolean) given where a scalar is expected is echoed, so that the person who sent it
   * can find it ({@code expected a whole number, was "many"}); anything given where an object or
   * list is expected is only named by its kind ({@code expected an object, not a string}), because
   * a bare string in the place of a structure is often free text that must not be echoed.
   */
  public static Finding mismatch(String path, JavaType target, JsonParser p) {
    return mismatch(path, expected(target), isStructured(target), p);
  }

  /**
   * A finding for a value of the wrong type, with what was expected in plain words.
   *
   * @param structured whether only an object or a list could be right, so that a scalar given is
   *     named by its kind, not echoed
   */
  public static Finding mismatch(String path, String expected, boolean structured, JsonParser p) {
    JsonToken token = p.currentToken();
    boolean scalarGiven = token != null && token.isScalarValue();
    if (!structured && scalarGiven) {
      return ImmutableFinding.builder()
          .path(path)
          .rule("expected " + expected)
          .value(describeCurrentToken(p))
          .build();
    }
    return Finding.of(path, "expected " + expected + ", not " + kind(token));
  }

  private static boolean isStructured(JavaType type) {
    String expected = expected(type);
    return expected.equals("an object") || expected.equals("a list");
  }

  /** The kind of JSON value at a token, in plain words. */
  static String kind(@org.jspecify.annotations.Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "a value";
    };
  }

  /**
   * The value at the parser's current token, shortened, as JSON text ({@code "many"}, {@code 12.5},
   * {@code [...]}).
   */
  public static String describeCurrentToken(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    try {
      return switch (token) {
        case START_OBJECT, FIELD_NAME -> "an object"; // FIELD_NAME: inside an object begun earlier
        case START_ARRAY -> "a list";
        case VALUE_STRING -> JsonText.quote(p.getText(), 80);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
            p.getText();
        default -> kind(token); // the end of a list or an object
      };
    } catch (IOException e) {
      return token.name();
    }
  }
}
