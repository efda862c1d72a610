package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.ValueStyle;
import org.immutables.value.Value;

/** Something outstanding in a restorative case: a value, so a case can be worked on over weeks. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRestorativeFinding.class)
@JsonDeserialize(as = ImmutableRestorativeFinding.class)
public abstract class RestorativeFinding {

  RestorativeFinding() {}

  /**
   * What the finding is about.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract FindingCode code();

  /**
   * Where in the case, for example {@code $.harms[1]}.
   *
   * @return the JSON path
   */
  @Value.Parameter
  public abstract String path();

  /**
   * The finding in plain words.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();
}
