package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** The gate's configurable thresholds, with the documented defaults. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGateConfig.class)
@JsonDeserialize(as = ImmutableGateConfig.class)
public abstract class GateConfig {

  /** The default longest time from the start of a suspension to its first review, in days. */
  public static final int DEFAULT_SUSPENSION_REVIEW_DAYS = 28;

  /** The default least number of distinct decision-makers. */
  public static final int DEFAULT_MINIMUM_DECISION_MAKERS = 2;

  GateConfig() {}

  /**
   * The longest time from the start of a suspension to its first review.
   *
   * @return days, {@value #DEFAULT_SUSPENSION_REVIEW_DAYS} by default
   */
  @Value.Default
  public int suspensionReviewDays() {
    return DEFAULT_SUSPENSION_REVIEW_DAYS;
  }

  /**
   * The least number of distinct decision-makers (besides the HR adviser).
   *
   * @return the number, {@value #DEFAULT_MINIMUM_DECISION_MAKERS} by default
   */
  @Value.Default
  public int minimumDecisionMakers() {
    return DEFAULT_MINIMUM_DECISION_MAKERS;
  }

  /**
   * Whether the restorative-track item fails the gate when unmet. The letter of May 2019 does not
   * ask for a restorative case, so by default the item is advisory: reported with its reason, but
   * not failing a proposal that follows the letter. A trust whose own policy requires one may turn
   * it on.
   *
   * @return true to require it; false by default
   */
  @Value.Default
  public boolean restorativeTrackRequired() {
    return false;
  }

  /**
   * The defaults.
   *
   * @return the default configuration
   */
  public static GateConfig defaults() {
    return ImmutableGateConfig.builder().build();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        suspensionReviewDays() >= 1 && suspensionReviewDays() <= 365,
        "$.suspensionReviewDays",
        "must be between 1 and 365",
        suspensionReviewDays());
    problems.require(
        minimumDecisionMakers() >= 2,
        "$.minimumDecisionMakers",
        "must be at least 2: serious decisions are never taken by one person alone",
        minimumDecisionMakers());
    problems.throwIfAny("gate configuration");
  }
}
