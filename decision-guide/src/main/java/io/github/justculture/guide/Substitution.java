package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** An unknown answer replaced under {@link UnknownPolicy#BENEFIT_OF_DOUBT}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSubstitution.class)
@JsonDeserialize(as = ImmutableSubstitution.class)
public abstract class Substitution {

  Substitution() {}

  /**
   * The question's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String question();

  /**
   * The answer given: always {@link Answer#UNKNOWN}.
   *
   * @return UNKNOWN
   */
  @Value.Parameter
  @SuppressWarnings("immutables:from") // "from" is the JSON field; no copy builder is wanted
  public abstract Answer from();

  /**
   * The answer that favours the individual, used instead.
   *
   * @return YES or NO
   */
  @Value.Parameter
  public abstract Answer to();

  /**
   * A substitution of an unknown answer.
   *
   * @param question the question id
   * @param to the answer used instead
   * @return the substitution
   */
  public static Substitution of(String question, Answer to) {
    return ImmutableSubstitution.of(question, Answer.UNKNOWN, to);
  }
}
