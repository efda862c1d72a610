package io.github.justculture.gate;

import static io.github.justculture.testing.Invalid.assertFindings;
import static io.github.justculture.testing.Invalid.assertPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.guide.Answer;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Evaluator;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.Subject;
import io.github.justculture.guide.UnknownPolicy;
import io.github.justculture.restorative.AbsentParty;
import io.github.justculture.restorative.Party;
import io.github.justculture.restorative.PartyType;
import io.github.justculture.restorative.RestorativeCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormalActionGateTest {

  static final String ACT = "Gave the second dose without the independent double check";
  static final String INDIVIDUAL = "1a=N 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=Y 4a=N 4b=N 4c=N 5a=N";

  static EvaluationRecord evaluation(String subject, String spec) {
    Map<String, GivenAnswer> answers = new LinkedHashMap<>();
    for (String pair : spec.split(" ", -1)) {
      String[] qa = pair.split("=", -1);
      answers.put(
          qa[0],
          GivenAnswer.of(
              qa[1].equals("Y") ? Answer.YES : qa[1].equals("N") ? Answer.NO : Answer.UNKNOWN));
    }
    return EvaluationRecord.evaluate(
        Guides.nhs2018(),
        Subject.of(subject, "nursing"),
        ACT,
        answers,
        List.of(
            Evaluator.of("mgr-01", Evaluator.Role.MANAGER),
            Evaluator.of("mgr-02", Evaluator.Role.MANAGER),
            Evaluator.of("hr-07", Evaluator.Role.HR)),
        UnknownPolicy.SUSPEND,
        Instant.parse("2026-11-20T14:30:00Z"));
  }

  /** A proposal that passes every item. */
  static ImmutableFormalActionProposal.Builder passing() {
    return FormalActionProposal.builder()
        .reference("FAP-2026-031")
        .incident("INC-2026-0117")
        .subject(Subject.of("staff-0042", "nursing"))
        .act(ACT)
        .proposedOn(LocalDate.of(2026, 11, 22))
        .addActions(ProposedAction.DISCIPLINARY_INVESTIGATION)
        .evaluation(evaluation("staff-0042", INDIVIDUAL))
        .addDecisionMakers(
            DecisionMaker.withNoConflicts("mgr-01"), DecisionMaker.withNoConflicts("mgr-02"))
        .hrAdviser("hr-07")
        .lineManager("mgr-05")
        .factFinding(
            ImmutableFactFinding.builder()
                .reference("ff-117")
                .includesPersonsAccount(true)
                .completedOn(LocalDate.of(2026, 11, 18))
                .investigator("inv-03")
                .investigatorConflicts(List.of())
                .build())
        .addAlternatives(
            adopted(Alternative.SUPERVISION),
            rejected(
                Alternative.INFORMAL_RESOLUTION,
                "a second knowing departure after an informal conversation"),
            rejected(Alternative.TRAINING, "trained in March; the departure was knowing"),
            rejected(Alternative.MEDIATION, "no interpersonal conflict"))
        .wellbeing(
            ImmutableWellbeingSupport.builder()
                .occupationalHealthOffered(true)
                .employeeAssistanceOffered(true)
                .namedContact("mgr-03")
                .build())
        .restorativeCase(
            RestorativeCase.builder()
                .reference("INC-2026-0117")
                .addParties(
                    Party.of("patient-1", PartyType.FIRST_VICTIM),
                    Party.of("staff-0042", PartyType.SECOND_VICTIM),
                    Party.of("trust", PartyType.ORGANISATION))
                .addAbsentParties(AbsentParty.of(PartyType.COMMUNITY, "no witnesses"))
                .build());
  }

  static AlternativeConsidered adopted(Alternative a) {
    return ImmutableAlternativeConsidered.builder().alternative(a).adopted(true).build();
  }

  static AlternativeConsidered rejected(Alternative a, String reason) {
    return ImmutableAlternativeConsidered.builder()
        .alternative(a)
        .adopted(false)
        .rejectedBecause(reason)
        .build();
  }

  static SuspensionDetails suspension() {
    return ImmutableSuspensionDetails.builder()
        .reason(SuspensionReason.PATIENT_SAFETY)
        .restrictedDutiesConsidered(true)
        .redeploymentConsidered(true)
        .addAuthorisers("dir-nursing", "dep-ceo")
        .start(LocalDate.of(2026, 11, 23))
        .reviewDate(LocalDate.of(2026, 12, 21))
        .pointOfContact("mgr-03")
        .build();
  }

  private static GateItem item(GateResult r, String id) {
    return r.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private static String reason(GateResult r, String id) {
    return item(r, id).reason().orElse("");
  }

  private final FormalActionGate gate = FormalActionGate.withDefaults();

  @Test
  void aCompleteProposalPasses() {
    GateResult r = gate.check(passing().build());
    assertThat(r.passed()).isTrue();
    assertThat(r.items()).extracting(GateItem::id).containsExactlyElementsOf(GateItem.IDS);
    assertThat(r.unmet()).isEmpty();
    assertThat(r.prompts()).isEmpty();
    assertThat(item(r, "suspension").status()).isEqualTo(GateStatus.NOT_APPLICABLE);
    assertThat(item(r, "regulator-referral").status()).isEqualTo(GateStatus.NOT_APPLICABLE);
  }

  @Test
  void anEmptyProposalFailsEveryItemWithItsReasonAndThePrompts() {
    FormalActionProposal bare =
        FormalActionProposal.builder()
            .reference("FAP-1")
            .incident("INC-1")
            .subject(Subject.of("staff-0042", "nursing"))
            .act(ACT)
            .proposedOn(LocalDate.of(2026, 11, 22))
            .addActions(
                ProposedAction.DISCIPLINARY_INVESTIGATION,
                ProposedAction.SUSPENSION,
                ProposedAction.REGULATOR_REFERRAL)
            .build();
    GateResult r = gate.check(bare);
    assertThat(r.passed()).isFalse();
    assertThat(r.items())
        .allSatisfy(
            i ->
                assertThat(i.status())
                    .isEqualTo(
                        i.id().equals("restorative-track")
                            ? GateStatus.ADVISORY
                            : GateStatus.UNMET));
    assertThat(r.items())
        .extracting(i -> i.reason().orElseThrow())
        .containsExactly(
            "no just culture guide evaluation is recorded for this person and act",
            "0 distinct decision-makers named; at least 2 are needed; no HR adviser named",
            "no informal fact-finding is recorded",
            "not recorded as considered: informal resolution, training, supervision, mediation",
            "no decision-makers, so no declarations",
            "suspension is proposed, but no suspension details are recorded",
            "no wellbeing support is recorded",
            "referral is proposed, but no justification is recorded",
            "no investigation is recorded, so no investigator is named",
            "no restorative case is recorded for incident INC-1 (advisory: the letter does not require"
                + " it)");
    assertThat(r.prompts()).hasSize(3).first().asString().contains("draw the line");
  }

  @Test
  void theEvaluationItemFollowsTheOutcome() {
    assertThat(
            item(
                    gate.check(
                        passing()
                            .evaluation(evaluation("staff-0042", "1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N"))
                            .build()),
                    "just-culture-evaluation")
                .reason())
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .startsWith("the guide reached system-foresight: singling out the individual"));
    assertThat(
            item(
                    gate.check(
                        passing().evaluation(evaluation("staff-0042", "1a=N 2a=N 2b=Y")).build()),
                    "just-culture-evaluation")
                .reason())
        .hasValueSatisfying(r -> assertThat(r).contains("follow the health route"));
    FormalActionProposal healthButSuspensionOnly =
        passing()
            .evaluation(evaluation("staff-0042", "1a=N 2a=N 2b=Y"))
            .actions(List.of(ProposedAction.SUSPENSION))
            .suspension(suspension())
            .build();
    assertThat(item(gate.check(healthButSuspensionOnly), "just-culture-evaluation").status())
        .isEqualTo(GateStatus.UNMET); // the health route names neither; senior HR advice needed
    String mitigated = INDIVIDUAL.replace("5a=N", "5a=Y");
    assertThat(
            item(
                    gate.check(passing().evaluation(evaluation("staff-0042", mitigated)).build()),
                    "just-culture-evaluation")
                .status())
        .isEqualTo(GateStatus.UNMET);
    assertThat(
            item(
                    gate.check(
                        passing()
                            .evaluation(evaluation("staff-0042", mitigated))
                            .seniorHrAdvice("hr-advice-44")
                            .build()),
                    "just-culture-evaluation")
                .status())
        .isEqualTo(GateStatus.MET);
    assertThat(
            item(
                    gate.check(passing().evaluation(evaluation("staff-0042", "1a=Y")).build()),
                    "just-culture-evaluation")
                .status())
        .isEqualTo(GateStatus.MET);
    assertThat(
            item(
                    gate.check(passing().evaluation(evaluation("staff-0077", INDIVIDUAL)).build()),
                    "just-culture-evaluation")
                .reason())
        .hasValueSatisfying(r -> assertThat(r).contains("is about staff-0077, not staff-0042"));
    assertThat(
            item(
                    gate.check(
                        passing()
                            .evaluation(
                                evaluation("staff-0042", "1a=N 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=U"))
                            .build()),
                    "just-culture-evaluation")
                .reason())
        .hasValueSatisfying(
            r -> assertThat(r).contains("has not reached an outcome").contains("resolve 4a first"));
    assertThat(
            item(gate.check(passing().act("A different act").build()), "just-culture-evaluation")
                .reason())
        .hasValueSatisfying(r -> assertThat(r).contains("another act"));
  }

  @Test
  void pluralityConflictsFactFindingAlternativesAndWellbeing() {
    GateResult r =
        gate.check(
            passing()
                .decisionMakers(
                    List.of(
                        DecisionMaker.withNoConflicts("mgr-01"),
                        ImmutableDecisionMaker.builder().reference("mgr-01").build(),
                        ImmutableDecisionMaker.builder()
                            .reference("hr-07")
                            .conflicts(
                                List.of(
                                    ImmutableDeclaredConflict.builder()
                                        .conflict("line manages the person")
                                        .build()))
                            .build()))
                .factFinding(
                    ImmutableFactFinding.builder()
                        .reference("ff")
                        .includesPersonsAccount(false)
                        .completedOn(LocalDate.of(2026, 11, 1))
                        .build())
                .alternatives(
                    List.of(rejected(Alternative.TRAINING, " "), adopted(Alternative.SUPERVISION)))
                .wellbeing(
                    ImmutableWellbeingSupport.builder()
                        .occupationalHealthOffered(false)
                        .employeeAssistanceOffered(false)
                        .build())
                .build());
    assertThat(reason(r, "plurality"))
        .contains("the HR adviser must not also be one of the decision-makers");
    assertThat(reason(r, "conflicts-of-interest"))
        .contains(
            "mgr-01 has not declared conflicts of interest; hr-07 declared a conflict with no mitigation");
    assertThat(reason(r, "fact-finding"))
        .contains("the fact-finding does not include the person's own account");
    assertThat(reason(r, "alternatives-considered"))
        .contains(
            "not recorded as considered: informal resolution, mediation; training rejected without a reason");
    assertThat(reason(r, "wellbeing-support"))
        .contains(
            "neither occupational health nor employee assistance was offered; no named contact");
    GateResult one =
        gate.check(
            passing().decisionMakers(List.of(DecisionMaker.withNoConflicts("mgr-01"))).build());
    assertThat(reason(one, "plurality"))
        .contains("1 distinct decision-maker named; at least 2 are needed");
  }

  @Test
  void suspensionItemAndItsConfigurableReviewInterval() {
    FormalActionProposal suspend =
        passing().addActions(ProposedAction.SUSPENSION).suspension(suspension()).build();
    assertThat(item(gate.check(suspend), "suspension").status()).isEqualTo(GateStatus.MET);
    FormalActionProposal late =
        passing()
            .addActions(ProposedAction.SUSPENSION)
            .suspension(
                ImmutableSuspensionDetails.copyOf(suspension())
                    .withReason(SuspensionReason.OTHER)
                    .withRestrictedDutiesConsidered(false)
                    .withAuthorisers("dir-nursing")
                    .withReviewDate(LocalDate.of(2027, 1, 23))
                    .withPointOfContact(java.util.Optional.empty()))
            .build();
    assertThat(reason(gate.check(late), "suspension"))
        .contains(
            "the reason is neither patient safety nor the integrity of the investigation; restricted duties not"
                + " considered; 1 senior authoriser(s); two are needed; first review 61 days after the start; it"
                + " must be within 28; no named point of contact");
    FormalActionProposal notRedeployed =
        passing()
            .addActions(ProposedAction.SUSPENSION)
            .suspension(
                ImmutableSuspensionDetails.copyOf(suspension()).withRedeploymentConsidered(false))
            .build();
    assertThat(reason(gate.check(notRedeployed), "suspension"))
        .isEqualTo("redeployment not considered");
    FormalActionGate lenient =
        FormalActionGate.of(ImmutableGateConfig.builder().suspensionReviewDays(14).build());
    assertThat(reason(lenient.check(suspend), "suspension"))
        .contains("first review 28 days after the start; it must be within 14");
    assertThatThrownBy(() -> ImmutableGateConfig.builder().minimumDecisionMakers(1).build())
        .hasMessageContaining("$.minimumDecisionMakers: must be at least 2");
  }

  @Test
  void regulatorReferralAndRestorativeTrack() {
    FormalActionProposal refer =
        passing()
            .addActions(ProposedAction.REGULATOR_REFERRAL)
            .regulatorReferral(
                ImmutableRegulatorReferralDetails.builder()
                    .regulator("NMC")
                    .necessity("risk to patients")
                    .build())
            .build();
    assertThat(reason(gate.check(refer), "regulator-referral"))
        .contains("proportionality not justified");
    FormalActionProposal noParties =
        passing()
            .restorativeCase(
                RestorativeCase.builder()
                    .reference("INC-2026-0117")
                    .addParties(Party.of("patient-1", PartyType.FIRST_VICTIM))
                    .build())
            .build();
    assertThat(reason(gate.check(noParties), "restorative-track"))
        .contains("second victim, organisation, community neither present nor recorded as absent");
    FormalActionProposal otherIncident =
        passing().restorativeCase(RestorativeCase.builder().reference("INC-9").build()).build();
    assertThat(reason(gate.check(otherIncident), "restorative-track"))
        .contains("is for incident INC-9, not INC-2026-0117");
  }

  @Test
  void anIncoherentProposalIsAnErrorNamingEveryProblem() {
    assertFindings(
        () ->
            passing()
                .actions(List.of())
                .act(" ")
                .suspension(
                    ImmutableSuspensionDetails.copyOf(suspension())
                        .withReviewDate(LocalDate.of(2026, 11, 1)))
                .factFinding(
                    ImmutableFactFinding.builder()
                        .reference("ff")
                        .includesPersonsAccount(true)
                        .completedOn(LocalDate.of(2026, 12, 1))
                        .build())
                .build(),
        "$.act: must describe the one act the proposal is about",
        "$.actions: must propose at least one action",
        "$.suspension: is given, but SUSPENSION is not a proposed action",
        "$.suspension.reviewDate: must not be before the suspension starts (2026-11-23), was \"2026-11-01\"",
        "$.factFinding.completedOn: must not be after the proposal (2026-11-22), was \"2026-12-01\"");
    assertFindings(
        () ->
            passing()
                .regulatorReferral(
                    ImmutableRegulatorReferralDetails.builder()
                        .regulator("NMC")
                        .necessity("risk")
                        .proportionality("no lesser step")
                        .build())
                .build(),
        "$.regulatorReferral: is given, but REGULATOR_REFERRAL is not a proposed" + " action");
    assertPaths(
        () ->
            JustCultureJson.codec()
                .read(
                    "{\"reference\":\"F\",\"incident\":\"I\",\"subject\":{\"reference\":\"s\"},\"act\":\"a\","
                        + "\"proposedOn\":\"2026-13-01\",\"actions\":[\"SACKING\"]}",
                    FormalActionProposal.class),
        "$.proposedOn",
        "$.actions[0]");
  }

  @Test
  void resultsAndProposalsRoundTripWithoutFreeTextInToString() {
    FormalActionProposal p = passing().build();
    String json = JustCultureJson.codec().write(p);
    assertThat(JustCultureJson.codec().read(json, FormalActionProposal.class)).isEqualTo(p);
    assertThat(p.toString()).doesNotContain("double check").doesNotContain("knowing departure");
    GateResult r = gate.check(p);
    assertThat(JustCultureJson.codec().read(JustCultureJson.codec().write(r), GateResult.class))
        .isEqualTo(r);
  }

  private static FactFinding investigatedBy(String investigator, List<DeclaredConflict> conflicts) {
    ImmutableFactFinding.Builder f =
        ImmutableFactFinding.builder()
            .reference("ff-117")
            .includesPersonsAccount(true)
            .completedOn(LocalDate.of(2026, 11, 18))
            .investigator(investigator);
    if (conflicts != null) {
      f.investigatorConflicts(conflicts);
    }
    return f.build();
  }

  @Test
  void theInvestigatorMustBeIndependentOfTheLineAndTheDecision() {
    assertThat(item(gate.check(passing().build()), "investigation-independence").status())
        .isEqualTo(GateStatus.MET);
    GateResult lineManager =
        gate.check(passing().factFinding(investigatedBy("mgr-05", List.of())).build());
    assertThat(lineManager.passed()).isFalse();
    assertThat(reason(lineManager, "investigation-independence"))
        .isEqualTo("the investigator is the person's line manager");
    GateResult decides = gate.check(passing().factFinding(investigatedBy("mgr-01", null)).build());
    assertThat(reason(decides, "investigation-independence"))
        .isEqualTo(
            "the investigator is also a decision-maker; the investigator has not declared conflicts"
                + " of interest");
    GateResult unmitigated =
        gate.check(
            passing()
                .factFinding(
                    investigatedBy(
                        "inv-03",
                        List.of(ImmutableDeclaredConflict.builder().conflict("a friend").build())))
                .build());
    assertThat(reason(unmitigated, "investigation-independence"))
        .isEqualTo("the investigator declared a conflict with no mitigation");
    GateResult unnamed =
        gate.check(
            ImmutableFormalActionProposal.copyOf(passing().build())
                .withLineManager(java.util.Optional.empty()));
    assertThat(reason(unnamed, "investigation-independence"))
        .isEqualTo("the person's line manager is not named, so independence cannot be checked");
    GateResult noInvestigator =
        gate.check(
            passing()
                .factFinding(
                    ImmutableFactFinding.builder()
                        .reference("ff-117")
                        .includesPersonsAccount(true)
                        .completedOn(LocalDate.of(2026, 11, 18))
                        .build())
                .build());
    assertThat(reason(noInvestigator, "investigation-independence"))
        .isEqualTo("the fact-finding does not name who investigated");
  }

  @Test
  void aProposalThatFollowsTheLetterPassesWithoutARestorativeCaseUnlessATrustRequiresOne() {
    FormalActionProposal letterOnly =
        ImmutableFormalActionProposal.copyOf(passing().build())
            .withRestorativeCase(java.util.Optional.empty());
    GateResult byDefault = gate.check(letterOnly);
    assertThat(byDefault.passed()).isTrue();
    assertThat(item(byDefault, "restorative-track").status()).isEqualTo(GateStatus.ADVISORY);
    assertThat(reason(byDefault, "restorative-track"))
        .isEqualTo(
            "no restorative case is recorded for incident INC-2026-0117 (advisory: the letter does"
                + " not require it)");
    assertThat(byDefault.prompts()).isEmpty();
    GateResult required =
        FormalActionGate.of(ImmutableGateConfig.builder().restorativeTrackRequired(true).build())
            .check(letterOnly);
    assertThat(required.passed()).isFalse();
    assertThat(item(required, "restorative-track").status()).isEqualTo(GateStatus.UNMET);
  }

  @Test
  void afterAHealthOutcomeSuspensionOrReferralNeedsSeniorHrAdviceAndDisciplineIsRefused() {
    EvaluationRecord health = evaluation("staff-0042", "1a=N 2a=N 2b=Y");
    assertThat(health.result().outcome().orElseThrow().id()).isEqualTo("ill-health");
    FormalActionProposal suspendOnly =
        passing()
            .evaluation(health)
            .actions(List.of(ProposedAction.SUSPENSION))
            .suspension(suspension())
            .build();
    GateResult noAdvice = gate.check(suspendOnly);
    assertThat(item(noAdvice, "just-culture-evaluation").status()).isEqualTo(GateStatus.UNMET);
    assertThat(reason(noAdvice, "just-culture-evaluation"))
        .contains("names neither suspension nor a regulator referral");
    GateResult withAdvice =
        gate.check(
            ImmutableFormalActionProposal.copyOf(suspendOnly)
                .withSeniorHrAdvice("occupational health and senior HR advise restriction"));
    assertThat(item(withAdvice, "just-culture-evaluation").status()).isEqualTo(GateStatus.MET);
    GateResult discipline = gate.check(passing().evaluation(health).build());
    assertThat(reason(discipline, "just-culture-evaluation"))
        .contains("not a disciplinary process");
  }

  /** A declared conflict with a mitigation is met; without one, or blank, it is not. */
  @Test
  void conflictsNeedAMitigationEachForDecisionMakersAndTheInvestigator() {
    DeclaredConflict mitigated =
        ImmutableDeclaredConflict.builder()
            .conflict("line manager")
            .mitigation("a second manager decides")
            .build();
    DeclaredConflict bare = ImmutableDeclaredConflict.builder().conflict("line manager").build();
    DeclaredConflict blank =
        ImmutableDeclaredConflict.builder().conflict("friend").mitigation(" ").build();
    FormalActionProposal withMitigation =
        passing()
            .decisionMakers(
                List.of(
                    ImmutableDecisionMaker.builder()
                        .reference("mgr-01")
                        .conflicts(List.of(mitigated))
                        .build(),
                    DecisionMaker.withNoConflicts("mgr-02")))
            .build();
    assertThat(item(gate.check(withMitigation), "conflicts-of-interest").status())
        .isEqualTo(GateStatus.MET);
    for (DeclaredConflict unmitigated : List.of(bare, blank)) {
      FormalActionProposal p =
          passing()
              .decisionMakers(
                  List.of(
                      ImmutableDecisionMaker.builder()
                          .reference("mgr-01")
                          .conflicts(List.of(mitigated, unmitigated))
                          .build(),
                      DecisionMaker.withNoConflicts("mgr-02")))
              .build();
      assertThat(reason(gate.check(p), "conflicts-of-interest"))
          .isEqualTo("mgr-01 declared a conflict with no mitigation");
    }
    FactFinding finding = passing().build().factFinding().orElseThrow();
    FormalActionProposal investigatorMitigated =
        passing()
            .factFinding(
                ImmutableFactFinding.copyOf(finding).withInvestigatorConflicts(List.of(mitigated)))
            .build();
    assertThat(item(gate.check(investigatorMitigated), "investigation-independence").status())
        .isEqualTo(GateStatus.MET);
    FormalActionProposal investigatorBare =
        passing()
            .factFinding(
                ImmutableFactFinding.copyOf(finding)
                    .withInvestigatorConflicts(List.of(mitigated, bare)))
            .build();
    assertThat(reason(gate.check(investigatorBare), "investigation-independence"))
        .isEqualTo("the investigator declared a conflict with no mitigation");
  }

  @Test
  void aReferralNeedsBothNecessityAndProportionality() {
    ImmutableRegulatorReferralDetails.Builder referral =
        ImmutableRegulatorReferralDetails.builder().regulator("NMC");
    FormalActionProposal both =
        passing()
            .addActions(ProposedAction.REGULATOR_REFERRAL)
            .regulatorReferral(referral.necessity("risk").proportionality("no lesser step").build())
            .build();
    assertThat(item(gate.check(both), "regulator-referral").status()).isEqualTo(GateStatus.MET);
    FormalActionProposal neither =
        passing()
            .addActions(ProposedAction.REGULATOR_REFERRAL)
            .regulatorReferral(
                ImmutableRegulatorReferralDetails.builder().regulator("NMC").necessity(" ").build())
            .build();
    assertThat(reason(gate.check(neither), "regulator-referral"))
        .isEqualTo("necessity not justified; proportionality not justified");
    FormalActionProposal none = passing().addActions(ProposedAction.REGULATOR_REFERRAL).build();
    assertThat(reason(gate.check(none), "regulator-referral"))
        .isEqualTo("referral is proposed, but no justification is recorded");
  }

  @Test
  void onlyInvestigationsAndHearingsAreDisciplinary() {
    assertThat(ProposedAction.values())
        .filteredOn(ProposedAction::isDisciplinary)
        .containsExactlyInAnyOrder(
            ProposedAction.DISCIPLINARY_INVESTIGATION, ProposedAction.DISCIPLINARY_HEARING);
  }

  @Test
  void theUnmetItemsAreExactlyThoseWithStatusUnmet() {
    GateResult passed = gate.check(passing().build());
    assertThat(passed.unmet()).isEmpty();
    FormalActionProposal none = passing().addActions(ProposedAction.REGULATOR_REFERRAL).build();
    assertThat(gate.check(none).unmet())
        .extracting(GateItem::id)
        .containsExactly("regulator-referral");
  }

  @Test
  void suspensionReviewDaysAreBetweenOneAndAYear() {
    assertThat(ImmutableGateConfig.builder().suspensionReviewDays(1).build().suspensionReviewDays())
        .isEqualTo(1);
    assertThat(
            ImmutableGateConfig.builder().suspensionReviewDays(365).build().suspensionReviewDays())
        .isEqualTo(365);
    assertThatThrownBy(() -> ImmutableGateConfig.builder().suspensionReviewDays(0).build())
        .hasMessageContaining("$.suspensionReviewDays: must be between 1 and 365, was 0");
    assertThatThrownBy(() -> ImmutableGateConfig.builder().suspensionReviewDays(366).build())
        .hasMessageContaining("$.suspensionReviewDays: must be between 1 and 365, was 366");
  }
}
