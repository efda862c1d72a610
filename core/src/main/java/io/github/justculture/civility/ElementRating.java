package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Evidence;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rating of one element: a level of the scale, or not applicable with a reason; with evidence and
 * actions.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableElementRating.class)
@JsonDeserialize(as = ImmutableElementRating.class)
public abstract class ElementRating {

  ElementRating() {}

  /**
   * The level.
   *
   * @return a value of the framework's scale, or empty when not applicable
   */
  public abstract Optional<Integer> level();

  /**
   * Why the element does not apply.
   *
   * @return the reason, or empty when a level is given
   */
  @Value.Redacted
  public abstract Optional<String> notApplicable();

  /**
   * The evidence (required for ratings at or above the framework's evidence threshold). A piece of
   * evidence may cite a computed metric, such as a relative likelihood.
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();

  /**
   * Actions to improve.
   *
   * @return the actions
   */
  public abstract List<Action> actions();

  /**
   * A rating at a level.
   *
   * @param level the level
   * @param evidence the evidence
   * @return the rating
   */
  public static ElementRating of(int level, Evidence... evidence) {
    return ImmutableElementRating.builder().level(level).addEvidence(evidence).build();
  }
}
