package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.github.justculture.core.FindingCollector;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Wraps the deserializer of a justculture value type: when building the value fails (a broken rule,
 * a missing required field, a value Jackson could not coerce), the failure is recorded as findings
 * at the value's path, the rest of the value is skipped, and the read goes on with null in its
 * place. Outside a justculture read it lets every exception through unchanged.
 */
public final class CollectingDeserializer extends DelegatingDeserializer {

  private static final long serialVersionUID = 1L;

  /** Wraps a delegate. */
  public CollectingDeserializer(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new CollectingDeserializer(newDelegatee);
  }

  @Override
  public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    FindingCollector collector = Problems.of(ctxt);
    if (collector == null) {
      return _delegatee.deserialize(p, ctxt);
    }
    JsonToken token = p.currentToken();
    String path;
    JsonStreamContext container;
    if (token == JsonToken.FIELD_NAME) {
      // Jackson hands a delegating creator's delegate the parser already inside the object.
      container = p.getParsingContext();
      path = ParserPaths.ofContainer(container);
    } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      container = p.getParsingContext();
      path = ParserPaths.ofCurrentValue(p);
    } else {
      container = null;
      path = ParserPaths.ofCurrentValue(p);
    }
    try {
      Object value = _delegatee.deserialize(p, ctxt);
      if (collector.hasAnyWithin(path)) {
        dropPlaceholders(value);
      }
      return value;
    } catch (DatabindException | RuntimeException e) {
      if (Problems.isFatal(e)) {
        throw e;
      }
      Problems.addFromException(collector, path, e);
      skipRestOf(p, container);
      return null;
    }
  }

  /**
   * Removes the nulls that stand in for rejected elements of a list or values of a map, so that
   * building the enclosing value can go on to report its own problems. Only called once a problem
   * inside was recorded: the read fails anyway, so nothing is silently dropped.
   */
  private static void dropPlaceholders(@Nullable Object value) {
    try {
      if (value instanceof Collection<?> collection) {
        collection.removeIf(Objects::isNull);
      } else if (value instanceof Map<?, ?> map) {
        map.values().removeIf(Objects::isNull);
      }
    } catch (UnsupportedOperationException immutable) {
      // An immutable result cannot hold placeholders anyway.
    }
  }

  /**
   * Advances the parser to the end of the container that was open when this value began, if still
   * inside it.
   */
  private static void skipRestOf(JsonParser p, @Nullable JsonStreamContext container)
      throws IOException {
    if (container == null) {
      return;
    }
    while (isWithin(p.getParsingContext(), container)) {
      if (p.nextToken() == null) {
        return;
      }
    }
  }

  private static boolean isWithin(
      @Nullable JsonStreamContext context, JsonStreamContext container) {
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c == container) {
        return true;
      }
    }
    return false;
  }
}
