package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.justculture.core.Decimals;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * JSON for {@link Gbp}: written as a decimal string with two places; read from such a string or a
 * number.
 */
public final class GbpJson {

  private GbpJson() {}

  /** Writes the wire form, {@code "483578276.69"}. */
  public static final class Serializer extends StdScalarSerializer<Gbp> {
    private static final long serialVersionUID = 1L;

    /** The serializer. */
    public Serializer() {
      super(Gbp.class);
    }

    @Override
    public void serialize(Gbp value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /**
   * Reads a decimal string with at most two places, or a JSON number with at most two places (read
   * exactly, never through binary floating point). A JSON {@code null} never reaches it: money is a
   * justculture type, so the {@link CollectingDeserializer} that wraps it answers the null (a
   * finding inside a justculture read, a mismatch exception outside one).
   */
  public static final class Deserializer extends StdScalarDeserializer<Gbp> {
    private static final long serialVersionUID = 1L;

    /** The deserializer. */
    public Deserializer() {
      super(Gbp.class);
    }

    @Override
    public @Nullable Gbp deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      String text;
      if (token == JsonToken.VALUE_STRING) {
        text = p.getText();
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal value = p.getDecimalValue();
        if (!Decimals.isWithinLimits(value)) {
          Problems problems = Problems.of(ctxt);
          if (problems == null) {
            return (Gbp)
                ctxt.reportInputMismatch(
                    Gbp.class, "%s: %s", ParserPaths.ofCurrentValue(p), Decimals.RULE);
          }
          problems.addRendered(
              ParserPaths.ofCurrentValue(p), Decimals.RULE, TypeWords.describeCurrentToken(p));
          return null;
        }
        text = value.toPlainString();
      } else {
        return (Gbp) ctxt.handleUnexpectedToken(Gbp.class, p);
      }
      try {
        return Gbp.parse(text);
      } catch (InvalidInputException e) {
        Problems problems = Problems.of(ctxt);
        if (problems == null) {
          throw e;
        }
        problems.addFromException(ParserPaths.ofCurrentValue(p), e);
        return null;
      }
    }
  }
}
