package io.github.justculture.guide;

import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A compiled {@link GuideDefinition}: the engine that evaluates answers against it.
 *
 * <p>Evaluation is a pure function of (definition, answers, policy): no clock, no state, no I/O. A
 * guide is immutable and may be shared by any number of threads.
 *
 * <pre>{@code
 * Guide guide = Guides.nhs2018();
 * GuideResult result = guide.evaluate(Map.of("1a", Answer.NO, "2a", Answer.NO, "2b", Answer.NO,
 *     "2c", Answer.NO, "3a", Answer.YES, "3b", Answer.NO));
 * result.outcome().get().id();   // "system-foresight"
 * }</pre>
 */
public final class Guide {

  // Answer codes in the compiled form.
  private static final byte MISSING = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;
  private static final byte UNKNOWN = 3;

  // What walkKnown returns when an unknown or missing answer stops it (outcomes are ~index < 0).
  private static final int OPEN = Integer.MAX_VALUE;

  private final GuideDefinition definition;
  private final GuideRef ref;
  private final Map<String, Integer> questionIndex;
  private final Question[] questions;
  private final Outcome[] outcomes;
  private final int start;
  // Targets: >= 0 a question index; < 0 the outcome index ~target.
  private final int[] yes;
  private final int[] no;
  private final byte[] favoured;
  // The path and unused-answer entries, made once: [question][answer code].
  private final Step[][] steps;
  // The decision for each outcome reached, made once: decide() allocates nothing when reached.
  private final Decision[] reachedDecisions;

  private Guide(GuideDefinition definition) {
    this.definition = definition;
    this.questions = definition.questions().toArray(new Question[0]);
    this.outcomes = definition.outcomes().toArray(new Outcome[0]);
    Map<String, Integer> qIndex = new HashMap<>();
    for (int i = 0; i < questions.length; i++) {
      qIndex.put(questions[i].id(), i);
    }
    Map<String, Integer> oIndex = new HashMap<>();
    for (int i = 0; i < outcomes.length; i++) {
      oIndex.put(outcomes[i].id(), i);
    }
    this.questionIndex = Map.copyOf(qIndex);
    this.yes = new int[questions.length];
    this.no = new int[questions.length];
    this.favoured = new byte[questions.length];
    for (int i = 0; i < questions.length; i++) {
      yes[i] = target(questions[i].yes(), qIndex, oIndex);
      no[i] = target(questions[i].no(), qIndex, oIndex);
      Answer f = definition.benefitOfDoubt().get(questions[i].id());
      favoured[i] = f == null ? MISSING : code(f);
    }
    this.start = target(definition.start(), qIndex, oIndex);
    this.steps = new Step[questions.length][4];
    for (int i = 0; i < questions.length; i++) {
      for (byte c = YES; c <= UNKNOWN; c++) {
        steps[i][c] = Step.of(questions[i].id(), answer(c));
      }
    }
    this.ref =
        GuideRef.of(definition.id(), definition.version(), DefinitionHash.sha256(definition));
    this.reachedDecisions = new Decision[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      reachedDecisions[o] = Decision.reached(outcomes[o]);
    }
  }

  private static int target(String id, Map<String, Integer> qIndex, Map<String, Integer> oIndex) {
    Integer q = qIndex.get(id);
    if (q != null) {
      return q;
    }
    Integer o = oIndex.get(id);
    if (o == null) {
      throw new IllegalStateException("validated definition has an unknown target " + id);
    }
    return ~o;
  }

  /**
   * Compiles a definition. Definitions validate themselves when built, so this cannot fail.
   *
   * @param definition the definition
   * @return the guide
   */
  public static Guide of(GuideDefinition definition) {
    return new Guide(definition);
  }

  /**
   * The definition.
   *
   * @return the definition this guide was compiled from
   */
  public GuideDefinition definition() {
    return definition;
  }

  /**
   * The definition's id, version and content hash.
   *
   * @return the reference every result carries
   */
  public GuideRef ref() {
    return ref;
  }

  /**
   * The definition's id.
   *
   * @return the id
   */
  public String id() {
    return definition.id();
  }

  /**
   * A question by id.
   *
   * @param id the question id
   * @return the question, or empty if the guide has none with that id
   */
  public Optional<Question> question(String id) {
    Integer i = questionIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(questions[i]);
  }

