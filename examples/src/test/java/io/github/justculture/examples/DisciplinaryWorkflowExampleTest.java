package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.SchemaCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisciplinaryWorkflowExampleTest {

  private static final Path DATA = Path.of("data");

  @Test
  void theWorkflowRefusesThenOpensAndAuditsEachCheck() throws IOException {
    DisciplinaryWorkflowExample workflow = new DisciplinaryWorkflowExample();
    assertThat(
            workflow.openCase(
                DisciplinaryWorkflowExample.proposal(DATA.resolve("gate-proposal-first.json")),
                Instant.parse("2026-12-05T09:00:00Z")))
        .isEmpty();
    assertThat(workflow.openCases()).isEmpty();
    assertThat(
            workflow.openCase(
                DisciplinaryWorkflowExample.proposal(DATA.resolve("gate-proposal.json")),
                Instant.parse("2026-12-08T11:15:00Z")))
        .contains("DISC-FAP-2026-031");
    assertThat(workflow.auditLog()).hasSize(2);
    JsonNode first = JustCultureJson.codec().readTree(workflow.auditLog().get(0));
    JsonNode second = JustCultureJson.codec().readTree(workflow.auditLog().get(1));
    assertThat(first.get("result").get("passed").asBoolean()).isFalse();
    assertThat(second.get("checkedAt").asText()).isEqualTo("2026-12-08T11:15:00Z");
    assertThat(SchemaCheck.violations("gate-result.schema.json", second.get("result"))).isEmpty();
  }
}
