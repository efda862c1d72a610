package io.github.justculture.cli.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import io.github.justculture.gate.GateResult;
import io.github.justculture.guide.IncidentCase;
import io.github.justculture.restorative.RestorativeCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of {@code justculture case report}: one incident's evaluations, restorative case and
 * gate results.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCaseReportInput.class)
@JsonDeserialize(as = ImmutableCaseReportInput.class)
public abstract class CaseReportInput {

  CaseReportInput() {}

  /**
   * The incident and its evaluations.
   *
   * @return the case
   */
  public abstract IncidentCase incident();

  /**
   * The restorative case for the incident.
   *
   * @return the case, or empty
   */
  public abstract Optional<RestorativeCase> restorativeCase();

  /**
   * The day to assess the restorative case on.
   *
   * @return the date
   */
  public abstract LocalDate assessedOn();

  /**
   * Gate results for proposals about the incident.
   *
   * @return the results
   */
  public abstract List<GateResult> gateResults();
}
