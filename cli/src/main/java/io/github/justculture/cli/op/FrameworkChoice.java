package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.civility.CivilityFramework;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The civility framework to score against: an organisation's own, or the built-in one. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFrameworkChoice.class)
@JsonDeserialize(as = ImmutableFrameworkChoice.class)
public abstract class FrameworkChoice {

  FrameworkChoice() {}

  /**
   * An organisation's own framework.
   *
   * @return the framework, or empty for the built-in {@code justculture-civility-1}
   */
  public abstract Optional<CivilityFramework> framework();

  /**
   * The framework to use.
   *
   * @return the chosen or built-in framework
   */
  public CivilityFramework chosen() {
    return framework().orElseGet(CivilityFramework::builtIn);
  }
}
