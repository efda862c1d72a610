package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.justculture.core.Decimals;
import io.github.justculture.core.Finding;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Strict deserializers for numbers, booleans and strings: a whole number must be a JSON integer in
 * range, a number any JSON number, a boolean {@code true} or {@code false}, a string a JSON string.
 * Nothing is coerced (no {@code "12"} for 12, no truncation of {@code 12.5}).
 *
 * <p>Inside a justculture read a wrong value is recorded as a finding and a placeholder (zero,
 * false, an empty string or null) stands in for it so that the read goes on and reports the other
 * problems too; the placeholder never escapes, because the read then fails with every finding.
 * Outside such a read, Jackson reports the problem as usual.
 */
public final class StrictScalars {

  private StrictScalars() {}

  /** Registers the strict deserializers on a module. */
  public static void register(SimpleModule module) {
    module.addDeserializer(int.class, new Scalar<>(int.class, Kind.INT, 0));
    module.addDeserializer(Integer.class, new Scalar<>(Integer.class, Kind.INT, null));
    module.addDeserializer(long.class, new Scalar<>(long.class, Kind.LONG, 0L));
    module.addDeserializer(Long.class, new Scalar<>(Long.class, Kind.LONG, null));
    module.addDeserializer(double.class, new Scalar<>(double.class, Kind.DOUBLE, 0.0));
    module.addDeserializer(Double.class, new Scalar<>(Double.class, Kind.DOUBLE, null));
    module.addDeserializer(boolean.class, new Scalar<>(boolean.class, Kind.BOOLEAN, false));
    module.addDeserializer(Boolean.class, new Scalar<>(Boolean.class, Kind.BOOLEAN, null));
    module.addDeserializer(BigDecimal.class, new Scalar<>(BigDecimal.class, Kind.DECIMAL, null));
    module.addDeserializer(
        BigInteger.class, new Scalar<>(BigInteger.class, Kind.BIG_INTEGER, null));
    // An empty string stands in for a rejected string, so that a value whose required text was
    // rejected can still be built and its other rules checked; the read fails anyway.
    module.addDeserializer(String.class, new Scalar<>(String.class, Kind.STRING, ""));
  }

  private enum Kind {
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    DECIMAL,
    BIG_INTEGER,
    STRING
  }

  private static final class Scalar<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Kind kind;
    private final @Nullable T placeholder;

    Scalar(Class<T> type, Kind kind, @Nullable T placeholder) {
      this.type = type;
      this.kind = kind;
      this.placeholder = placeholder;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if ((kind == Kind.DECIMAL || kind == Kind.DOUBLE)
          && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
          && !Decimals.isWithinLimits(p.getDecimalValue())) {
        // 1e-99999 is a valid JSON number, but writing it out (or turning it into a double that
        // quietly becomes 0) is not: refuse it before anything else touches it.
        return reject(p, ctxt, Decimals.RULE);
      }
      if (kind == Kind.STRING && token == JsonToken.VALUE_STRING && hasLoneSurrogate(p.getText())) {
        return reject(
            p, ctxt, "must be valid Unicode text (it has a lone surrogate such as \\ud800)");
      }
      Object value = read(p, token);
      if (value != null) {
        return (T) value;
      }
      if (token == JsonToken.VALUE_NUMBER_INT && (kind == Kind.INT || kind == Kind.LONG)) {
        return reject(
            p,
            ctxt,
            "is out of range: a whole number here may be at most "
                + (kind == Kind.INT ? Integer.MAX_VALUE : Long.MAX_VALUE)
                + " in size");
      }
      Problems problems = Problems.of(ctxt);
      if (problems == null) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      problems.add(TypeWords.mismatch(ParserPaths.ofCurrentValue(p), ctxt.constructType(type), p));
      p.skipChildren();
      return placeholder;
    }

    /** Whether text has a high surrogate without a low one after it, or a low one alone. */
    private static boolean hasLoneSurrogate(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
          if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return true;
          }
          i++;
        } else if (Character.isLowSurrogate(c)) {
          return true;
        }
      }
      return false;
    }

    private @Nullable Object read(JsonParser p, @Nullable JsonToken token) throws IOException {
      if (token == null) {
        return null;
      }
      boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
      return switch (kind) {
        case INT ->
            token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                ? p.getIntValue()
                : null;
        case LONG ->
            token == JsonToken.VALUE_NUMBER_INT
                    && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                ? p.getLongValue()
                : null;
        case BIG_INTEGER -> token == JsonToken.VALUE_NUMBER_INT ? p.getBigIntegerValue() : null;
        case DOUBLE -> number ? finite(p.getDoubleValue()) : null;
        case DECIMAL -> number ? p.getDecimalValue() : null;
        case BOOLEAN ->
            token == JsonToken.VALUE_TRUE
                ? Boolean.TRUE
                : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        case STRING -> token == JsonToken.VALUE_STRING ? p.getText() : null;
      };
    }

    private static @Nullable Double finite(double d) {
      return Double.isFinite(d) ? d : null;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC; // never cached: each null is a finding at its own path
    }

    /**
     * A JSON {@code null} where a value is needed (a required field, an element of a list, a value
     * of a map): a finding in a justculture read, a mismatch exception outside one. Optional fields
     * take null as "absent" before this is asked.
     */
    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      String path = ParserPaths.ofCurrentValue(ctxt.getParser());
      Problems problems = Problems.of(ctxt);
      if (problems == null) {
        // Outside a justculture read the same rule holds, as Jackson's own exception.
        return ctxt.reportInputMismatch(type, "%s: %s", path, Problems.NOT_NULL);
      }
      problems.add(Finding.of(path, Problems.NOT_NULL));
      return placeholder;
    }

    private @Nullable T reject(JsonParser p, DeserializationContext ctxt, String rule)
        throws IOException {
      Problems problems = Problems.of(ctxt);
      if (problems == null) {
        return ctxt.reportInputMismatch(type, "%s: %s", ParserPaths.ofCurrentValue(p), rule);
      }
      problems.addRendered(ParserPaths.ofCurrentValue(p), rule, TypeWords.describeCurrentToken(p));
      p.skipChildren();
      return placeholder;
    }
  }
}
