package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.justculture.core.Finding;
import io.github.justculture.core.FindingCollector;
import io.github.justculture.core.ImmutableFinding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.JsonPaths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one JSON read, kept as a per-call attribute of Jackson's deserialization context.
 *
 * <p>A problem reported at or inside a path that already has one is dropped: the first problem is
 * the cause, and what follows from it (a field left unset, an object that could not be built) would
 * only repeat it.
 */
public final class Problems {

  /** The key of the collector in {@link DeserializationContext#getAttribute(Object)}. */
  public static final Object KEY = Problems.class;

  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  /** The rule of a finding for a field the type does not have. */
  public static final String UNKNOWN_FIELD = "unknown field";

  private static final Pattern COMMA = Pattern.compile(",");

  private Problems() {}

  /** The collector of this read, or null when the read was not started by the justculture codec. */
  public static @Nullable FindingCollector of(DeserializationContext ctxt) {
    Object collector = ctxt.getAttribute(KEY);
    return collector instanceof FindingCollector problems ? problems : null;
  }

  /** Adds a finding unless a problem is already known at or inside its path. */
  public static void add(FindingCollector collector, Finding finding) {
    if (!collector.hasAnyWithin(finding.path())) {
      collector.add(finding);
    }
  }

  /** A finding with a value already rendered as JSON text. */
  public static Finding rendered(String path, String rule, String renderedValue) {
    return ImmutableFinding.builder().path(path).rule(rule).value(renderedValue).build();
  }

  /**
   * Records what an exception thrown while reading the value at {@code path} says about the input:
   * the findings of an {@link InvalidInputException} (rebased under the path), one "is required"
   * finding per attribute an Immutables builder found missing, or a finding in plain words for
   * Jackson's own exceptions.
   */
  public static void addFromException(FindingCollector collector, String base, Throwable error) {
    String path =
        error instanceof JsonMappingException mapping ? withReferences(base, mapping) : base;
    InvalidInputException invalid = find(error, InvalidInputException.class);
    if (invalid != null) {
      if (hasPlaceholdersWithin(collector, path)) {
        // The value's own rules ran over parts already rejected (and perhaps dropped, shifting list
        // indices): their findings would mislead. They are reported once those parts are fixed.
        return;
      }
      for (Finding f : invalid.findings()) {
        add(collector, f.under(path));
      }
      return;
    }
    String missing = findMessage(error, MISSING_ATTRIBUTES);
    if (missing != null) {
      for (String name : COMMA.split(missing)) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
          add(collector, Finding.of(JsonPaths.field(path, trimmed), "is required"));
        }
      }
      return;
    }
    if (error instanceof DatabindException) {
      addFromDatabind(collector, path, (JsonMappingException) error);
      return;
    }
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    add(
        collector,
        Finding.of(path, message == null || message.isBlank() ? "is not valid" : message));
  }

  /**
   * Whether a problem inside a path left a placeholder in the value being built (a wrong type, a
   * rejected part). An unknown field is skipped, not replaced, so it does not make the value's own
   * rules unreliable.
   */
  private static boolean hasPlaceholdersWithin(FindingCollector collector, String path) {
    for (Finding f : collector.findings()) {
      if (JsonPaths.isWithin(f.path(), path) && !f.rule().startsWith(UNKNOWN_FIELD)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an exception means the JSON itself cannot be read further (malformed, or over a size
   * limit), so that the read must stop rather than skip the value.
   */
  public static boolean isFatal(Throwable error) {
    return find(error, StreamReadException.class) != null
        || find(error, StreamConstraintsException.class) != null;
  }

  private static String withReferences(String base, JsonMappingException error) {
    String path = base;
    for (JsonMappingException.Reference ref : error.getPath()) {
      if (ref.getFieldName() != null) {
        path = JsonPaths.field(path, ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path = JsonPaths.index(path, ref.getIndex());
      }
    }
    return path;
  }

  private static void addFromDatabind(
      FindingCollector collector, String path, JsonMappingException error) {
    String original = error.getOriginalMessage();
    if (original != null && original.startsWith("Trailing token")) {
      add(collector, Finding.of(path, "unexpected content after the end of the JSON value"));
    } else if (error instanceof UnrecognizedPropertyException) {
      add(collector, Finding.of(path, UNKNOWN_FIELD));
    } else if (error instanceof InvalidFormatException format) {
      add(
          collector,
          Finding.of(
              path, "expected " + TypeWords.expected(format.getTargetType()), format.getValue()));
    } else if (error instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      add(
          collector,
          target == null
              ? Finding.of(path, plain(error.getOriginalMessage()))
              : Finding.of(path, "expected " + TypeWords.expected(target)));
    } else {
      add(collector, Finding.of(path, plain(error.getOriginalMessage())));
    }
  }

  private static String plain(@Nullable String jacksonMessage) {
    if (jacksonMessage == null || jacksonMessage.isBlank()) {
      return "is not valid";
    }
    // Jackson's messages name Java types in backticks and may run over several lines; keep the
    // first line.
    String firstLine = jacksonMessage.lines().findFirst().orElse(jacksonMessage);
    return firstLine.replace("`", "'");
  }

  private static <T extends Throwable> @Nullable T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static @Nullable String findMessage(Throwable error, Pattern pattern) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null) {
        Matcher m = pattern.matcher(message);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }
}
