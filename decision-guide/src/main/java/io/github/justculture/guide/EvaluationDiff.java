package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What differs between two evaluations of the same act: the answers that changed, and the outcome
 * before and after.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEvaluationDiff.class)
@JsonDeserialize(as = ImmutableEvaluationDiff.class)
public abstract class EvaluationDiff {

  EvaluationDiff() {}

  /**
   * The answers that differ (including answers added or removed).
   *
   * @return the changes, ordered by question id
   */
  public abstract List<AnswerChange> answersChanged();

  /**
   * The earlier status.
   *
   * @return the status
   */
  public abstract Status statusBefore();

  /**
   * The later status.
   *
   * @return the status
   */
  public abstract Status statusAfter();

  /**
   * The earlier outcome.
   *
   * @return its id, or empty if none was reached
   */
  public abstract Optional<String> outcomeBefore();

  /**
   * The later outcome.
   *
   * @return its id, or empty if none is reached
   */
  public abstract Optional<String> outcomeAfter();

  /**
   * Whether the outcome (or its absence) changed.
   *
   * @return true when before and after differ
   */
  public boolean outcomeChanged() {
    return !outcomeBefore().equals(outcomeAfter());
  }

  /**
   * The differences between two evaluations.
   *
   * @param before the earlier evaluation
   * @param after the later evaluation
   * @return the diff
   */
  public static EvaluationDiff between(EvaluationRecord before, EvaluationRecord after) {
    Set<String> questions = new LinkedHashSet<>();
    questions.addAll(before.answers().keySet());
    questions.addAll(after.answers().keySet());
    List<String> sorted = new ArrayList<>(questions);
    sorted.sort(null);
    List<AnswerChange> changes = new ArrayList<>();
    for (String q : sorted) {
      Optional<Answer> a = Optional.ofNullable(before.answers().get(q)).map(GivenAnswer::answer);
      Optional<Answer> b = Optional.ofNullable(after.answers().get(q)).map(GivenAnswer::answer);
      if (!a.equals(b)) {
        changes.add(ImmutableAnswerChange.builder().question(q).before(a).after(b).build());
      }
    }
    return ImmutableEvaluationDiff.builder()
        .answersChanged(changes)
        .statusBefore(before.result().status())
        .statusAfter(after.result().status())
        .outcomeBefore(before.result().outcome().map(Outcome::id))
        .outcomeAfter(after.result().outcome().map(Outcome::id))
        .build();
  }
}
