package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Finding;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One evaluation, kept for audit: one person × one action or omission × one definition version,
 * with the answers (rationale, evidence, who and when), the evaluators, and the result.
 *
 * <p>The record names the definition's id, version and content hash, so a past decision can be
 * re-rendered exactly years later, and {@link #reevaluate(Guide)} reports (never hides) a
 * definition that has changed since. The act's description is free text and never appears in {@code
 * toString()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEvaluationRecord.class)
@JsonDeserialize(as = ImmutableEvaluationRecord.class)
public abstract class EvaluationRecord {

  EvaluationRecord() {}

  /**
   * Who the evaluation is about.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract Subject subject();

  /**
   * The one action or omission evaluated, described in free text. Redacted from {@code toString()}.
   *
   * @return the description
   */
  @Value.Parameter
  @Value.Redacted
  public abstract String act();

  /**
   * The definition used.
   *
   * @return id, version and content hash
   */
  @Value.Parameter
  public abstract GuideRef guide();

  /**
   * The unknown-answer policy used.
   *
   * @return the policy
   */
  @Value.Parameter
  public abstract UnknownPolicy unknownPolicy();

  /**
   * The answers given.
   *
   * @return question id → given answer
   */
  @Value.Parameter
  public abstract Map<String, GivenAnswer> answers();

  /**
   * Who took part.
   *
   * @return the evaluators
   */
  @Value.Parameter
  public abstract List<Evaluator> evaluators();

  /**
   * When the evaluation was made, as supplied by the caller.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant evaluatedAt();

  /**
   * The result.
   *
   * @return the result of evaluating {@link #answers()} with {@link #guide()}
   */
  @Value.Parameter
  public abstract GuideResult result();

  /**
   * Evaluates answers and records the evaluation.
   *
   * @param guide the guide
   * @param subject who the evaluation is about
   * @param act the one action or omission evaluated
   * @param answers the answers
   * @param evaluators who took part
   * @param policy what to do with unknown answers
   * @param evaluatedAt when, as supplied by the caller
   * @return the record
   * @throws io.github.justculture.core.InvalidInputException if an answer names a question the
   *     guide does not have, or the act is blank
   */
  public static EvaluationRecord evaluate(
      Guide guide,
      Subject subject,
      String act,
      Map<String, GivenAnswer> answers,
      List<Evaluator> evaluators,
      UnknownPolicy policy,
      Instant evaluatedAt) {
    // The all-values constructor copies the answers once; a builder would copy them twice.
    return ImmutableEvaluationRecord.of(
        subject,
        act,
        guide.ref(),
        policy,
        answers,
        evaluators,
        evaluatedAt,
        guide.evaluateGiven(answers, policy));
  }

  /**
   * What the record lacks for a sound process: the guide is a conversation between managers, with
   * HR involved. Warnings, not errors: the record is still valid.
   *
   * @return one finding per missing participant; empty when at least two managers and an HR adviser
   *     took part
   */
  public List<Finding> warnings() {
    long managers =
        evaluators().stream()
            .filter(e -> e.role() == Evaluator.Role.MANAGER)
            .map(Evaluator::reference)
            .distinct()
            .count();
    boolean hr = evaluators().stream().anyMatch(e -> e.role() == Evaluator.Role.HR);
    List<Finding> warnings = new ArrayList<>();
    if (managers < 2) {
      warnings.add(
          Finding.of(
              "$.evaluators",
              "should include at least two managers: the guide is a conversation, not one person's call;"
                  + " managers recorded",
              managers));
    }
    if (!hr) {
      warnings.add(Finding.of("$.evaluators", "should include an HR adviser (role HR)"));
    }
    return warnings;
  }

  /**
   * Evaluates this record's answers again with a guide, reporting whether the definition changed
   * and what the change did to the result.
   *
   * @param guide a guide with the same id as the one recorded (its version or content may differ)
   * @return the re-evaluation
   * @throws IllegalArgumentException if the guide's id differs from the recorded one
   */
  public Reevaluation reevaluate(Guide guide) {
    if (!guide.id().equals(guide().id())) {
      throw new IllegalArgumentException(
          "this record was made with guide '" + guide().id() + "', not '" + guide.id() + "'");
    }
    EvaluationRecord again =
        ImmutableEvaluationRecord.of(
            subject(),
            act(),
            guide.ref(),
            unknownPolicy(),
            answers(),
            evaluators(),
            evaluatedAt(),
            guide.evaluateGiven(answers(), unknownPolicy()));
    return ImmutableReevaluation.builder()
        .previousGuide(guide())
        .currentGuide(guide.ref())
        .definitionChanged(!guide.ref().sha256().equals(guide().sha256()))
        .record(again)
        .diff(EvaluationDiff.between(this, again))
        .build();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(!act().isBlank(), "$.act", "must describe the one action or omission", null);
    // The messages are made only for a record that breaks the rule: most never do.
    if (!result().guide().equals(guide())) {
      problems.add(
          "$.result.guide",
          "must be the guide the record names (" + guide().id() + " " + guide().version() + ")",
          result().guide().id() + " " + result().guide().version());
    }
    if (result().unknownPolicy() != unknownPolicy()) {
      problems.add(
          "$.result.unknownPolicy",
          "must be the record's policy " + unknownPolicy(),
          result().unknownPolicy());
    }
    problems.throwIfAny("evaluation record");
  }
}
