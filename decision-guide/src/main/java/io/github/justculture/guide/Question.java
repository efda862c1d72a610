package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A yes/no question of a guide and where each answer leads (another question's id or an outcome's
 * id).
 *
 * <p>Ids keep the source's own numbering (for the NHS guide {@code 1a} … {@code 5a}). The
 * definition that holds a question checks its targets, reachability and the absence of cycles.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableQuestion.class)
@JsonDeserialize(as = ImmutableQuestion.class)
public abstract class Question {

  Question() {}

  /**
   * The question's id, unique in its definition.
   *
   * @return letters, digits, {@code -} and {@code _}
   */
  public abstract String id();

  /**
   * The test the question belongs to, for example {@code foresight}.
   *
   * @return the test's name
   */
  public abstract String test();

  /**
   * The question, in our own words.
   *
   * @return the question text
   */
  public abstract String text();

  /**
   * Guidance for answering, shown beside the question.
   *
   * @return the help text, possibly empty
   */
  @Value.Default
  public String help() {
    return "";
  }

  /**
   * Where a YES leads.
   *
   * @return a question or outcome id
   */
  public abstract String yes();

  /**
   * Where a NO leads.
   *
   * @return a question or outcome id
   */
  public abstract String no();

  /**
   * Where an answer leads.
   *
   * @param answer YES or NO
   * @return the target id
   * @throws IllegalArgumentException for {@link Answer#UNKNOWN}, which leads nowhere by itself
   */
  public String target(Answer answer) {
    return switch (answer) {
      case YES -> yes();
      case NO -> no();
      case UNKNOWN -> throw new IllegalArgumentException("an UNKNOWN answer has no single target");
    };
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableQuestion.Builder builder() {
    return ImmutableQuestion.builder();
  }
}
