package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One-way sensitivity: the total at each parameter's low and high, the others at base, largest
 * swing first.
 *
 * <p>Only what comes from the preset is varied. A parameter the organisation gave (or one derived
 * from what it gave, such as {@code dailyPay} from {@code annualPay}) is held fixed at its value,
 * and listed in {@link #heldFixed()}: it is the organisation's own figure, not an uncertain
 * assumption. A simulation with preset ranges follows the same rule.
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

  /**
   * The parameters with a preset range that were not varied because the organisation gave them.
   *
   * @return their JSON names, in model order
   */
  public abstract List<String> heldFixed();
}
