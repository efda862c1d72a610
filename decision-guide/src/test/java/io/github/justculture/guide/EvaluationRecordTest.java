package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Golden;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationRecordTest {

  static final Instant AT = Instant.parse("2026-11-20T14:30:00Z");
  private static final JsonCodec JSON = JustCultureJson.codec();

  static EvaluationRecord record(String spec, List<Evaluator> evaluators) {
    Map<String, GivenAnswer> answers = new LinkedHashMap<>();
    NhsGuideTest.answers(spec)
        .forEach(
            (q, a) ->
                answers.put(
                    q,
                    GivenAnswer.builder()
                        .answer(a)
                        .rationale("Rationale for " + q + " naming Nurse Jane Doe")
                        .addEvidence("statement-" + q)
                        .answeredBy("mgr-01")
                        .answeredAt(AT)
                        .build()));
    return EvaluationRecord.evaluate(
        Guides.nhs2018(),
        Subject.of("staff-0042", "nursing"),
        "Gave the second dose of enoxaparin to the patient in bay 4 without the double check",
        answers,
        evaluators,
        UnknownPolicy.SUSPEND,
        AT);
  }

  static final List<Evaluator> PANEL =
      List.of(
          Evaluator.of("mgr-01", Evaluator.Role.MANAGER),
          Evaluator.of("mgr-02", Evaluator.Role.MANAGER),
          Evaluator.of("hr-07", Evaluator.Role.HR));

  @Test
  void recordsWhichDefinitionProducedTheResult() {
    EvaluationRecord r = record("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N", PANEL);
    assertThat(r.guide()).isEqualTo(Guides.nhs2018().ref());
    assertThat(r.result().outcome().orElseThrow().id()).isEqualTo("system-foresight");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void roundTripsThroughJsonAndMatchesItsGoldenFile() {
    EvaluationRecord r = record("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N", PANEL);
    String json = JSON.writePretty(r);
    Golden.assertMatches("evaluation-record.json", json + "\n");
    assertThat(JSON.read(json, EvaluationRecord.class)).isEqualTo(r);
  }

  @Test
  void warnsWhenFewerThanTwoManagersAndNoHrTookPart() {
    EvaluationRecord alone =
        record("1a=Y", List.of(Evaluator.of("mgr-01", Evaluator.Role.MANAGER)));
    assertThat(alone.warnings())
        .extracting(Finding::message)
        .containsExactly(
            "$.evaluators: should include at least two managers: the guide is a conversation, not one"
                + " person's call; managers recorded, was 1",
            "$.evaluators: should include an HR adviser (role HR)");
  }

  @Test
  void freeTextNeverAppearsInToString() {
    EvaluationRecord r = record("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N", PANEL);
    assertThat(r.toString())
        .doesNotContain("enoxaparin")
        .doesNotContain("Jane Doe")
        .doesNotContain("statement-")
        // A pseudonymous reference is still personal data: shown in JSON, never in toString().
        .doesNotContain("staff-0042")
        .contains("reference=<redacted>")
        .contains("system-foresight");
  }

  @Test
  void pseudonymousReferencesOnly() {
    assertThatThrownBy(() -> Subject.of("Jane Doe", "nursing"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.reference: must be a pseudonymous reference");
  }

  @Test
  void reevaluationReportsAChangedDefinition() {
    EvaluationRecord r = record("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=Y 4a=N 4b=N 4c=N 5a=N", PANEL);
    Reevaluation same = r.reevaluate(Guides.nhs2018());
    assertThat(same.definitionChanged()).isFalse();
    assertThat(same.diff().outcomeChanged()).isFalse();

    // A trust's adaptation: mitigation is assumed unless shown otherwise (5a NO →
    // mitigating-circumstances).
    GuideDefinition local =
        ImmutableGuideDefinition.builder()
            .from(Guides.nhs2018().definition())
            .version("1.0-local")
            .questions(
                Guides.nhs2018().definition().questions().stream()
                    .map(
                        q ->
                            q.id().equals("5a")
                                ? ImmutableQuestion.copyOf(q).withNo("mitigating-circumstances")
                                : q)
                    .toList())
            .outcomes(
                Guides.nhs2018().definition().outcomes().stream()
                    .filter(o -> !o.id().equals("individual-management-action"))
                    .toList())
            .build();
    Reevaluation changed = r.reevaluate(Guide.of(local));
    assertThat(changed.definitionChanged()).isTrue();
    assertThat(changed.previousGuide()).isEqualTo(Guides.nhs2018().ref());
    assertThat(changed.diff().outcomeBefore()).contains("individual-management-action");
    assertThat(changed.diff().outcomeAfter()).contains("mitigating-circumstances");
    assertThat(changed.record().guide().version()).isEqualTo("1.0-local");
    assertThatThrownBy(() -> r.reevaluate(Guides.reason1997()))
        .hasMessageContaining("made with guide 'nhs-2018', not 'reason-1997'");
  }

  @Test
  void diffsShowChangedAnswersAndOutcomes() {
    EvaluationRecord before = record("1a=N 2a=N 2b=N 2c=N 3a=U", PANEL);
    EvaluationRecord after = record("1a=N 2a=N 2b=N 2c=N 3a=N", PANEL);
    EvaluationDiff diff = EvaluationDiff.between(before, after);
    assertThat(diff.answersChanged())
        .containsExactly(
            ImmutableAnswerChange.builder()
                .question("3a")
                .before(Answer.UNKNOWN)
                .after(Answer.NO)
                .build());
    assertThat(diff.statusBefore()).isEqualTo(Status.AWAITING_INFORMATION);
    assertThat(diff.outcomeBefore()).isEmpty();
    assertThat(diff.outcomeAfter()).contains("system-foresight");
    assertThat(diff.outcomeChanged()).isTrue();
  }

  @Test
  void aCaseHoldsEachEvaluationSeparately() {
    EvaluationRecord nurse = record("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=N", PANEL);
    EvaluationRecord doctor =
        ImmutableEvaluationRecord.copyOf(record("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=Y 4a=Y", PANEL))
            .withSubject(Subject.of("staff-0077", "medical"));
    IncidentCase c = IncidentCase.of("INC-2026-0117").with(nurse).with(doctor);
    assertThat(c.evaluations()).hasSize(2);
    assertThat(c.evaluationsOf("staff-0077")).containsExactly(doctor);
    String json = JSON.write(c);
    assertThat(JSON.read(json, IncidentCase.class)).isEqualTo(c);
  }

  @Test
  void aRecordWhoseResultDoesNotMatchItsGuideIsRejected() {
    EvaluationRecord r = record("1a=Y", PANEL);
    assertThatThrownBy(
            () ->
                ImmutableEvaluationRecord.copyOf(r)
                    .withGuide(GuideRef.of("nhs-2018", "0.9", "0".repeat(64))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.result.guide")
        .hasMessageNotContaining("$.result.unknownPolicy");
    assertThatThrownBy(
            () ->
                ImmutableEvaluationRecord.copyOf(r)
                    .withUnknownPolicy(UnknownPolicy.BENEFIT_OF_DOUBT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "$.result.unknownPolicy: must be the record's policy BENEFIT_OF_DOUBT")
        .hasMessageNotContaining("$.result.guide");
    assertThatThrownBy(() -> ImmutableEvaluationRecord.copyOf(r).withAct(" "))
        .hasMessageContaining("$.act");
    assertThat(Optional.of(r).map(EvaluationRecord::act)).isPresent();
  }
}
