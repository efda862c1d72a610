package io.github.justculture.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.cli.Tour;
import io.github.justculture.cost.CostParameter;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Guides;
import io.github.justculture.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The structure of the three reports: semantic, accessible, self-contained, deterministic. */
class ReportsTest {

  private static final Tour TOUR = Tour.run();
  private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

  @Test
  void everyReportIsASelfContainedSemanticPage() {
    for (Map.Entry<String, String> e : TOUR.reports().entrySet()) {
      String html = e.getValue();
      assertThat(html)
          .as(e.getKey())
          .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
          .contains("<meta charset=\"utf-8\">", "<title>", "<main>", "<h1>", "<h2>", "@media print")
          .doesNotContain("<script", "<link ", "<img", "@import", "url(http");
      assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
          .doesNotContain("http://", "https://");
      Matcher svg = SVG.matcher(html);
      int charts = 0;
      while (svg.find()) {
        charts++;
        String chart = svg.group();
        assertThat(chart)
            .as("%s chart %d", e.getKey(), charts)
            .contains("role=\"img\"", "aria-labelledby=");
        Document doc = parse(chart);
        assertThat(doc.getElementsByTagName("title").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
      }
      assertThat(charts)
          .as(e.getKey())
          .isEqualTo(e.getKey().startsWith("case") ? 0 : e.getKey().startsWith("cost") ? 3 : 1);
    }
  }

  @Test
  void theGuideFlowchartHighlightsTheRouteAndMatchesItsGoldenFile() {
    EvaluationRecord last = (EvaluationRecord) TOUR.records().get("evaluation-staff-0042.json");
    String svg = GuideReport.svg(Guides.nhs2018(), last.result());
    assertThat(svg)
        .contains("Individual management action")
        .contains("severity 4 of 5 — reached")
        .contains("marker-end=\"url(#arrow-route)\"");
    // Every answered question is labelled beside its box, and every outcome names its severity in
    // text.
    assertThat(svg.split("font-weight=\"700\" fill=\"#0b1f66\">", -1)).hasSize(12);
    assertThat(svg.split("of 5", -1)).hasSize(8);
    Golden.assertMatches("guide-flowchart.svg", svg);
  }

  @Test
  void theCostReportDrawsBarsTornadoAndHistogramWithItsNumbers() {
    String html = TOUR.reports().get("cost-sample-trust.html");
    assertThat(html)
        .contains("£10,397,862.18")
        .contains("<title id=\"bars-title\">Cost by component</title>")
        .contains("<title id=\"tornado-title\">One-way sensitivity of the total</title>")
        .contains("<title id=\"histogram-title\">Distribution of the simulated total</title>")
        .contains(">P5 £", ">median £", ">P95 £")
        .contains("hatched: ranges we assumed");
    assertThat(html.split("fill=\"#9db7d9\"", -1)).hasSize(31);
  }

  @Test
  void theCostReportSpeaksInLabelsHasAPoundAxisAndMarksAndExplainsTheHeadline() {
    String html = TOUR.reports().get("cost-sample-trust.html");
    // Human labels in the charts, never the JSON's camelCase names (those stand only in <code>).
    for (CostParameter p : CostParameter.values()) {
      assertThat(chartText(html)).doesNotContain(">" + p.jsonName() + "<");
    }
    assertThat(chartText(html))
        .contains(">Sickness absence<", ">Replacing staff who leave<")
        .contains(">Grievances, compensation and litigation per bullied employee<")
        .doesNotContainPattern(">[a-z]+[A-Z][A-Za-z]*<");
    // A £ axis with round ticks, and its title.
    Matcher ticks =
        Pattern.compile("<text data-tick=\"\"[^>]*>(£[0-9.,]+[mk]?)</text>").matcher(html);
    int n = 0;
    while (ticks.find()) {
      n++;
    }
    assertThat(n).isBetween(3, 12);
    assertThat(html).contains("Total cost a year (£)");
    // The headline total is marked on the axis and its place against the median explained.
    assertThat(html)
        .contains("data-marker=\"headline\"")
        .contains("headline total £10,397,862.18")
        .contains("The headline total, £10,397,862.18 (marked), is the point estimate");
    assertThat(html).containsPattern("It is (above|below|at) the median of the simulation");
    // Sources are public citations, not our internal brief.
    assertThat(html).doesNotContain("cost-model.md").contains("Oxford Economics 2014");
  }

  @Test
  void theHeadlineNoteFollowsTheNumbers() {
    io.github.justculture.cost.CostProfile profile =
        io.github.justculture.cost.CostProfile.builder().headcount(5200).build();
    io.github.justculture.cost.Sensitivity sensitivity =
        io.github.justculture.cost.CostCalculator.sensitivity(profile);
    io.github.justculture.cost.SimulationResult sim =
        io.github.justculture.cost.CostCalculator.simulate(
            io.github.justculture.cost.SimulationRequest.builder().profile(profile).build(),
            20_000,
            3,
            Runnable::run,
            d -> {});
    io.github.justculture.core.Gbp total =
        io.github.justculture.cost.CostCalculator.estimate(profile).total();
    String note = CostReport.headlineNote(total, sim, sensitivity);
    String side = total.compareTo(sim.total().p50()) > 0 ? "above" : "below";
    assertThat(note).contains("It is " + side + " the median");
    // Moved below the median, the same note says so.
    assertThat(CostReport.headlineNote(io.github.justculture.core.Gbp.parse("1"), sim, sensitivity))
        .contains("It is below the median");
    assertThat(CostReport.inWords(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void theCasePageShowsEvaluationsChecklistAndGate() {
    String html = TOUR.reports().get("case-INC-2026-0117.html");
    assertThat(html)
        .contains("<h1>Incident INC-2026-0117</h1>")
        .contains("System failure: foresight", "Individual management action")
        .contains("Dekker's restorative just culture checklist on 4 December 2026")
        .contains("✗ no", "✓ yes", "not applicable")
        .contains(
            "<h3>Proposal FAP-2026-031, check 1 of 2: refused</h3>",
            "<h3>Proposal FAP-2026-031, check 2 of 2: passed</h3>")
        .contains("<p>Since check 1: More than one decision-maker, with HR advice: now met;")
        .contains("Questions for the panel");
  }

  @Test
  void theCasePageWritesDatesAndWordsAsAReaderDoes() {
    String html = TOUR.reports().get("case-INC-2026-0117.html");
    assertThat(html)
        .contains("<time datetime=\"2026-11-20T14:30:00Z\">20 November 2026, 14:30 UTC</time>")
        .doesNotContainPattern(">[^<]*[0-9]{4}-[0-9]{2}-[0-9]{2}T[^<]*<");
    // No constant's code in the prose: PSYCHOLOGICAL, EMOTIONAL_HEALING, INFORMAL_RESOLUTION...
    String prose = html.replaceAll("<code>[^<]*</code>", "").replaceAll("<[^>]*>", " ");
    assertThat(prose).doesNotContainPattern("\\b[A-Z]{4,}(_[A-Z]+)*\\b");
    assertThat(prose).contains("the psychological harm to staff-0077");
  }

  /** The text of the report's charts. */
  private static String chartText(String html) {
    StringBuilder out = new StringBuilder();
    Matcher svg = SVG.matcher(html);
    while (svg.find()) {
      out.append(svg.group());
    }
    return out.toString();
  }

  @Test
  void reportsAreDeterministic() {
    assertThat(Tour.run().reports()).isEqualTo(TOUR.reports());
  }

  static Document parse(String xml) {
    try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  static Path write(Path dir, String name, String html) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }
}
