package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A need arising from a harm, whether it was explored together with the party, and, if no one is to
 * meet it, why.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableNeed.class)
@JsonDeserialize(as = ImmutableNeed.class)
public abstract class Need {

  Need() {}

  /**
   * The need's id in this case.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The party with the need.
   *
   * @return a party id of the case
   */
  public abstract String party();

  /**
   * The need, for example information or reassurance about prevention. Redacted from {@code
   * toString()}.
   *
   * @return the description
   */
  @Value.Redacted
  public abstract String description();

  /**
   * Whether the need was explored together with the party.
   *
   * @return true when explored
   */
  public abstract boolean exploredWithParty();

  /**
   * Why no one has an obligation to meet this need, when no one has.
   *
   * @return the reason, or empty
   */
  @Value.Redacted
  public abstract Optional<String> noObligationReason();
}
