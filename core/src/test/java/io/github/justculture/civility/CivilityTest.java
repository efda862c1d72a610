package io.github.justculture.civility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Evidence;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class CivilityTest {

  private final CivilityFramework framework = CivilityFramework.builtIn();

  static ImmutableSelfAssessment.Builder q3() {
    Evidence minutes = Evidence.of(Evidence.Kind.DOCUMENT, "board-minutes-2026-09");
    return SelfAssessment.builder()
        .framework("justculture-civility-1")
        .organisation("RXX")
        .period("2026-Q3")
        .putRating("staff-survey-monitoring", ElementRating.of(3, minutes))
        .putRating("equality-standards", ElementRating.of(2))
        .putRating("case-data", ElementRating.of(1))
        .putRating("policies-in-partnership", ElementRating.of(4, minutes))
        .putRating(
            "informal-resolution",
            ImmutableElementRating.builder()
                .notApplicable("mediation is commissioned regionally")
                .build());
  }

  @Test
  void theBuiltInFrameworkHasTheFourThemesAndLabelsItsOwnElements() {
    assertThat(framework.elements())
        .extracting(CivilityElement::theme)
        .containsOnly(Theme.values());
    assertThat(framework.elements())
        .allSatisfy(e -> assertThat(e.origin()).contains("justculture"));
    assertThat(framework.scale())
        .extracting(MaturityLevel::label)
        .containsExactly("Not started", "Developing", "Embedded", "Exemplary");
    assertThat(framework.evidenceThreshold()).isEqualTo(3);
  }

  @Test
  void scoresEachThemeWithItsMeanAndWeakestElement() {
    CivilityScore score = framework.score(q3().build());
    ThemeScore data = score.themes().get(0);
    assertThat(data.theme()).isEqualTo(Theme.DATA_AND_ANALYSIS);
    assertThat(data.mean()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.00"));
    assertThat(data.weakest().orElseThrow().element()).isEqualTo("case-data");
    assertThat(data.weakest().orElseThrow().label()).contains("Not started");
    ThemeScore policy = score.themes().get(1);
    assertThat(policy.mean()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4.00"));
    assertThat(policy.notApplicable()).isEqualTo(1);
    assertThat(score.themes().get(2).mean()).isEmpty();
    assertThat(score.missing())
        .containsExactly(
            "pre-formal-checks",
            "wellbeing-support",
            "speaking-up",
            "civility-training",
            "just-culture-guide",
            "restorative-practice",
            "board-oversight");
  }

  @Test
  void enforcesTheRulesNamingEachRating() {
    SelfAssessment bad =
        q3().framework("justculture-civility-1")
            .putRating("equality-standards", ElementRating.of(3))
            .putRating("case-data", ElementRating.of(7))
            .putRating("made-up", ElementRating.of(2))
            .putRating("speaking-up", ImmutableElementRating.builder().build())
            .submitted(true)
            .build();
    assertThatThrownBy(() -> framework.score(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::message)
                    .contains(
                        "$.ratings.equality-standards.evidence: a rating of 3 or more needs evidence",
                        "$.ratings.case-data.level: must be a level of the scale [1, 2, 3, 4], was 7",
                        "$.ratings.made-up: unknown element of justculture-civility-1, was \"made-up\"",
                        "$.ratings.speaking-up: must have either a level or a notApplicable reason")
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .startsWith(
                                    "$.ratings: a submitted assessment must rate every element; not rated: pre-formal-checks")));
    assertThatThrownBy(() -> framework.score(q3().framework("other").build()))
        .hasMessageContaining(
            "$.framework: must be this framework (justculture-civility-1), was \"other\"");
  }

  @Test
  void comparesTwoPeriods() {
    CivilityScore before = framework.score(q3().build());
    CivilityScore after =
        framework.score(
            q3().period("2026-Q4")
                .putRating("case-data", ElementRating.of(2))
                .putRating(
                    "equality-standards",
                    ElementRating.of(
                        3, Evidence.metric("wres3/2026", new java.math.BigDecimal("1.24"))))
                .build());
    CivilityComparison c = CivilityComparison.between(before, after);
    assertThat(c.themes().get(0).change())
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.67"));
    assertThat(c.elements())
        .extracting(CivilityComparison.ElementChange::element)
        .containsExactly("equality-standards", "case-data");
    assertThatThrownBy(
            () ->
                CivilityComparison.between(
                    before, framework.score(q3().organisation("RYY").build())))
        .hasMessageContaining("one organisation");
  }

  @Test
  void organisationsLoadTheirOwnFrameworkWithEveryProblemNamed() {
    String own =
        "{\"id\":\"trust-x\",\"version\":\"2\",\"title\":\"Ours\",\"source\":{\"title\":\"Toolkit\"},"
            + "\"elements\":[{\"id\":\"a\",\"theme\":\"DATA_AND_ANALYSIS\",\"title\":\"A\",\"description\":\"d\",\"origin\":\"trust\"},"
            + "{\"id\":\"a\",\"theme\":\"KINDNESS\",\"title\":\"B\",\"description\":\"d\",\"origin\":\"trust\"}],"
            + "\"scale\":[{\"value\":2,\"label\":\"x\"},{\"value\":1,\"label\":\"y\"}],\"evidenceThreshold\":5}";
    assertThatThrownBy(() -> CivilityFramework.parse(own))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::message)
                    .containsExactly(
                        "$.elements[1].theme: expected one of DATA_AND_ANALYSIS, POLICY_AND_PROCESS, STAFF_AND_SUPPORT,"
                            + " JUST_AND_RESTORATIVE_CULTURE, was \"KINDNESS\"",
                        // The framework's own rules run in the same read over what could be read.
                        "$.scale[1].value: must be above the level before it (2), was 1",
                        "$.evidenceThreshold: must be a level of the scale, was 5"));
    String fixedTheme = own.replace("KINDNESS", "STAFF_AND_SUPPORT");
    assertThatThrownBy(() -> CivilityFramework.parse(fixedTheme))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::message)
                    .containsExactly(
                        "$.elements[1].id: duplicate id, was \"a\"",
                        "$.scale[1].value: must be above the level before it (2), was 1",
                        "$.evidenceThreshold: must be a level of the scale, was 5"));
    assertThat(
            JustCultureJson.codec()
                .read(JustCultureJson.codec().write(framework), CivilityFramework.class))
        .isEqualTo(framework);
    assertThat(List.of(Theme.values())).hasSize(4);
  }

  /** Equal levels are not "above the level before"; each theme is compared with its own mean. */
  @Test
  void theScaleMustRiseStrictlyAndComparisonsKeepThemesApart() {
    String own =
        "{\"id\":\"trust-x\",\"version\":\"2\",\"title\":\"Ours\",\"source\":{\"title\":\"Toolkit\"},"
            + "\"elements\":[{\"id\":\"a\",\"theme\":\"DATA_AND_ANALYSIS\",\"title\":\"A\",\"description\":\"d\",\"origin\":\"trust\"}],"
            + "\"scale\":[{\"value\":1,\"label\":\"x\"},{\"value\":1,\"label\":\"y\"}],\"evidenceThreshold\":1}";
    assertThatThrownBy(() -> CivilityFramework.parse(own))
        .hasMessageContaining("$.scale[1].value: must be above the level before it (1), was 1");

    CivilityScore before = framework.score(q3().build());
    CivilityScore after =
        framework.score(
            q3().putRating("case-data", ElementRating.of(2))
                .putRating("policies-in-partnership", ElementRating.of(2))
                .build());
    CivilityComparison c = CivilityComparison.between(before, after);
    assertThat(c.themes().get(0).theme()).isEqualTo(Theme.DATA_AND_ANALYSIS);
    assertThat(c.themes().get(0).before())
        .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.00"));
    assertThat(c.themes().get(0).after())
        .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.33"));
    assertThat(c.themes().get(1).before())
        .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4.00"));
    assertThat(c.themes().get(1).after())
        .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.00"));
    // Another framework's score cannot be compared, even for the same organisation.
    CivilityScore otherFramework = ImmutableCivilityScore.copyOf(after).withFramework("trust-x");
    assertThatThrownBy(() -> CivilityComparison.between(before, otherFramework))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one framework");
  }

  /** The weakest element is the first of the lowest; an element the framework lacks is named. */
  @Test
  void theWeakestIsTheFirstOfTheLowestAndUnknownElementsAreNamed() {
    CivilityScore tie =
        framework.score(q3().putRating("staff-survey-monitoring", ElementRating.of(1)).build());
    assertThat(tie.themes().get(0).weakest().orElseThrow().element())
        .isEqualTo("staff-survey-monitoring");
    assertThatThrownBy(
            () -> framework.score(q3().putRating("kindness-audit", ElementRating.of(2)).build()))
        .hasMessageContaining(
            "$.ratings.kindness-audit: unknown element of justculture-civility-1");
    // An unknown element's rating is not checked against the scale as well: one finding, its own.
    assertThatThrownBy(
            () -> framework.score(q3().putRating("kindness-audit", ElementRating.of(9)).build()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::message)
                    .containsExactly(
                        "$.ratings.kindness-audit: unknown element of justculture-civility-1, was"
                            + " \"kindness-audit\""));
  }
}
