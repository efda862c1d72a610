package io.github.justculture.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.cli.Tour;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Guides;
import io.github.justculture.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        .contains(">P5 £", ">P50 £", ">P95 £")
        .contains("hatched: ranges we assumed");
    assertThat(html.split("fill=\"#9db7d9\"", -1)).hasSize(31);
  }

  @Test
  void theCasePageShowsEvaluationsChecklistAndGate() {
    String html = TOUR.reports().get("case-INC-2026-0117.html");
    assertThat(html)
        .contains("<h1>Incident INC-2026-0117</h1>")
        .contains("System failure: foresight", "Individual management action")
        .contains("Dekker's restorative just culture checklist on 2026-12-04")
        .contains("✗ no", "✓ yes", "not applicable")
        .contains(
            "Proposal FAP-2026-031: <strong>refused</strong>",
            "Proposal FAP-2026-031: <strong>passed</strong>")
        .contains("Questions for the panel");
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
