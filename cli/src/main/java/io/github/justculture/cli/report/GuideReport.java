package io.github.justculture.cli.report;

import static io.github.justculture.cli.report.Html.esc;

import io.github.justculture.guide.Answer;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDiagrams;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.Outcome;
import io.github.justculture.guide.Question;
import io.github.justculture.guide.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A decision guide's flowchart as an HTML page: questions in order, banded by test, outcomes in a
 * column coloured by severity (and labelled with it), the route of an evaluation drawn heavy with
 * the answers beside it, then the answers with their rationales, the outcome's response and system
 * clause, and the caveats.
 */
public final class GuideReport {

  /**
   * Fill per severity 0–5: light tints, so dark text keeps a contrast above 7:1 even in greyscale.
   */
  static final String[] SEVERITY_FILL = {
    "#e3f2e5", "#edf5e1", "#fff8d6", "#ffe8cc", "#fddcd2", "#f9d2d7"
  };

  private static final int TOP = 40;
  private static final int QUESTION_X = 150;
  private static final int QUESTION_W = 330;
  private static final int ROW = 64;
  private static final int BOX_H = 44;
  private static final int OUTCOME_W = 300;
  private static final int OUTCOME_GAP = 16;

  /** How far above (YES) and below (NO) a question's middle its answers leave on the right. */
  private static final int EXIT_OFFSET = 12;

  /** How far left (YES) and right (NO) of a question's middle its answers go straight down. */
  private static final int DOWN_OFFSET = 40;

  /** Room right of the questions for the YES and NO labels, before the first lane. */
  private static final int LABEL_ROOM = 40;

  /** The distance between two lanes of the channel. */
  private static final int LANE_GAP = 14;

  private GuideReport() {}

