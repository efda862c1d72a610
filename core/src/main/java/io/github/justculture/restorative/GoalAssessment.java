package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Evidence;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** An assessment of one of the four goals: its rating, the evidence and who assessed it. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGoalAssessment.class)
@JsonDeserialize(as = ImmutableGoalAssessment.class)
public abstract class GoalAssessment {

  GoalAssessment() {}

  /**
   * The goal.
   *
   * @return the goal
   */
  public abstract Goal goal();

  /**
   * The rating.
   *
   * @return the rating
   */
  public abstract GoalRating rating();

  /**
   * The evidence (required for {@link GoalRating#ACHIEVED}).
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();

  /**
   * Who assessed it, by pseudonymous reference.
   *
   * @return the assessor
   */
  @Value.Redacted
  public abstract String assessor();
}
