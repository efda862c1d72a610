package io.github.justculture.equality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The input of {@code justculture equality relative-likelihood}: {@code
 * {"focus":{"events":12,"headcount":800}, "reference":{"events":20,"headcount":2600}}}, optionally
 * with {@code smallNumbersThreshold}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRelativeLikelihoodRequest.class)
@JsonDeserialize(as = ImmutableRelativeLikelihoodRequest.class)
public abstract class RelativeLikelihoodRequest {

  RelativeLikelihoodRequest() {}

  /**
   * The focus group.
   *
   * @return its counts
   */
  public abstract GroupCount focus();

  /**
   * The reference group.
   *
   * @return its counts
   */
  public abstract GroupCount reference();

  /**
   * Event counts below this are flagged as small numbers.
   *
   * @return the threshold, {@value RelativeLikelihood#DEFAULT_SMALL_NUMBERS} by default
   */
  @Value.Default
  public int smallNumbersThreshold() {
    return RelativeLikelihood.DEFAULT_SMALL_NUMBERS;
  }

  /**
   * Computes the relative likelihood.
   *
   * @return the result
   */
  public RelativeLikelihood compute() {
    return RelativeLikelihood.of(focus(), reference(), smallNumbersThreshold());
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        smallNumbersThreshold() >= 0,
        "$.smallNumbersThreshold",
        "must not be negative",
        smallNumbersThreshold());
    problems.throwIfAny("relative likelihood request");
  }
}
