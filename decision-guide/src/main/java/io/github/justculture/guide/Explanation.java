package io.github.justculture.guide;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The explanation half of a guide: the plain-English account of a result ("Reached X (label;
 * severity N of 5) because 3b = NO (…) — rationale. Route: …"), made from what the engine decided.
 * The engine never reads it.
 */
final class Explanation {

  private Explanation() {}

  /**
   * The explanation of a result.
   *
   * @param outcome the outcome reached, or null while awaiting
   * @param possible the possible outcome ids
   * @param next the next question while awaiting, else null
   * @param path the route
   * @param substitutions the benefit-of-doubt substitutions
   * @param questionIndex question id to index
   * @param questions the questions by index
   * @param details the given answers by question index, when the caller gave rationales
   * @return the text
   */
  static String of(
      @Nullable Outcome outcome,
      List<String> possible,
      @Nullable Question next,
      List<Step> path,
      List<Substitution> substitutions,
      Map<String, Integer> questionIndex,
      Question[] questions,
      @Nullable GivenAnswer @Nullable [] details) {
    StringBuilder text = new StringBuilder(512);
    if (outcome != null) {
      text.append("Reached ")
          .append(outcome.id())
          .append(" (")
          .append(outcome.label())
          .append("; severity ")
          .append(outcome.severityOutOfMax())
          .append(')');
      Step decisive = null;
      for (int i = path.size() - 1; i >= 0 && decisive == null; i--) {
        if (path.get(i).answer() != Answer.UNKNOWN) {
          decisive = path.get(i);
        }
      }
      if (decisive != null) {
        text.append(" because ");
        appendAnswer(text, decisive, questionIndex, questions, details);
      }
      text.append('.');
      for (Step s : path) {
        if (s.answer() == Answer.UNKNOWN) {
          text.append(' ')
              .append(s.question())
              .append(" is unknown, but either answer leads to this outcome.");
        }
      }
    } else {
      text.append("No outcome yet: the answers so far allow ")
          .append(possible.size())
          .append(" outcomes (")
          .append(String.join(", ", possible))
          .append("). Next, resolve ")
          .append(java.util.Objects.requireNonNull(next).id())
          .append(": ")
          .append(next.text());
    }
    if (!path.isEmpty()) {
      text.append(" Route: ");
      for (int i = 0; i < path.size(); i++) {
        if (i > 0) {
          text.append(", ");
        }
        text.append(path.get(i).question()).append(' ').append(path.get(i).answer());
      }
      text.append('.');
    }
    for (Substitution s : substitutions) {
      text.append(" Benefit of the doubt: ")
          .append(s.question())
          .append(" was unknown and is taken as ")
          .append(s.to())
          .append('.');
    }
    return text.toString();
  }

  private static void appendAnswer(
      StringBuilder text,
      Step step,
      Map<String, Integer> questionIndex,
      Question[] questions,
      @Nullable GivenAnswer @Nullable [] details) {
    int i = java.util.Objects.requireNonNull(questionIndex.get(step.question()));
    text.append(step.question())
        .append(" = ")
        .append(step.answer())
        .append(" (")
        .append(questions[i].text())
        .append(')');
    GivenAnswer given = details == null ? null : details[i];
    if (given != null && given.rationale().isPresent()) {
      text.append(" — ").append(given.rationale().get());
    }
  }
}
