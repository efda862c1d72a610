package io.github.justculture.restorative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Over 2,000 seeded random cases: every NO of the checklist has a finding that names its stage and
 * party type (so a reader always learns what is missing), no finding claims a cell that is YES, and
 * the case may close exactly when no finding blocks closing.
 */
class ChecklistExplainedPropertyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void everyNoIsExplainedAndNoFindingContradictsAYes() {
    SplittableRandom random = new SplittableRandom(2026);
    int noCells = 0;
    for (int n = 0; n < 2000; n++) {
      RestorativeCase c = randomCase(random);
      RestorativeAssessment a = c.assess(TODAY);
      for (Map.Entry<ChecklistStage, Map<PartyType, Mark>> row : a.checklist().entrySet()) {
        for (Map.Entry<PartyType, Mark> cell : row.getValue().entrySet()) {
          List<RestorativeFinding> explaining =
              a.findings().stream()
                  .filter(f -> f.stages().contains(row.getKey()))
                  .filter(f -> f.partyType().map(t -> t == cell.getKey()).orElse(true))
                  .toList();
          String where = c + " " + row.getKey() + " " + cell.getKey();
          if (cell.getValue() == Mark.NO) {
            noCells++;
            assertThat(explaining).as("NO without a finding: " + where).isNotEmpty();
          } else if (cell.getValue() == Mark.YES) {
            assertThat(explaining)
                .as("finding against " + cell.getValue() + ": " + where)
                .isEmpty();
          }
        }
      }
      assertThat(a.closable())
          .isEqualTo(a.findings().stream().noneMatch(f -> f.code().blocksClosure()));
      // The messages are in words, never a constant's code.
      for (RestorativeFinding f : a.findings()) {
        assertThat(f.message()).doesNotContainPattern("[A-Z]{3,}_?[A-Z]*");
      }
    }
    assertThat(noCells).isGreaterThan(1000);
  }

  @Test
  void achievedFollowsDekkersFourGoalsAndOpenObligations() {
    RestorativeCase done = RestorativeCaseTest.complete().build();
    assertThat(done.assess(TODAY).checklist().get(ChecklistStage.ACHIEVED))
        .containsValues(Mark.YES);
    // One goal only partly achieved: ACHIEVED is NO for every party, with a finding that does not
    // hold back closing.
    List<GoalAssessment> goals = new ArrayList<>();
    for (Goal g : Goal.values()) {
      goals.add(
          RestorativeCaseTest.goal(
              g, g == Goal.EMOTIONAL_HEALING ? GoalRating.PARTLY : GoalRating.ACHIEVED));
    }
    RestorativeAssessment partly =
        ImmutableRestorativeCase.copyOf(done).withGoals(goals).assess(TODAY);
    assertThat(partly.checklist().get(ChecklistStage.ACHIEVED).values())
        .containsOnly(Mark.NO, Mark.NOT_APPLICABLE)
        .contains(Mark.NO);
    assertThat(partly.findings())
        .extracting(RestorativeFinding::message)
        .containsExactly("the goal of emotional healing is assessed as only partly achieved");
    assertThat(partly.closable()).isTrue();
  }

  /** One of the values, chosen by the random source. */
  private static <T> T any(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static RestorativeCase randomCase(SplittableRandom r) {
    ImmutableRestorativeCase.Builder b = RestorativeCase.builder().reference("INC-TEST");
    List<Party> parties = new ArrayList<>();
    for (PartyType type : PartyType.values()) {
      int roll = r.nextInt(4);
      if (roll == 0 && type != PartyType.OTHER) {
        b.addAbsentParties(AbsentParty.of(type, "none identified"));
      } else if (roll >= 2) {
        for (int i = 0; i < 1 + r.nextInt(2); i++) {
          parties.add(Party.of(type.name().toLowerCase(java.util.Locale.ROOT) + "-" + i, type));
        }
      }
    }
    b.addAllParties(parties);
    int ids = 0;
    List<String> needs = new ArrayList<>();
    for (Party p : parties) {
      for (int i = r.nextInt(3); i > 0; i--) {
        b.addHarms(
            ImmutableHarm.builder()
                .id("h" + ids++)
                .party(p.id())
                .kind(any(r, HarmKind.values()))
                .acknowledged(r.nextInt(4) > 0)
                .build());
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        String id = "n" + ids++;
        ImmutableNeed.Builder need =
            ImmutableNeed.builder()
                .id(id)
                .party(p.id())
                .description("a need")
                .exploredWithParty(r.nextInt(4) > 0);
        if (r.nextInt(5) == 0) {
          need.noObligationReason("met another way");
        }
        b.addNeeds(need.build());
        needs.add(id);
      }
    }
    if (!parties.isEmpty()) {
      for (String need : needs) {
        for (int i = r.nextInt(3); i > 0; i--) {
          ImmutableObligation.Builder o =
              ImmutableObligation.builder()
                  .id("o" + ids++)
                  .need(need)
                  .obligatedParty(parties.get(r.nextInt(parties.size())).id())
                  .commitment("a commitment")
                  .status(any(r, ObligationStatus.values()));
          if (r.nextBoolean()) {
            o.due(TODAY.plusDays(r.nextInt(60) - 30));
          }
          b.addObligations(o.build());
        }
      }
    }
    for (Goal g : Goal.values()) {
      int roll = r.nextInt(5);
      if (roll > 0) {
        b.addGoals(
            RestorativeCaseTest.goal(
                g,
                roll == 1
                    ? GoalRating.NOT_STARTED
                    : roll == 2 ? GoalRating.PARTLY : GoalRating.ACHIEVED));
      }
    }
    return b.build();
  }
}
