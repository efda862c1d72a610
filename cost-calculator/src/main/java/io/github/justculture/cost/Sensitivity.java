package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One-way sensitivity: the total at each parameter's low and high, the others at base, largest
 * swing first.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSensitivity.class)
@JsonDeserialize(as = ImmutableSensitivity.class)
public abstract class Sensitivity {

  Sensitivity() {}

  /**
   * The estimate at base values.
   *
   * @return the total
   */
  public abstract Gbp baseTotal();

  /**
   * The bars, sorted by swing, largest first.
   *
   * @return the bars
   */
  public abstract List<SensitivityBar> bars();
}
