package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import org.jspecify.annotations.Nullable;

/** JSON paths ({@code $.a[0].b}) of where a Jackson parser stands. */
public final class ParserPaths {

  private ParserPaths() {}

  /**
   * The path of the value at the parser's current token. For a start-of-container token this is the
   * container's own path; for a field name, the path of that field.
   */
  public static String ofCurrentValue(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      return ofContainer(context);
    }
    return ofEntry(context);
  }

  /** The path of the container that a context stands for. */
  public static String ofContainer(@Nullable JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return JsonPaths.ROOT;
    }
    return ofEntry(context.getParent());
  }

  /**
   * The path of the entry a context currently stands at (a field of an object, an element of an
   * array).
   */
  public static String ofEntry(@Nullable JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return JsonPaths.ROOT;
    }
    String container = ofContainer(context);
    if (context.inArray()) {
      return JsonPaths.index(container, Math.max(context.getCurrentIndex(), 0));
    }
    String name = context.getCurrentName();
    return name == null ? container : JsonPaths.field(container, name);
  }
}