  /**
   * The report.
   *
   * @param guide the guide
   * @param result a result of this guide
   * @param answers the answers behind the result (for the rationales), possibly empty
   * @return the HTML page
   */
  public static String html(Guide guide, GuideResult result, Map<String, GivenAnswer> answers) {
    StringBuilder body = new StringBuilder();
    body.append("<p>")
        .append(esc(guide.definition().title()))
        .append(", definition ")
        .append(esc(guide.ref().id()))
        .append(' ')
        .append(esc(guide.ref().version()))
        .append(" (SHA-256 <code>")
        .append(esc(guide.ref().sha256().substring(0, 16)))
        .append("…</code>).</p>\n");
    body.append("<h2>Result</h2>\n");
    if (result.outcome().isPresent()) {
      Outcome o = result.outcome().get();
      body.append("<p><strong>")
          .append(esc(o.label()))
          .append("</strong> (")
          .append(esc(o.id()))
          .append(", severity ")
          .append(o.severityOutOfMax())
          .append(").</p>\n<p>")
          .append(esc(o.response()))
          .append("</p>\n<p><strong>System learning:</strong> ")
          .append(esc(o.systemClause()))
          .append("</p>\n");
    } else {
      body.append("<p><strong>No outcome yet.</strong> Possible outcomes: ")
          .append(esc(String.join(", ", result.possibleOutcomes())))
          .append(". Next question: ")
          .append(esc(result.nextQuestion().orElse("")))
          .append(".</p>\n");
    }
    body.append("<p>").append(esc(result.explanation())).append("</p>\n");
    body.append("<h2>Flowchart</h2>\n<figure>\n").append(svg(guide, result));
    body.append(
        "<figcaption>The guide's questions in order, grouped by test; each question's YES and NO lead to the next"
            + " question or to an outcome. The route of this evaluation is drawn heavy and dark; the answers given"
            + " are written beside their questions.</figcaption>\n</figure>\n");
    body.append(
        "<h2>Answers</h2>\n<table>\n<thead><tr><th scope=\"col\">Question</th>"
            + "<th scope=\"col\">Answer</th><th scope=\"col\">Rationale</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
    for (Question q : guide.definition().questions()) {
      GivenAnswer a = answers.get(q.id());
      Answer given = a != null ? a.answer() : answerOf(result, q.id());
      if (given == null) {
        continue;
      }
      body.append("<tr><th scope=\"row\">")
          .append(esc(q.id() + ": " + q.text()))
          .append("</th><td>")
          .append(given)
          .append("</td><td>")
          .append(a == null ? "" : esc(a.rationale().orElse("")))
          .append("</td><td>")
          .append(a == null ? "" : esc(String.join(", ", a.evidence())))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    body.append("<h2>Caveats</h2>\n<ul>\n");
    for (String caveat : result.caveats()) {
      body.append("<li>").append(esc(caveat)).append("</li>\n");
    }
    body.append("</ul>\n");
    return Html.page("Just culture guide: " + guide.definition().title(), body.toString());
  }

  /** A place the layout holds for every key it is asked about. */
  private static <K, V> V at(Map<K, V> map, K key) {
    V value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("the layout has no place for " + key);
    }
    return value;
  }

  private static @Nullable Answer answerOf(GuideResult result, String question) {
    for (Step s : result.path()) {
      if (s.question().equals(question)) {
        return s.answer();
      }
    }
    for (Step s : result.unusedAnswers()) {
      if (s.question().equals(question)) {
        return s.answer();
      }
    }
    return null;
  }

  /**
   * The flowchart: our own layout, no external library.
   *
   * <p>Questions stand in one column, in order; outcomes in a column to the right. An answer that
   * leads to the next question is a short line straight down (YES on the left, NO on the right).
   * Any other answer leaves its question on the right (YES above the middle, NO below), runs in a
   * vertical lane of its own target in the channel between the columns, and enters its target from
   * the left (an outcome) or the right (a question further on or back). Each target has its own
   * lane, so lines to different targets never share a segment, and no line crosses a box; an
   * outcome with a single source lines up with it and is reached by a straight line. Every line is
   * labelled YES or NO where it leaves its question, and carries {@code data-} attributes naming
   * its source, answer and target (checked by the geometric tests).
   */
  static String svg(Guide guide, GuideResult result) {
    Layout layout = Layout.of(guide);
    List<Question> questions = guide.definition().questions();
    List<Outcome> outcomes = guide.definition().outcomes();

    GuideDiagrams.Route taken = GuideDiagrams.route(guide, result);
    Set<String> onRoute = taken.nodes();
    Map<String, Answer> given = new HashMap<>();
    result.path().forEach(s -> given.put(s.question(), s.answer()));
    result.unusedAnswers().forEach(s -> given.put(s.question(), s.answer()));

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(layout.width)
        .append(' ')
        .append(layout.height)
        .append("\" width=\"")
        .append(layout.width)
        .append("\" height=\"")
        .append(layout.height)
        .append("\" role=\"img\" aria-labelledby=\"flow-title flow-desc\">\n")
        .append("<title id=\"flow-title\">Flowchart of ")
        .append(esc(guide.definition().title()))
        .append("</title>\n<desc id=\"flow-desc\">")
        .append(esc(description(guide, result)))
        .append("</desc>\n");
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
            + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
            + " fill=\"#444\"/></marker><marker id=\"arrow-route\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
            + " markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#0b1f66\"/></marker></defs>\n");
    // Bands by test, behind everything.
    int start = 0;
    for (int i = 1; i <= questions.size(); i++) {
      if (i == questions.size() || !questions.get(i).test().equals(questions.get(start).test())) {
        int y = TOP + start * ROW - 10;
        int h = (i - start) * ROW;
        svg.append("<rect x=\"8\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(QUESTION_X + QUESTION_W + 6 - 8)
            .append("\" height=\"")
            .append(h - 2)
            .append("\" fill=\"")
            .append(start % 2 == 0 ? "#f4f4f4" : "#ffffff")
            .append("\" stroke=\"#bbb\"/>\n<text x=\"16\" y=\"")
            .append(y + 18)
            .append("\" font-size=\"12\" fill=\"#222\">")
            .append(esc(questions.get(start).test()))
            .append("</text>\n");
        start = i;
      }
    }
    // Edges, under the boxes: those off the route first, so the route is drawn on top.
    List<Edge> edges = layout.edges;
    for (boolean routePass : new boolean[] {false, true}) {
      for (Edge e : edges) {
        boolean onIt = taken.takes(e.from, e.answer);
        if (onIt != routePass) {
          continue;
        }
        String stroke =
            onIt
                ? " stroke=\"#0b1f66\" stroke-width=\"4\""
                : " stroke=\"#666\" stroke-width=\"1.2\"";
        svg.append("<path data-edge=\"")
            .append(esc(e.from + " " + e.answer))
            .append("\" data-from=\"")
            .append(esc(e.from))
            .append("\" data-to=\"")
            .append(esc(e.to))
            .append("\" d=\"")
            .append(e.d())
            .append("\" fill=\"none\"")
            .append(stroke)
            .append(" marker-end=\"")
            .append(onIt ? "url(#arrow-route)" : "url(#arrow)")
            .append("\"/>\n");
      }
    }
    for (Edge e : edges) {
      svg.append("<text data-label=\"")
          .append(esc(e.from + " " + e.answer))
          .append("\" x=\"")
          .append(e.labelX)
          .append("\" y=\"")
          .append(e.labelY)
          .append("\" font-size=\"10\" fill=\"#222\">")
          .append(e.answer)
          .append("</text>\n");
    }
    for (Question q : questions) {
      int y = layout.questionTop(q.id());
      boolean route = onRoute.contains(q.id());
      svg.append("<g><rect data-node=\"")
          .append(esc(q.id()))
          .append("\" x=\"")
          .append(QUESTION_X)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(QUESTION_W)
          .append("\" height=\"")
          .append(BOX_H)
          .append("\" rx=\"6\" fill=\"#ffffff\" stroke=\"")
          .append(route ? "#0b1f66\" stroke-width=\"3.5" : "#444\" stroke-width=\"1")
          .append("\"/>\n");
      List<String> lines = wrap(q.id() + ": " + q.text(), 50);
      for (int l = 0; l < Math.min(2, lines.size()); l++) {
        String text = l == 1 && lines.size() > 2 ? lines.get(1) + "…" : lines.get(l);
        svg.append("<text x=\"")
            .append(QUESTION_X + 8)
            .append("\" y=\"")
            .append(y + 18 + l * 15)
            .append("\" font-size=\"12\" fill=\"#111\">")
            .append(esc(text))
            .append("</text>\n");
      }
      Answer a = given.get(q.id());
      if (a != null) {
        svg.append("<text x=\"")
            .append(QUESTION_X - 8)
            .append("\" y=\"")
            .append(y + BOX_H / 2 + 4)
            .append("\" text-anchor=\"end\" font-size=\"12\" font-weight=\"700\" fill=\"#0b1f66\">")
            .append(a)
            .append("</text>\n");
      }
      svg.append("</g>\n");
    }
    for (Outcome o : outcomes) {
      int y = at(layout.outcomeTop, o.id());
      boolean route = onRoute.contains(o.id());
      svg.append("<g><rect data-node=\"")
          .append(esc(o.id()))
          .append("\" x=\"")
          .append(layout.outcomeX)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(OUTCOME_W)
          .append("\" height=\"")
          .append(BOX_H)
          .append("\" rx=\"14\" fill=\"")
          .append(SEVERITY_FILL[o.severity()])
          .append("\" stroke=\"")
          .append(route ? "#0b1f66\" stroke-width=\"4" : "#444\" stroke-width=\"1")
          .append("\"/>\n<text x=\"")
          .append(layout.outcomeX + 10)
          .append("\" y=\"")
          .append(y + 18)
          .append("\" font-size=\"12\" font-weight=\"700\" fill=\"#111\">")
          .append(esc(o.label()))
          .append("</text>\n<text x=\"")
          .append(layout.outcomeX + 10)
          .append("\" y=\"")
          .append(y + 34)
          .append("\" font-size=\"11\" fill=\"#111\">severity ")
          .append(o.severity())
          .append(" of 5")
          .append(route ? " — reached" : "")
          .append("</text></g>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** One answer's line: its points, and where its YES or NO label stands. */
  private static final class Edge {
    final String from;
    final Answer answer;
    final String to;
    final List<int[]> points = new ArrayList<>();
    int labelX;
    int labelY;

    Edge(String from, Answer answer, String to) {
      this.from = from;
      this.answer = answer;
      this.to = to;
    }

    /** Adds a corner (or the end) of the line, unless it is where the line already is. */
    void via(int x, int y) {
      int[] last = points.isEmpty() ? null : points.get(points.size() - 1);
      if (last == null || last[0] != x || last[1] != y) {
        points.add(new int[] {x, y});
      }
    }

    String d() {
      StringBuilder d = new StringBuilder();
      for (int[] p : points) {
        d.append(d.length() == 0 ? "M" : " L").append(p[0]).append(',').append(p[1]);
      }
      return d.toString();
    }
  }

  /** Where every box and line goes. */
  private static final class Layout {
    final Map<String, Integer> row = new HashMap<>();
    final Map<String, Integer> outcomeTop = new HashMap<>();
    final List<Edge> edges = new ArrayList<>();
    int outcomeX;
    int width;
    int height;

    int questionTop(String id) {
      return TOP + at(row, id) * ROW;
    }

    int questionMiddle(String id) {
      return questionTop(id) + BOX_H / 2;
    }

    /** The y where an answer leaves its question on the right. */
    int exitY(String question, Answer answer) {
      return questionMiddle(question) + (answer == Answer.YES ? -EXIT_OFFSET : EXIT_OFFSET);
    }

    static Layout of(Guide guide) {
      Layout l = new Layout();
      List<Question> questions = guide.definition().questions();
      for (int i = 0; i < questions.size(); i++) {
        l.row.put(questions.get(i).id(), i);
      }
      // The lines that go through the channel, grouped by target, in order of first use.
      Map<String, List<Edge>> byTarget = new java.util.LinkedHashMap<>();
      List<Edge> down = new ArrayList<>();
      for (Question q : questions) {
        for (Answer answer : List.of(Answer.YES, Answer.NO)) {
          String target = answer == Answer.YES ? q.yes() : q.no();
          Edge e = new Edge(q.id(), answer, target);
          l.edges.add(e);
          Integer targetRow = l.row.get(target);
          if (targetRow != null && targetRow == at(l.row, q.id()) + 1) {
            down.add(e);
          } else {
            byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(e);
          }
        }
      }
      // Outcomes, in the order of the middle of their lines (so that lines cross as little as
      // they can), each as near that middle as the spacing allows: one reached by a single line
      // lines up with it; the others stand halfway between two rows of questions, where no line
      // leaves a question. An outcome no answer reaches goes last.
      Map<String, Double> wanted = new HashMap<>();
      for (Outcome o : guide.definition().outcomes()) {
        wanted.put(
            o.id(),
            byTarget.getOrDefault(o.id(), List.of()).stream()
                .mapToInt(e -> l.exitY(e.from, e.answer))
                .average()
                .orElse(Double.MAX_VALUE));
      }
      List<String> outcomeOrder =
          guide.definition().outcomes().stream()
              .map(Outcome::id)
              .sorted(java.util.Comparator.comparingDouble(wanted::get))
              .toList();
      Map<String, Integer> entryY = new HashMap<>();
      int lowest = Integer.MIN_VALUE;
      for (String o : outcomeOrder) {
        List<Edge> in = byTarget.getOrDefault(o, List.of());
        int floor = lowest == Integer.MIN_VALUE ? BOX_H / 2 + 8 : lowest + BOX_H + OUTCOME_GAP;
        int y;
        if (in.size() == 1 && l.exitY(in.get(0).from, in.get(0).answer) >= floor) {
          y = l.exitY(in.get(0).from, in.get(0).answer);
        } else {
          y = betweenRows(Math.max(in.isEmpty() ? floor : at(wanted, o), floor), floor);
        }
        entryY.put(o, y);
        l.outcomeTop.put(o, y - BOX_H / 2);
        lowest = y;
      }
      // One lane per target: questions reached from afar nearest the questions (their lines go
      // back left), then the outcomes, top down or bottom up, whichever crosses fewer lines.
      List<String> questionLanes = new ArrayList<>();
      byTarget.keySet().stream().filter(l.row::containsKey).forEach(questionLanes::add);
      List<String> down1 = new ArrayList<>(questionLanes);
      List<String> up1 = new ArrayList<>(questionLanes);
      List<String> reached = outcomeOrder.stream().filter(byTarget::containsKey).toList();
      down1.addAll(reached);
      List<String> reversed = new ArrayList<>(reached);
      java.util.Collections.reverse(reversed);
      up1.addAll(reversed);
      int channel = QUESTION_X + QUESTION_W + LABEL_ROOM;
      l.outcomeX = channel + Math.max(0, byTarget.size() - 1) * LANE_GAP + LANE_GAP * 2;
      List<String> lanes =
          l.crossings(up1, byTarget, entryY, channel)
                  < l.crossings(down1, byTarget, entryY, channel)
              ? up1
              : down1;
      for (Edge e : down) {
        int x = QUESTION_X + QUESTION_W / 2 + (e.answer == Answer.YES ? -DOWN_OFFSET : DOWN_OFFSET);
        int bottom = l.questionTop(e.from) + BOX_H;
        e.via(x, bottom);
        e.via(x, l.questionTop(e.to));
        e.labelX = x + 4;
        e.labelY = bottom + 12;
      }
      l.route(lanes, byTarget, entryY, channel);
      int bottom = TOP + questions.size() * ROW;
      for (int top : l.outcomeTop.values()) {
        bottom = Math.max(bottom, top + BOX_H + 16);
      }
      l.height = bottom + 20;
      l.width = l.outcomeX + OUTCOME_W + 20;
      return l;
    }

    /** Draws the lines of the channel, a lane per target in the given order. */
    void route(
        List<String> lanes,
        Map<String, List<Edge>> byTarget,
        Map<String, Integer> entryY,
        int channel) {
      int right = QUESTION_X + QUESTION_W;
      for (int i = 0; i < lanes.size(); i++) {
        String target = lanes.get(i);
        int lane = channel + i * LANE_GAP;
        boolean toQuestion = row.containsKey(target);
        int ty = toQuestion ? questionMiddle(target) : at(entryY, target);
        int tx = toQuestion ? right : outcomeX;
        for (Edge e : at(byTarget, target)) {
          e.points.clear();
          int ey = exitY(e.from, e.answer);
          e.via(right, ey);
          if (ey != ty || toQuestion) {
            e.via(lane, ey);
            e.via(lane, ty);
          }
          e.via(tx, ty);
          e.labelX = right + 10;
          e.labelY = e.answer == Answer.YES ? ey - 4 : ey + 12;
        }
      }
    }

    /** How many times lines to different targets cross with the lanes in this order. */
    int crossings(
        List<String> lanes,
        Map<String, List<Edge>> byTarget,
        Map<String, Integer> entryY,
        int channel) {
      route(lanes, byTarget, entryY, channel);
      List<int[]> horizontal = new ArrayList<>();
      List<int[]> vertical = new ArrayList<>();
      List<String> hTarget = new ArrayList<>();
      List<String> vTarget = new ArrayList<>();
      for (List<Edge> group : byTarget.values()) {
        for (Edge e : group) {
          for (int i = 1; i < e.points.size(); i++) {
            int[] a = e.points.get(i - 1);
            int[] b = e.points.get(i);
            if (a[1] == b[1]) {
              horizontal.add(new int[] {Math.min(a[0], b[0]), Math.max(a[0], b[0]), a[1]});
              hTarget.add(e.to);
            } else {
              vertical.add(new int[] {Math.min(a[1], b[1]), Math.max(a[1], b[1]), a[0]});
              vTarget.add(e.to);
            }
          }
        }
      }
      int n = 0;
      for (int h = 0; h < horizontal.size(); h++) {
        for (int v = 0; v < vertical.size(); v++) {
          int[] hs = horizontal.get(h);
          int[] vs = vertical.get(v);
          if (!hTarget.get(h).equals(vTarget.get(v))
              && vs[2] > hs[0]
              && vs[2] < hs[1]
              && hs[2] > vs[0]
              && hs[2] < vs[1]) {
            n++;
          }
        }
      }
      return n;
    }

    /**
     * The first height at or after {@code wanted} (and not before {@code floor}) halfway between
     * two rows of questions, where no line leaves a question.
     */
    static int betweenRows(double wanted, int floor) {
      int gapLine = TOP + BOX_H + (ROW - BOX_H) / 2; // below the first row
      int k = (int) Math.ceil((wanted - gapLine) / ROW);
      int y = gapLine + Math.max(-1, k) * ROW;
      while (y < floor) {
        y += ROW;
      }
      return y;
    }
  }

  private static String description(Guide guide, GuideResult result) {
    StringBuilder d = new StringBuilder();
    d.append(guide.definition().questions().size())
        .append(" questions lead to ")
        .append(guide.definition().outcomes().size())
        .append(" outcomes. Route taken: ");
    d.append(
        String.join(
            ", ", result.path().stream().map(s -> s.question() + " " + s.answer()).toList()));
    d.append(
        result
            .outcome()
            .map(o -> "; outcome " + o.label() + ", severity " + o.severity() + ".")
            .orElse("; no outcome yet."));
    return d.toString();
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (word.isEmpty()) {
        continue; // two spaces, or one at either end: no word between them
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
