package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** A question and the answer given to it, as listed in a result's path and unused answers. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
public abstract class Step {

  Step() {}

  /**
   * The question's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String question();

  /**
   * The answer given.
   *
   * @return the answer
   */
  @Value.Parameter
  public abstract Answer answer();

  /**
   * A step.
   *
   * @param question the question id
   * @param answer the answer
   * @return the step
   */
  public static Step of(String question, Answer answer) {
    return ImmutableStep.of(question, answer);
  }
}
