package io.github.justculture.restorative;

import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.core.internal.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The restorative engine: where a {@link RestorativeCase} stands on a day. The case is the value
 * (what was recorded); this is the rule book applied to it (what is missing, the checklist, whether
 * the case may close). Pure: the date is the caller's.
 */
final class RestorativeAssessor {

  private RestorativeAssessor() {}

  /**
   * The assessment of a case on a day; see {@link RestorativeCase#assess(LocalDate)}.
   *
   * @param c the case, valid
   * @param today the date of the assessment
   * @return the findings, the checklist and whether the case may be closed
   */
  static RestorativeAssessment assess(RestorativeCase c, LocalDate today) {
    List<RestorativeFinding> findings = new ArrayList<>();
    Map<String, PartyType> partyTypes = new HashMap<>();
    c.parties().forEach(p -> partyTypes.put(p.id(), p.type()));
    Set<PartyType> absent = new HashSet<>();
    c.absentParties().forEach(a -> absent.add(a.type()));
    for (PartyType type : PartyType.REQUIRED) {
      if (!partyTypes.containsValue(type) && !absent.contains(type)) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.PARTY_TYPE_MISSING,
                "$.parties",
                "no "
                    + Words.of(type)
                    + " party, and none recorded as absent with a reason"
                    + (type == PartyType.SECOND_VICTIM
                        ? " (the practitioner is the party most often forgotten)"
                        : ""),
                type,
                ChecklistStage.values()));
      }
    }
    for (int i = 0; i < c.parties().size(); i++) {
      Party p = c.parties().get(i);
      String path = JsonPaths.index("$.parties", i);
      if (c.harms().stream().noneMatch(h -> h.party().equals(p.id()))) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.HARM_NOT_RECORDED,
                path,
                "no harm is recorded for "
                    + p.id()
                    + " ("
                    + Words.of(p.type())
                    + "): record how they were hurt, so that it can be acknowledged",
                p.type(),
                ChecklistStage.ACKNOWLEDGED));
      }
      if (c.needs().stream().noneMatch(n -> n.party().equals(p.id()))) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.NEED_NOT_RECORDED,
                path,
                "no need is recorded for "
                    + p.id()
                    + " ("
                    + Words.of(p.type())
                    + "): explore with them what they need",
                p.type(),
                ChecklistStage.EXPLORED,
                ChecklistStage.IDENTIFIED,
                ChecklistStage.ACHIEVED));
      }
    }
    for (int i = 0; i < c.harms().size(); i++) {
      Harm h = c.harms().get(i);
      if (!h.acknowledged()) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.HARM_NOT_ACKNOWLEDGED,
                JsonPaths.index("$.harms", i),
                "the "
                    + Words.of(h.kind())
                    + " harm to "
                    + h.party()
                    + " ("
                    + h.id()
                    + ") has not been acknowledged",
                partyTypes.get(h.party()),
                ChecklistStage.ACKNOWLEDGED));
      }
    }
    Map<String, List<Obligation>> byNeed = new HashMap<>();
    c.obligations().forEach(o -> byNeed.computeIfAbsent(o.need(), k -> new ArrayList<>()).add(o));
    Map<String, PartyType> needType = new HashMap<>();
    for (int i = 0; i < c.needs().size(); i++) {
      Need n = c.needs().get(i);
      PartyType type = partyTypes.get(n.party());
      needType.put(n.id(), type);
      String path = JsonPaths.index("$.needs", i);
      if (!n.exploredWithParty()) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.NEED_NOT_EXPLORED,
                path,
                "need " + n.id() + " has not been explored with " + n.party(),
                type,
                ChecklistStage.EXPLORED));
      }
      if (!byNeed.containsKey(n.id()) && n.noObligationReason().isEmpty()) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.NEED_WITHOUT_OBLIGATION,
                path,
                "need " + n.id() + " of " + n.party() + " has no obligation and no recorded reason",
                type,
                ChecklistStage.IDENTIFIED,
                ChecklistStage.ACHIEVED));
      }
    }
    for (int i = 0; i < c.obligations().size(); i++) {
      Obligation o = c.obligations().get(i);
      String path = JsonPaths.index("$.obligations", i);
      PartyType type = needType.get(o.need());
      boolean open =
          o.status() == ObligationStatus.PROPOSED || o.status() == ObligationStatus.ACCEPTED;
      if (open && o.due().isPresent() && o.due().get().isBefore(today)) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.OBLIGATION_OVERDUE,
                path,
                "obligation "
                    + o.id()
                    + " of "
                    + o.obligatedParty()
                    + " was due "
                    + o.due().get()
                    + " and is still "
                    + Words.of(o.status()),
                type,
                ChecklistStage.ACHIEVED));
      } else if (o.status() != ObligationStatus.MET) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.OBLIGATION_NOT_MET,
                path,
                "obligation "
                    + o.id()
                    + " of "
                    + o.obligatedParty()
                    + " (need "
                    + o.need()
                    + ") is "
                    + (o.status() == ObligationStatus.DECLINED
                        ? "declined, so the need is not met"
                        : Words.of(o.status())
                            + ", not yet met"
                            + o.due().map(d -> " (due " + d + ")").orElse("")),
                type,
                ChecklistStage.ACHIEVED));
      }
    }
    Map<Goal, GoalRating> ratings = new EnumMap<>(Goal.class);
    c.goals().forEach(g -> ratings.put(g.goal(), g.rating()));
    for (Goal goal : Goal.values()) {
      GoalRating r = ratings.get(goal);
      String name = Words.of(goal);
      if (r == null || r == GoalRating.NOT_STARTED) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.GOAL_NOT_ASSESSED,
                "$.goals",
                "the goal of "
                    + name
                    + (r == null ? " has not been assessed" : " has not been started"),
                null,
                ChecklistStage.ACHIEVED));
      } else if (r != GoalRating.ACHIEVED) {
        findings.add(
            RestorativeFinding.of(
                FindingCode.GOAL_NOT_ACHIEVED,
                "$.goals",
                "the goal of " + name + " is assessed as only partly achieved",
                null,
                ChecklistStage.ACHIEVED));
      }
    }
    boolean allGoals =
        Goal.values().length
            == ratings.values().stream().filter(r -> r == GoalRating.ACHIEVED).count();
    return ImmutableRestorativeAssessment.builder()
        .caseReference(c.reference())
        .assessedOn(today)
        .findings(findings)
        .checklist(checklist(c, absent, byNeed, allGoals))
        .closable(findings.stream().noneMatch(f -> f.code().blocksClosure()))
        .build();
  }

  private static Map<ChecklistStage, Map<PartyType, Mark>> checklist(
      RestorativeCase c,
      Set<PartyType> absent,
      Map<String, List<Obligation>> byNeed,
      boolean allGoals) {
    Map<ChecklistStage, Map<PartyType, Mark>> grid = new LinkedHashMap<>();
    for (ChecklistStage stage : ChecklistStage.values()) {
      Map<PartyType, Mark> row = new LinkedHashMap<>();
      for (PartyType type : PartyType.REQUIRED) {
        row.put(type, mark(c, stage, type, absent, byNeed, allGoals));
      }
      grid.put(stage, row);
    }
    return grid;
  }

  private static Mark mark(
      RestorativeCase c,
      ChecklistStage stage,
      PartyType type,
      Set<PartyType> absent,
      Map<String, List<Obligation>> byNeed,
      boolean allGoals) {
    if (absent.contains(type)) {
      return Mark.NOT_APPLICABLE;
    }
    List<String> ofType =
        c.parties().stream().filter(p -> p.type() == type).map(Party::id).toList();
    if (ofType.isEmpty()) {
      return Mark.NO;
    }
    List<Need> needs = c.needs().stream().filter(n -> ofType.contains(n.party())).toList();
    boolean everyPartyHasNeeds =
        ofType.stream().allMatch(p -> needs.stream().anyMatch(n -> n.party().equals(p)));
    boolean done =
        switch (stage) {
          case ACKNOWLEDGED ->
              ofType.stream().allMatch(p -> c.harms().stream().anyMatch(h -> h.party().equals(p)))
                  && c.harms().stream()
                      .filter(h -> ofType.contains(h.party()))
                      .allMatch(Harm::acknowledged);
          case EXPLORED -> everyPartyHasNeeds && needs.stream().allMatch(Need::exploredWithParty);
          case IDENTIFIED -> everyPartyHasNeeds && identified(needs, byNeed);
          case ACHIEVED ->
              everyPartyHasNeeds
                  && identified(needs, byNeed)
                  && allGoals
                  && needs.stream()
                      .flatMap(n -> byNeed.getOrDefault(n.id(), List.of()).stream())
                      .allMatch(o -> o.status() == ObligationStatus.MET);
        };
    return done ? Mark.YES : Mark.NO;
  }

  private static boolean identified(List<Need> needs, Map<String, List<Obligation>> byNeed) {
    return !needs.isEmpty()
        && needs.stream()
            .allMatch(n -> byNeed.containsKey(n.id()) || n.noObligationReason().isPresent());
  }
}
