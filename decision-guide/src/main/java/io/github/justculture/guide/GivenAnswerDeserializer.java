package io.github.justculture.guide;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.justculture.core.Finding;
import io.github.justculture.core.internal.ParserPaths;
import io.github.justculture.core.internal.Problems;
import io.github.justculture.core.internal.TypeWords;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link GivenAnswer} from a bare answer ({@code "NO"}) or from an object with its details.
 */
final class GivenAnswerDeserializer extends StdDeserializer<GivenAnswer> {

  private static final long serialVersionUID = 1L;

  /** The deserializer. */
  public GivenAnswerDeserializer() {
    super(GivenAnswer.class);
  }

  @Override
  public @Nullable GivenAnswer deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      Answer answer = ctxt.readValue(p, Answer.class);
      return answer == null ? null : GivenAnswer.of(answer);
    }
    if (p.currentToken() == JsonToken.START_OBJECT) {
      GivenAnswer details = ctxt.readValue(p, GivenAnswerJson.class);
      return details == null ? null : GivenAnswer.copyOf(details);
    }
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
      return (GivenAnswer)
          ctxt.handleUnexpectedToken(
              ctxt.constructType(GivenAnswer.class),
              p.currentToken(),
              p,
              "expected YES, NO, UNKNOWN or an object with an answer");
    }
    problems.add(
        TypeWords.mismatch(
            ParserPaths.ofCurrentValue(p),
            "YES, NO, UNKNOWN or an object with an answer",
            false,
            p));
    p.skipChildren();
    return null;
  }

  /**
   * A JSON {@code null} for an answer: a finding inside a justculture read, a mismatch exception
   * outside one (leave the question out to leave it unanswered).
   */
  @Override
  public @Nullable GivenAnswer getNullValue(DeserializationContext ctxt)
      throws JsonMappingException {
    String path = ParserPaths.ofCurrentValue(ctxt.getParser());
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
      // Outside a justculture read the same rule holds, as Jackson's own exception.
      return ctxt.reportInputMismatch(this, "%s: %s", path, Problems.NOT_NULL);
    }
    problems.add(Finding.of(path, Problems.NOT_NULL));
    return null;
  }

  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC; // never cached: each null is a finding at its own path
  }
}
