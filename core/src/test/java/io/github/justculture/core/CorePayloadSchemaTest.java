package io.github.justculture.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.civility.CivilityFramework;
import io.github.justculture.civility.CivilityScore;
import io.github.justculture.civility.ElementRating;
import io.github.justculture.civility.SelfAssessment;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.equality.GroupCount;
import io.github.justculture.equality.RelativeLikelihood;
import io.github.justculture.equality.Wres3;
import io.github.justculture.restorative.RestorativeAssessment;
import io.github.justculture.restorative.RestorativeCase;
import io.github.justculture.testing.Golden;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Golden JSON files for the restorative, civility and equality payloads, checked against their
 * schemas.
 */
class CorePayloadSchemaTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  static Set<String> violations(String schema, JsonNode json) {
    return io.github.justculture.testing.SchemaCheck.violations(schema, json);
  }

  @Test
  void restorativeCaseAndAssessment() {
    String input = Golden.resource("restorative-case.json");
    assertThat(violations("restorative-case.schema.json", JSON.readTree(input))).isEmpty();
    RestorativeCase c = JSON.read(input, RestorativeCase.class);
    assertThat(violations("restorative-case.schema.json", JSON.toTree(c))).isEmpty();
    RestorativeAssessment a = c.assess(LocalDate.of(2026, 11, 22));
    Golden.assertMatches("restorative-assessment.json", JSON.writePretty(a) + "\n");
    assertThat(violations("restorative-assessment.schema.json", JSON.toTree(a))).isEmpty();
    assertThat(
            violations(
                "restorative-case.schema.json",
                JSON.readTree("{\"reference\":\"x\",\"colour\":1}")))
        .isNotEmpty();
  }

  @Test
  void civilityFrameworkAssessmentAndScore() {
    assertThat(
            violations("civility-framework.schema.json", JSON.toTree(CivilityFramework.builtIn())))
        .isEmpty();
    SelfAssessment assessment =
        SelfAssessment.builder()
            .framework("justculture-civility-1")
            .organisation("RXX")
            .period("2026-Q3")
            .putRating("case-data", ElementRating.of(1))
            .putRating(
                "staff-survey-monitoring",
                ElementRating.of(3, Evidence.of(Evidence.Kind.DOCUMENT, "board-minutes-2026-09")))
            .build();
    assertThat(violations("civility-self-assessment.schema.json", JSON.toTree(assessment)))
        .isEmpty();
    CivilityScore score = CivilityFramework.builtIn().score(assessment);
    Golden.assertMatches("civility-score.json", JSON.writePretty(score) + "\n");
    assertThat(violations("civility-score.schema.json", JSON.toTree(score))).isEmpty();
  }

  @Test
  void relativeLikelihoodAndWres3() {
    String request =
        "{\"focus\":{\"events\":12,\"headcount\":800},\"reference\":{\"events\":20,\"headcount\":2600}}";
    assertThat(violations("relative-likelihood-request.schema.json", JSON.readTree(request)))
        .isEmpty();
    RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(12, 800), GroupCount.of(20, 2600));
    Golden.assertMatches("relative-likelihood.json", JSON.writePretty(rl) + "\n");
    assertThat(violations("relative-likelihood.schema.json", JSON.toTree(rl))).isEmpty();
    RelativeLikelihood undefined =
        RelativeLikelihood.of(GroupCount.of(3, 100), GroupCount.of(0, 100));
    assertThat(violations("relative-likelihood.schema.json", JSON.toTree(undefined))).isEmpty();
    var wres =
        Wres3.compute(
            new StringReader(
                "person,group,entered\np1,BME,yes\np2,BME,no\np3,WHITE,yes\np4,WHITE,no\np5,UNKNOWN,no\n"));
    Golden.assertMatches("wres3.json", JSON.writePretty(wres) + "\n");
    assertThat(violations("wres3.schema.json", JSON.toTree(wres))).isEmpty();
  }
}
