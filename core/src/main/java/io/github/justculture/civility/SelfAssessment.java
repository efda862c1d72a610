package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/** An organisation's self-assessment for one period against a framework. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSelfAssessment.class)
@JsonDeserialize(as = ImmutableSelfAssessment.class)
public abstract class SelfAssessment {

  SelfAssessment() {}

  /**
   * The framework's id.
   *
   * @return the id
   */
  public abstract String framework();

  /**
   * The organisation, by reference (for example an ODS code).
   *
   * @return the organisation
   */
  public abstract String organisation();

  /**
   * The period, for example {@code 2026-Q3}.
   *
   * @return the period
   */
  public abstract String period();

  /**
   * Whether the assessment is submitted (then every element must be rated).
   *
   * @return true when submitted
   */
  @Value.Default
  public boolean submitted() {
    return false;
  }

  /**
   * The ratings, by element id.
   *
   * @return element id → rating
   */
  public abstract Map<String, ElementRating> ratings();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableSelfAssessment.Builder builder() {
    return ImmutableSelfAssessment.builder();
  }
}
