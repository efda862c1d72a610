package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The day a restorative case is assessed on: today, unless the caller says otherwise. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAssessmentDay.class)
@JsonDeserialize(as = ImmutableAssessmentDay.class)
public abstract class AssessmentDay {

  AssessmentDay() {}

  /**
   * The day to check overdue obligations against.
   *
   * @return the date
   */
  public abstract LocalDate today();
}
