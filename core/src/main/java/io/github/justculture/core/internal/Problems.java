package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.justculture.core.Finding;
import io.github.justculture.core.ImmutableFinding;
import io.github.justculture.core.InputException;
import io.github.justculture.core.InvalidInputException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one JSON read, kept as a per-call attribute of Jackson's deserialization context:
 * the findings, and which list elements were rejected (so that the paths of later findings can be
 * given in the input's own numbering).
 *
 * <p>A problem reported at a path where, or inside which, one is already known is dropped: the
 * first problem is the cause, and what follows from it at the same place or above it (a field left
 * unset, an object that could not be built) would only repeat it. A value's own rules run even when
 * some of its parts were rejected, so that one read reports every problem; their findings at the
 * rejected parts are the ones dropped.
 *
 * <p>An exception that says nothing about the input (Jackson cannot handle a type, a value's code
 * fails) is a {@link ConfigurationError}: it ends the read and is never reported as a finding.
 */
public final class Problems {

  /** The key of the problems in {@link DeserializationContext#getAttribute(Object)}. */
  public static final Object KEY = Problems.class;

  /** The rule of a finding for a field the type does not have. */
  public static final String UNKNOWN_FIELD = "unknown field";

  /** The rule of a finding for a JSON null where a value is needed. */
  public static final String NOT_NULL = "must not be null: leave the field out instead";

  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private static final Pattern COMMA = Pattern.compile(",");

  private final FindingCollector collector = FindingCollector.create();

  // List path (in the input's numbering) → the indices of its rejected elements, ascending.
  private final Map<String, int[]> rejected = new HashMap<>();

  // The ids of rejected list elements, as JSON text ("a"): references to them are not reported.
  private final Set<String> rejectedIds = new HashSet<>();

  /** Problems for a new read. */
  public Problems() {}

  /** The problems of this read, or null when the read was not started by the justculture codec. */
  public static @Nullable Problems of(DeserializationContext ctxt) {
    Object problems = ctxt.getAttribute(KEY);
    return problems instanceof Problems p ? p : null;
  }

  /** The findings so far. */
  public FindingCollector collector() {
    return collector;
  }

  /** Whether the collector has reached its limit, so that further findings are only counted. */
  public boolean isFull() {
    return collector.total() >= InputException.MAX_PROBLEMS;
  }

  /** Whether a problem is already known at or inside a path. */
  public boolean hasAnyWithin(String path) {
    return collector.hasAnyWithin(path);
  }

  /** Adds a finding unless a problem is already known at or inside its path. */
  public void add(Finding finding) {
    if (!collector.hasAnyWithin(finding.path())) {
      collector.add(finding);
    }
  }

  /** Adds a finding with a value already rendered as JSON text. */
  public void addRendered(String path, String rule, String renderedValue) {
    add(ImmutableFinding.builder().path(path).rule(rule).value(renderedValue).build());
  }

  /**
   * Records that the elements at these indices of the list at {@code path} were rejected and
   * removed, so that the list's own rules see the others.
   */
  public void rejected(String path, int[] indices) {
    if (indices.length > 0) {
      rejected.put(path, indices);
    }
  }

  /**
   * Records the id of a rejected list element (when it had one), so that a value's own rules that
   * echo it (a reference to it, "unknown question 'a'") are not reported: the element exists in the
   * input and its own problems are reported; the reference is fine once they are fixed.
   */
  public void rejectedId(@Nullable String id) {
    if (id != null) {
      rejectedIds.add(JsonText.quote(id, Finding.MAX_VALUE_LENGTH));
    }
  }

  /**
   * A path computed over lists with their rejected elements removed, given in the input's own
   * numbering: {@code $.parties[1]} becomes {@code $.parties[2]} when element 1 was rejected.
   */
  String inInputNumbering(String path) {
    if (rejected.isEmpty()) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() + 4);
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      int next = i + 1 < path.length() ? path.charAt(i + 1) : -1;
      if (c == '[' && next == '\'') {
        int end = endOfQuotedName(path, i + 2);
        out.append(path, i, end);
        i = end;
      } else if (c == '[' && next >= '0' && next <= '9') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          out.append(path, i, path.length());
          break;
        }
        int index = Integer.parseInt(path, i + 1, close, 10);
        int[] gone = rejected.get(out.toString());
        if (gone != null) {
          for (int g : gone) {
            if (g <= index) {
              index++;
            }
          }
        }
        out.append('[').append(index).append(']');
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index just after the {@code ']} that ends a quoted name whose text starts at {@code i}. */
  private static int endOfQuotedName(String path, int i) {
    int j = i;
    while (j < path.length()) {
      char c = path.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == '\'' && j + 1 < path.length() && path.charAt(j + 1) == ']') {
        return j + 2;
      } else {
        j++;
      }
    }
    return path.length();
  }

  /**
   * Records what an exception thrown while reading the value at {@code base} says about the input:
   * the findings of an {@link InvalidInputException} (moved under the path), one "is required"
   * finding per attribute an Immutables builder found missing, or a finding in plain words for
   * Jackson's own exceptions about the input.
   *
   * @throws ConfigurationError if the exception is not about the input
   */
  public void addFromException(String base, Throwable error) {
    ConfigurationError earlier = find(error, ConfigurationError.class);
    if (earlier != null) {
      throw earlier;
    }
    InvalidDefinitionException definition = find(error, InvalidDefinitionException.class);
    if (definition != null) {
      throw new ConfigurationError(
          "Jackson cannot read this type: " + firstLine(definition.getOriginalMessage()),
          definition);
    }
    String path =
        error instanceof JsonMappingException mapping ? withReferences(base, mapping) : base;
    InvalidInputException invalid = find(error, InvalidInputException.class);
    if (invalid != null) {
      for (Finding f : invalid.findings()) {
        if (f.value().isPresent() && rejectedIds.contains(f.value().get())) {
          continue; // about an element rejected for its own, reported, reasons
        }
        Finding moved = f.under(path);
        add(ImmutableFinding.copyOf(moved).withPath(inInputNumbering(moved.path())));
      }
      collector.countOmitted(invalid.omitted());
      return;
    }
    String missing = findMessage(error, MISSING_ATTRIBUTES);
    if (missing != null) {
      for (String name : COMMA.split(missing, -1)) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
          add(Finding.of(JsonPaths.field(path, trimmed), "is required"));
        }
      }
      return;
    }
    if (error instanceof DatabindException && !(error instanceof ValueInstantiationException)) {
      addFromDatabind(path, (JsonMappingException) error);
      return;
    }
    if (collector.hasAnyWithin(base)) {
      // Building a value from parts already rejected (a null in place of a nested object) fails
      // in the value's own code: a consequence of the problems reported, not a new one.
      return;
    }
    throw new ConfigurationError(
        "reading failed for a reason that is not about the input: " + rootCause(error), error);
  }

  private static Throwable rootCause(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * Whether an exception means the JSON itself cannot be read further (malformed, or over a size
   * limit), so that the read must stop rather than skip the value.
   */
  public static boolean isFatal(Throwable error) {
    return find(error, StreamReadException.class) != null
        || find(error, StreamConstraintsException.class) != null
        || find(error, ConfigurationError.class) != null;
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

  private void addFromDatabind(String path, JsonMappingException error) {
    String original = error.getOriginalMessage();
    if (original != null && original.startsWith("Trailing token")) {
      add(Finding.of(path, "unexpected content after the end of the JSON value"));
    } else if (error instanceof UnrecognizedPropertyException) {
      add(Finding.of(path, UNKNOWN_FIELD));
    } else if (error instanceof InvalidFormatException format) {
      add(
          Finding.of(
              path, "expected " + TypeWords.expected(format.getTargetType()), format.getValue()));
    } else if (error instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      add(Finding.of(path, "expected " + TypeWords.expected(mismatch.getTargetType())));
    } else {
      add(Finding.of(path, plain(original)));
    }
  }

  /**
   * Jackson's message in plain words: its first line, or "is not valid" when it names Java types
   * (which mean nothing to the person who sent the input).
   */
  private static String plain(@Nullable String jacksonMessage) {
    String first = firstLine(jacksonMessage);
    if (first.isBlank()
        || first.contains("io.github.")
        || first.contains("java.")
        || first.contains("com.fasterxml.")
        || first.contains("Immutable")) {
      return "is not valid";
    }
    return first.replace("`", "'");
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    return message.lines().findFirst().orElse(message);
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
      if (t instanceof IllegalStateException) {
        String message = t.getMessage();
        if (message != null) {
          Matcher m = pattern.matcher(message);
          if (m.find()) {
            return m.group(1);
          }
        }
      }
    }
    return null;
  }

  /**
   * A failure that is not about the input: Jackson cannot handle a type, or a value's own code
   * failed. It ends the read and reaches the caller as an {@link IllegalStateException}: a bug to
   * fix, not a problem for the person who sent the input.
   */
  public static final class ConfigurationError extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ConfigurationError(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }
}
