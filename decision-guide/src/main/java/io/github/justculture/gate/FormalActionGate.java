package io.github.justculture.gate;

import io.github.justculture.core.internal.Words;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.Outcome;
import io.github.justculture.restorative.AbsentParty;
import io.github.justculture.restorative.Party;
import io.github.justculture.restorative.PartyType;
import io.github.justculture.restorative.RestorativeCase;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The formal-action gate: what an HR system calls before it opens a disciplinary case, suspends
 * someone or refers them to a regulator ({@code docs/domain/gate-and-equality.md} §2).
 *
 * <pre>{@code
 * GateResult result = FormalActionGate.withDefaults().check(proposal);
 * if (!result.passed()) {
 *   result.unmet();     // each item with the reason, e.g. plurality: "1 decision-maker named; at least 2 …"
 *   result.prompts();   // Dekker's fairness questions
 * }
 * }</pre>
 *
 * <p>An unmet item is a value, never an exception. Immutable and thread-safe.
 */
public final class FormalActionGate {

  /** Dekker's fairness questions, in our words, shown when the gate fails. */
  public static final List<String> FAIRNESS_PROMPTS =
      List.of(
          "Who gets to draw the line between acceptable and unacceptable here, and are they the right people?",
          "Do the people drawing it understand the actual work: the conditions, pressures and workarounds the"
              + " person faced?",
          "Is there a route of appeal, and does the person know about it?");

  private final GateConfig config;

  private FormalActionGate(GateConfig config) {
    this.config = config;
  }

  /**
   * A gate with the default configuration (28-day suspension review, two decision-makers).
   *
   * @return the gate
   */
  public static FormalActionGate withDefaults() {
    return new FormalActionGate(GateConfig.defaults());
  }

  /**
   * A gate with a configuration.
   *
   * @param config the configuration
   * @return the gate
   */
  public static FormalActionGate of(GateConfig config) {
    return new FormalActionGate(config);
  }

  /**
   * Checks a proposal.
   *
   * @param proposal the proposal
   * @return every item, and whether the gate passed
   */
  public GateResult check(FormalActionProposal proposal) {
    List<GateItem> items =
        List.of(
            evaluation(proposal),
            plurality(proposal),
            factFinding(proposal),
            alternatives(proposal),
            conflicts(proposal),
            suspension(proposal),
            wellbeing(proposal),
            regulatorReferral(proposal),
            independence(proposal),
            restorativeTrack(proposal));
    boolean passed = items.stream().noneMatch(i -> i.status() == GateStatus.UNMET);
    return ImmutableGateResult.builder()
        .proposal(proposal.reference())
        .passed(passed)
        .items(items)
        .prompts(passed ? List.of() : FAIRNESS_PROMPTS)
        .config(config)
        .build();
  }

  private static GateItem evaluation(FormalActionProposal p) {
    String id = "just-culture-evaluation";
    if (p.evaluation().isEmpty()) {
      return GateItem.unmet(
          id, "no just culture guide evaluation is recorded for this person and act");
    }
    EvaluationRecord e = p.evaluation().get();
    if (!e.subject().reference().equals(p.subject().reference())) {
      return GateItem.unmet(
          id,
          "the evaluation is about "
              + e.subject().reference()
              + ", not "
              + p.subject().reference()
              + ": each person needs their own evaluation");
    }
    if (!normalise(e.act()).equals(normalise(p.act()))) {
      return GateItem.unmet(
          id,
          "the evaluation is of another act: each act needs its own evaluation (compare the act descriptions)");
    }
    GuideResult r = e.result();
    if (r.outcome().isEmpty()) {
      return GateItem.unmet(
          id,
          "the evaluation has not reached an outcome (possible: "
              + String.join(", ", r.possibleOutcomes())
              + "); resolve "
              + r.nextQuestion().orElse("the open questions")
              + " first");
    }
    Outcome o = r.outcome().get();
    boolean disciplinary = p.actions().stream().anyMatch(ProposedAction::isDisciplinary);
    return switch (o.category()) {
      case DELIBERATE_HARM, INDIVIDUAL_ACTION ->
          GateItem.met(
              id, "the guide reached " + o.id() + ", which supports individual-directed action");
      case MITIGATED ->
          p.seniorHrAdvice().isPresent()
              ? GateItem.met(
                  id, "the guide reached " + o.id() + ", and senior HR advice is recorded")
              : GateItem.unmet(
                  id,
                  "the guide reached "
                      + o.id()
                      + ": action against the individual may not be appropriate; record senior HR advice on how"
                      + " far the mitigation goes");
      case SYSTEM ->
          GateItem.unmet(
              id,
              "the guide reached "
                  + o.id()
                  + ": singling out the individual is unlikely to be appropriate; the investigation should set"
                  + " out wider actions instead");
      case IMPAIRMENT ->
          disciplinary
              ? GateItem.unmet(
                  id,
                  "the guide reached "
                      + o.id()
                      + ": follow the health route (for example an occupational health referral), not a"
                      + " disciplinary process")
              : p.seniorHrAdvice().isPresent()
                  ? GateItem.met(
                      id,
                      "the guide reached "
                          + o.id()
                          + "; senior HR advice is recorded for this action, and the health route applies"
                          + " alongside it")
                  : GateItem.unmet(
                      id,
                      "the guide reached "
                          + o.id()
                          + ": its health route (the organisation's guidance on health or substance misuse"
                          + " at work) names neither suspension nor a regulator referral; record senior HR"
                          + " advice before either");
      case SUPPORT ->
          GateItem.unmet(
              id, "the guide reached " + o.id() + ": the person needs support, not formal action");
    };
  }

