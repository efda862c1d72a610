package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A self-assessment scored: per theme, the mean and the weakest element; and the elements not yet
 * rated.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCivilityScore.class)
@JsonDeserialize(as = ImmutableCivilityScore.class)
public abstract class CivilityScore {

  CivilityScore() {}

  /**
   * The framework's id.
   *
   * @return the id
   */
  public abstract String framework();

  /**
   * The framework's version.
   *
   * @return the version
   */
  public abstract String frameworkVersion();

  /**
   * The organisation.
   *
   * @return the organisation
   */
  public abstract String organisation();

  /**
   * The period.
   *
   * @return the period
   */
  public abstract String period();

  /**
   * Whether the assessment was submitted.
   *
   * @return true when submitted
   */
  public abstract boolean submitted();

  /**
   * One score per theme, in the framework's theme order.
   *
   * @return the theme scores
   */
  public abstract List<ThemeScore> themes();

  /**
   * Elements of the framework with no rating yet.
   *
   * @return their ids, in the framework's order
   */
  public abstract List<String> missing();

  /**
   * Each rated element's level, for comparisons.
   *
   * @return the element levels, in the framework's order
   */
  public abstract List<ElementLevel> elements();
}
