package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party who may have been hurt. Referenced by its id; the description is free text and redacted
 * from {@code toString()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public abstract class Party {

  Party() {}

  /**
   * The party's id in this case, for example {@code patient-1} or {@code staff-0042}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The party's type.
   *
   * @return the type
   */
  public abstract PartyType type();

  /**
   * Who the party is, in a few words. Redacted from {@code toString()}.
   *
   * @return the description, or empty
   */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * A party.
   *
   * @param id its id in the case
   * @param type its type
   * @return the party
   */
  public static Party of(String id, PartyType type) {
    return ImmutableParty.builder().id(id).type(type).build();
  }
}
