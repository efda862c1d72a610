package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.justculture.core.Finding;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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

  /** A deserializer of a set that rejects repeated items (see {@link UniqueItemsDeserializer}). */
  public static JsonDeserializer<?> uniqueItems(JavaType setType) {
    return new UniqueItemsDeserializer(setType);
  }

  /**
   * Wraps the deserializer of an {@link java.util.Optional} so that a JSON {@code null} is empty
   * without asking the content's deserializer (which would report the null as an error).
   */
  public static JsonDeserializer<?> nullAsEmptyOptional(JsonDeserializer<?> optional) {
    return new NullAsEmpty(optional);
  }

  private static final class NullAsEmpty extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    NullAsEmpty(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new NullAsEmpty(newDelegatee);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return java.util.Optional.empty();
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.CONSTANT;
    }
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new CollectingDeserializer(newDelegatee);
  }

  @Override
  public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
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
    // An object in a list: note its "id" as it goes by, so that if the object is rejected, the
    // list's own rules are not reported against references to it (see Problems#rejectedId).
    IdWatcher watcher =
        token == JsonToken.START_OBJECT
                && container != null
                && container.getParent() != null
                && container.getParent().inArray()
                && !(p instanceof IdWatcher)
            ? new IdWatcher(p, container)
            : null;
    JsonParser parser = watcher == null ? p : watcher;
    try {
      Object value = _delegatee.deserialize(parser, ctxt);
      if (problems.hasAnyWithin(path)) {
        dropPlaceholders(problems, path, value);
        if (value == null && watcher != null) {
          problems.rejectedId(watcher.id);
        }
      }
      return value;
    } catch (DatabindException | RuntimeException e) {
      if (Problems.isFatal(e)) {
        throw e;
      }
      problems.addFromException(path, e);
      skipRestOf(parser, container);
      if (watcher != null) {
        problems.rejectedId(watcher.id);
      }
      return null;
    }
  }

  /** Passes every token through, noting the {@code "id"} string of one object as it goes by. */
  private static final class IdWatcher extends JsonParserDelegate {
    private final JsonStreamContext object;
    @Nullable String id;

    IdWatcher(JsonParser p, JsonStreamContext object) {
      super(p);
      this.object = object;
    }

    @Override
    public @Nullable JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t == JsonToken.VALUE_STRING
          && delegate.getParsingContext() == object
          && "id".equals(delegate.currentName())) {
        id = delegate.getText();
      }
      return t;
    }
  }

  /**
   * A JSON {@code null} where this value is needed (a required field, an element of a list, a value
   * of a map): a finding inside a justculture read, a {@link
   * com.fasterxml.jackson.databind.exc.MismatchedInputException} outside one. Optional fields take
   * null as "absent" before this is asked.
   */
  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC; // never cached: each null is a finding at its own path
  }

  @Override
  public @Nullable Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    Problems problems = Problems.of(ctxt);
    String path = ParserPaths.ofCurrentValue(ctxt.getParser());
    if (problems == null) {
      // Outside a justculture read the same rule holds, as Jackson's own exception.
      return ctxt.reportInputMismatch(this, "%s: %s", path, Problems.NOT_NULL);
    }
    problems.add(Finding.of(path, Problems.NOT_NULL));
    return null;
  }

  /**
   * Removes the nulls that stand in for rejected elements of a list or values of a map, so that
   * building the enclosing value can go on to report its own problems, and records which list
   * elements went so that later paths keep the input's numbering. Only called once a problem inside
   * was recorded: the read fails anyway, so nothing is silently dropped.
   */
  private static void dropPlaceholders(Problems problems, String path, @Nullable Object value) {
    try {
      if (value instanceof List<?> list) {
        int[] gone = new int[list.size()];
        int count = 0;
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) == null) {
            gone[count++] = i;
          }
        }
        if (count > 0) {
          list.removeIf(Objects::isNull);
          problems.rejected(path, Arrays.copyOf(gone, count));
        }
      } else if (value instanceof Collection<?> collection) {
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