  private GateItem plurality(FormalActionProposal p) {
    String id = "plurality";
    Set<String> makers = new LinkedHashSet<>();
    p.decisionMakers().forEach(d -> makers.add(d.reference()));
    List<String> missing = new ArrayList<>();
    if (makers.size() < config.minimumDecisionMakers()) {
      missing.add(
          makers.size()
              + " distinct decision-maker"
              + (makers.size() == 1 ? "" : "s")
              + " named; at least "
              + config.minimumDecisionMakers()
              + " are needed");
    }
    if (p.hrAdviser().isEmpty()) {
      missing.add("no HR adviser named");
    } else if (makers.contains(p.hrAdviser().get())) {
      missing.add("the HR adviser must not also be one of the decision-makers");
    }
    return missing.isEmpty() ? GateItem.met(id) : GateItem.unmet(id, String.join("; ", missing));
  }

  private static GateItem factFinding(FormalActionProposal p) {
    String id = "fact-finding";
    if (p.factFinding().isEmpty()) {
      return GateItem.unmet(id, "no informal fact-finding is recorded");
    }
    return p.factFinding().get().includesPersonsAccount()
        ? GateItem.met(id)
        : GateItem.unmet(id, "the fact-finding does not include the person's own account");
  }

  private static GateItem alternatives(FormalActionProposal p) {
    String id = "alternatives-considered";
    EnumSet<Alternative> considered = EnumSet.noneOf(Alternative.class);
    List<String> problems = new ArrayList<>();
    for (AlternativeConsidered a : p.alternatives()) {
      considered.add(a.alternative());
      if (!a.adopted() && a.rejectedBecause().map(String::isBlank).orElse(true)) {
        problems.add(Words.of(a.alternative()) + " rejected without a reason");
      }
    }
    Set<Alternative> missing = EnumSet.complementOf(considered);
    if (!missing.isEmpty()) {
      problems.add(0, "not recorded as considered: " + join(missing));
    }
    return problems.isEmpty() ? GateItem.met(id) : GateItem.unmet(id, String.join("; ", problems));
  }

  private static GateItem conflicts(FormalActionProposal p) {
    String id = "conflicts-of-interest";
    if (p.decisionMakers().isEmpty()) {
      return GateItem.unmet(id, "no decision-makers, so no declarations");
    }
    List<String> problems = new ArrayList<>();
    for (DecisionMaker d : p.decisionMakers()) {
      if (d.conflicts().isEmpty()) {
        problems.add(d.reference() + " has not declared conflicts of interest");
      } else if (d.conflicts().get().stream()
          .anyMatch(c -> c.mitigation().map(String::isBlank).orElse(true))) {
        problems.add(d.reference() + " declared a conflict with no mitigation");
      }
    }
    return problems.isEmpty() ? GateItem.met(id) : GateItem.unmet(id, String.join("; ", problems));
  }

  private GateItem suspension(FormalActionProposal p) {
    String id = "suspension";
    if (!p.actions().contains(ProposedAction.SUSPENSION)) {
      return GateItem.notApplicable(id, "suspension is not proposed");
    }
    if (p.suspension().isEmpty()) {
      return GateItem.unmet(id, "suspension is proposed, but no suspension details are recorded");
    }
    SuspensionDetails s = p.suspension().get();
    List<String> problems = new ArrayList<>();
    if (s.reason() == SuspensionReason.OTHER) {
      problems.add("the reason is neither patient safety nor the integrity of the investigation");
    }
    if (!s.restrictedDutiesConsidered()) {
      problems.add("restricted duties not considered");
    }
    if (!s.redeploymentConsidered()) {
      problems.add("redeployment not considered");
    }
    Set<String> authorisers = new HashSet<>(s.authorisers());
    if (authorisers.size() < 2) {
      problems.add(authorisers.size() + " senior authoriser(s); two are needed");
    }
    long days = ChronoUnit.DAYS.between(s.start(), s.reviewDate());
    if (days > config.suspensionReviewDays()) {
      problems.add(
          "first review "
              + days
              + " days after the start; it must be within "
              + config.suspensionReviewDays());
    }
    if (s.pointOfContact().isEmpty()) {
      problems.add("no named point of contact");
    }
    return problems.isEmpty() ? GateItem.met(id) : GateItem.unmet(id, String.join("; ", problems));
  }