  /**
   * An outcome by id.
   *
   * @param id the outcome id
   * @return the outcome, or empty if the guide has none with that id
   */
  public Optional<Outcome> outcome(String id) {
    for (Outcome o : outcomes) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Evaluates bare answers under {@link UnknownPolicy#SUSPEND}.
   *
   * @param answers question id → answer; questions not in the map are unanswered
   * @return the result
   * @throws io.github.justculture.core.InvalidInputException naming every answer to a question the
   *     guide does not have ({@code $.answers.3d: unknown question})
   */
  public GuideResult evaluate(Map<String, Answer> answers) {
    return evaluate(answers, UnknownPolicy.SUSPEND);
  }

  /**
   * Evaluates bare answers.
   *
   * @param answers question id → answer; questions not in the map are unanswered
   * @param policy what to do with unknown answers
   * @return the result
   * @throws io.github.justculture.core.InvalidInputException naming every answer to a question the
   *     guide does not have
   */
  public GuideResult evaluate(Map<String, Answer> answers, UnknownPolicy policy) {
    return evaluate(codes(answers), null, policy);
  }

  /**
   * Evaluates answers with their rationales, which the explanation quotes.
   *
   * @param answers question id → given answer; questions not in the map are unanswered
   * @param policy what to do with unknown answers
   * @return the result
   * @throws io.github.justculture.core.InvalidInputException naming every answer to a question the
   *     guide does not have
   */
  public GuideResult evaluateGiven(Map<String, GivenAnswer> answers, UnknownPolicy policy) {
    GivenAnswer[] details = new GivenAnswer[questions.length];
    return evaluate(givenCodes(answers, details), details, policy);
  }

  /**
   * Encodes answers for {@link #decide}: once, for answers decided many times.
   *
   * @param answers question id → answer; questions not in the map are unanswered
   * @return the encoded answers
   * @throws io.github.justculture.core.InvalidInputException naming every answer to a question the
   *     guide does not have
   */
  public AnswerVector vector(Map<String, Answer> answers) {
    return new AnswerVector(ref, codes(answers));
  }

  /**
   * Encodes given answers (a stored record's, say) for {@link #decide}; rationales play no part in
   * a decision.
   *
   * @param answers question id → given answer; questions not in the map are unanswered
   * @return the encoded answers
   * @throws io.github.justculture.core.InvalidInputException naming every answer to a question the
   *     guide does not have
   */
  public AnswerVector vectorGiven(Map<String, GivenAnswer> answers) {
    return new AnswerVector(ref, givenCodes(answers, null));
  }

  /** Answer codes by question index; refuses answers to questions the guide does not have. */
  private byte[] codes(Map<String, Answer> answers) {
    byte[] a = new byte[questions.length];
    answers.forEach((id, answer) -> a[index(id, answers.keySet())] = code(answer));
    return a;
  }

  /** The same for given answers, keeping each by index in {@code details} when asked. */
  private byte[] givenCodes(
      Map<String, GivenAnswer> answers, @Nullable GivenAnswer @Nullable [] details) {
    byte[] a = new byte[questions.length];
    answers.forEach(
        (id, given) -> {
          int i = index(id, answers.keySet());
          a[i] = code(given.answer());
          if (details != null) {
            details[i] = given;
          }
        });
    return a;
  }

  private int index(String question, java.util.Collection<String> all) {
    Integer i = questionIndex.get(question);
    if (i == null) {
      throw unknownQuestionsError(all);
    }
    return i;
  }

  /**
   * The decision alone: the outcome, or the possible outcomes and the next question, exactly as
   * {@link #evaluate(Map, UnknownPolicy)} gives them, without the route or the explanation. When
   * the answers on the way from the start reach an outcome it walks the definition once and
   * allocates nothing.
   *
   * @param answers answers encoded by this guide ({@link #vector})
   * @param policy what to do with unknown answers
   * @return the decision
   * @throws IllegalArgumentException if the answers were encoded by another guide
   */
  public Decision decide(AnswerVector answers, UnknownPolicy policy) {
    if (answers.size() != questions.length || !answers.guide().equals(ref)) {
      throw new IllegalArgumentException(
          "answers encoded for " + answers.guide() + " cannot be decided by " + this);
    }
    boolean benefit = policy == UnknownPolicy.BENEFIT_OF_DOUBT;
    int end = walkKnown(answers.codes(), benefit);
    return end == OPEN ? decideOpen(answers, benefit) : reachedDecisions[~end];
  }

  /**
   * Follows the answers from the start while each on the way is YES or NO (after benefit of the
   * doubt): the outcome reached, as {@code ~index}, or {@link #OPEN} at the first unknown or
   * missing answer. Allocates nothing.
   */
  private int walkKnown(byte[] codes, boolean benefit) {
    int node = start;
    while (node >= 0) {
      byte c = effective(codes[node], node, benefit);
      if (c == YES) {
        node = yes[node];
      } else if (c == NO) {
        node = no[node];
      } else {
        return OPEN;
      }
    }
    return node;
  }

  private byte effective(byte code, int question, boolean benefit) {
    return benefit && code == UNKNOWN && favoured[question] != MISSING ? favoured[question] : code;
  }

  /** An unknown or missing answer on the way: the possible outcomes, and the next question. */
  private Decision decideOpen(AnswerVector answers, boolean benefit) {
    byte[] a = effective(answers.codes(), benefit);
    long possible = reach(start, a, new long[questions.length]);
    if (Long.bitCount(possible) == 1) {
      return reachedDecisions[Long.numberOfTrailingZeros(possible)];
    }
    return Decision.awaiting(outcomeIds(possible), questions[nextQuestion(a)].id());
  }

  /**
   * The answers to questions this guide does not have, as findings at {@code $.answers.<id>}: what
   * {@link #evaluate} refuses, for a caller that wants to report it together with other problems of
   * a request.
   *
   * @param ids the answered question ids
   * @return a finding per id the guide does not have, in id order; empty when all are known
   */
  public List<io.github.justculture.core.Finding> unknownQuestions(
      java.util.Collection<String> ids) {
    FindingCollector problems = FindingCollector.create();
    ids.stream()
        .filter(id -> !questionIndex.containsKey(id))
        .sorted()
        .forEach(
            id ->
                problems.add(
                    JsonPaths.field("$.answers", id),
                    "unknown question " + JsonPaths.quoted(id) + " in guide " + definition.id()));
    return problems.findings();
  }

  private io.github.justculture.core.InvalidInputException unknownQuestionsError(
      java.util.Collection<String> ids) {
    return new io.github.justculture.core.InvalidInputException("answers", unknownQuestions(ids));
  }

  /**
   * The evaluation proper, over answer codes by question index (and their details, when given): the
   * decision now, everything else when first read ({@link Result}).
   */
  private GuideResult evaluate(
      byte[] given, @Nullable GivenAnswer @Nullable [] details, UnknownPolicy policy) {
    boolean benefit = policy == UnknownPolicy.BENEFIT_OF_DOUBT;
    int end = walkKnown(given, benefit);
    long possible =
        end == OPEN
            ? reach(start, effective(given, benefit), new long[questions.length])
            : 1L << ~end;
    return new Result(this, given, details, policy, possible);
  }

  /**
   * The answers the engine decides on: under benefit of the doubt, favoured answers for unknowns.
   */
  private byte[] effective(byte[] given, boolean benefit) {
    byte[] a = given.clone();
    for (int i = 0; i < a.length; i++) {
      a[i] = effective(given[i], i, benefit);
    }
    return a;
  }

  /**
   * A result as {@link #evaluate} makes it: the answer codes and the outcomes they allow, which
   * settle its status and outcome at once; the rest is worked out from them the first time it is
   * read, once, and kept. Immutable: the codes are never written after construction, and what is
   * worked out is published through volatile fields as values with final fields.
   */
  private static final class Result extends GuideResult {
    private final Guide guide;
    private final byte[] given;
    private final @Nullable GivenAnswer @Nullable [] details;
    private final UnknownPolicy policy;
    private final long possible;
    private volatile @Nullable Route route;
    private volatile @Nullable String explanation;

    Result(
        Guide guide,
        byte[] given,
        @Nullable GivenAnswer @Nullable [] details,
        UnknownPolicy policy,
        long possible) {
      this.guide = guide;
      this.given = given;
      this.details = details;
      this.policy = policy;
      this.possible = possible;
    }

    @Override
    public GuideRef guide() {
      return guide.ref;
    }

    @Override
    public UnknownPolicy unknownPolicy() {
      return policy;
    }

    @Override
    public Status status() {
      return Long.bitCount(possible) == 1 ? Status.OUTCOME_REACHED : Status.AWAITING_INFORMATION;
    }

    @Override
    public Optional<Outcome> outcome() {
      return Long.bitCount(possible) == 1
          ? Optional.of(guide.outcomes[Long.numberOfTrailingZeros(possible)])
          : Optional.empty();
    }

    @Override
    public List<String> possibleOutcomes() {
      return route().possibleOutcomes;
    }

    @Override
    public Optional<String> nextQuestion() {
      return route().nextQuestion;
    }

    @Override
    public List<Step> path() {
      return route().path;
    }

    @Override
    public List<Step> unusedAnswers() {
      return route().unused;
    }

    @Override
    public List<Substitution> substitutions() {
      return route().substitutions;
    }

    @Override
    public List<String> caveats() {
      return guide.definition.caveats();
    }

    @Override
    public String explanation() {
      String text = explanation;
      if (text == null) {
        Route r = route();
        text =
            Explanation.of(
                outcome().orElse(null),
                r.possibleOutcomes,
                r.next < 0 ? null : guide.questions[r.next],
                r.path,
                r.substitutions,
                guide.questionIndex,
                guide.questions,
                details);
        explanation = text;
      }
      return text;
    }

    private Route route() {
      Route r = route;
      if (r == null) {
        r = guide.route(given, policy, possible);
        route = r;
      }
      return r;
    }
  }

  /** What a result shows beyond its outcome: every list immutable, every field final. */
  private static final class Route {
    final List<String> possibleOutcomes;
    final int next;
    final Optional<String> nextQuestion;
    final List<Step> path;
    final List<Step> unused;
    final List<Substitution> substitutions;

    Route(
        List<String> possibleOutcomes,
        int next,
        Optional<String> nextQuestion,
        List<Step> path,
        List<Step> unused,
        List<Substitution> substitutions) {
      this.possibleOutcomes = List.copyOf(possibleOutcomes);
      this.next = next;
      this.nextQuestion = nextQuestion;
      this.path = List.copyOf(path);
      this.unused = List.copyOf(unused);
      this.substitutions = List.copyOf(substitutions);
    }
  }

  /**
   * The route, unused answers, substitutions and next question of answers that allow {@code
   * possible}.
   */
  private Route route(byte[] given, UnknownPolicy policy, long possible) {
    List<Substitution> substitutions = new ArrayList<>();
    byte[] a = given.clone();
    if (policy == UnknownPolicy.BENEFIT_OF_DOUBT) {
      for (int i = 0; i < a.length; i++) {
        if (a[i] == UNKNOWN && favoured[i] != MISSING) {
          a[i] = favoured[i];
          substitutions.add(Substitution.of(questions[i].id(), answer(favoured[i])));
        }
      }
    }
    boolean reached = Long.bitCount(possible) == 1;
    long[] memo = new long[questions.length];
    if (!reached) {
      reach(start, a, memo); // marks every question some completion reaches
    }
    boolean[] onPath = new boolean[questions.length];
    List<Step> path = new ArrayList<>();
    int next = -1;
    if (reached) {
      walkReached(a, onPath, path);
    } else {
      next = nextQuestion(a);
      walkAwaiting(a, onPath, path);
    }
    // Unused: off the route when reached; unreachable by any completion while awaiting.
    List<Step> unused = new ArrayList<>();
    for (int i = 0; i < questions.length; i++) {
      boolean used = reached ? onPath[i] : memo[i] != 0;
      if (a[i] != MISSING && !used) {
        unused.add(steps[i][a[i]]);
      }
    }
    return new Route(
        outcomeIds(possible),
        next,
        next < 0 ? Optional.empty() : Optional.of(questions[next].id()),
        path,
        unused,
        substitutions);
  }

  /** The ids of the outcomes in a bit set over outcome indices, in the definition's order. */
  private List<String> outcomeIds(long possible) {
    List<String> ids = new ArrayList<>(Long.bitCount(possible));
    for (int o = 0; o < outcomes.length; o++) {
      if ((possible & (1L << o)) != 0) {
        ids.add(outcomes[o].id());
      }
    }
    return ids;
  }

  /**
   * The outcomes reachable from a node, as a bit set over outcome indices; memoised per question.
   */
  private long reach(int node, byte[] a, long[] memo) {
    if (node < 0) {
      return 1L << ~node;
    }
    long known = memo[node];
    if (known != 0) {
      return known;
    }
    long set =
        switch (a[node]) {
          case YES -> reach(yes[node], a, memo);
          case NO -> reach(no[node], a, memo);
          default -> reach(yes[node], a, memo) | reach(no[node], a, memo);
        };
    memo[node] = set;
    return set;
  }

  /**
   * The next question: depth-first from the start over the completions, following known answers and
   * trying YES before NO at unknowns; the first missing question met, else the first unknown one.
   */
  private int nextQuestion(byte[] a) {
    boolean[] visited = new boolean[questions.length];
    int[] firstUnknown = {-1};
    int missing = firstMissing(start, a, visited, firstUnknown);
    return missing >= 0 ? missing : firstUnknown[0];
  }

  private int firstMissing(int node, byte[] a, boolean[] visited, int[] firstUnknown) {
    if (node < 0 || visited[node]) {
      return -1;
    }
    visited[node] = true;
    return switch (a[node]) {
      case MISSING -> node;
      case YES -> firstMissing(yes[node], a, visited, firstUnknown);
      case NO -> firstMissing(no[node], a, visited, firstUnknown);
      default -> {
        if (firstUnknown[0] < 0) {
          firstUnknown[0] = node;
        }
        int found = firstMissing(yes[node], a, visited, firstUnknown);
        yield found >= 0 ? found : firstMissing(no[node], a, visited, firstUnknown);
      }
    };
  }

  /**
   * The route to a reached outcome. At an unknown or missing question every branch leads to the
   * outcome; the route takes the one that passes through more given answers (YES on a tie), so that
   * the answers that decided the outcome are on it.
   */
  private void walkReached(byte[] a, boolean[] onPath, List<Step> path) {
    int[] answered = new int[questions.length];
    java.util.Arrays.fill(answered, -1);
    int node = start;
    while (node >= 0) {
      byte given = a[node];
      if (given != MISSING) {
        onPath[node] = true;
        path.add(steps[node][given]);
      }
      node =
          switch (given) {
            case YES -> yes[node];
            case NO -> no[node];
            default ->
                answeredOnRoute(no[node], a, answered) > answeredOnRoute(yes[node], a, answered)
                    ? no[node]
                    : yes[node];
          };
    }
  }

  private int answeredOnRoute(int node, byte[] a, int[] memo) {
    if (node < 0) {
      return 0;
    }
    if (memo[node] >= 0) {
      return memo[node];
    }
    int count =
        switch (a[node]) {
          case YES -> 1 + answeredOnRoute(yes[node], a, memo);
          case NO -> 1 + answeredOnRoute(no[node], a, memo);
          default ->
              Math.max(answeredOnRoute(yes[node], a, memo), answeredOnRoute(no[node], a, memo));
        };
    memo[node] = count;
    return count;
  }

  /** The route while awaiting: known answers from the start up to the first unresolved question. */
  private void walkAwaiting(byte[] a, boolean[] onPath, List<Step> path) {
    int node = start;
    while (node >= 0 && a[node] != MISSING) {
      onPath[node] = true;
      path.add(steps[node][a[node]]);
      if (a[node] == UNKNOWN) {
        return;
      }
      node = a[node] == YES ? yes[node] : no[node];
    }
  }

  private static byte code(Answer answer) {
    return switch (answer) {
      case YES -> YES;
      case NO -> NO;
      case UNKNOWN -> UNKNOWN;
    };
  }

  private static Answer answer(byte code) {
    return switch (code) {
      case YES -> Answer.YES;
      case NO -> Answer.NO;
      case UNKNOWN -> Answer.UNKNOWN;
      default -> throw new IllegalArgumentException("no answer for code " + code);
    };
  }

  /**
   * The guide's id, version and hash.
   *
   * @return for example {@code Guide[nhs-2018 1.0 sha256=…]}
   */
  @Override
  public String toString() {
    return "Guide[" + ref.id() + " " + ref.version() + " sha256=" + ref.sha256() + "]";
  }
}
