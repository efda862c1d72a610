package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A party type recorded as having no one hurt, with the reason, so that its absence is a decision
 * and not an oversight.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAbsentParty.class)
@JsonDeserialize(as = ImmutableAbsentParty.class)
public abstract class AbsentParty {

  AbsentParty() {}

  /**
   * The party type.
   *
   * @return the type
   */
  public abstract PartyType type();

  /**
   * Why no party of this type was identified.
   *
   * @return the reason, not blank
   */
  @Value.Redacted
  public abstract String reason();

  /**
   * An absent party type.
   *
   * @param type the type
   * @param reason why none was identified
   * @return the record
   */
  public static AbsentParty of(PartyType type, String reason) {
    return ImmutableAbsentParty.builder().type(type).reason(reason).build();
  }
}
