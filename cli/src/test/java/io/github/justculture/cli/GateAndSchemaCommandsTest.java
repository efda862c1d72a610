package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.json.JustCultureJson;
import org.junit.jupiter.api.Test;

class GateAndSchemaCommandsTest {

  @Test
  void checksProposalsAsInTheContract() {
    Tour tour = Tour.run();
    String refused = JustCultureJson.codec().write(tour.records().get("gate-proposal-first.json"));
    CliRun run = CliRun.withInput(refused, "gate", "check", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"passed\" : false")
        .contains("\"id\" : \"plurality\"")
        .contains("\"status\" : \"UNMET\"")
        .contains("\"prompts\" : [ \"Who gets to draw the line");
    String passing = JustCultureJson.codec().write(tour.records().get("gate-proposal.json"));
    assertThat(CliRun.withInput(passing, "gate", "check", "-").out()).contains("\"passed\" : true");
    CliRun strict =
        CliRun.withInput(passing, "gate", "check", "--minimum-decision-makers", "3", "-");
    assertThat(strict.out()).contains("\"passed\" : false").contains("at least 3 are needed");
  }

  @Test
  void badProposalsAndOptionsExitTwo() {
    CliRun bad =
        CliRun.withInput(
            "{\"reference\":\"F\",\"incident\":\"I\",\"subject\":{\"reference\":\"Jane Doe\"},\"act\":\" \","
                + "\"proposedOn\":\"2026-12-05\",\"actions\":[],\"colour\":1}",
            "gate",
            "check",
            "-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines())
        .containsExactly(
            "$.subject.reference: must be a pseudonymous reference: 1 to 64 letters, digits, '.', '_', ':' or '-'"
                + " (the value is not shown: it may be a name)",
            "$.colour: unknown field (known fields: act, actions, alternatives, decisionMakers, evaluation,"
                + " factFinding, hrAdviser, incident, lineManager, proposedOn, reference, regulatorReferral, restorativeCase,"
                + " seniorHrAdvice, subject, suspension, wellbeing)");
    CliRun option = CliRun.withInput("{}", "gate", "check", "--minimum-decision-makers", "1", "-");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.errLines())
        .containsExactly(
            "--minimum-decision-makers: must be at least 2: serious decisions are never taken by one person alone,"
                + " was 1",
            // the options and the input are checked together: every problem at once
            "$.reference: is required",
            "$.incident: is required",
            "$.subject: is required",
            "$.act: is required",
            "$.proposedOn: is required");
  }

  @Test
  void listsAndPrintsSchemas() {
    CliRun list = CliRun.of("schema");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out().lines())
        .contains(
            "gate-result.schema.json                    gate check (output)",
            "cost-profile.schema.json                   cost estimate (input), cost sensitivity"
                + " (input), cost report (input)");
    assertThat(CliRun.of("schema", "gate-result.schema.json").out()).contains("\"$id\"");
    CliRun unknown = CliRun.of("schema", "nope");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines())
        .containsExactly("NAME: unknown schema \"nope\" (run 'justculture schema' for the list)");
    assertThat(CliRun.of("schema", "cost-profle.schema.json").errLines())
        .containsExactly(
            "NAME: unknown schema \"cost-profle.schema.json\" (did you mean cost-profile.schema.json?"
                + " run 'justculture schema' for the list)");
    // The name without its ending, as the OpenAPI document's components call it, is pointed at.
    for (String shorter :
        new String[] {"cost-profile", "cost-profile.schema", "cost-profile.json"}) {
      assertThat(CliRun.of("schema", shorter).errLines())
          .containsExactly(
              "NAME: unknown schema \""
                  + shorter
                  + "\" (did you mean cost-profile.schema.json? run 'justculture schema' for the"
                  + " list)");
    }
  }

  @Test
  void theTourRunsFromTheCommandLine() {
    CliRun run = CliRun.of("tour");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("justculture tour:").contains("4. The formal-action gate");
    assertThat(run.err()).isEmpty();
  }
}
