package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreCommandsTest {

  @Test
  void checksARestorativeCase() {
    CliRun run =
        CliRun.of(
            "restorative",
            "check",
            "--today",
            "2026-11-22",
            "../examples/data/restorative-case.json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"code\" : \"HARM_NOT_ACKNOWLEDGED\"")
        .contains("\"code\" : \"NEED_WITHOUT_OBLIGATION\"")
        .contains(
            "\"message\" : \"obligation o1 of trust was due 2026-11-15 and is still accepted\"")
        .contains("\"COMMUNITY\" : \"NOT_APPLICABLE\"")
        .contains("\"closable\" : false")
        .doesNotContain("bay 4");
    CliRun bad =
        CliRun.withInput(
            "{\"reference\":\"X\",\"parties\":[],\"harms\":[{\"id\":\"h\",\"party\":\"nobody\",\"kind\":\"SAD\",\"acknowledged\":true}]}",
            "restorative",
            "check",
            "--today",
            "2026-11-22",
            "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly(
            "$.harms[0].kind: expected one of PHYSICAL, PSYCHOLOGICAL, PROFESSIONAL, REPUTATIONAL, TRUST, FINANCIAL,"
                + " was \"SAD\"");
    CliRun badDate =
        CliRun.of(
            "restorative",
            "check",
            "--today",
            "22/11/2026",
            "../examples/data/restorative-case.json");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("--today");
  }

  @Test
  void scoresACivilitySelfAssessment() {
    String assessment =
        "{\"framework\":\"justculture-civility-1\",\"organisation\":\"RXX\",\"period\":\"2026-Q3\","
            + "\"ratings\":{\"case-data\":{\"level\":1},\"equality-standards\":{\"level\":2}}}";
    CliRun run = CliRun.withInput(assessment, "civility", "score", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"element\" : \"case-data\"")
        .contains("\"mean\" : 1.50")
        .contains("\"missing\"");
    CliRun bad =
        CliRun.withInput(
            assessment
                .replace("\"level\":1}", "\"level\":4}")
                .replace("2026-Q3\",", "2026-Q3\",\"submitted\":true,"),
            "civility",
            "score",
            "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .first()
        .isEqualTo("$.ratings.case-data.evidence: a rating of 3 or more needs evidence");
  }

  @Test
  void computesRelativeLikelihoodsAsInTheContract() {
    CliRun run =
        CliRun.withInput(
            "{\"focus\":{\"events\":12,\"headcount\":800},\"reference\":{\"events\":20,\"headcount\":2600}}",
            "equality",
            "relative-likelihood",
            "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"relativeLikelihood\" : 1.95")
        .contains("\"classification\" : \"ADVERSE_TO_FOCUS\"")
        .contains("\"excludesOne\" : false");
    CliRun bad =
        CliRun.withInput(
            "{\"focus\":{\"events\":12,\"headcount\":0},\"reference\":{\"events\":-2,\"headcount\":20}}",
            "equality",
            "relative-likelihood",
            "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly(
            "$.focus.headcount: must be a positive whole number, was 0",
            "$.reference.events: must not be negative, was -2");
  }

  @Test
  void computesWres3FromRecordsAndReportsBadRows() {
    CliRun run =
        CliRun.withInput(
            "person,group,entered\np1,BME,yes\np2,BME,no\np3,WHITE,yes\np4,WHITE,no\np5,WHITE,no\np6,WHITE,no\np7,UNKNOWN,no\n",
            "equality",
            "wres3",
            "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"relativeLikelihood\" : 2.0")
        .contains("\"excludedUnknown\" : 1")
        .contains("\"persons\" : 7");
    CliRun bad =
        CliRun.withInput("person,group,entered\np1,BME,perhaps\n", "equality", "wres3", "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly("row 1 (line 2), column entered: must be yes or no (or true/false, 1/0)");
  }
}
