package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Invalid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edges of the guide's API that the oracle and the examples do not reach. */
class GuideEdgesTest {

  private static final Subject SUBJECT = Subject.of("staff-0042", "nursing");
  private static final Instant AT = Instant.parse("2026-11-20T14:30:00Z");

  @Test
  void answersWithRationalesToUnknownQuestionsAreRefusedAllAtOnce() {
    Map<String, GivenAnswer> given =
        Map.of(
            "1a", GivenAnswer.of(Answer.NO),
            "9z", GivenAnswer.of(Answer.YES, "typo"),
            "0q", GivenAnswer.of(Answer.NO));
    Invalid.assertPaths(
        () -> Guides.nhs2018().evaluateGiven(given, UnknownPolicy.SUSPEND),
        "$.answers.0q",
        "$.answers.9z");
  }

  @Test
  void warningsCountDistinctManagersAndAskForHr() {
    Evaluator manager = Evaluator.of("mgr-01", Evaluator.Role.MANAGER);
    Evaluator sameManager = Evaluator.of("mgr-01", Evaluator.Role.MANAGER);
    Evaluator other = Evaluator.of("mgr-02", Evaluator.Role.MANAGER);
    Evaluator hr = Evaluator.of("hr-07", Evaluator.Role.HR);
    Evaluator lead = Evaluator.of("lead-3", Evaluator.Role.OTHER);
    assertThat(record(List.of(manager, other, hr)).warnings()).isEmpty();
    assertThat(record(List.of(manager, sameManager, hr)).warnings())
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("at least two managers")
        .endsWith("managers recorded, was 1");
    // An HR adviser or another lead is not a manager.
    assertThat(record(List.of(manager, lead, hr)).warnings()).hasSize(1);
    assertThat(record(List.of(manager, other)).warnings())
        .extracting(Finding::rule)
        .containsExactly("should include an HR adviser (role HR)");
    assertThat(record(List.of(hr)).warnings()).hasSize(1);
    assertThat(record(List.of(lead)).warnings()).hasSize(2);
  }

  private static EvaluationRecord record(List<Evaluator> evaluators) {
    return EvaluationRecord.evaluate(
        Guides.nhs2018(),
        SUBJECT,
        "the act",
        Map.of("1a", GivenAnswer.of(Answer.YES)),
        evaluators,
        UnknownPolicy.SUSPEND,
        AT);
  }

  @Test
  void aRequestNamingAnotherGuideIsRefusedAndOneNamingThisGuideIsEvaluated() {
    EvaluationRequest named =
        JustCultureJson.codec()
            .read("{\"guide\":\"nhs-2018\",\"answers\":{\"1a\":\"YES\"}}", EvaluationRequest.class);
    assertThat(named.evaluateWith(Guides.nhs2018()).outcome().orElseThrow().id())
        .isEqualTo("deliberate-harm");
    EvaluationRequest unnamed =
        JustCultureJson.codec().read("{\"answers\":{\"1a\":\"YES\"}}", EvaluationRequest.class);
    assertThat(unnamed.evaluateWith(Guides.nhs2018()).isReached()).isTrue();
    Invalid.assertFindings(
        () -> named.evaluateWith(Guides.reason1997()),
        "$.guide: must name the definition given (reason-1997), was \"nhs-2018\"");
  }

