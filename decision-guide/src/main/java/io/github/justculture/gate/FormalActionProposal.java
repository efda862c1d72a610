package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Subject;
import io.github.justculture.restorative.RestorativeCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A proposal for formal action against one person about one act, with the records that justify it.
 *
 * <p>Anything the gate checks may be missing (the gate then reports the item UNMET); what makes the
 * proposal itself incoherent is an error, reported at once with every path: no proposed action, a
 * blank act, suspension or regulator details without that action being proposed, a review date
 * before the suspension starts.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFormalActionProposal.class)
@JsonDeserialize(as = ImmutableFormalActionProposal.class)
public abstract class FormalActionProposal {

  FormalActionProposal() {}

  /**
   * The proposal's reference in the host system.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The incident's reference.
   *
   * @return the reference
   */
  public abstract String incident();

  /**
   * The person, by pseudonymous reference.
   *
   * @return the subject
   */
  public abstract Subject subject();

  /**
   * The one act the proposal is about, as described in the just culture evaluation. Redacted from
   * {@code toString()}.
   *
   * @return the act
   */
  @Value.Redacted
  public abstract String act();

  /**
   * When the proposal is made, as supplied by the caller.
   *
   * @return the date
   */
  public abstract LocalDate proposedOn();

  /**
   * The actions proposed.
   *
   * @return at least one action
   */
  public abstract Set<ProposedAction> actions();

  /**
   * The just culture guide evaluation of this person and act.
   *
   * @return the record, or empty if none was made
   */
  public abstract Optional<EvaluationRecord> evaluation();

  /**
   * A reference to recorded senior HR advice (needed when the guide reached mitigating
   * circumstances).
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> seniorHrAdvice();

  /**
   * The people taking the decision.
   *
   * @return the decision-makers
   */
  public abstract List<DecisionMaker> decisionMakers();

  /**
   * The HR adviser, by pseudonymous reference.
   *
   * @return the adviser, or empty
   */
  @Value.Redacted
  public abstract Optional<String> hrAdviser();

  /**
   * The informal fact-finding.
   *
   * @return the record, or empty
   */
  public abstract Optional<FactFinding> factFinding();

  /**
   * The alternatives considered.
   *
   * @return the alternatives
   */
  public abstract List<AlternativeConsidered> alternatives();

  /**
   * Suspension details, when suspension is proposed.
   *
   * @return the details, or empty
   */
  public abstract Optional<SuspensionDetails> suspension();

  /**
   * Wellbeing support offered.
   *
   * @return the support, or empty
   */
  public abstract Optional<WellbeingSupport> wellbeing();

  /**
   * Regulator referral details, when referral is proposed.
   *
   * @return the details, or empty
   */
  public abstract Optional<RegulatorReferralDetails> regulatorReferral();

  /**
   * The restorative case for the incident.
   *
   * @return the case, or empty
   */
  public abstract Optional<RestorativeCase> restorativeCase();

  /**
   * The person's line manager (a pseudonymous reference), for the independence item.
   *
   * @return the line manager, or empty when not recorded
   */
  @Value.Redacted
  public abstract Optional<String> lineManager();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableFormalActionProposal.Builder builder() {
    return ImmutableFormalActionProposal.builder();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(!reference().isBlank(), "$.reference", "must not be blank", reference());
    problems.require(!incident().isBlank(), "$.incident", "must not be blank", incident());
    problems.require(
        !act().isBlank(), "$.act", "must describe the one act the proposal is about", null);
    problems.require(!actions().isEmpty(), "$.actions", "must propose at least one action", null);
    suspension()
        .ifPresent(
            s -> {
              problems.require(
                  actions().contains(ProposedAction.SUSPENSION),
                  "$.suspension",
                  "is given, but SUSPENSION is not a proposed action",
                  null);
              problems.require(
                  !s.reviewDate().isBefore(s.start()),
                  "$.suspension.reviewDate",
                  "must not be before the suspension starts (" + s.start() + ")",
                  s.reviewDate());
            });
    regulatorReferral()
        .ifPresent(
            r ->
                problems.require(
                    actions().contains(ProposedAction.REGULATOR_REFERRAL),
                    "$.regulatorReferral",
                    "is given, but REGULATOR_REFERRAL is not a proposed action",
                    null));
    factFinding()
        .ifPresent(
            f ->
                problems.require(
                    !f.completedOn().isAfter(proposedOn()),
                    "$.factFinding.completedOn",
                    "must not be after the proposal (" + proposedOn() + ")",
                    f.completedOn()));
    problems.throwIfAny("formal-action proposal");
  }
}
