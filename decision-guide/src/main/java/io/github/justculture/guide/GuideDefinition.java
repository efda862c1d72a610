package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.SourceCitation;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.core.internal.ValueStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A decision guide as data: questions with a target per answer, outcomes, the start question, the
 * source it follows and the caveats to print with every result.
 *
 * <p>Building one (from Java or JSON) checks it whole and reports every problem with its JSON path:
 * blank or malformed ids, duplicate ids, a start that is not a question, targets that name nothing,
 * questions or outcomes that cannot be reached from the start, cycles, severities outside 0–{@value
 * Outcome#MAX_SEVERITY}, and benefit-of-doubt entries for unknown questions. A definition that
 * builds is a finite acyclic graph in which every question leads to at least one outcome.
 * Reachability and cycles are checked only when the start, every id and every target are sound:
 * they are not defined on a graph with unknown or ambiguous nodes.
 *
 * <p>Limits: at most {@value #MAX_QUESTIONS} questions and {@value #MAX_OUTCOMES} outcomes.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGuideDefinition.class)
@JsonDeserialize(as = ImmutableGuideDefinition.class)
public abstract class GuideDefinition {

  /** The most questions a definition may have. */
  public static final int MAX_QUESTIONS = 500;

  /** The most outcomes a definition may have. */
  public static final int MAX_OUTCOMES = 64;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  GuideDefinition() {}

  /**
   * The definition's id, for example {@code nhs-2018}.
   *
   * @return letters, digits, {@code -} and {@code _}
   */
  public abstract String id();

  /**
   * The version of this definition (not of the source), for example {@code 1.0}. Change it whenever
   * the content changes; stored evaluations also carry the content hash.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The title, for example {@code A just culture guide (NHS Improvement, 2018)}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The source the definition follows.
   *
   * @return the citation
   */
  public abstract SourceCitation source();

  /**
   * The licence of the source and of this wording, for example {@code Open Government Licence
   * v3.0}.
   *
   * @return the licence note
   */
  public abstract String licence();

  /**
   * Further notes on the definition, such as how it was reconstructed.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * The id of the first question.
   *
   * @return a question id
   */
  public abstract String start();

  /**
   * The questions, in the order of the source.
   *
   * @return the questions
   */
  public abstract List<Question> questions();

  /**
   * The outcomes, in the order results list possible outcomes.
   *
   * @return the outcomes
   */
  public abstract List<Outcome> outcomes();

  /**
   * The caveats every result carries (for the NHS guide: it does not replace an investigation or HR
   * advice, it may need revisiting, one act at a time).
   *
   * @return the caveats
   */
  public abstract List<String> caveats();

  /**
   * For {@link UnknownPolicy#BENEFIT_OF_DOUBT}: the answer that favours the individual, per
   * question. A question not listed is never presumed either way.
   *
   * @return question id → YES or NO
   */
  public abstract Map<String, Answer> benefitOfDoubt();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableGuideDefinition.Builder builder() {
    return ImmutableGuideDefinition.builder();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    // The size rules first, and alone: a definition over them is not checked further, so that a
    // hostile one costs nothing to refuse.
    problems.require(
        questions().size() <= MAX_QUESTIONS,
        "$.questions",
        "must have at most " + MAX_QUESTIONS + " questions",
        questions().size());
    problems.require(
        outcomes().size() <= MAX_OUTCOMES,
        "$.outcomes",
        "must have at most " + MAX_OUTCOMES + " outcomes",
        outcomes().size());
    problems.throwIfAny("guide definition");
    requireId(problems, "$.id", id());
    requireText(problems, "$.version", version());
    requireText(problems, "$.title", title());
    requireText(problems, "$.licence", licence());
    problems.require(
        !questions().isEmpty(), "$.questions", "must have at least one question", null);
    problems.require(!outcomes().isEmpty(), "$.outcomes", "must have at least one outcome", null);
    for (int i = 0; i < caveats().size(); i++) {
      requireText(problems, JsonPaths.index("$.caveats", i), caveats().get(i));
    }

    // Ids: well-formed and unique across questions and outcomes.
    Map<String, String> firstPath = new HashMap<>();
    Map<String, Integer> questionIndex = new HashMap<>();
    Set<String> outcomeIds = new HashSet<>();
    for (int i = 0; i < questions().size(); i++) {
      Question q = questions().get(i);
      String path = JsonPaths.index("$.questions", i);
      if (requireId(problems, path + ".id", q.id())
          && unique(problems, firstPath, q.id(), path + ".id")) {
        questionIndex.put(q.id(), i);
      }
      requireText(problems, path + ".test", q.test());
      requireText(problems, path + ".text", q.text());
    }
    for (int i = 0; i < outcomes().size(); i++) {
      Outcome o = outcomes().get(i);
      String path = JsonPaths.index("$.outcomes", i);
      if (requireId(problems, path + ".id", o.id())
          && unique(problems, firstPath, o.id(), path + ".id")) {
        outcomeIds.add(o.id());
      }
      requireText(problems, path + ".label", o.label());
      requireText(problems, path + ".response", o.response());
      requireText(problems, path + ".systemClause", o.systemClause());
      problems.require(
          o.severity() >= 0 && o.severity() <= Outcome.MAX_SEVERITY,
          path + ".severity",
          "must be between 0 and " + Outcome.MAX_SEVERITY,
          o.severity());
    }

    boolean startKnown =
        problems.require(
            questionIndex.containsKey(start()),
            "$.start",
            outcomeIds.contains(start())
                ? "must be a question, not an outcome"
                : "unknown question",
            start());

    // Targets.
    boolean targetsKnown = true;
    for (int i = 0; i < questions().size(); i++) {
      Question q = questions().get(i);
      String path = JsonPaths.index("$.questions", i);
      for (Answer a : List.of(Answer.YES, Answer.NO)) {
        String target = q.target(a);
        boolean known = questionIndex.containsKey(target) || outcomeIds.contains(target);
        targetsKnown &=
            problems.require(
                known,
                path + "." + a.name().toLowerCase(java.util.Locale.ROOT),
                "unknown target",
                target);
      }
    }

    for (Map.Entry<String, Answer> e : benefitOfDoubt().entrySet()) {
      String path = JsonPaths.field("$.benefitOfDoubt", e.getKey());
      problems.require(questionIndex.containsKey(e.getKey()), path, "unknown question", e.getKey());
      problems.require(e.getValue() != Answer.UNKNOWN, path, "must be YES or NO", e.getValue());
    }

    if (startKnown && targetsKnown && questionIndex.size() == questions().size()) {
      checkGraph(problems, questionIndex);
    }
    problems.throwIfAny("guide definition");
  }

  /** Reachability from the start, and cycles, over a graph whose ids and targets are all known. */
  private void checkGraph(FindingCollector problems, Map<String, Integer> questionIndex) {
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.push(start());
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (reached.add(id)) {
        Integer q = questionIndex.get(id);
        if (q != null) {
          todo.push(questions().get(q).no());
          todo.push(questions().get(q).yes());
        }
      }
    }
    for (int i = 0; i < questions().size(); i++) {
      problems.require(
          reached.contains(questions().get(i).id()),
          JsonPaths.index("$.questions", i),
          "unreachable from the start question '" + start() + "'",
          questions().get(i).id());
    }
    for (int i = 0; i < outcomes().size(); i++) {
      problems.require(
          reached.contains(outcomes().get(i).id()),
          JsonPaths.index("$.outcomes", i),
          "unreachable from the start question '" + start() + "'",
          outcomes().get(i).id());
    }
    // Cycles: depth-first with an explicit stack (a chain of MAX_QUESTIONS must not need a deep
    // call stack), colouring questions; a target that is on the current path closes a cycle.
    int n = questions().size();
    int[] state = new int[n]; // 0 new, 1 on the current path, 2 done
    int[] nextEdge = new int[n]; // 0: try YES next, 1: try NO next, 2: both tried
    int[] path = new int[n];
    for (int root = 0; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      path[depth++] = root;
      state[root] = 1;
      while (depth > 0) {
        int q = path[depth - 1];
        if (nextEdge[q] == 2) {
          state[q] = 2;
          depth--;
          continue;
        }
        Answer a = nextEdge[q] == 0 ? Answer.YES : Answer.NO;
        nextEdge[q]++;
        String target = questions().get(q).target(a);
        Integer next = questionIndex.get(target);
        if (next == null) {
          continue;
        }
        if (state[next] == 1) {
          List<String> cycle = new ArrayList<>();
          int from = 0;
          while (path[from] != next) {
            from++;
          }
          for (int i = from; i < depth; i++) {
            cycle.add(questions().get(path[i]).id());
          }
          cycle.add(target);
          problems.add(
              JsonPaths.index("$.questions", q) + "." + a.name().toLowerCase(java.util.Locale.ROOT),
              "leads back to '" + target + "', forming a cycle " + String.join(" → ", cycle),
              target);
        } else if (state[next] == 0) {
          state[next] = 1;
          path[depth++] = next;
        }
      }
    }
  }

  private static boolean requireId(FindingCollector problems, String path, String id) {
    return problems.require(
        ID.matcher(id).matches(), path, "must be 1 to 64 letters, digits, '-' or '_'", id);
  }

  private static void requireText(FindingCollector problems, String path, String text) {
    problems.require(!text.isBlank(), path, "must not be blank", text);
  }

  private static boolean unique(
      FindingCollector problems, Map<String, String> firstPath, String id, String path) {
    String first = firstPath.putIfAbsent(id, path);
    return problems.require(first == null, path, "duplicate id, first used at " + first, id);
  }
}
