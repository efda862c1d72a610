package io.github.justculture.restorative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Evidence;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Invalid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestorativeCaseTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static ImmutableRestorativeCase.Builder complete() {
    return RestorativeCase.builder()
        .reference("INC-2026-0117")
        .addParties(
            Party.of("patient-1", PartyType.FIRST_VICTIM),
            Party.of("staff-0042", PartyType.SECOND_VICTIM),
            Party.of("trust", PartyType.ORGANISATION))
        .addAbsentParties(AbsentParty.of(PartyType.COMMUNITY, "no one else witnessed the event"))
        .addHarms(
            ImmutableHarm.builder()
                .id("h1")
                .party("patient-1")
                .kind(HarmKind.PHYSICAL)
                .acknowledged(true)
                .build(),
            ImmutableHarm.builder()
                .id("h2")
                .party("staff-0042")
                .kind(HarmKind.PSYCHOLOGICAL)
                .acknowledged(true)
                .build(),
            ImmutableHarm.builder()
                .id("h3")
                .party("trust")
                .kind(HarmKind.TRUST)
                .acknowledged(true)
                .build())
        .addNeeds(
            ImmutableNeed.builder()
                .id("n1")
                .party("patient-1")
                .description("information")
                .exploredWithParty(true)
                .build(),
            ImmutableNeed.builder()
                .id("n2")
                .party("staff-0042")
                .description("support")
                .exploredWithParty(true)
                .build(),
            ImmutableNeed.builder()
                .id("n3")
                .party("trust")
                .description("learning")
                .exploredWithParty(true)
                .noObligationReason("met through the incident investigation")
                .build())
        .addObligations(
            ImmutableObligation.builder()
                .id("o1")
                .need("n1")
                .obligatedParty("trust")
                .commitment("meet the family")
                .status(ObligationStatus.MET)
                .due(LocalDate.of(2026, 11, 1))
                .build(),
            ImmutableObligation.builder()
                .id("o2")
                .need("n2")
                .obligatedParty("trust")
                .commitment("peer support")
                .status(ObligationStatus.MET)
                .build())
        .addGoals(
            goal(Goal.MORAL_ENGAGEMENT, GoalRating.ACHIEVED),
            goal(Goal.EMOTIONAL_HEALING, GoalRating.ACHIEVED),
            goal(Goal.PRACTITIONER_REINTEGRATION, GoalRating.ACHIEVED),
            goal(Goal.ORGANISATIONAL_LEARNING, GoalRating.ACHIEVED));
  }

  static GoalAssessment goal(Goal goal, GoalRating rating) {
    return ImmutableGoalAssessment.builder()
        .goal(goal)
        .rating(rating)
        .addEvidence(
            Evidence.of(
                Evidence.Kind.MEETING, "meeting-" + goal.name().toLowerCase(java.util.Locale.ROOT)))
        .assessor("mgr-01")
        .build();
  }

  @Test
  void aCompleteCaseHasNoFindingsAFullChecklistAndMayClose() {
    RestorativeAssessment a = complete().build().assess(TODAY);
    assertThat(a.findings()).isEmpty();
    assertThat(a.closable()).isTrue();
    assertThat(a.checklist().get(ChecklistStage.ACKNOWLEDGED))
        .containsExactly(
            Map.entry(PartyType.FIRST_VICTIM, Mark.YES),
            Map.entry(PartyType.SECOND_VICTIM, Mark.YES),
            Map.entry(PartyType.ORGANISATION, Mark.YES),
            Map.entry(PartyType.COMMUNITY, Mark.NOT_APPLICABLE));
    assertThat(a.checklist().get(ChecklistStage.ACHIEVED).get(PartyType.ORGANISATION))
        .isEqualTo(Mark.YES);
  }

  @Test
  void findingsNameWhatIsOutstanding() {
    RestorativeCase c =
        RestorativeCase.builder()
            .reference("INC-2")
            .addParties(Party.of("patient-1", PartyType.FIRST_VICTIM))
            .addHarms(
                ImmutableHarm.builder()
                    .id("h1")
                    .party("patient-1")
                    .kind(HarmKind.PHYSICAL)
                    .acknowledged(false)
                    .build())
            .addNeeds(
                ImmutableNeed.builder()
                    .id("n1")
                    .party("patient-1")
                    .description("an apology")
                    .exploredWithParty(false)
                    .build(),
                ImmutableNeed.builder()
                    .id("n2")
                    .party("patient-1")
                    .description("information")
                    .exploredWithParty(true)
                    .build())
            .addObligations(
                ImmutableObligation.builder()
                    .id("o1")
                    .need("n2")
                    .obligatedParty("patient-1")
                    .commitment("x")
                    .status(ObligationStatus.ACCEPTED)
                    .due(LocalDate.of(2026, 11, 21))
                    .build())
            .addGoals(goal(Goal.MORAL_ENGAGEMENT, GoalRating.NOT_STARTED))
            .build();
    RestorativeAssessment a = c.assess(TODAY);
    assertThat(a.findings())
        .extracting(RestorativeFinding::code, RestorativeFinding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FindingCode.PARTY_TYPE_MISSING, "$.parties"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.PARTY_TYPE_MISSING, "$.parties"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.PARTY_TYPE_MISSING, "$.parties"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.HARM_NOT_ACKNOWLEDGED, "$.harms[0]"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.NEED_NOT_EXPLORED, "$.needs[0]"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.NEED_WITHOUT_OBLIGATION, "$.needs[0]"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.OBLIGATION_OVERDUE, "$.obligations[0]"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.GOAL_NOT_ASSESSED, "$.goals"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.GOAL_NOT_ASSESSED, "$.goals"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.GOAL_NOT_ASSESSED, "$.goals"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.GOAL_NOT_ASSESSED, "$.goals"));
    assertThat(a.findings().get(0).message())
        .contains("the practitioner is the party most often forgotten");
    assertThat(a.findings().get(6).message())
        .isEqualTo("obligation o1 of patient-1 was due 2026-11-21 and is still accepted");
    assertThat(a.closable()).isFalse();
    assertThat(a.checklist().get(ChecklistStage.ACKNOWLEDGED).get(PartyType.FIRST_VICTIM))
        .isEqualTo(Mark.NO);
    assertThat(a.checklist().get(ChecklistStage.EXPLORED).get(PartyType.SECOND_VICTIM))
        .isEqualTo(Mark.NO);
    // An obligation due today is not yet overdue.
    assertThat(c.assess(LocalDate.of(2026, 11, 21)).findings())
        .extracting(RestorativeFinding::code)
        .doesNotContain(FindingCode.OBLIGATION_OVERDUE);
  }

  @Test
  void invariantsAreCheckedAtConstructionNamingEachItem() {
    Invalid.assertFindings(
        () ->
            RestorativeCase.builder()
                .reference("INC-3")
                .addParties(
                    Party.of("p1", PartyType.FIRST_VICTIM), Party.of("p1", PartyType.SECOND_VICTIM))
                .addAbsentParties(AbsentParty.of(PartyType.FIRST_VICTIM, " "))
                .addHarms(
                    ImmutableHarm.builder()
                        .id("h1")
                        .party("nobody")
                        .kind(HarmKind.TRUST)
                        .acknowledged(true)
                        .build())
                .addNeeds(
                    ImmutableNeed.builder()
                        .id("n1")
                        .party("p1")
                        .description("d")
                        .exploredWithParty(true)
                        .build())
                .addObligations(
                    ImmutableObligation.builder()
                        .id("o1")
                        .need("n9")
                        .obligatedParty("ghost")
                        .commitment("c")
                        .status(ObligationStatus.PROPOSED)
                        .build())
                .addGoals(
                    ImmutableGoalAssessment.builder()
                        .goal(Goal.MORAL_ENGAGEMENT)
                        .rating(GoalRating.ACHIEVED)
                        .assessor("a")
                        .build(),
                    goal(Goal.MORAL_ENGAGEMENT, GoalRating.PARTLY))
                .build(),
        "$.parties[1].id: duplicate id, was \"p1\"",
        "$.absentParties[0].type: is recorded as absent but the case has a party of this type, was FIRST_VICTIM",
        "$.absentParties[0].reason: must say why none was identified",
        "$.harms[0].party: must be a party of the case, was \"nobody\"",
        "$.obligations[0].need: must be a need of the case, was \"n9\"",
        "$.obligations[0].obligatedParty: must be a party of the case, was \"ghost\"",
        "$.goals[0].evidence: must have at least one piece of evidence for ACHIEVED",
        "$.goals[1].goal: is assessed more than once, was MORAL_ENGAGEMENT");
  }

  @Test
  void reintegrationCannotBeAchievedWhileASuspensionIsOpen() {
    assertThatThrownBy(
            () ->
                complete()
                    .addSuspensions(
                        ImmutableSuspension.builder()
                            .party("staff-0042")
                            .start(LocalDate.of(2026, 10, 1))
                            .build())
                    .build())
        .hasMessageContaining(
            "$.goals[2].rating: cannot be ACHIEVED while the suspension of staff-0042 is open, was ACHIEVED");
    RestorativeCase ended =
        complete()
            .addSuspensions(
                ImmutableSuspension.builder()
                    .party("staff-0042")
                    .start(LocalDate.of(2026, 10, 1))
                    .end(LocalDate.of(2026, 10, 20))
                    .build())
            .build();
    assertThat(ended.assess(TODAY).closable()).isTrue();
    assertThatThrownBy(
            () ->
                complete()
                    .addSuspensions(
                        ImmutableSuspension.builder()
                            .party("patient-1")
                            .start(LocalDate.of(2026, 10, 1))
                            .build())
                    .build())
        .hasMessageContaining("$.suspensions[0].party: must be a practitioner");
  }

  @Test
  void roundTripsThroughJsonWithoutFreeTextInToString() {
    RestorativeCase c =
        complete()
            .addParties(
                ImmutableParty.builder()
                    .id("visitor")
                    .type(PartyType.OTHER)
                    .description("Mrs Jones, a visitor")
                    .build())
            .build();
    String json = JustCultureJson.codec().write(c);
    assertThat(JustCultureJson.codec().read(json, RestorativeCase.class)).isEqualTo(c);
    assertThat(c.toString()).doesNotContain("Mrs Jones").doesNotContain("meet the family");
    assertThat(JustCultureJson.codec().write(c.assess(TODAY)))
        .contains("\"checklist\":{\"ACKNOWLEDGED\":{\"FIRST_VICTIM\":\"YES\"");
  }

  @Test
  void psychologicalSafetyReverseScoresAndSuppressesSmallTeams() {
    // Items 1, 3, 5 reversed: all 7s give (1+7+1+7+1+7+7)/7 = 31/7.
    List<Integer> allSevens = List.of(7, 7, 7, 7, 7, 7, 7);
    List<Integer> safe =
        List.of(1, 7, 1, 7, 1, 7, 7); // the safest answers: 7 on every item after reversal
    PsychologicalSafety team = PsychologicalSafety.score(List.of(allSevens, safe, safe));
    assertThat(team.score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("6.14"));
    assertThat(team.suppressed()).isFalse();
    assertThat(team.asEvidence("ps/ward-7/2026-q3").metric())
        .contains(new java.math.BigDecimal("6.14"));
    PsychologicalSafety small = PsychologicalSafety.score(List.of(safe, safe));
    assertThat(small.suppressed()).isTrue();
    assertThat(small.score()).isEmpty();
    assertThatThrownBy(() -> small.asEvidence("x"))
        .hasMessageContaining("suppressed: 2 respondents, fewer than 3");
    assertThatThrownBy(
            () ->
                PsychologicalSafety.score(List.of(List.of(1, 2, 3), List.of(1, 2, 3, 4, 5, 6, 9))))
        .hasMessageContaining("$[0]: must have 7 answers, was 3")
        .hasMessageContaining("$[1][6]: must be between 1 and 7, was 9");
  }

  @Test
  void psychologicalSafetyMayBeShownForOneRespondent() {
    List<Integer> safe = List.of(1, 7, 1, 7, 1, 7, 7);
    PsychologicalSafety one = PsychologicalSafety.score(List.of(safe), 1);
    assertThat(one.suppressed()).isFalse();
    assertThat(one.score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("7.00"));
    Invalid.assertFindings(
        () -> PsychologicalSafety.score(List.of(safe), 0),
        "$.minRespondents: must be at least 1, was 0");
  }

  /**
   * An obligation not met says why: declined (no due date matters then), or its status and due
   * date.
   */
  @Test
  void anObligationNotMetSaysWhyAndWhenItIsDue() {
    ImmutableObligation.Builder obligation =
        ImmutableObligation.builder()
            .need("n1")
            .obligatedParty("trust")
            .commitment("meet the family");
    RestorativeCase c =
        complete()
            .obligations(
                List.of(
                    obligation
                        .id("o1")
                        .status(ObligationStatus.DECLINED)
                        .due(LocalDate.of(2026, 12, 31))
                        .build(),
                    obligation
                        .id("o2")
                        .need("n2")
                        .status(ObligationStatus.ACCEPTED)
                        .due(LocalDate.of(2026, 12, 31))
                        .build(),
                    ImmutableObligation.builder()
                        .id("o3")
                        .need("n2")
                        .obligatedParty("trust")
                        .commitment("peer support")
                        .status(ObligationStatus.PROPOSED)
                        .build()))
            .build();
    assertThat(c.assess(TODAY).findings())
        .filteredOn(f -> f.code() == FindingCode.OBLIGATION_NOT_MET)
        .extracting(RestorativeFinding::message)
        .containsExactly(
            "obligation o1 of trust (need n1) is declined, so the need is not met",
            "obligation o2 of trust (need n2) is accepted, not yet met (due 2026-12-31)",
            "obligation o3 of trust (need n2) is proposed, not yet met");
  }

  @Test
  void blankIdsAreBlankNotDuplicates() {
    Invalid.assertFindings(
        () ->
            complete()
                .addParties(Party.of(" ", PartyType.COMMUNITY), Party.of(" ", PartyType.COMMUNITY))
                .build(),
        "$.parties[3].id: must not be blank, was \" \"",
        "$.parties[4].id: must not be blank, was \" \"");
  }

  @Test
  void aSuspensionMayNotEndBeforeItStarts() {
    ImmutableSuspension.Builder oneDay =
        ImmutableSuspension.builder().party("staff-0042").start(LocalDate.of(2026, 10, 1));
    assertThat(complete().addSuspensions(oneDay.end(LocalDate.of(2026, 10, 1)).build()).build())
        .isNotNull();
    Invalid.assertFindings(
        () -> complete().addSuspensions(oneDay.end(LocalDate.of(2026, 9, 30)).build()).build(),
        "$.suspensions[0].end: must not be before start, was \"2026-09-30\"");
  }

  /**
   * EXPLORED needs both halves: every party of the type has a need recorded, and every such need
   * has been explored with its party.
   */
  @Test
  void exploredNeedsEveryPartyToHaveNeedsAndEveryNeedExplored() {
    RestorativeCase notExplored =
        complete()
            .needs(
                complete().build().needs().stream()
                    .map(
                        n ->
                            n.party().equals("staff-0042")
                                ? ImmutableNeed.copyOf(n).withExploredWithParty(false)
                                : n)
                    .toList())
            .build();
    Map<PartyType, Mark> explored =
        notExplored.assess(TODAY).checklist().get(ChecklistStage.EXPLORED);
    assertThat(explored)
        .containsEntry(PartyType.SECOND_VICTIM, Mark.NO)
        .containsEntry(PartyType.FIRST_VICTIM, Mark.YES)
        .containsEntry(PartyType.ORGANISATION, Mark.YES);

    RestorativeCase secondPractitionerWithoutNeeds =
        complete()
            .addParties(Party.of("staff-0043", PartyType.SECOND_VICTIM))
            .addHarms(
                ImmutableHarm.builder()
                    .id("h4")
                    .party("staff-0043")
                    .kind(HarmKind.PSYCHOLOGICAL)
                    .acknowledged(true)
                    .build())
            .build();
    Map<ChecklistStage, Map<PartyType, Mark>> grid =
        secondPractitionerWithoutNeeds.assess(TODAY).checklist();
    assertThat(grid.get(ChecklistStage.ACKNOWLEDGED))
        .containsEntry(PartyType.SECOND_VICTIM, Mark.YES);
    assertThat(grid.get(ChecklistStage.EXPLORED)).containsEntry(PartyType.SECOND_VICTIM, Mark.NO);
    assertThat(grid.get(ChecklistStage.IDENTIFIED)).containsEntry(PartyType.SECOND_VICTIM, Mark.NO);
    assertThat(grid.get(ChecklistStage.EXPLORED)).containsEntry(PartyType.FIRST_VICTIM, Mark.YES);
  }
}
