package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The gate's answer: passed only when no item is unmet; each item with its status and reason; and,
 * when it fails, Dekker's fairness prompts for the people deciding.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGateResult.class)
@JsonDeserialize(as = ImmutableGateResult.class)
public abstract class GateResult {

  GateResult() {}

  /**
   * The proposal's reference.
   *
   * @return the reference
   */
  public abstract String proposal();

  /**
   * Whether the gate passed.
   *
   * @return true when no item is UNMET
   */
  public abstract boolean passed();

  /**
   * Every item, in {@link GateItem#IDS} order.
   *
   * @return the items
   */
  public abstract List<GateItem> items();

  /**
   * When the gate fails: questions for the people deciding (Dekker).
   *
   * @return the prompts; empty when passed
   */
  public abstract List<String> prompts();

  /**
   * The configuration used.
   *
   * @return the configuration
   */
  public abstract GateConfig config();

  /**
   * The unmet items.
   *
   * @return the items with status UNMET
   */
  public List<GateItem> unmet() {
    return items().stream().filter(i -> i.status() == GateStatus.UNMET).toList();
  }
}
