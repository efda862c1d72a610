package io.github.justculture.cli.report;

import static io.github.justculture.cli.report.Html.esc;

import io.github.justculture.gate.GateItem;
import io.github.justculture.gate.GateResult;
import io.github.justculture.gate.GateStatus;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.restorative.ChecklistStage;
import io.github.justculture.restorative.Mark;
import io.github.justculture.restorative.PartyType;
import io.github.justculture.restorative.RestorativeAssessment;
import io.github.justculture.restorative.RestorativeFinding;
import java.util.Locale;
import java.util.Map;

/**
 * One page per incident: each evaluation's outcome, the restorative checklist and what is
 * outstanding, the gate.
 */
public final class CaseReport {

  private CaseReport() {}

  /**
   * The report.
   *
   * @param input the incident, its restorative case and gate results
   * @return the HTML page
   */
  public static String html(CaseReportInput input) {
    StringBuilder body = new StringBuilder();
    body.append("<h2>Just culture evaluations</h2>\n");
    if (input.incident().evaluations().isEmpty()) {
      body.append("<p>No evaluation is recorded.</p>\n");
    } else {
      body.append(
          "<table>\n<thead><tr><th scope=\"col\">Person</th><th scope=\"col\">Act</th>"
              + "<th scope=\"col\">Guide</th><th scope=\"col\">Outcome</th><th scope=\"col\">Severity</th>"
              + "<th scope=\"col\">Evaluated</th></tr></thead>\n<tbody>\n");
      for (EvaluationRecord e : input.incident().evaluations()) {
        GuideResult r = e.result();
        body.append("<tr><th scope=\"row\">")
            .append(esc(e.subject().reference()))
            .append("</th><td>")
            .append(esc(e.act()))
            .append("</td><td>")
            .append(esc(e.guide().id() + " " + e.guide().version()))
            .append("</td><td>")
            .append(
                r.outcome()
                    .map(o -> esc(o.label()) + " <small>(" + esc(o.id()) + ")</small>")
                    .orElse("No outcome yet: next question " + esc(r.nextQuestion().orElse(""))))
            .append("</td><td class=\"num\">")
            .append(r.outcome().map(o -> o.severity() + " of 5").orElse("—"))
            .append("</td><td>")
            .append(esc(e.evaluatedAt().toString()))
            .append("</td></tr>\n");
      }
      body.append(
          "</tbody>\n</table>\n<p>Each person and act is evaluated separately; the page never merges them"
              + " into one verdict.</p>\n");
    }
    body.append("<h2>Restorative case</h2>\n");
    if (input.restorativeCase().isEmpty()) {
      body.append("<p>No restorative case is recorded for this incident.</p>\n");
    } else {
      RestorativeAssessment a = input.restorativeCase().get().assess(input.assessedOn());
      body.append("<table>\n<caption>Dekker's restorative just culture checklist on ")
          .append(esc(input.assessedOn().toString()))
          .append(", derived from the case</caption>\n<thead><tr><th scope=\"col\">Stage</th>");
      for (PartyType t : PartyType.REQUIRED) {
        body.append("<th scope=\"col\">").append(esc(words(t.name()))).append("</th>");
      }
      body.append("</tr></thead>\n<tbody>\n");
      for (ChecklistStage stage : ChecklistStage.values()) {
        Map<PartyType, Mark> row = a.checklist().get(stage);
        body.append("<tr><th scope=\"row\">").append(esc(words(stage.name()))).append("</th>");
        for (PartyType t : PartyType.REQUIRED) {
          Mark m = row.get(t);
          body.append("<td>")
              .append(m == Mark.YES ? "✓ yes" : m == Mark.NO ? "✗ no" : "not applicable")
              .append("</td>");
        }
        body.append("</tr>\n");
      }
      body.append("</tbody>\n</table>\n");
      if (a.findings().isEmpty()) {
        body.append("<p>Nothing is outstanding.</p>\n");
      } else {
        body.append("<p>Outstanding:</p>\n<ul>\n");
        for (RestorativeFinding f : a.findings()) {
          body.append("<li>").append(esc(f.message())).append("</li>\n");
        }
        body.append("</ul>\n");
      }
      body.append("<p>May the case close? <strong>")
          .append(a.closable() ? "Yes" : "Not yet")
          .append("</strong></p>\n");
    }
    body.append("<h2>Formal-action gate</h2>\n");
    if (input.gateResults().isEmpty()) {
      body.append("<p>No proposal for formal action has been checked.</p>\n");
    }
    for (GateResult g : input.gateResults()) {
      body.append("<table>\n<caption>Proposal ")
          .append(esc(g.proposal()))
          .append(": <strong>")
          .append(g.passed() ? "passed" : "refused")
          .append(
              "</strong></caption>\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Status</th>"
                  + "<th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
      for (GateItem item : g.items()) {
        body.append("<tr><th scope=\"row\">")
            .append(esc(item.id()))
            .append("</th><td class=\"")
            .append(item.status() == GateStatus.UNMET ? "unmet" : "met")
            .append("\">")
            .append(
                item.status() == GateStatus.MET
                    ? "✓ met"
                    : item.status() == GateStatus.UNMET ? "✗ unmet" : "not applicable")
            .append("</td><td>")
            .append(esc(item.reason().orElse("")))
            .append("</td></tr>\n");
      }
      body.append("</tbody>\n</table>\n");
      if (!g.prompts().isEmpty()) {
        body.append("<p>Questions for the panel:</p>\n<ul>\n");
        g.prompts().forEach(p -> body.append("<li>").append(esc(p)).append("</li>\n"));
        body.append("</ul>\n");
      }
    }
    return Html.page("Incident " + input.incident().reference(), body.toString());
  }

  private static String words(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
