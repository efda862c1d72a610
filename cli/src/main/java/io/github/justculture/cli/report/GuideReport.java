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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private static final int QUESTION_X = 150;
  private static final int QUESTION_W = 330;
  private static final int ROW = 64;
  private static final int BOX_H = 44;
  private static final int OUTCOME_X = 660;
  private static final int OUTCOME_W = 300;

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
          .append(o.severity())
          .append(" of 5).</p>\n<p>")
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

  private static Answer answerOf(GuideResult result, String question) {
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

  /** The flowchart: our own layout, no external library. */
  static String svg(Guide guide, GuideResult result) {
    List<Question> questions = guide.definition().questions();
    List<Outcome> outcomes = guide.definition().outcomes();
    Map<String, Integer> qRow = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      qRow.put(questions.get(i).id(), i);
    }
    int outcomeGap = Math.max(BOX_H + 16, (questions.size() * ROW) / Math.max(1, outcomes.size()));
    Map<String, Integer> oY = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      oY.put(outcomes.get(i).id(), 40 + i * outcomeGap);
    }
    int height = Math.max(40 + questions.size() * ROW, 40 + outcomes.size() * outcomeGap) + 20;
    int width = OUTCOME_X + OUTCOME_W + 20;

    GuideDiagrams.Route taken = GuideDiagrams.route(guide, result);
    Set<String> onRoute = taken.nodes();
    Map<String, Answer> given = new HashMap<>();
    result.path().forEach(s -> given.put(s.question(), s.answer()));
    result.unusedAnswers().forEach(s -> given.put(s.question(), s.answer()));

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
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
    // Bands by test.
    int start = 0;
    for (int i = 1; i <= questions.size(); i++) {
      if (i == questions.size() || !questions.get(i).test().equals(questions.get(start).test())) {
        int y = 40 + start * ROW - 10;
        int h = (i - start) * ROW;
        svg.append("<rect x=\"8\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(QUESTION_X + QUESTION_W + 80)
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
    // Edges first, under the boxes.
    for (Question q : questions) {
      int row = qRow.get(q.id());
      int y = 40 + row * ROW + BOX_H / 2;
      for (String answer : List.of("YES", "NO")) {
        String target = answer.equals("YES") ? q.yes() : q.no();
        boolean onIt = taken.takes(q.id(), Answer.valueOf(answer));
        String stroke =
            onIt
                ? " stroke=\"#0b1f66\" stroke-width=\"4\""
                : " stroke=\"#666\" stroke-width=\"1.2\"";
        String marker = onIt ? "url(#arrow-route)" : "url(#arrow)";
        String d;
        int labelX;
        int labelY;
        if (qRow.containsKey(target)) {
          int ty = 40 + qRow.get(target) * ROW;
          int x = QUESTION_X + (answer.equals("YES") ? QUESTION_W / 2 - 40 : QUESTION_W / 2 + 40);
          d = "M" + x + "," + (40 + row * ROW + BOX_H) + " L" + x + "," + ty;
          labelX = x + 4;
          labelY = 40 + row * ROW + BOX_H + 12;
        } else {
          int ty = oY.get(target) + BOX_H / 2;
          int sx = QUESTION_X + QUESTION_W;
          int dy = answer.equals("YES") ? -8 : 8;
          int mid = 560 + (row % 3) * 20;
          d =
              "M" + sx + "," + (y + dy) + " L" + mid + "," + (y + dy) + " L" + mid + "," + ty + " L"
                  + OUTCOME_X + "," + ty;
          labelX = sx + 6;
          labelY = y + dy - 3;
        }
        svg.append("<path d=\"")
            .append(d)
            .append("\" fill=\"none\"")
            .append(stroke)
            .append(" marker-end=\"")
            .append(marker)
            .append("\"/>\n<text x=\"")
            .append(labelX)
            .append("\" y=\"")
            .append(labelY)
            .append("\" font-size=\"10\" fill=\"#222\">")
            .append(answer)
            .append("</text>\n");
      }
    }
    for (Question q : questions) {
      int y = 40 + qRow.get(q.id()) * ROW;
      boolean route = onRoute.contains(q.id());
      svg.append("<g><rect x=\"")
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
      int y = oY.get(o.id());
      boolean route = onRoute.contains(o.id());
      svg.append("<g><rect x=\"")
          .append(OUTCOME_X)
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
          .append(OUTCOME_X + 10)
          .append("\" y=\"")
          .append(y + 18)
          .append("\" font-size=\"12\" font-weight=\"700\" fill=\"#111\">")
          .append(esc(o.label()))
          .append("</text>\n<text x=\"")
          .append(OUTCOME_X + 10)
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
    for (String word : text.split(" ")) {
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
