package io.github.justculture.cli.report;

import static io.github.justculture.cli.report.Html.esc;

import io.github.justculture.gate.GateItem;
import io.github.justculture.gate.GateResult;
import io.github.justculture.gate.GateStatus;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.Outcome;
import io.github.justculture.restorative.ChecklistStage;
import io.github.justculture.restorative.Mark;
import io.github.justculture.restorative.PartyType;
import io.github.justculture.restorative.RestorativeAssessment;
import io.github.justculture.restorative.RestorativeFinding;
import java.util.ArrayList;
import java.util.List;
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
            .append(r.outcome().map(Outcome::severityOutOfMax).orElse("—"))
            .append("</td><td class=\"nowrap\"><time datetime=\"")
            .append(esc(e.evaluatedAt().toString()))
            .append("\">")
            .append(esc(dateTime(e.evaluatedAt())))
            .append("</time></td></tr>\n");
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
          .append(esc(date(input.assessedOn())))
          .append(", derived from the case</caption>\n<thead><tr><th scope=\"col\">Stage</th>");
      for (PartyType t : PartyType.REQUIRED) {
        body.append("<th scope=\"col\">").append(esc(words(t.name()))).append("</th>");
      }
      body.append("</tr></thead>\n<tbody>\n");
      for (ChecklistStage stage : ChecklistStage.values()) {
        Map<PartyType, Mark> row = a.checklist().getOrDefault(stage, Map.of()); // each is there
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
    List<GateResult> checks = input.gateResults();
    for (int i = 0; i < checks.size(); i++) {
      GateResult g = checks.get(i);
      // Checks of the same proposal are told apart by their number, and a later one says what
      // changed since the one before.
      long ofProposal = checks.stream().filter(c -> c.proposal().equals(g.proposal())).count();
      int number = 1;
      GateResult previous = null;
      for (int j = 0; j < i; j++) {
        if (checks.get(j).proposal().equals(g.proposal())) {
          number++;
          previous = checks.get(j);
        }
      }
      body.append("<h3>Proposal ").append(esc(g.proposal()));
      if (ofProposal > 1) {
        body.append(", check ").append(number).append(" of ").append(ofProposal);
      }
      body.append(": ").append(g.passed() ? "passed" : "refused").append("</h3>\n");
      if (previous != null) {
        List<String> changed = new ArrayList<>();
        for (GateItem item : g.items()) {
          for (GateItem before : previous.items()) {
            if (before.id().equals(item.id()) && before.status() != item.status()) {
              changed.add(GateItem.title(item.id()) + ": now " + status(item.status()));
            }
          }
        }
        body.append("<p>Since check ")
            .append(number - 1)
            .append(": ")
            .append(changed.isEmpty() ? "no item changed" : esc(String.join("; ", changed)))
            .append(".</p>\n");
      }
      body.append(
          "<table>\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Status</th>"
              + "<th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
      for (GateItem item : g.items()) {
        body.append("<tr><th scope=\"row\">")
            .append(esc(GateItem.title(item.id())))
            .append("<br><small><code>")
            .append(esc(item.id()))
            .append("</code></small></th><td class=\"")
            .append(item.status() == GateStatus.UNMET ? "unmet" : "met")
            .append("\">")
            .append(
                switch (item.status()) {
                  case MET -> "✓ met";
                  case UNMET -> "✗ unmet";
                  case NOT_APPLICABLE -> "not applicable";
                  case ADVISORY -> "✗ not met (advisory)";
                })
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

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  /** A date as en-GB writes it: 4 December 2026. */
  static String date(java.time.LocalDate date) {
    return DATE.format(date);
  }

  /** An instant as en-GB writes it, in UTC: 20 November 2026, 14:30 UTC. */
  static String dateTime(java.time.Instant instant) {
    java.time.ZonedDateTime utc = instant.atZone(java.time.ZoneOffset.UTC);
    return DATE.format(utc) + ", " + TIME.format(utc) + " UTC";
  }

  private static String status(GateStatus status) {
    return switch (status) {
      case MET -> "met";
      case UNMET -> "unmet";
      case NOT_APPLICABLE -> "not applicable";
      case ADVISORY -> "not met (advisory)";
    };
  }

  private static String words(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
