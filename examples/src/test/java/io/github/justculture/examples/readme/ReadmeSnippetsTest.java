package io.github.justculture.examples.readme;

// spotless:off -- the snippets stand exactly as the READMEs show them

import static io.github.justculture.guide.Answer.NO;
import static io.github.justculture.guide.Answer.UNKNOWN;
import static io.github.justculture.guide.Answer.YES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.civility.CivilityComparison;
import io.github.justculture.civility.CivilityFramework;
import io.github.justculture.civility.CivilityScore;
import io.github.justculture.civility.ElementRating;
import io.github.justculture.civility.SelfAssessment;
import io.github.justculture.core.Evidence;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.cost.Comparison;
import io.github.justculture.cost.ComparisonRequest;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostEstimate;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.Distribution;
import io.github.justculture.cost.ImmutableCostProfile;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.cost.SimulationResult;
import io.github.justculture.equality.Classification;
import io.github.justculture.equality.GroupCount;
import io.github.justculture.equality.RelativeLikelihood;
import io.github.justculture.equality.Wres3;
import io.github.justculture.equality.Wres3Result;
import io.github.justculture.gate.FormalActionGate;
import io.github.justculture.gate.FormalActionProposal;
import io.github.justculture.gate.GateResult;
import io.github.justculture.guide.AnswerVector;
import io.github.justculture.guide.Decision;
import io.github.justculture.guide.EvaluationDiff;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Evaluator;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDiagrams;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.GuideSession;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.Status;
import io.github.justculture.guide.Subject;
import io.github.justculture.guide.UnknownPolicy;
import io.github.justculture.restorative.AbsentParty;
import io.github.justculture.restorative.FindingCode;
import io.github.justculture.restorative.HarmKind;
import io.github.justculture.restorative.ImmutableHarm;
import io.github.justculture.restorative.Party;
import io.github.justculture.restorative.PartyType;
import io.github.justculture.restorative.RestorativeAssessment;
import io.github.justculture.restorative.RestorativeCase;
import io.github.justculture.restorative.RestorativeFinding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the READMEs, compiled and run. Each README block is marked {@code <!--
 * snippet: NAME -->} and must be exactly the region of this file between {@code // snippet: NAME}
 * and {@code // end snippet} ({@link SnippetsMatchTest} checks); the assertions after each region
 * check what its comments claim.
 */
@SuppressWarnings({"ReturnValueIgnored", "CheckReturnValue", "unused", "UnusedVariable"})
class ReadmeSnippetsTest {

  @Test
  void moneyAndStrictJson() {
    String text = "{\"headcount\":\"many\",\"prevalance\":0.2,\"prevalence\":1.4}";
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8);
    // snippet: money-and-json
    Gbp annualPay = Gbp.parse("34000.00");                      // at most 2 places; "1e5", "NaN", "£5" rejected
    Gbp dailyPay = annualPay.dividedBy(BigDecimal.valueOf(225)); // full precision: 151.1111…
    dailyPay.toString();                                        // "151.11" (pence, half-up): the wire form
    dailyPay.format();                                          // "£151.11"

    JsonCodec json = JustCultureJson.codec();                   // immutable, thread-safe
    try {
      CostProfile profile = json.read(text, CostProfile.class); // any justculture value type
    } catch (InvalidInputException e) {
      e.findings().forEach(f -> err.println(f.message()));
      // $.headcount: expected a whole number, was "many"
      // $.prevalance: unknown field (did you mean 'prevalence'?)
      // $.prevalence: must be between 0 and 1, was 1.4
    }
    // end snippet
    assertThat(dailyPay.amount()).isGreaterThan(new BigDecimal("151.1111"));
    assertThat(dailyPay.toString()).isEqualTo("151.11");
    assertThat(dailyPay.format()).isEqualTo("£151.11");
    assertThat(captured.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "$.headcount: expected a whole number, was \"many\"",
            "$.prevalance: unknown field (did you mean 'prevalence'?)",
            "$.prevalence: must be between 0 and 1, was 1.4");
  }

  @Test
  void restorativeAndEqualityInBrief() {
    RestorativeCase restorativeCase = restorativeCase();
    // snippet: restorative-and-equality
    RestorativeAssessment a = restorativeCase.assess(LocalDate.of(2026, 11, 22));
    a.findings();            // who is hurt and not yet acknowledged, needs with no obligation, overdue obligations
    a.checklist();           // Dekker's checklist, derived from the case

    RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(12, 800), GroupCount.of(20, 2600));
    rl.relativeLikelihood(); // 1.95, classification ADVERSE_TO_FOCUS, with its 95% interval
    // end snippet
    assertThat(a.findings())
        .extracting(RestorativeFinding::code)
        .contains(FindingCode.HARM_NOT_ACKNOWLEDGED);
    assertThat(rl.relativeLikelihood()).contains(1.95);
    assertThat(rl.classification()).isEqualTo(Classification.ADVERSE_TO_FOCUS);
    assertThat(rl.ci95()).isPresent();
  }

  @Test
  void theGuideInBrief() {
    // snippet: guide-in-brief
    Guide guide = Guides.nhs2018();
    GuideResult result = guide.evaluate(Map.of("1a", NO, "2a", NO, "2b", NO, "2c", NO, "3a", YES, "3b", NO));
    result.outcome().get().id();          // "system-foresight"
    result.outcome().get().systemClause(); // what the organisation should learn, whatever the outcome
    result.explanation();                 // "Reached system-foresight (…) because 3b = NO (…)"

    GuideResult open = guide.evaluate(Map.of("1a", UNKNOWN, "2a", YES));
    open.possibleOutcomes();              // [deliberate-harm, substance-abuse]
    open.nextQuestion();                  // "1a": resolve it to decide
    // end snippet
    assertThat(result.outcome().get().id()).isEqualTo("system-foresight");
    assertThat(result.outcome().get().systemClause()).isNotBlank();
    assertThat(result.explanation()).startsWith("Reached system-foresight (").contains("because 3b = NO (");
    assertThat(open.possibleOutcomes()).containsExactly("deliberate-harm", "substance-abuse");
    assertThat(open.nextQuestion()).contains("1a");
  }

  @Test
  void theGateInBrief() throws Exception {
    FormalActionProposal proposal = proposal("gate-proposal-first.json");
    // snippet: gate-in-brief
    GateResult result = FormalActionGate.withDefaults().check(proposal);   // before any formal action
    result.passed();     // false until every item is met or not applicable
    result.unmet();      // e.g. plurality: "1 distinct decision-maker named; at least 2 are needed; no HR adviser named"
    result.prompts();    // Dekker's fairness questions, when it fails
    // end snippet
    assertThat(result.passed()).isFalse();
    assertThat(result.unmet())
        .anyMatch(
            i ->
                i.id().equals("plurality")
                    && i.reason()
                        .orElse("")
                        .equals(
                            "1 distinct decision-maker named; at least 2 are needed; no HR adviser"
                                + " named"));
    assertThat(result.prompts()).isEqualTo(FormalActionGate.FAIRNESS_PROMPTS);
    assertThat(FormalActionGate.withDefaults().check(proposal("gate-proposal.json")).passed())
        .isTrue();
  }

  @Test
  void theCostInBrief() {
    // snippet: cost-in-brief
    CostEstimate trust = CostCalculator.estimate(CostProfile.builder()
        .headcount(5200).prevalence(new BigDecimal("0.21")).annualPay(Gbp.parse("34000.00")).build());
    trust.total().format();       // "£10,397,862.18": six components, the rest from the kline-lewis-2019 preset
    trust.parameters();           // every parameter with its provenance: USER, DERIVED, REPORTED, CALIBRATED, …
    // end snippet
    assertThat(trust.total().format()).isEqualTo("£10,397,862.18");
    assertThat(trust.preset()).isEqualTo("kline-lewis-2019");
    assertThat(trust.parameters()).extracting(p -> p.provenance().name())
        .contains("USER", "DERIVED", "REPORTED", "CALIBRATED");
  }

  @Test
  void aRestorativeCase() {
    // snippet: restorative-case
    RestorativeCase c = RestorativeCase.builder()
        .reference("INC-2026-0117")
        .addParties(Party.of("patient-1", PartyType.FIRST_VICTIM), Party.of("staff-0042", PartyType.SECOND_VICTIM),
            Party.of("trust", PartyType.ORGANISATION))
        .addAbsentParties(AbsentParty.of(PartyType.COMMUNITY, "no one else witnessed the event"))
        .addHarms(ImmutableHarm.builder().id("h1").party("staff-0042").kind(HarmKind.PSYCHOLOGICAL)
            .acknowledged(false).build())
        .build();                                        // invariants checked here, every problem named
    RestorativeAssessment a = c.assess(LocalDate.of(2026, 11, 22));   // the caller passes today's date
    a.findings();     // HARM_NOT_ACKNOWLEDGED $.harms[0], GOAL_NOT_ASSESSED …: values, not exceptions;
                      // each names the checklist cells it holds at NO: partyType(), stages()
    a.checklist();    // Dekker's checklist, stage x party type: YES / NO / NOT_APPLICABLE, derived, never stored
    a.closable();     // no finding that blocks closing (FindingCode.blocksClosure())
    // end snippet
    assertThat(a.findings())
        .anyMatch(f -> f.code() == FindingCode.HARM_NOT_ACKNOWLEDGED && f.path().equals("$.harms[0]"))
        .anyMatch(f -> f.code() == FindingCode.GOAL_NOT_ASSESSED)
        .allMatch(f -> !f.stages().isEmpty());
    assertThat(a.closable()).isFalse();
  }

  @Test
  void theCivilityFramework() {
    CivilityScore lastQuarter =
        CivilityFramework.builtIn()
            .score(
                SelfAssessment.builder()
                    .framework("justculture-civility-1")
                    .organisation("RXX")
                    .period("2026-Q2")
                    .putRating("case-data", ElementRating.of(1))
                    .build());
    // snippet: civility
    CivilityScore score = CivilityFramework.builtIn().score(SelfAssessment.builder()
        .framework("justculture-civility-1").organisation("RXX").period("2026-Q3")
        .putRating("equality-standards", ElementRating.of(3, Evidence.metric("wres3/2026", new BigDecimal("1.24"))))
        .putRating("case-data", ElementRating.of(1))
        .build());
    score.themes();    // per theme: the mean and the weakest element, never one number hiding the weakest link
    score.missing();   // elements not yet rated
    CivilityComparison.between(lastQuarter, score);   // what moved
    // end snippet
    assertThat(score.themes()).hasSize(4);
    assertThat(score.missing()).isNotEmpty().doesNotContain("case-data", "equality-standards");
    assertThat(CivilityComparison.between(lastQuarter, score).themes()).isNotEmpty();
  }

  @Test
  void disproportionality() {
    InputStream stream =
        new ByteArrayInputStream(
            "person,group,entered,period\np1,BME,yes,2025\np2,WHITE,no,2025\np1,BME,no,2026\np2,WHITE,yes,2026\n"
                .getBytes(StandardCharsets.UTF_8));
    // snippet: equality
    RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(12, 800), GroupCount.of(20, 2600));
    rl.relativeLikelihood();  // 1.95, from the exact ratio (e_F·n_R)/(e_R·n_F)
    rl.classification();      // ADVERSE_TO_FOCUS (outside 0.80–1.25; the boundaries are exact, not floating point)
    rl.ci95();                // 0.957 to 3.971: log scale, SE = sqrt(1/e_F − 1/n_F + 1/e_R − 1/n_R)
    rl.reading();             // "1.95: above the non-adverse range … The 95% interval, 0.96 to 3.97, includes 1: on
                              //  these numbers the difference could be chance, so treat the classification as a
                              //  signal to look into, not a finding."
    rl.roundedClassification(); // the two-decimal figure's class, as published reports read it

    Wres3Result wres = Wres3.compute(stream);   // person,group,entered[,period] — streamed, each person once
    wres.rolling();                             // with a period column: each two-period rolling figure
    // end snippet
    assertThat(rl.relativeLikelihood()).contains(1.95);
    assertThat(rl.classification()).isEqualTo(Classification.ADVERSE_TO_FOCUS);
    assertThat(rl.ci95().orElseThrow().lower()).isBetween(0.957, 0.958);
    assertThat(rl.ci95().orElseThrow().upper()).isBetween(3.971, 3.972);
    assertThat(rl.reading())
        .startsWith("1.95: above the non-adverse range")
        .contains("The 95% interval, 0.96 to 3.97, includes 1: on these numbers the difference could be chance");
    assertThat(rl.roundedClassification()).isEqualTo(Classification.ADVERSE_TO_FOCUS);
    assertThat(wres.rolling()).hasSize(1);
  }

  @Test
  void wresInBoundedMemory() {
    InputStream stream =
        new ByteArrayInputStream(
            "person,group,entered\np1,BME,yes\np2,WHITE,no\n".getBytes(StandardCharsets.UTF_8));
    // snippet: wres3-memory
    // Asked before each new table or doubling, with the bytes it would add (10 times for a
    // million people); here the tables may take 64 MiB in all, the old ones counted as kept.
    AtomicLong budget = new AtomicLong(64L << 20);
    Wres3Result bounded =
        Wres3.compute(
            stream, RelativeLikelihood.DEFAULT_SMALL_NUMBERS, bytes -> budget.addAndGet(-bytes) >= 0);
    // end snippet
    assertThat(bounded.persons()).isEqualTo(2);
    assertThat(budget).hasValue((64L << 20) - 9 * 4096);
  }

  @Test
  void theGuideInFull() {
    Map<String, GivenAnswer> answers =
        Map.of("1a", GivenAnswer.of(NO), "2a", GivenAnswer.of(NO), "2b", GivenAnswer.of(NO));
    List<Evaluator> evaluators = List.of(Evaluator.of("mgr-01", Evaluator.Role.MANAGER));
    Guide newGuide = Guides.nhs2018();
    EvaluationRecord before =
        EvaluationRecord.evaluate(
            Guides.nhs2018(), Subject.of("staff-0042", "nursing"), "Second dose given without the double check",
            answers, evaluators, UnknownPolicy.SUSPEND, Instant.parse("2026-11-20T14:30:00Z"));
    EvaluationRecord after = before.reevaluate(Guides.nhs2018()).record();
    // snippet: guide-in-full
    Guide guide = Guides.nhs2018();

    // One call: answers in, result out.
    GuideResult r = guide.evaluate(Map.of("1a", NO, "2a", NO, "2b", NO, "2c", NO, "3a", UNKNOWN, "3b", NO));
    r.status();                     // OUTCOME_REACHED: every answer to 3a leads to the same outcome
    r.outcome().get().id();         // "system-foresight"
    r.outcome().get().systemClause(); // always present, whatever the outcome
    r.explanation();                // "Reached system-foresight (…) because 3b = NO (…). 3a is unknown, but …"

    // A wizard for user interfaces: immutable sessions, back and revise.
    GuideSession s = GuideSession.start(guide);
    s = s.answer("1a", NO).answer("2a", UNKNOWN);
    s.nextQuestion();               // 2b: still needed whatever 2a turns out to be
    s = s.back();                   // undo the last answer

    // An audit record: one person × one act × one definition version, with its content hash.
    EvaluationRecord record = EvaluationRecord.evaluate(guide, Subject.of("staff-0042", "nursing"),
        "Second dose given without the double check", answers, evaluators, UnknownPolicy.SUSPEND,
        Instant.parse("2026-11-20T14:30:00Z"));   // the caller supplies the time: no clock here
    record.warnings();              // fewer than two managers, or no HR adviser
    record.reevaluate(newGuide);    // reports definitionChanged and the diff, never hides it
    EvaluationDiff.between(before, after);   // answers changed, outcome before and after

    GuideDiagrams.mermaid(guide, Optional.of(r));   // or .dot(…): the flowchart with the path highlighted
    // end snippet
    assertThat(r.status()).isEqualTo(Status.OUTCOME_REACHED);
    assertThat(r.outcome().get().id()).isEqualTo("system-foresight");
    assertThat(r.explanation()).contains("because 3b = NO (").contains("3a is unknown, but");
    assertThat(s.nextQuestion().map(q -> q.id())).contains("2a");
    assertThat(s.answer("2a", UNKNOWN).nextQuestion().map(q -> q.id())).contains("2b");
    assertThat(record.warnings()).isNotEmpty();
    assertThat(record.reevaluate(newGuide).definitionChanged()).isFalse();
    assertThat(GuideDiagrams.mermaid(guide, Optional.of(r))).startsWith("flowchart TD");
  }

  @Test
  void decidingManyRecords() {
    Guide guide = Guides.nhs2018();
    List<EvaluationRecord> stored =
        List.of(
            EvaluationRecord.evaluate(guide, Subject.of("staff-0042", "nursing"), "the act",
                Map.of("1a", GivenAnswer.of(YES)), List.of(Evaluator.of("mgr-01", Evaluator.Role.MANAGER)),
                UnknownPolicy.SUSPEND, Instant.parse("2026-11-20T14:30:00Z")));
    Guide changed = guide;
    List<EvaluationRecord> moved = new java.util.ArrayList<>();
    // snippet: guide-decide
    // The decision alone, for hosts that decide many cases: answers encoded once, then decided with
    // no lookups (and no allocation when an outcome is reached). Same values as evaluate(…).
    AnswerVector v = guide.vector(Map.of("1a", NO, "2a", NO, "2b", NO, "2c", NO, "3a", YES, "3b", NO));
    Decision d = guide.decide(v, UnknownPolicy.SUSPEND);
    d.outcome().get().id();         // "system-foresight"

    // Re-deciding stored records after a definition changes: which outcomes would move?
    for (EvaluationRecord rec : stored) {
      Decision now = changed.decide(changed.vectorGiven(rec.answers()), rec.unknownPolicy());
      if (!now.outcome().map(o -> o.id()).equals(rec.result().outcome().map(o -> o.id()))) {
        moved.add(rec);             // then rec.reevaluate(changed) for the full result and diff
      }
    }
    // end snippet
    assertThat(d.outcome().get().id()).isEqualTo("system-foresight");
    assertThat(d.agreesWith(guide.evaluate(Map.of("1a", NO, "2a", NO, "2b", NO, "2c", NO, "3a", YES, "3b", NO))))
        .isTrue();
    assertThat(moved).isEmpty();
  }

  @Test
  void theCostInFull() {
    Executor executor = Runnable::run;
    // snippet: cost-in-full
    CostProfile trust = CostProfile.builder()
        .headcount(5200).prevalence(new BigDecimal("0.21")).annualPay(Gbp.parse("34000.00")).build();
    CostEstimate e = CostCalculator.estimate(trust);    // anything not given comes from kline-lewis-2019
    e.total().format();                                 // "£10,397,862.18"
    e.parameters();                                     // each with value, unit, provenance, source

    CostProfile after = ImmutableCostProfile.copyOf(trust).withPrevalence(new BigDecimal("0.18"));
    Comparison c = CostCalculator.compare(ComparisonRequest.of(trust, after, Gbp.parse("250000")));
    c.saving(); c.returnOnInvestment(); c.breakEvenPrevalenceReduction();

    CostCalculator.sensitivity(trust).bars();           // tornado: largest swing first

    SimulationRequest request = SimulationRequest.builder().profile(trust)
        .putDistribution("prevalence", Distribution.beta(1092, 5200))   // survey counts
        .build();
    SimulationResult r = CostCalculator.simulate(request, 200_000, 2026L, executor, done -> {});
    r.total().p5(); r.total().p50(); r.total().p95();
    // end snippet
    assertThat(e.total().format()).isEqualTo("£10,397,862.18");
    assertThat(c.saving().amount()).isPositive();
    assertThat(CostCalculator.sensitivity(trust).bars())
        .isSortedAccordingTo((x, y) -> y.swing().compareTo(x.swing()));
    assertThat(r.total().p5().compareTo(r.total().p95())).isNegative();
  }

  private static RestorativeCase restorativeCase() {
    return RestorativeCase.builder()
        .reference("INC-1")
        .addParties(Party.of("staff-0042", PartyType.SECOND_VICTIM))
        .addHarms(
            ImmutableHarm.builder()
                .id("h1")
                .party("staff-0042")
                .kind(HarmKind.PSYCHOLOGICAL)
                .acknowledged(false)
                .build())
        .build();
  }

  private static FormalActionProposal proposal(String file) throws Exception {
    return JustCultureJson.codec()
        .read(Files.readString(Path.of("data", file)), FormalActionProposal.class);
  }
}
// spotless:on
