package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The evaluations made for one incident. Each person and each act has its own evaluation; a case
 * never merges them into one verdict.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableIncidentCase.class)
@JsonDeserialize(as = ImmutableIncidentCase.class)
public abstract class IncidentCase {

  IncidentCase() {}

  /**
   * The incident's reference in the host system.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The evaluations, in the order added.
   *
   * @return the evaluations
   */
  public abstract List<EvaluationRecord> evaluations();

  /**
   * An empty case.
   *
   * @param reference the incident's reference
   * @return the case
   */
  public static IncidentCase of(String reference) {
    return ImmutableIncidentCase.builder().reference(reference).build();
  }

  /**
   * This case with one more evaluation.
   *
   * @param evaluation the evaluation
   * @return a new case
   */
  public IncidentCase with(EvaluationRecord evaluation) {
    return ImmutableIncidentCase.builder().from(this).addEvaluation(evaluation).build();
  }

  /**
   * The evaluations about one person.
   *
   * @param subjectReference the person's pseudonymous reference
   * @return their evaluations, in the order added
   */
  public List<EvaluationRecord> evaluationsOf(String subjectReference) {
    return evaluations().stream()
        .filter(e -> e.subject().reference().equals(subjectReference))
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    References.check(problems, "$.reference", reference());
    problems.throwIfAny("incident case");
  }
}
