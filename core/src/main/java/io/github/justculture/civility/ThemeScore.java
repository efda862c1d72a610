package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A theme's score: the mean of its ratings and its weakest element, never one composite number that
 * hides the weakest link.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableThemeScore.class)
@JsonDeserialize(as = ImmutableThemeScore.class)
public abstract class ThemeScore {

  ThemeScore() {}

  /**
   * The theme.
   *
   * @return the theme
   */
  public abstract Theme theme();

  /**
   * The mean level of the rated elements, to two decimal places.
   *
   * @return the mean, or empty when none is rated
   */
  public abstract Optional<BigDecimal> mean();

  /**
   * Elements rated with a level.
   *
   * @return the count
   */
  public abstract int rated();

  /**
   * Elements rated not applicable.
   *
   * @return the count
   */
  public abstract int notApplicable();

  /**
   * The element with the lowest level (the first, on a tie).
   *
   * @return the weakest element, or empty when none is rated
   */
  public abstract Optional<ElementLevel> weakest();
}
