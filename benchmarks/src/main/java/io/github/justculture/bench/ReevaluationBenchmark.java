package io.github.justculture.bench;

import io.github.justculture.guide.Answer;
import io.github.justculture.guide.Decision;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Evaluator;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDefinition;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.ImmutableGuideDefinition;
import io.github.justculture.guide.ImmutableQuestion;
import io.github.justculture.guide.Outcome;
import io.github.justculture.guide.Question;
import io.github.justculture.guide.Reevaluation;
import io.github.justculture.guide.Subject;
import io.github.justculture.guide.UnknownPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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

/**
 * Re-evaluating stored records after a definition changes: per record, read its answers, decide
 * them with the new definition and compare the outcome with the one stored (the diff). The new
 * definition swaps 5a's two outcomes, so about one record in eight changes. Records are 4,096 of
 * realistic shape (complete, or stopped at a random question, some answers UNKNOWN), cycled; the
 * score per record is what a run over a million stored records costs per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReevaluationBenchmark {

  static final int RECORDS = 4096;
  static final String[] IDS = {"1a", "2a", "2b", "2c", "3a", "3b", "3c", "4a", "4b", "4c", "5a"};

  private Guide changed;
  private EvaluationRecord[] records;
  private Map<String, GivenAnswer>[] answers;
  private Optional<Outcome>[] stored;
  private int index;

  /** Makes the records with the built-in definition, and the changed definition. */
  @Setup
  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of generic maps
  public void setUp() {
    Guide original = Guides.nhs2018();
    GuideDefinition d = original.definition();
    List<Question> questions = new ArrayList<>();
    for (Question q : d.questions()) {
      questions.add(
          q.id().equals("5a") ? ImmutableQuestion.copyOf(q).withYes(q.no()).withNo(q.yes()) : q);
    }
    changed =
        Guide.of(
            ImmutableGuideDefinition.copyOf(d).withVersion("9.9-bench").withQuestions(questions));
    SplittableRandom random = new SplittableRandom(2026);
    records = new EvaluationRecord[RECORDS];
    answers = new Map[RECORDS];
    stored = new Optional[RECORDS];
    for (int n = 0; n < RECORDS; n++) {
      Map<String, GivenAnswer> a = new LinkedHashMap<>();
      int answered = random.nextInt(4) == 0 ? random.nextInt(IDS.length) : IDS.length;
      for (int q = 0; q < answered; q++) {
        int r = random.nextInt(20);
        a.put(IDS[q], GivenAnswer.of(r == 0 ? Answer.UNKNOWN : r < 8 ? Answer.YES : Answer.NO));
      }
      answers[n] = Map.copyOf(a);
      records[n] =
          EvaluationRecord.evaluate(
              original,
              Subject.of("staff-" + n, "nursing"),
              "the act",
              answers[n],
              List.of(Evaluator.of("mgr-01", Evaluator.Role.MANAGER)),
              UnknownPolicy.SUSPEND,
              Instant.parse("2026-11-20T14:30:00Z"));
      stored[n] = records[n].result().outcome();
    }
    int differ = 0;
    for (int n = 0; n < RECORDS; n++) {
      index = n - 1;
      boolean byDecision = decisionAndDiff();
      index = n - 1;
      boolean byRecord = fullReevaluation().diff().outcomeChanged();
      if (byDecision != byRecord) {
        throw new IllegalStateException("the two ways disagree on record " + n);
      }
      differ += byDecision ? 1 : 0;
    }
    if (differ == 0) {
      throw new IllegalStateException("the changed definition changes no outcome");
    }
    index = 0;
  }

  private int next() {
    index = (index + 1) & (RECORDS - 1);
    return index;
  }

  /**
   * The decision and the diff: encode the stored answers, decide, compare with the stored outcome.
   *
   * @return whether the outcome changed
   */
  @Benchmark
  public boolean decisionAndDiff() {
    int n = next();
    Decision d = changed.decide(changed.vectorGiven(answers[n]), UnknownPolicy.SUSPEND);
    return !d.outcome().equals(stored[n]);
  }

  /**
   * The full re-evaluation the record offers: a new result with route and explanation, and the
   * diff of the two.
   *
   * @return the re-evaluation
   */
  @Benchmark
  public Reevaluation fullReevaluation() {
    return records[next()].reevaluate(changed);
  }
}
