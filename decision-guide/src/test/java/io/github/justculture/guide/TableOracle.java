package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * An oracle for a decision table, written from the domain reference and not from the engine: it
 * answers by walking every route the unknown and missing answers allow (each completion of them
 * takes one of these routes), where the engine walks a graph once with memoised bit sets.
 *
 * <p>Answer codes: 0 YES, 1 NO, 2 UNKNOWN, 3 missing. Targets: {@code >= 0} a question index,
 * {@code < 0} the outcome {@code ~target}.
 *
 * <p>The rules it encodes (docs/domain/decision-guides.md §1.3):
 *
 * <ul>
 *   <li>possible outcomes: those some completion ends in, in outcome order; reached when one;
 *   <li>next question: depth-first from the start, YES before NO at unknowns, the first missing
 *       question met, else the first unknown one;
 *   <li>path when reached: among the routes of all completions, the one through the most YES/NO
 *       answers, the first in YES-before-NO order on a tie, listing the given answers on it;
 *   <li>path while awaiting: the given answers from the start up to the first missing question, or
 *       up to and including the first unknown one;
 *   <li>unused answers: given answers off the path when reached; while awaiting, given answers to
 *       questions no completion visits;
 *   <li>substitutions under benefit of the doubt: each unknown answer to a question with a favoured
 *       answer, in question order, taken as that answer.
 * </ul>
 */
final class TableOracle {

  static final int YES = 0;
  static final int NO = 1;
  static final int UNKNOWN = 2;
  static final int MISSING = 3;

  final String[] ids;
  final int[] yes;
  final int[] no;
  final String[] outcomes;
  final int[] favoured;
  final int start;

  /**
   * @param ids question ids in definition order
   * @param yes target of YES per question
   * @param no target of NO per question
   * @param outcomes outcome ids in definition order
   * @param favoured benefit-of-doubt answer code per question, or -1 for none
   */
  TableOracle(String[] ids, int[] yes, int[] no, String[] outcomes, int[] favoured) {
    this.ids = ids;
    this.yes = yes;
    this.no = no;
    this.outcomes = outcomes;
    this.favoured = favoured;
    this.start = 0;
  }

  /** What the oracle expects for one combination of answer codes. */
  record Expected(
      List<String> possible,
      Optional<String> next,
      List<Step> path,
      List<Step> unused,
      List<Substitution> substitutions) {}

  /** The outcome a complete answer vector (yes[i] answers question i) ends in, by the table. */
  int walk(boolean[] answersYes) {
    int node = start;
    while (node >= 0) {
      node = answersYes[node] ? yes[node] : no[node];
    }
    return ~node;
  }

