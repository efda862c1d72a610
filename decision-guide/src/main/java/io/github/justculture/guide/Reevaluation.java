package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A stored evaluation evaluated again. When the definition's content hash differs from the stored
 * one, {@link #definitionChanged()} says so and {@link #diff()} shows what that did to the result:
 * a changed definition is reported, never silently accepted.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableReevaluation.class)
@JsonDeserialize(as = ImmutableReevaluation.class)
public abstract class Reevaluation {

  Reevaluation() {}

  /**
   * The definition the stored record used.
   *
   * @return its reference
   */
  public abstract GuideRef previousGuide();

  /**
   * The definition used now.
   *
   * @return its reference
   */
  public abstract GuideRef currentGuide();

  /**
   * Whether the definition's content differs from the one the record used.
   *
   * @return true when the content hashes differ
   */
  public abstract boolean definitionChanged();

  /**
   * The record evaluated with the current definition.
   *
   * @return the new record
   */
  public abstract EvaluationRecord record();

  /**
   * What changed between the stored and the new result.
   *
   * @return the diff
   */
  public abstract EvaluationDiff diff();
}
