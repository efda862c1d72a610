package io.github.justculture.guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step-by-step evaluation for wizard-style interfaces: ask the next question, answer it, go back,
 * revise.
 *
 * <p>Each session is an immutable value: {@link #answer} and {@link #back} return a new session and
 * leave this one unchanged, so a user interface can keep the history it likes. The result is always
 * a pure evaluation of the answers so far.
 *
 * <pre>{@code
 * GuideSession s = GuideSession.start(Guides.nhs2018());
 * while (!s.result().isReached()) {
 *   Question q = s.nextQuestion().orElseThrow();
 *   s = s.answer(q.id(), askTheManagers(q));        // YES, NO or UNKNOWN
 * }
 * }</pre>
 */
public final class GuideSession {

  private final Guide guide;
  private final UnknownPolicy policy;
  private final List<Map.Entry<String, GivenAnswer>> history;
  private final GuideResult result;

  private GuideSession(
      Guide guide, UnknownPolicy policy, List<Map.Entry<String, GivenAnswer>> history) {
    this.guide = guide;
    this.policy = policy;
    this.history = history;
    this.result = guide.evaluateGiven(answers(), policy);
  }

  /**
   * A session with no answers, under {@link UnknownPolicy#SUSPEND}.
   *
   * @param guide the guide
   * @return the session
   */
  public static GuideSession start(Guide guide) {
    return start(guide, UnknownPolicy.SUSPEND);
  }

  /**
   * A session with no answers.
   *
   * @param guide the guide
   * @param policy what to do with unknown answers
   * @return the session
   */
  public static GuideSession start(Guide guide, UnknownPolicy policy) {
    return new GuideSession(guide, policy, List.of());
  }

  /**
   * The guide.
   *
   * @return the guide
   */
  public Guide guide() {
    return guide;
  }

  /**
   * The result of the answers so far.
   *
   * @return the result
   */
  public GuideResult result() {
    return result;
  }

  /**
   * The question to ask next.
   *
   * @return the question, or empty once an outcome is reached
   */
  public Optional<Question> nextQuestion() {
    return result.nextQuestion().flatMap(guide::question);
  }

  /**
   * The answers so far; a revised question holds its latest answer.
   *
   * @return question id → given answer, in the order first answered
   */
  public Map<String, GivenAnswer> answers() {
    Map<String, GivenAnswer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, GivenAnswer> e : history) {
      answers.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(answers);
  }

  /**
   * Answers (or revises) a question.
   *
   * @param questionId the question's id; any question of the guide, not only the next one
   * @param answer the answer
   * @return a new session with the answer
   * @throws IllegalArgumentException if the guide has no such question
   */
  public GuideSession answer(String questionId, Answer answer) {
    return answer(questionId, GivenAnswer.of(answer));
  }

  /**
   * Answers (or revises) a question with its rationale and evidence.
   *
   * @param questionId the question's id
   * @param answer the answer with its details
   * @return a new session with the answer
   * @throws IllegalArgumentException if the guide has no such question
   */
  public GuideSession answer(String questionId, GivenAnswer answer) {
    if (guide.question(questionId).isEmpty()) {
      throw new IllegalArgumentException(
          "guide " + guide.id() + " has no question '" + questionId + "'");
    }
    List<Map.Entry<String, GivenAnswer>> more = new ArrayList<>(history);
    more.add(Map.entry(questionId, answer));
    return new GuideSession(guide, policy, List.copyOf(more));
  }

  /**
   * Undoes the last answer given (a revision is undone back to the earlier answer).
   *
   * @return a new session without the last answer; this session if there is none
   */
  public GuideSession back() {
    if (history.isEmpty()) {
      return this;
    }
    return new GuideSession(guide, policy, history.subList(0, history.size() - 1));
  }

  /**
   * Whether there is an answer to undo.
   *
   * @return true when at least one answer was given
   */
  public boolean canGoBack() {
    return !history.isEmpty();
  }
}
