package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.json.JustCultureJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Trust-defined guides are data: hundreds of random definitions (random shapes of up to 40
 * questions and up to 64 outcomes, the limit), each evaluated on random answers, held against a
 * naive walk of the definition written from the documented rules alone: the outcome or the possible
 * outcomes, the next question, the route and the unused answers, under both policies, by {@link
 * Guide#evaluate} and {@link Guide#decide} alike. The NHS and Reason oracles cover the two built-in
 * definitions; this covers the shapes a trust may give (the compiled decision of ADR 8 must not
 * depend on the NHS guide's shape).
 */
class RandomDefinitionTest {

  private static final long SEED = Long.getLong("random.seed", 20261130L);

  /** A definition as maps, the reference walks over it. */
  private record Shape(
      String start,
      List<String> questions,
      Map<String, String> yes,
      Map<String, String> no,
      Map<String, Answer> favoured,
      Set<String> outcomes) {

    boolean isOutcome(String node) {
      return outcomes.contains(node);
    }
  }

  @Test
  void randomDefinitionsDecideAsANaiveWalkOfTheirDefinitionDoes() {
    Random random = new Random(SEED);
    int reached = 0;
    int open = 0;
    for (int d = 0; d < 400; d++) {
      Shape shape = randomShape(random, d % 10 == 0 ? 64 : 1 + random.nextInt(8));
      Guide guide = Guide.of(JustCultureJson.codec().read(json(shape, d), GuideDefinition.class));
      for (int k = 0; k < 40; k++) {
        Map<String, Answer> answers = randomAnswers(shape, random);
        for (UnknownPolicy policy : UnknownPolicy.values()) {
          String what = "definition " + d + ", " + policy + ", answers " + answers;
          Map<String, Answer> effective = effective(shape, answers, policy);
          Set<String> possible = possible(shape, shape.start(), effective);
          GuideResult result = guide.evaluate(answers, policy);
          Decision decision = guide.decide(guide.vector(answers), policy);
          assertThat(decision.agreesWith(result)).as(what).isTrue();
          if (possible.size() == 1) {
            reached++;
            String outcome = possible.iterator().next();
            assertThat(result.outcome().map(Outcome::id)).as(what).contains(outcome);
            assertThat(decision.outcome().map(Outcome::id)).as(what).contains(outcome);
            assertThat(result.nextQuestion()).as(what).isEmpty();
            List<String> route = knownRoute(shape, effective);
            if (route != null) {
              assertThat(result.path()).extracting(Step::question).as(what).isEqualTo(route);
              assertThat(result.unusedAnswers())
                  .extracting(Step::question)
                  .as(what)
                  .isEqualTo(
                      shape.questions().stream()
                          .filter(q -> answers.containsKey(q) && !route.contains(q))
                          .toList());
            }
          } else {
            open++;
            assertThat(result.outcome()).as(what).isEmpty();
            assertThat(new TreeSet<>(result.possibleOutcomes())).as(what).isEqualTo(possible);
            assertThat(new TreeSet<>(decision.possibleOutcomes())).as(what).isEqualTo(possible);
            String next = next(shape, effective);
            assertThat(result.nextQuestion()).as(what).contains(next);
            assertThat(decision.nextQuestion()).as(what).contains(next);
            Set<String> reachable = new LinkedHashSet<>();
            reachable(shape, shape.start(), effective, reachable);
            assertThat(result.unusedAnswers())
                .extracting(Step::question)
                .as(what)
                .isEqualTo(
                    shape.questions().stream()
                        .filter(q -> answers.containsKey(q) && !reachable.contains(q))
                        .toList());
          }
        }
      }
    }
    // Both kinds of result were met often, or the test says little.
    assertThat(reached).isGreaterThan(5000);
    assertThat(open).isGreaterThan(5000);
  }

  /**
   * A random shape: questions in an order where each answer leads to a later question or an
   * outcome, so there is no cycle; then only what the start reaches is kept, as a definition must
   * be.
   */
  private static Shape randomShape(Random random, int outcomeCount) {
    int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 10);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < outcomeCount; i++) {
      outcomes.add("o" + i);
    }
    Map<String, String> yes = new HashMap<>();
    Map<String, String> no = new HashMap<>();
    for (int i = 0; i < n; i++) {
      yes.put("q" + i, target(random, i, n, outcomes));
      no.put("q" + i, target(random, i, n, outcomes));
    }
    Set<String> kept = new LinkedHashSet<>();
    List<String> stack = new ArrayList<>(List.of("q0"));
    while (!stack.isEmpty()) {
      String node = stack.remove(stack.size() - 1);
      if (kept.add(node) && node.startsWith("q")) {
        stack.add(yes.get(node));
        stack.add(no.get(node));
      }
    }
    List<String> questions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (kept.contains("q" + i)) {
        questions.add("q" + i);
      }
    }
    Map<String, Answer> favoured = new HashMap<>();
    for (String q : questions) {
      if (random.nextInt(3) == 0) {
        favoured.put(q, random.nextBoolean() ? Answer.YES : Answer.NO);
      }
    }
    Set<String> reachedOutcomes = new TreeSet<>();
    kept.stream().filter(k -> k.startsWith("o")).forEach(reachedOutcomes::add);
    return new Shape("q0", questions, yes, no, favoured, reachedOutcomes);
  }

  private static String target(Random random, int i, int n, List<String> outcomes) {
    if (i + 1 < n && random.nextInt(3) != 0) {
      return "q" + (i + 1 + random.nextInt(Math.min(4, n - i - 1)));
    }
    return outcomes.get(random.nextInt(outcomes.size()));
  }

  private static String json(Shape shape, int d) {
    StringBuilder q = new StringBuilder();
    for (String id : shape.questions()) {
      q.append(q.length() == 0 ? "" : ",")
          .append(
              String.format(
                  "{\"id\":\"%s\",\"test\":\"t\",\"text\":\"Is %s so?\",\"yes\":\"%s\",\"no\":\"%s\"}",
                  id, id, shape.yes().get(id), shape.no().get(id)));
    }
    StringBuilder o = new StringBuilder();
    for (String id : shape.outcomes()) {
      o.append(o.length() == 0 ? "" : ",")
          .append(
              String.format(
                  "{\"id\":\"%s\",\"label\":\"Outcome %s\",\"severity\":1,\"category\":\"SYSTEM\","
                      + "\"individualDirected\":false,\"response\":\"Learn.\","
                      + "\"systemClause\":\"Look at the system.\"}",
                  id, id));
    }
    StringBuilder b = new StringBuilder();
    shape
        .favoured()
        .forEach(
            (id, a) ->
                b.append(b.length() == 0 ? "" : ",")
                    .append('"')
                    .append(id)
                    .append("\":\"")
                    .append(a)
                    .append('"'));
    return "{\"id\":\"random-"
        + d
        + "\",\"version\":\"1.0\",\"title\":\"A random guide\",\"source\":{\"title\":\"a test\","
        + "\"year\":2026},\"licence\":\"MIT\",\"start\":\"q0\",\"questions\":["
        + q
        + "],\"outcomes\":["
        + o
        + "],\"benefitOfDoubt\":{"
        + b
        + "}}";
  }

  /** YES and NO mostly, some UNKNOWN, some left out. */
  private static Map<String, Answer> randomAnswers(Shape shape, Random random) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String q : shape.questions()) {
      int r = random.nextInt(10);
      if (r < 4) {
        answers.put(q, Answer.YES);
      } else if (r < 8) {
        answers.put(q, Answer.NO);
      } else if (r < 9) {
        answers.put(q, Answer.UNKNOWN);
      }
    }
    return answers;
  }

  /** Under the benefit of the doubt, an UNKNOWN takes its favoured answer, when it has one. */
  private static Map<String, Answer> effective(
      Shape shape, Map<String, Answer> answers, UnknownPolicy policy) {
    Map<String, Answer> out = new HashMap<>(answers);
    if (policy == UnknownPolicy.BENEFIT_OF_DOUBT) {
      answers.forEach(
          (q, a) -> {
            if (a == Answer.UNKNOWN && shape.favoured().containsKey(q)) {
              out.put(q, shape.favoured().get(q));
            }
          });
    }
    return out;
  }

  /** The outcomes some completion of the answers reaches. */
  private static Set<String> possible(Shape shape, String node, Map<String, Answer> a) {
    Set<String> out = new TreeSet<>();
    if (shape.isOutcome(node)) {
      out.add(node);
      return out;
    }
    Answer answer = a.get(node);
    if (answer != Answer.NO) {
      out.addAll(possible(shape, shape.yes().get(node), a));
    }
    if (answer != Answer.YES) {
      out.addAll(possible(shape, shape.no().get(node), a));
    }
    return out;
  }

  /** The questions some completion passes through. */
  private static void reachable(Shape shape, String node, Map<String, Answer> a, Set<String> seen) {
    if (shape.isOutcome(node) || !seen.add(node)) {
      return;
    }
    Answer answer = a.get(node);
    if (answer != Answer.NO) {
      reachable(shape, shape.yes().get(node), a, seen);
    }
    if (answer != Answer.YES) {
      reachable(shape, shape.no().get(node), a, seen);
    }
  }

  /** The route of known answers to an outcome, or null when it meets an unresolved question. */
  private static List<String> knownRoute(Shape shape, Map<String, Answer> a) {
    List<String> route = new ArrayList<>();
    String node = shape.start();
    while (!shape.isOutcome(node)) {
      Answer answer = a.get(node);
      if (answer == null || answer == Answer.UNKNOWN) {
        return null;
      }
      route.add(node);
      node = answer == Answer.YES ? shape.yes().get(node) : shape.no().get(node);
    }
    return route;
  }

  /**
   * The documented next question: depth first from the start over the completions, known answers
   * followed, YES tried before NO at an unknown; the first missing question met, else the first
   * unknown one.
   */
  private static String next(Shape shape, Map<String, Answer> a) {
    List<String> order = new ArrayList<>();
    preorder(shape, shape.start(), a, new LinkedHashSet<>(), order);
    return order.stream()
        .filter(q -> !a.containsKey(q))
        .findFirst()
        .orElseGet(
            () -> order.stream().filter(q -> a.get(q) == Answer.UNKNOWN).findFirst().orElseThrow());
  }

  private static void preorder(
      Shape shape, String node, Map<String, Answer> a, Set<String> seen, List<String> order) {
    if (shape.isOutcome(node) || !seen.add(node)) {
      return;
    }
    order.add(node);
    Answer answer = a.get(node);
    if (answer != Answer.NO) {
      preorder(shape, shape.yes().get(node), a, seen, order);
    }
    if (answer != Answer.YES) {
      preorder(shape, shape.no().get(node), a, seen, order);
    }
  }
}
