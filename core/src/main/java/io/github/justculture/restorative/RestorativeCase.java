package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A restorative case for one incident: who is hurt (parties and harms), what they need, whose
 * obligation each need is, and an assessment of each of the four goals.
 *
 * <p>Invariants, checked when the case is built and reported together, each naming its item: ids
 * are unique; every harm, need and obligation refers to a party of the case, every obligation to a
 * need; a party type is not both present and recorded absent; a goal is assessed at most once, and
 * may be {@link GoalRating#ACHIEVED} only with evidence; {@link Goal#PRACTITIONER_REINTEGRATION}
 * cannot be achieved while a suspension of a practitioner is open.
 *
 * <p>What is merely outstanding (a harm not yet acknowledged, an overdue obligation) is not an
 * error: {@link #assess(LocalDate)} reports it as findings, so a case can be built up over weeks.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRestorativeCase.class)
@JsonDeserialize(as = ImmutableRestorativeCase.class)
public abstract class RestorativeCase {

  RestorativeCase() {}

  /**
   * The incident's reference.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The parties.
   *
   * @return the parties
   */
  public abstract List<Party> parties();

  /**
   * Party types recorded as having no one hurt, with the reason.
   *
   * @return the absent types
   */
  public abstract List<AbsentParty> absentParties();

  /**
   * The harms.
   *
   * @return the harms
   */
  public abstract List<Harm> harms();

  /**
   * The needs.
   *
   * @return the needs
   */
  public abstract List<Need> needs();

  /**
   * The obligations.
   *
   * @return the obligations
   */
  public abstract List<Obligation> obligations();

  /**
   * The goal assessments, at most one per goal.
   *
   * @return the assessments
   */
  public abstract List<GoalAssessment> goals();

  /**
   * Suspensions of practitioners in the case.
   *
   * @return the suspensions
   */
  public abstract List<Suspension> suspensions();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableRestorativeCase.Builder builder() {
    return ImmutableRestorativeCase.builder();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(!reference().isBlank(), "$.reference", "must not be blank", reference());
    Map<String, PartyType> partyTypes = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < parties().size(); i++) {
      Party p = parties().get(i);
      String path = JsonPaths.index("$.parties", i);
      if (unique(problems, ids, p.id(), path + ".id")) {
        partyTypes.put(p.id(), p.type());
      }
    }
    Set<PartyType> present = new HashSet<>(partyTypes.values());
    Set<PartyType> absent = new HashSet<>();
    for (int i = 0; i < absentParties().size(); i++) {
      AbsentParty a = absentParties().get(i);
      String path = JsonPaths.index("$.absentParties", i);
      problems.require(
          !present.contains(a.type()),
          path + ".type",
          "is recorded as absent but the case has a party of this type",
          a.type());
      problems.require(
          absent.add(a.type()), path + ".type", "is recorded as absent twice", a.type());
      problems.require(
          !a.reason().isBlank(), path + ".reason", "must say why none was identified", null);
    }
    for (int i = 0; i < harms().size(); i++) {
      Harm h = harms().get(i);
      String path = JsonPaths.index("$.harms", i);
      unique(problems, ids, h.id(), path + ".id");
      problems.require(
          partyTypes.containsKey(h.party()),
          path + ".party",
          "must be a party of the case",
          h.party());
    }
    Set<String> needIds = new HashSet<>();
    for (int i = 0; i < needs().size(); i++) {
      Need n = needs().get(i);
      String path = JsonPaths.index("$.needs", i);
      if (unique(problems, ids, n.id(), path + ".id")) {
        needIds.add(n.id());
      }
      problems.require(
          partyTypes.containsKey(n.party()),
          path + ".party",
          "must be a party of the case",
          n.party());
    }
    for (int i = 0; i < obligations().size(); i++) {
      Obligation o = obligations().get(i);
      String path = JsonPaths.index("$.obligations", i);
      unique(problems, ids, o.id(), path + ".id");
      problems.require(
          needIds.contains(o.need()), path + ".need", "must be a need of the case", o.need());
      problems.require(
          partyTypes.containsKey(o.obligatedParty()),
          path + ".obligatedParty",
          "must be a party of the case",
          o.obligatedParty());
    }
    List<String> openSuspensions = new ArrayList<>();
    for (int i = 0; i < suspensions().size(); i++) {
      Suspension s = suspensions().get(i);
      String path = JsonPaths.index("$.suspensions", i);
      problems.require(
          partyTypes.get(s.party()) == PartyType.SECOND_VICTIM,
          path + ".party",
          "must be a practitioner (a SECOND_VICTIM party) of the case",
          s.party());
      s.end()
          .ifPresent(
              end ->
                  problems.require(
                      !end.isBefore(s.start()), path + ".end", "must not be before start", end));
      if (s.isOpen()) {
        openSuspensions.add(s.party());
      }
    }
    Set<Goal> assessed = new HashSet<>();
    for (int i = 0; i < goals().size(); i++) {
      GoalAssessment g = goals().get(i);
      String path = JsonPaths.index("$.goals", i);
      problems.require(
          assessed.add(g.goal()), path + ".goal", "is assessed more than once", g.goal());
      if (g.rating() == GoalRating.ACHIEVED) {
        problems.require(
            !g.evidence().isEmpty(),
            path + ".evidence",
            "must have at least one piece of evidence for ACHIEVED",
            null);
        if (g.goal() == Goal.PRACTITIONER_REINTEGRATION && !openSuspensions.isEmpty()) {
          problems.add(
              path + ".rating",
              "cannot be ACHIEVED while the suspension of "
                  + String.join(", ", openSuspensions)
                  + " is open",
              g.rating());
        }
      }
      problems.require(!g.assessor().isBlank(), path + ".assessor", "must not be blank", null);
    }
    problems.throwIfAny("restorative case");
  }

  private static boolean unique(
      FindingCollector problems, Set<String> ids, String id, String path) {
    if (!problems.require(!id.isBlank(), path, "must not be blank", id)) {
      return false;
    }
    return problems.require(ids.add(id), path, "duplicate id", id);
  }

  /**
   * Where the case stands on a day.
   *
   * <p>The checklist follows Dekker's Restorative Just Culture Checklist: for each party type,
   * ACKNOWLEDGED when every party of the type has its harm recorded and acknowledged; EXPLORED when
   * every party has its needs recorded and explored with it; IDENTIFIED when, besides, every need
   * has an obligation (or a recorded reason for none); ACHIEVED, Dekker's "the four goals", when
   * all four goals are assessed as achieved and, a condition this library adds, every obligation
   * for the type's needs is met. Every NO has a finding that says what is missing ({@link
   * RestorativeFinding#stages()}).
   *
   * @param today the date of the assessment, passed by the caller (the library has no clock)
   * @return the findings, the checklist and whether the case may be closed
   */
  public RestorativeAssessment assess(LocalDate today) {
    return RestorativeAssessor.assess(this, today);
  }
}
