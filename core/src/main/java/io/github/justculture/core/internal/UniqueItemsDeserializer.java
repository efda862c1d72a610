package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import io.github.justculture.core.Finding;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON array into a {@link Set}, rejecting repeated items instead of letting them collapse
 * silently (the schemas say {@code uniqueItems}): the array is read as a list, each repeat is a
 * finding at its own index, and the set keeps the input's order.
 */
final class UniqueItemsDeserializer extends JsonDeserializer<Set<Object>>
    implements ContextualDeserializer {

  private final JavaType setType;
  private final @Nullable JsonDeserializer<Object> list;

  UniqueItemsDeserializer(JavaType setType) {
    this(setType, null);
  }

  private UniqueItemsDeserializer(JavaType setType, @Nullable JsonDeserializer<Object> list) {
    this.setType = setType;
    this.list = list;
  }

  @Override
  public JsonDeserializer<?> createContextual(
      DeserializationContext ctxt, @Nullable BeanProperty property) throws JsonMappingException {
    JavaType listType =
        ctxt.getTypeFactory().constructCollectionType(List.class, setType.getContentType());
    return new UniqueItemsDeserializer(
        setType, ctxt.findContextualValueDeserializer(listType, property));
  }

  @Override
  public @Nullable Set<Object> deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    String path = ParserPaths.ofCurrentValue(p);
    JsonDeserializer<Object> reader = Objects.requireNonNull(list, "not contextualised");
    @SuppressWarnings("unchecked")
    List<Object> items = (List<Object>) reader.deserialize(p, ctxt);
    if (items == null) {
      return null;
    }
    Set<Object> set = new LinkedHashSet<>();
    Map<Object, Integer> first = new HashMap<>();
    Problems problems = Problems.of(ctxt);
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (item == null) {
        continue; // a rejected item, already reported
      }
      Integer earlier = first.putIfAbsent(item, i);
      if (earlier == null) {
        set.add(item);
      } else if (problems != null) {
        // Indices after rejected items were removed: give them in the input's numbering.
        problems.add(
            Finding.of(
                problems.inInputNumbering(JsonPaths.index(path, i)),
                "repeats "
                    + problems.inInputNumbering(JsonPaths.index(path, earlier))
                    + ": items must be unique",
                item));
      } else {
        return ctxt.reportInputMismatch(
            setType, "%s: repeats an earlier item; items must be unique", JsonPaths.index(path, i));
      }
    }
    return set;
  }

  @Override
  public Set<Object> getEmptyValue(DeserializationContext ctxt) {
    return new LinkedHashSet<>();
  }
}
