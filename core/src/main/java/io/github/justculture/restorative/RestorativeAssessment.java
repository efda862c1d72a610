package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Where a restorative case stands on a given day: what is outstanding, Dekker's checklist derived
 * from the case, and whether it may be closed.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRestorativeAssessment.class)
@JsonDeserialize(as = ImmutableRestorativeAssessment.class)
public abstract class RestorativeAssessment {

  RestorativeAssessment() {}

  /**
   * The case's reference.
   *
   * @return the reference
   */
  public abstract String caseReference();

  /**
   * The day of the assessment, as passed by the caller.
   *
   * @return the date
   */
  public abstract LocalDate assessedOn();

  /**
   * What is outstanding.
   *
   * @return the findings, in the case's order
   */
  public abstract List<RestorativeFinding> findings();

  /**
   * Dekker's checklist: stage × party type, derived from the case (never stored, so it cannot
   * drift).
   *
   * @return stage → party type → mark
   */
  public abstract Map<ChecklistStage, Map<PartyType, Mark>> checklist();

  /**
   * Whether the case may be closed: all four goals assessed (and started), nothing outstanding.
   *
   * @return true when it may be closed
   */
  public abstract boolean closable();
}
