package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An answer that differs between two evaluations. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAnswerChange.class)
@JsonDeserialize(as = ImmutableAnswerChange.class)
public abstract class AnswerChange {

  AnswerChange() {}

  /**
   * The question's id.
   *
   * @return the id
   */
  public abstract String question();

  /**
   * The earlier answer.
   *
   * @return the answer, or empty if the question was unanswered
   */
  public abstract Optional<Answer> before();

  /**
   * The later answer.
   *
   * @return the answer, or empty if the question is now unanswered
   */
  public abstract Optional<Answer> after();
}
