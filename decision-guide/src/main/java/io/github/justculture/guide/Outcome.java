package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An end of a guide: the recommended response, and the system-learning clause that every outcome
 * carries (no result may drop it: even individual outcomes ask what the organisation should learn).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
public abstract class Outcome {

  /** The highest severity an outcome may have. */
  public static final int MAX_SEVERITY = 5;

  Outcome() {}

  /**
   * The outcome's id, unique in its definition, for example {@code system-foresight}.
   *
   * @return letters, digits, {@code -} and {@code _}
   */
  public abstract String id();

  /**
   * A short label for people, for example {@code System failure: foresight}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * How severe the outcome is for the individual, from 0 (system, no individual action) to {@value
   * #MAX_SEVERITY} (deliberate harm). An ordinal for sorting and reporting, not a score.
   *
   * @return 0 to 5
   */
  public abstract int severity();

  /**
   * The severity on its scale, as every text of the library and the application shows it: {@code 3
   * of 5}.
   *
   * @return the severity, "of", and {@value #MAX_SEVERITY}
   */
  public String severityOutOfMax() {
    return severity() + " of " + MAX_SEVERITY;
  }

  /**
   * The cross-definition category.
   *
   * @return the category
   */
  public abstract OutcomeCategory category();

  /**
   * Whether the recommended response is directed at the individual (including support routes).
   *
   * @return true for individual-directed outcomes
   */
  public abstract boolean individualDirected();

  /**
   * The recommended response, in our own words.
   *
   * @return the response
   */
  public abstract String response();

  /**
   * What the organisation should learn or do about the system, whatever the outcome.
   *
   * @return the system-learning clause, never blank
   */
  public abstract String systemClause();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableOutcome.Builder builder() {
    return ImmutableOutcome.builder();
  }
}