  private static GateItem wellbeing(FormalActionProposal p) {
    String id = "wellbeing-support";
    if (p.wellbeing().isEmpty()) {
      return GateItem.unmet(id, "no wellbeing support is recorded");
    }
    WellbeingSupport w = p.wellbeing().get();
    List<String> problems = new ArrayList<>();
    if (!w.occupationalHealthOffered() && !w.employeeAssistanceOffered()) {
      problems.add("neither occupational health nor employee assistance was offered");
    }
    if (w.namedContact().isEmpty()) {
      problems.add("no named contact");
    }
    return problems.isEmpty() ? GateItem.met(id) : GateItem.unmet(id, String.join("; ", problems));
  }

  private static GateItem regulatorReferral(FormalActionProposal p) {
    String id = "regulator-referral";
    if (!p.actions().contains(ProposedAction.REGULATOR_REFERRAL)) {
      return GateItem.notApplicable(id, "referral to a regulator is not proposed");
    }
    if (p.regulatorReferral().isEmpty()) {
      return GateItem.unmet(id, "referral is proposed, but no justification is recorded");
    }
    RegulatorReferralDetails r = p.regulatorReferral().get();
    List<String> problems = new ArrayList<>();
    if (r.necessity().map(String::isBlank).orElse(true)) {
      problems.add("necessity not justified");
    }
    if (r.proportionality().map(String::isBlank).orElse(true)) {
      problems.add("proportionality not justified");
    }
    return problems.isEmpty() ? GateItem.met(id) : GateItem.unmet(id, String.join("; ", problems));
  }

  private static GateItem independence(FormalActionProposal p) {
    String id = "investigation-independence";
    if (p.factFinding().isEmpty()) {
      return GateItem.unmet(id, "no investigation is recorded, so no investigator is named");
    }
    FactFinding f = p.factFinding().get();
    if (f.investigator().map(String::isBlank).orElse(true)) {
      return GateItem.unmet(id, "the fact-finding does not name who investigated");
    }
    String investigator = f.investigator().get();
    List<String> problems = new ArrayList<>();
    if (p.lineManager().isEmpty()) {
      problems.add("the person's line manager is not named, so independence cannot be checked");
    } else if (p.lineManager().get().equals(investigator)) {
      problems.add("the investigator is the person's line manager");
    }
    if (p.decisionMakers().stream().anyMatch(d -> d.reference().equals(investigator))) {
      problems.add("the investigator is also a decision-maker");
    }
    if (f.investigatorConflicts().isEmpty()) {
      problems.add("the investigator has not declared conflicts of interest");
    } else if (f.investigatorConflicts().get().stream()
        .anyMatch(c -> c.mitigation().map(String::isBlank).orElse(true))) {
      problems.add("the investigator declared a conflict with no mitigation");
    }
    return problems.isEmpty() ? GateItem.met(id) : GateItem.unmet(id, String.join("; ", problems));
  }

  private GateItem restorativeTrack(FormalActionProposal p) {
    GateItem item = restorativeTrackAsRequired(p);
    return item.status() == GateStatus.UNMET && !config.restorativeTrackRequired()
        ? GateItem.advisory(item.id(), item.reason().orElse(""))
        : item;
  }

  private static GateItem restorativeTrackAsRequired(FormalActionProposal p) {
    String id = "restorative-track";
    if (p.restorativeCase().isEmpty()) {
      return GateItem.unmet(id, "no restorative case is recorded for incident " + p.incident());
    }
    RestorativeCase c = p.restorativeCase().get();
    if (!c.reference().equals(p.incident())) {
      return GateItem.unmet(
          id, "the restorative case is for incident " + c.reference() + ", not " + p.incident());
    }
    Set<PartyType> covered = EnumSet.noneOf(PartyType.class);
    c.parties().stream().map(Party::type).forEach(covered::add);
    c.absentParties().stream().map(AbsentParty::type).forEach(covered::add);
    Set<PartyType> missing = EnumSet.noneOf(PartyType.class);
    for (PartyType t : PartyType.REQUIRED) {
      if (!covered.contains(t)) {
        missing.add(t);
      }
    }
    return missing.isEmpty()
        ? GateItem.met(id)
        : GateItem.unmet(
            id,
            "the restorative case has not identified its parties: "
                + join(missing)
                + " neither present nor recorded as absent");
  }

  private static String join(Set<? extends Enum<?>> values) {
    return String.join(", ", values.stream().map(Words::of).toList());
  }

  private static String normalise(String text) {
    return text.trim().replaceAll("\\s+", " ");
  }

  /**
   * The configuration.
   *
   * @return the configuration
   */
  public GateConfig config() {
    return config;
  }
}
