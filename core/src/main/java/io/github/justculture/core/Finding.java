package io.github.justculture.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonText;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem with an input: where it is (a JSON path such as {@code $.answers.3d}), the rule it
 * breaks, and the offending value as it was given.
 *
 * <p>Findings are values, not exceptions: validators collect every finding of an input (see {@link
 * FindingCollector}) and either return them or throw them together in an {@link
 * InvalidInputException}. The {@link #message()} reads like {@code $.prevalence: must be between 0
 * and 1, was 1.4}.
 *
 * <p>The offending value is echoed so that the person who sent it can find and fix it; it is
 * shortened to {@value #MAX_VALUE_LENGTH} characters so that a finding never carries a whole
 * payload.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements InputProblem {

  /** The longest rendering of an offending value that a finding keeps, in characters. */
  public static final int MAX_VALUE_LENGTH = 80;

  Finding() {}

  /**
   * Where the problem is: a JSON path from the root {@code $}, for example {@code
   * $.questions[2].yes}.
   *
   * @return the path, never empty
   */
  public abstract String path();

  /**
   * The rule the input breaks, in plain words, for example {@code must be between 0 and 1}.
   *
   * @return the rule, never empty
   */
  @Override
  public abstract String rule();

  /**
   * The offending value as JSON text (strings quoted), shortened to {@value #MAX_VALUE_LENGTH}
   * characters.
   *
   * @return the value, or empty when the problem is an absence (a missing field, say)
   */
  @Override
  public abstract Optional<String> value();

  /**
   * Where the problem is, for {@link InputProblem}: the {@link #path()}.
   *
   * @return the path
   */
  @Override
  public final String where() {
    return path();
  }

  /**
   * A finding without an offending value, for example a missing field.
   *
   * @param path the JSON path, for example {@code $.headcount}
   * @param rule the rule broken, for example {@code is required}
   * @return the finding
   */
  public static Finding of(String path, String rule) {
    return ImmutableFinding.builder().path(path).rule(rule).build();
  }

  /**
   * A finding with an offending value, rendered as JSON text: strings quoted and escaped, numbers
   * in plain decimal notation, {@code null} as {@code null}, enums by name.
   *
   * @param path the JSON path, for example {@code $.prevalence}
   * @param rule the rule broken, for example {@code must be between 0 and 1}
   * @param value the offending value; may be null
   * @return the finding
   */
  public static Finding of(
      String path, String rule, @org.jspecify.annotations.Nullable Object value) {
    return ImmutableFinding.builder().path(path).rule(rule).value(render(value)).build();
  }

  /**
   * This finding moved under a parent path: {@code $.year} under {@code $.source} becomes {@code
   * $.source.year}.
   *
   * @param parentPath the path of the object this finding's path is relative to
   * @return the rebased finding
   */
  public Finding under(String parentPath) {
    return ImmutableFinding.copyOf(this).withPath(parentPath + path().substring(1));
  }

  /**
   * The finding as one line: {@code path: rule, was value}.
   *
   * @return the message
   */
  @Override
  public String message() {
    return value().map(v -> path() + ": " + rule() + ", was " + v).orElse(path() + ": " + rule());
  }

  /**
   * The same text as {@link #message()}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    return message();
  }

  @Value.Check
  void check() {
    // Not through FindingCollector: a finding about a finding would need this check to pass first.
    List<Finding> problems = new ArrayList<>(2);
    if (!path().startsWith("$")) {
      problems.add(plain("$.path", "must start with $"));
    }
    if (rule().isBlank()) {
      problems.add(plain("$.rule", "must not be blank"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("finding", problems);
    }
  }

  private static Finding plain(String path, String rule) {
    ImmutableFinding.Builder b = ImmutableFinding.builder();
    return b.path(path).rule(rule).build();
  }

  private static String render(@org.jspecify.annotations.Nullable Object value) {
    String text;
    if (value == null) {
      text = "null";
    } else if (value instanceof BigDecimal decimal) {
      text = Decimals.show(decimal);
    } else if (value instanceof Number || value instanceof Boolean) {
      text = value.toString();
    } else if (value instanceof Enum<?> constant) {
      text = constant.name();
    } else { // text, money and anything else: as a JSON string
      return JsonText.shown(value.toString(), MAX_VALUE_LENGTH);
    }
    return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }
}
