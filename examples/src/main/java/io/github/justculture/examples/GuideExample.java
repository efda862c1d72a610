package io.github.justculture.examples;

import io.github.justculture.guide.Answer;
import io.github.justculture.guide.EvaluationDiff;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Evaluator;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideSession;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.Subject;
import io.github.justculture.guide.UnknownPolicy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision guide from Java: a wizard-style session, an audit record, and a revision when new
 * information arrives. Run it, after {@code ./mvnw -q -B -DskipTests package}, with {@code java -cp
 * cli/target/justculture.jar:examples/target/classes io.github.justculture.examples.GuideExample}
 * (see {@code examples/README.md}).
 */
public final class GuideExample {

  private GuideExample() {}

  /**
   * Runs the example and prints what it does.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Runs the example.
   *
   * @return what it would print
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    Guide guide = Guides.nhs2018();

    // 1. A wizard: ask the next question until an outcome is reached.
    GuideSession session = GuideSession.start(guide);
    Map<String, Answer> panel =
        Map.of(
            "1a",
            Answer.NO,
            "2a",
            Answer.NO,
            "2b",
            Answer.NO,
            "2c",
            Answer.NO,
            "3a",
            Answer.YES,
            "3b",
            Answer.UNKNOWN,
            "3c",
            Answer.NO);
    while (session.nextQuestion().isPresent()) {
      String id = session.nextQuestion().get().id();
      Answer given = panel.get(id);
      if (given == null) {
        break; // the panel has not answered it yet: the session waits for that answer
      }
      session = session.answer(id, given);
    }
    out.append("Wizard: ").append(session.result().outcome().orElseThrow().id()).append('\n');

    // 2. An audit record: answers with rationale, evaluators, and a time the caller supplies.
    Map<String, GivenAnswer> answers = new LinkedHashMap<>(session.answers());
    answers.put("3b", GivenAnswer.of(Answer.UNKNOWN, "Rota evidence not yet reviewed"));
    List<Evaluator> evaluators =
        List.of(
            Evaluator.of("mgr-01", Evaluator.Role.MANAGER),
            Evaluator.of("mgr-02", Evaluator.Role.MANAGER),
            Evaluator.of("hr-07", Evaluator.Role.HR));
    EvaluationRecord first =
        EvaluationRecord.evaluate(
            guide,
            Subject.of("staff-0042", "nursing"),
            "Second dose given without the independent double check",
            answers,
            evaluators,
            UnknownPolicy.SUSPEND,
            Instant.parse("2026-11-20T14:30:00Z"));
    out.append("Record: ").append(first.result().explanation()).append('\n');
    out.append("Warnings: ").append(first.warnings().size()).append('\n');

    // 3. New information: 3c turns out to be a knowing departure. Re-evaluate and diff.
    answers.put("3b", GivenAnswer.of(Answer.YES, "Rota shows the double check was routine"));
    answers.put("3c", GivenAnswer.of(Answer.YES, "Chose to skip it to save time"));
    EvaluationRecord second =
        EvaluationRecord.evaluate(
            guide,
            first.subject(),
            first.act(),
            answers,
            evaluators,
            UnknownPolicy.SUSPEND,
            Instant.parse("2026-11-27T10:00:00Z"));
    EvaluationDiff diff = EvaluationDiff.between(first, second);
    out.append("Revision: ")
        .append(diff.answersChanged().size())
        .append(" answers changed; outcome ")
        .append(diff.outcomeBefore().orElse("none"))
        .append(" -> ")
        .append(
            diff.outcomeAfter()
                .orElse("none (next: " + second.result().nextQuestion().orElseThrow() + ")"))
        .append('\n');
    return out.toString();
  }
}
