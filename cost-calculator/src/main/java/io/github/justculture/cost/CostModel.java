package io.github.justculture.cost;

/** The two models the presets use. */
public enum CostModel {
  /**
   * The six-component model of bullying costs (Kline and Lewis 2019), {@code
   * docs/domain/cost-model.md} §2.
   */
  BULLYING_SIX_COMPONENT,
  /** Acas's model of the cost of workplace conflict (2021): its own components, UK-wide. */
  ACAS_CONFLICT
}
