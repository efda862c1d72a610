package io.github.justculture.bench;

import io.github.justculture.guide.Answer;
import io.github.justculture.guide.AnswerVector;
import io.github.justculture.guide.Decision;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Evaluator;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.Subject;
import io.github.justculture.guide.UnknownPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One evaluation of the NHS just culture guide, cycling through all 2,048 complete answer vectors,
 * for each engine an HR vendor might use. Before any timing, a correctness gate checks that every
 * engine gives the same outcome for every vector.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuideBenchmark {

  static final String[] IDS = {"1a", "2a", "2b", "2c", "3a", "3b", "3c", "4a", "4b", "4c", "5a"};
  static final int VECTORS = 1 << IDS.length;

  private Guide guide;
  private Map<String, Answer>[] answers;
  private Map<String, GivenAnswer>[] given;
  private AnswerVector[] encoded;
  private boolean[][] vectors;
  private Map<String, Object>[] variables;
  private DmnEngine feel;
  private DmnDecision feelDecision;
  private DmnEngine legacy;
  private DmnDecision legacyDecision;
  private int index;

  private static final Subject SUBJECT = Subject.of("staff-0042", "nursing");
  private static final List<Evaluator> PANEL =
      List.of(
          Evaluator.of("mgr-01", Evaluator.Role.MANAGER),
          Evaluator.of("mgr-02", Evaluator.Role.MANAGER),
          Evaluator.of("hr-07", Evaluator.Role.HR));
  private static final Instant AT = Instant.parse("2026-11-20T14:30:00Z");

  /** Builds every input and checks that all engines agree on every vector. */
  @Setup
  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of generic maps
  public void setUp() {
    guide = Guides.nhs2018();
    answers = new Map[VECTORS];
    given = new Map[VECTORS];
    vectors = new boolean[VECTORS][];
    encoded = new AnswerVector[VECTORS];
    variables = new Map[VECTORS];
    for (int n = 0; n < VECTORS; n++) {
      Map<String, Answer> a = new HashMap<>();
      Map<String, GivenAnswer> g = new HashMap<>();
      Map<String, Object> v = new HashMap<>();
      boolean[] b = new boolean[IDS.length];
      for (int q = 0; q < IDS.length; q++) {
        b[q] = (n & (1 << q)) != 0;
        a.put(IDS[q], b[q] ? Answer.YES : Answer.NO);
        g.put(IDS[q], GivenAnswer.of(b[q] ? Answer.YES : Answer.NO));
        v.put("q" + IDS[q], b[q]);
      }
      answers[n] = Map.copyOf(a);
      encoded[n] = guide.vector(a);
      given[n] = Map.copyOf(g);
      vectors[n] = b;
      variables[n] = v;
    }
    feel = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    feelDecision = parse(feel);
    DefaultDmnEngineConfiguration legacyConfig =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    legacyConfig.enableFeelLegacyBehavior(true);
    legacy = legacyConfig.buildEngine();
    legacyDecision = parse(legacy);
    for (int n = 0; n < VECTORS; n++) {
      index = n - 1;
      String expected = handWritten();
      index = n - 1;
      String ours = justculture().outcome().orElseThrow().id();
      index = n - 1;
      String decided = justcultureDecision().outcome().orElseThrow().id();
      index = n - 1;
      String record = justcultureRecord().result().outcome().orElseThrow().id();
      index = n - 1;
      Object camunda = camundaFeel();
      index = n - 1;
      Object camundaLegacy = camundaLegacy();
      if (!expected.equals(ours)
          || !expected.equals(decided)
          || !expected.equals(record)
          || !expected.equals(camunda)
          || !expected.equals(camundaLegacy)) {
        throw new IllegalStateException(
            "engines disagree on vector "
                + answers[n]
                + ": chain "
                + expected
                + ", justculture "
                + ours
                + ", record "
                + record
                + ", Camunda FEEL "
                + camunda
                + ", Camunda legacy "
                + camundaLegacy);
      }
    }
    index = 0;
  }

  private static DmnDecision parse(DmnEngine engine) {
    try (InputStream in = GuideBenchmark.class.getResourceAsStream("/nhs-2018.dmn")) {
      return engine.parseDecision("nhs2018", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int next() {
    index = (index + 1) & (VECTORS - 1);
    return index;
  }

  /**
   * justculture: the full result; its route, lists and explanation are worked out when first read
   * (see justcultureReadEverything for the cost of reading them all).
   *
   * @return the result
   */
  @Benchmark
  public GuideResult justculture() {
    return guide.evaluate(answers[next()]);
  }

  /**
   * justculture: the full result with every value read, the explanation included: what a caller
   * that renders or writes the whole result pays (a result works out its lists and text when first
   * read).
   *
   * @param sink consumes every value
   */
  @Benchmark
  public void justcultureReadEverything(Blackhole sink) {
    GuideResult r = guide.evaluate(answers[next()]);
    sink.consume(r.outcome());
    sink.consume(r.possibleOutcomes());
    sink.consume(r.nextQuestion());
    sink.consume(r.path());
    sink.consume(r.unusedAnswers());
    sink.consume(r.substitutions());
    sink.consume(r.caveats());
    sink.consume(r.explanation());
  }

  /**
   * justculture: the decision alone (the outcome, or the possible outcomes and the next question),
   * from answers encoded once, as the chain's are.
   *
   * @return the decision
   */
  @Benchmark
  public Decision justcultureDecision() {
    return guide.decide(encoded[next()], UnknownPolicy.SUSPEND);
  }

  /**
   * justculture with an audit record (answers with details, evaluators, content hash).
   *
   * @return the record
   */
  @Benchmark
  public EvaluationRecord justcultureRecord() {
    return EvaluationRecord.evaluate(
        guide, SUBJECT, "the act", given[next()], PANEL, UnknownPolicy.SUSPEND, AT);
  }

  /**
   * The physical limit for this decision: nested conditions, outcome only.
   *
   * @return the outcome id
   */
  @Benchmark
  public String handWritten() {
    boolean[] yes = vectors[next()];
    if (yes[0]) {
      return "deliberate-harm";
    }
    if (yes[1]) {
      return "substance-abuse";
    }
    if (yes[2] || yes[3]) {
      return "ill-health";
    }
    if (!(yes[4] && yes[5] && yes[6])) {
      return "system-foresight";
    }
    if (yes[7] || yes[8] || yes[9]) {
      return "system-substitution";
    }
    return yes[10] ? "mitigating-circumstances" : "individual-management-action";
  }

  /**
   * Camunda 7 DMN, default (Scala FEEL) mode.
   *
   * @return the outcome
   */
  @Benchmark
  public Object camundaFeel() {
    return feel.evaluateDecisionTable(feelDecision, variables[next()])
        .getSingleResult()
        .getSingleEntry();
  }

  /**
   * Camunda 7 DMN, legacy (JUEL) mode.
   *
   * @return the outcome
   */
  @Benchmark
  public Object camundaLegacy() {
    return legacy
        .evaluateDecisionTable(legacyDecision, variables[next()])
        .getSingleResult()
        .getSingleEntry();
  }
}