  Expected expect(int[] given, boolean benefitOfDoubt) {
    int[] codes = given.clone();
    List<Substitution> substitutions = new ArrayList<>();
    if (benefitOfDoubt) {
      for (int i = 0; i < codes.length; i++) {
        if (codes[i] == UNKNOWN && favoured[i] >= 0) {
          codes[i] = favoured[i];
          substitutions.add(Substitution.of(ids[i], answer(favoured[i])));
        }
      }
    }
    Routes w = new Routes(codes.length, outcomes.length);
    routes(start, 0, 0, codes, w);
    boolean[] seen = w.seen;
    boolean[] visited = w.visited;
    int[] bestRoute = w.bestRoute;
    int bestLength = w.bestLength;
    List<String> possible = new ArrayList<>();
    for (int o = 0; o < outcomes.length; o++) {
      if (seen[o]) {
        possible.add(outcomes[o]);
      }
    }
    boolean reached = possible.size() == 1;
    boolean[] onPath = new boolean[codes.length];
    List<Step> path = new ArrayList<>();
    if (reached) {
      for (int k = 0; k < bestLength; k++) {
        int node = bestRoute[k];
        if (codes[node] != MISSING) {
          onPath[node] = true;
          path.add(Step.of(ids[node], answer(codes[node])));
        }
      }
    } else {
      for (int node = start; node >= 0 && codes[node] != MISSING; ) {
        onPath[node] = true;
        path.add(Step.of(ids[node], answer(codes[node])));
        if (codes[node] == UNKNOWN) {
          break;
        }
        node = codes[node] == YES ? yes[node] : no[node];
      }
    }
    List<Step> unused = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      boolean used = reached ? onPath[i] : visited[i];
      if (codes[i] != MISSING && !used) {
        unused.add(Step.of(ids[i], answer(codes[i])));
      }
    }
    Optional<String> next = reached ? Optional.empty() : Optional.of(ids[next(codes)]);
    return new Expected(possible, next, path, unused, substitutions);
  }

  /** What walking every route finds: outcomes, questions visited, and the route to show. */
  private static final class Routes {
    final boolean[] seen;
    final boolean[] visited;
    final int[] route;
    final int[] bestRoute;
    int bestLength;
    int bestKnown = -1;

    Routes(int questions, int outcomes) {
      seen = new boolean[outcomes];
      visited = new boolean[questions];
      route = new int[questions];
      bestRoute = new int[questions];
    }
  }

  /**
   * Every route from {@code node} that some completion of the open answers takes (each completion
   * takes exactly one), YES before NO: the outcomes they end in, the questions they visit, and the
   * first route through the most YES/NO answers.
   */
  private void routes(int node, int depth, int known, int[] codes, Routes w) {
    if (node < 0) {
      w.seen[~node] = true;
      if (known > w.bestKnown) {
        w.bestKnown = known;
        w.bestLength = depth;
        System.arraycopy(w.route, 0, w.bestRoute, 0, depth);
      }
      return;
    }
    w.visited[node] = true;
    w.route[depth] = node;
    if (codes[node] == YES) {
      routes(yes[node], depth + 1, known + 1, codes, w);
    } else if (codes[node] == NO) {
      routes(no[node], depth + 1, known + 1, codes, w);
    } else {
      routes(yes[node], depth + 1, known, codes, w);
      routes(no[node], depth + 1, known, codes, w);
    }
  }

  private int next(int[] codes) {
    int[] firstUnknown = {-1};
    int missing = firstMissing(start, codes, firstUnknown);
    return missing >= 0 ? missing : firstUnknown[0];
  }

  private int firstMissing(int node, int[] codes, int[] firstUnknown) {
    if (node < 0) {
      return -1;
    }
    return switch (codes[node]) {
      case MISSING -> node;
      case YES -> firstMissing(yes[node], codes, firstUnknown);
      case NO -> firstMissing(no[node], codes, firstUnknown);
      default -> {
        if (firstUnknown[0] < 0) {
          firstUnknown[0] = node;
        }
        int found = firstMissing(yes[node], codes, firstUnknown);
        yield found >= 0 ? found : firstMissing(no[node], codes, firstUnknown);
      }
    };
  }

  static Answer answer(int code) {
    return switch (code) {
      case YES -> Answer.YES;
      case NO -> Answer.NO;
      case UNKNOWN -> Answer.UNKNOWN;
      default -> throw new IllegalArgumentException("no answer has code " + code);
    };
  }

  /**
   * Evaluates (and decides) every combination of answers (or every {@code stride}-th, for a sample)
   * and compares status, outcome, possible outcomes, next question, path, unused answers,
   * substitutions and the route the explanation states.
   *
   * @return the number of combinations checked
   */
  long checkAll(Guide guide, UnknownPolicy policy, int stride) {
    int combinations = 1 << (2 * ids.length);
    Answer[] answers = Answer.values();
    AtomicLong checked = new AtomicLong();
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    IntStream.range(0, (combinations + stride - 1) / stride)
        .parallel()
        .map(n -> n * stride)
        .forEach(
            n -> {
              int[] codes = new int[ids.length];
              Map<String, Answer> given = new HashMap<>();
              for (int i = 0; i < ids.length; i++) {
                codes[i] = (n >> (2 * i)) & 3;
                if (codes[i] != MISSING) {
                  given.put(ids[i], answers[codes[i]]);
                }
              }
              Expected e = expect(codes, policy == UnknownPolicy.BENEFIT_OF_DOUBT);
              GuideResult r = guide.evaluate(given, policy);
              Decision d = guide.decide(guide.vector(given), policy);
              boolean reached = e.possible().size() == 1;
              String route = routeText(e.path());
              boolean ok =
                  r.possibleOutcomes().equals(e.possible())
                      && r.isReached() == reached
                      && r.status()
                          == (reached ? Status.OUTCOME_REACHED : Status.AWAITING_INFORMATION)
                      && r.outcome()
                          .map(Outcome::id)
                          .equals(reached ? Optional.of(e.possible().get(0)) : Optional.empty())
                      && r.nextQuestion().equals(e.next())
                      && d.agreesWith(r)
                      && d.isReached() == reached
                      && r.path().equals(e.path())
                      && r.unusedAnswers().equals(e.unused())
                      && r.substitutions().equals(e.substitutions())
                      && r.explanation()
                          .startsWith(
                              reached ? "Reached " + e.possible().get(0) + " (" : "No outcome yet")
                      && (route.isEmpty()
                          ? !r.explanation().contains(" Route: ")
                          : r.explanation().contains(route));
              if (!ok && mismatches.size() < 5) {
                mismatches.add(given + " expected " + e + " but was " + r);
              }
              checked.incrementAndGet();
            });
    assertThat(mismatches).isEmpty();
    return checked.get();
  }

  /** The route sentence of the explanation, e.g. " Route: 1a NO, 2a YES." (empty for no path). */
  static String routeText(List<Step> path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(" Route: ");
    for (int i = 0; i < path.size(); i++) {
      s.append(i > 0 ? ", " : "").append(path.get(i).question()).append(' ');
      s.append(path.get(i).answer());
    }
    return s.append('.').toString();
  }
}