  @Test
  void aGuideReferenceNeedsAFullLowerCaseHash() {
    String hash = Guides.nhs2018().ref().sha256();
    assertThat(GuideRef.of("nhs-2018", "1.1", hash).sha256()).isEqualTo(hash);
    for (String bad : List.of(hash.toUpperCase(java.util.Locale.ROOT), hash.substring(1), "")) {
      assertThatThrownBy(() -> GuideRef.of("nhs-2018", "1.1", bad))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.findings())
                      .extracting(Finding::rule)
                      .containsExactly("must be 64 lower-case hex digits"));
    }
  }

  @Test
  void theGuideNamesItselfByIdVersionAndHash() {
    Guide guide = Guides.nhs2018();
    assertThat(guide)
        .hasToString(
            "Guide[nhs-2018 " + guide.ref().version() + " sha256=" + guide.ref().sha256() + "]");
  }

  /** The hash is of the content: a copy hashes the same, any change of wording does not. */
  @Test
  void theHashFollowsTheContent() {
    GuideDefinition d = Guides.nhs2018().definition();
    assertThat(Guide.of(ImmutableGuideDefinition.copyOf(d)).ref())
        .isEqualTo(Guides.nhs2018().ref());
    assertThat(
            Guide.of(ImmutableGuideDefinition.copyOf(d).withTitle(d.title() + ".")).ref().sha256())
        .isNotEqualTo(Guides.nhs2018().ref().sha256())
        .matches("[0-9a-f]{64}");
  }

  /**
   * When an unknown answer does not matter, the route shown is the branch through more given
   * answers: here 4a's NO branch (4b NO, 4c YES) rather than its YES branch (none).
   */
  @Test
  void theRouteTakesTheBranchThroughMoreGivenAnswers() {
    GuideResult r =
        Guide.of(Guides.nhs2018().definition())
            .evaluate(NhsGuideTest.answers("1a=N 2a=N 2b=N 2c=N 3a=Y 3b=Y 3c=Y 4a=U 4b=N 4c=Y"));
    assertThat(r.outcome().orElseThrow().id()).isEqualTo("system-substitution");
    assertThat(r.path())
        .extracting(st -> st.question() + "=" + st.answer())
        .containsExactly(
            "1a=NO",
            "2a=NO",
            "2b=NO",
            "2c=NO",
            "3a=YES",
            "3b=YES",
            "3c=YES",
            "4a=UNKNOWN",
            "4b=NO",
            "4c=YES");
    assertThat(r.unusedAnswers()).isEmpty();
  }

  /**
   * On a tie (one given answer either way) the route takes YES; the start need not be listed first.
   */
  @Test
  void onATieTheRouteTakesYes() {
    String outcome =
        "{\"id\":\"%s\",\"label\":\"L\",\"severity\":0,\"category\":\"SYSTEM\","
            + "\"individualDirected\":false,\"response\":\"r\",\"systemClause\":\"s\"}";
    String json =
        "{\"id\":\"tie\",\"version\":\"1\",\"title\":\"Tie\",\"source\":{\"title\":\"Ours\"},"
            + "\"licence\":\"MIT\",\"start\":\"a\",\"questions\":["
            + "{\"id\":\"b\",\"test\":\"t\",\"text\":\"B?\",\"yes\":\"x\",\"no\":\"y\"},"
            + "{\"id\":\"c\",\"test\":\"t\",\"text\":\"C?\",\"yes\":\"x\",\"no\":\"y\"},"
            + "{\"id\":\"a\",\"test\":\"t\",\"text\":\"A?\",\"yes\":\"b\",\"no\":\"c\"}],"
            + "\"outcomes\":["
            + String.format(outcome, "x")
            + ","
            + String.format(outcome, "y")
            + "],\"caveats\":[],\"benefitOfDoubt\":{}}";
    Guide guide = Guides.parse(json);
    GuideResult tie = guide.evaluate(NhsGuideTest.answers("a=U b=Y c=Y"));
    assertThat(tie.outcome().orElseThrow().id()).isEqualTo("x");
    assertThat(tie.path()).extracting(Step::question).containsExactly("a", "b");
    assertThat(tie.unusedAnswers()).extracting(Step::question).containsExactly("c");
    GuideResult awaiting = guide.evaluate(NhsGuideTest.answers("b=Y"));
    assertThat(awaiting.nextQuestion()).contains("a");
    assertThat(awaiting.possibleOutcomes()).containsExactly("x", "y");
  }

  @Test
  void decisionsAndVectorsAreValuesThatTellEachOtherApart() {
    Guide nhs = Guides.nhs2018();
    AnswerVector harm = nhs.vector(Map.of("1a", Answer.YES));
    AnswerVector noHarm = nhs.vector(Map.of("1a", Answer.NO));
    assertThat(harm).isEqualTo(nhs.vector(Map.of("1a", Answer.YES))).isNotEqualTo(noHarm);
    assertThat(harm.hashCode()).isEqualTo(nhs.vector(Map.of("1a", Answer.YES)).hashCode());
    assertThat(harm.hashCode()).isNotEqualTo(noHarm.hashCode());
    Decision reached = nhs.decide(harm, UnknownPolicy.SUSPEND);
    Decision open = nhs.decide(noHarm, UnknownPolicy.SUSPEND);
    assertThat(reached).isEqualTo(nhs.decide(harm, UnknownPolicy.SUSPEND)).isNotEqualTo(open);
    assertThat(reached).isNotEqualTo("deliberate-harm");
    assertThat(reached.hashCode()).isEqualTo(nhs.decide(harm, UnknownPolicy.SUSPEND).hashCode());
    assertThat(reached.hashCode()).isNotEqualTo(open.hashCode());
    assertThatThrownBy(() -> Guides.reason1997().decide(harm, UnknownPolicy.SUSPEND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be decided by");
  }

  /** The first answer of a route can be the one that decides it, and the explanation says so. */
  @Test
  void aRouteDecidedByItsFirstAnswerIsExplainedByIt() {
    GuideResult result = Guides.nhs2018().evaluate(Map.of("1a", Answer.YES));
    assertThat(result.path()).hasSize(1);
    assertThat(result.explanation()).startsWith("Reached deliberate-harm (").contains(" because ");
  }

  @Test
  void aDiffListsChangedAnswersInQuestionOrderWhateverTheRecordsOrder() {
    java.util.LinkedHashMap<String, GivenAnswer> before = new java.util.LinkedHashMap<>();
    before.put("2a", GivenAnswer.of(Answer.NO));
    before.put("1a", GivenAnswer.of(Answer.NO));
    EvaluationRecord first =
        EvaluationRecord.evaluate(
            Guides.nhs2018(),
            SUBJECT,
            "the act",
            before,
            List.of(Evaluator.of("mgr-01", Evaluator.Role.MANAGER)),
            UnknownPolicy.SUSPEND,
            AT);
    EvaluationRecord second =
        EvaluationRecord.evaluate(
            Guides.nhs2018(),
            SUBJECT,
            "the act",
            Map.of("1a", GivenAnswer.of(Answer.YES), "2a", GivenAnswer.of(Answer.YES)),
            List.of(Evaluator.of("mgr-01", Evaluator.Role.MANAGER)),
            UnknownPolicy.SUSPEND,
            AT);
    assertThat(EvaluationDiff.between(first, second).answersChanged())
        .extracting(c -> c.question())
        .containsExactly("1a", "2a");
  }

  /** While awaiting information, the route stops at the question the evaluation waits on. */
  @Test
  void anOpenRouteStopsAtTheQuestionItWaitsOn() {
    Guide nhs = Guides.nhs2018();
    GuideResult unknown = nhs.evaluate(Map.of("1a", Answer.NO, "2a", Answer.UNKNOWN));
    assertThat(unknown.isReached()).isFalse();
    GuideDiagrams.Route waiting = GuideDiagrams.route(nhs, unknown);
    assertThat(waiting.nodes()).containsExactlyInAnyOrder("1a", "2a");
    assertThat(waiting.branches()).containsExactly(Step.of("1a", Answer.NO));
    GuideDiagrams.Route unanswered =
        GuideDiagrams.route(nhs, nhs.evaluate(Map.of("1a", Answer.NO)));
    assertThat(unanswered.nodes()).containsExactly("1a");
    assertThat(unanswered.branches()).containsExactly(Step.of("1a", Answer.NO));
    GuideDiagrams.Route reached = GuideDiagrams.route(nhs, nhs.evaluate(Map.of("1a", Answer.YES)));
    assertThat(reached.nodes()).containsExactlyInAnyOrder("1a", "deliberate-harm");
    assertThatThrownBy(() -> GuideDiagrams.route(Guides.reason1997(), unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the result was produced by nhs-2018");
  }
}
