package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person taking the decision, with their conflict-of-interest declaration. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDecisionMaker.class)
@JsonDeserialize(as = ImmutableDecisionMaker.class)
public abstract class DecisionMaker {

  DecisionMaker() {}

  /**
   * A pseudonymous reference.
   *
   * @return the reference
   */
  @Value.Redacted
  public abstract String reference();

  /**
   * The conflicts declared: an empty list is a declaration of none; no declaration at all is
   * absent.
   *
   * @return the declared conflicts, or empty when the person has not declared
   */
  public abstract Optional<List<DeclaredConflict>> conflicts();

  /**
   * A decision-maker who declared no conflicts.
   *
   * @param reference the pseudonymous reference
   * @return the decision-maker
   */
  public static DecisionMaker withNoConflicts(String reference) {
    return ImmutableDecisionMaker.builder().reference(reference).conflicts(List.of()).build();
  }
}
