package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** An element of the framework: something an organisation does, within one theme. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCivilityElement.class)
@JsonDeserialize(as = ImmutableCivilityElement.class)
public abstract class CivilityElement {

  CivilityElement() {}

  /**
   * The element's id, for example {@code pre-formal-checks}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Its theme.
   *
   * @return the theme
   */
  public abstract Theme theme();

  /**
   * A short title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What the element asks of the organisation.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Who defined the element, for example {@code justculture (library-defined, not from the
   * toolkit)}.
   *
   * @return the origin
   */
  public abstract String origin();
}
