package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A harm suffered by a party, and whether it has been acknowledged. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableHarm.class)
@JsonDeserialize(as = ImmutableHarm.class)
public abstract class Harm {

  Harm() {}

  /**
   * The harm's id in this case.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The party harmed.
   *
   * @return a party id of the case
   */
  public abstract String party();

  /**
   * The kind of harm.
   *
   * @return the kind
   */
  public abstract HarmKind kind();

  /**
   * What happened to the party. Redacted from {@code toString()}.
   *
   * @return the description, or empty
   */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * Whether the harm has been acknowledged to the party.
   *
   * @return true when acknowledged
   */
  public abstract boolean acknowledged();
}
