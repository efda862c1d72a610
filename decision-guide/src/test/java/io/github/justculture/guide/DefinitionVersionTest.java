package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The real change of nhs-2018 from 1.0 to 1.1 (the poster's wording of 4a, 1a and 2c restored, its
 * "rarely appropriate" and "not for routine use" carried with every result, the library's own
 * additions labelled): a record made with 1.0 still reads and renders exactly as it was written,
 * and evaluating it again with 1.1 says the definition changed, never hiding it.
 */
class DefinitionVersionTest {

  private static String recordOf10() throws IOException {
    try (InputStream in =
        DefinitionVersionTest.class.getResourceAsStream(
            "/records/evaluation-record-nhs-2018-1.0.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aRecordMadeWithVersion10RendersExactlyAsItWasWritten() throws IOException {
    String text = recordOf10();
    EvaluationRecord record = JustCultureJson.codec().read(text, EvaluationRecord.class);
    assertThat(record.guide().version()).isEqualTo("1.0");
    assertThat(record.guide().sha256())
        .isEqualTo("268049e70c82d2d48f343f628d54c758da996b1fa1b0e3a0bea1c31b44ba133c");
    assertThat(JustCultureJson.codec().writePretty(record)).isEqualTo(text.strip());
  }

  @Test
  void evaluatingItAgainWithVersion11ReportsTheChangedDefinition() throws IOException {
    EvaluationRecord record = JustCultureJson.codec().read(recordOf10(), EvaluationRecord.class);
    Guide current = Guides.nhs2018();
    assertThat(current.ref().version()).isEqualTo("1.1");
    Reevaluation again = record.reevaluate(current);
    assertThat(again.definitionChanged()).isTrue();
    assertThat(again.previousGuide()).isEqualTo(record.guide());
    assertThat(again.currentGuide()).isEqualTo(current.ref());
    // The routing did not change, so the same answers reach the same outcome.
    assertThat(again.diff().answersChanged()).isEmpty();
    assertThat(again.diff().outcomeBefore()).isEqualTo(again.diff().outcomeAfter());
    // The new result carries the poster's framing and labels the library's own additions.
    assertThat(again.record().result().caveats())
        .anyMatch(c -> c.contains("rarely appropriate"))
        .anyMatch(c -> c.startsWith("Not for routine use"))
        .anyMatch(c -> c.contains("this library's additions, not part of the NHS guide"));
    assertThat(record.result().caveats()).noneMatch(c -> c.contains("rarely appropriate"));
  }

  @Test
  void version11SaysWhatThePosterSays() {
    Guide g = Guides.nhs2018();
    assertThat(g.question("4a").orElseThrow().text())
        .startsWith("Are there indications that others from the same peer group")
        .doesNotContain("probably");
    assertThat(g.question("2c").orElseThrow().help())
        .doesNotContain("or exhaustion")
        .contains("belongs to the system questions");
    assertThat(g.question("1a").orElseThrow().help()).doesNotContain("patient");
    assertThat(g.outcome("substance-abuse").orElseThrow().response())
        .doesNotContain("support route");
    assertThat(g.outcome("mitigating-circumstances").orElseThrow().response())
        .startsWith("Follow the organisation's guidance.");
    assertThat(g.definition().licence()).contains("justculture's own additions");
  }
}
