package io.github.justculture.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.guide.Answer;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDiagrams;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.Outcome;
import io.github.justculture.guide.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flowchart read back as geometry, for every route of the built-in guides, the example
 * definition and a tangled test guide (lines skipping ahead, one going back up, outcomes listed out
 * of order): every line joins its own two boxes, crosses no box, shares no segment with a line to
 * another target, and is labelled YES or NO at its source; the heavy lines are exactly the route.
 */
class FlowchartGeometryTest {

  static Stream<Guide> guides() throws IOException {
    return Stream.of(
        Guides.nhs2018(),
        Guides.reason1997(),
        Guides.parse(Files.readAllBytes(Path.of("../examples/data/guide-definition.json"))),
        tangled());
  }

  static Guide tangled() throws IOException {
    try (InputStream in = FlowchartGeometryTest.class.getResourceAsStream("/guides/tangled.json")) {
      return Guides.parse(in.readAllBytes());
    }
  }

  @ParameterizedTest
  @MethodSource("guides")
  void everyRouteIsDrawnUnambiguously(Guide guide) {
    List<Map<String, Answer>> routes = routes(guide);
    // Every outcome is reached by some route, so every outcome's drawing is checked.
    assertThat(routes).hasSizeGreaterThanOrEqualTo(guide.definition().outcomes().size());
    for (Map<String, Answer> answers : routes) {
      GuideResult result = guide.evaluate(answers);
      FlowchartGeometry g = FlowchartGeometry.of(GuideReport.svg(guide, result));
      assertThat(g.breaches()).as(guide.id() + " " + answers).isEmpty();
      // One line per answer of every question, to the target the definition names.
      List<String> expected = new ArrayList<>();
      for (Question q : guide.definition().questions()) {
        expected.add(q.id() + " YES -> " + q.yes());
        expected.add(q.id() + " NO -> " + q.no());
      }
      assertThat(g.lines())
          .extracting(l -> l.edge() + " -> " + l.to())
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(g.boxes())
          .extracting(FlowchartGeometry.Box::id)
          .containsAll(guide.definition().outcomes().stream().map(Outcome::id).toList());
      // The heavy lines are the route, and only the route.
      GuideDiagrams.Route route = GuideDiagrams.route(guide, result);
      for (FlowchartGeometry.Line l : g.lines()) {
        assertThat(l.heavy())
            .as(l.edge())
            .isEqualTo(route.takes(l.from(), Answer.valueOf(l.answer())));
      }
    }
  }

  @Test
  void theRulesCatchTheFaultsTheOldLayoutHad() {
    // Two lines to different outcomes 4 px apart (nhs-2018's 4b YES beside 5a YES, as reported).
    String close =
        svg(
            box("a", 0, 0)
                + box("b", 0, 100)
                + box("x", 400, 0)
                + box("y", 400, 100)
                + line("a YES", "a", "x", "M100,20 L300,20 L300,20 L400,20")
                + label("a YES", "YES", 104, 16)
                + line("b YES", "b", "y", "M100,120 L296,120 L296,24 L400,24")
                + label("b YES", "YES", 104, 116));
    assertThat(FlowchartGeometry.of(close).linesSharingSegments()).isNotEmpty();
    // A line drawn through a box it does not enter (reason-1997's R3 NO behind R4).
    String through =
        svg(
            box("a", 0, 0)
                + box("m", 0, 60)
                + box("z", 0, 120)
                + line("a NO", "a", "z", "M50,40 L50,120")
                + label("a NO", "NO", 54, 52));
    assertThat(FlowchartGeometry.of(through).linesThroughBoxes())
        .containsExactly("a NO (to z) passes through the box of m");
    // A line without its label, and one whose label stands far from its source.
    String unlabelled =
        svg(
            box("a", 0, 0)
                + box("x", 400, 0)
                + box("y", 400, 100)
                + line("a YES", "a", "x", "M100,10 L400,10")
                + line("a NO", "a", "y", "M100,30 L200,30 L200,120 L400,120")
                + label("a NO", "NO", 300, 116));
    assertThat(FlowchartGeometry.of(unlabelled).unlabelledLines()).hasSize(2);
  }

  private static String svg(String body) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\">" + body + "</svg>";
  }

  private static String box(String id, int x, int y) {
    return "<rect data-node=\""
        + id
        + "\" x=\""
        + x
        + "\" y=\""
        + y
        + "\" width=\"100\" height=\"40\"/>";
  }

  private static String line(String edge, String from, String to, String d) {
    return "<path data-edge=\""
        + edge
        + "\" data-from=\""
        + from
        + "\" data-to=\""
        + to
        + "\" d=\""
        + d
        + "\" marker-end=\"url(#arrow)\"/>";
  }

  private static String label(String edge, String text, int x, int y) {
    return "<text data-label=\"" + edge + "\" x=\"" + x + "\" y=\"" + y + "\">" + text + "</text>";
  }

  /** The answers of every route from the start to an outcome. */
  static List<Map<String, Answer>> routes(Guide guide) {
    List<Map<String, Answer>> out = new ArrayList<>();
    walk(guide, guide.definition().start(), new LinkedHashMap<>(), new HashSet<>(), out);
    return out;
  }

  private static void walk(
      Guide guide,
      String node,
      Map<String, Answer> answers, // in question order
      Set<String> seen,
      List<Map<String, Answer>> out) {
    Question q = guide.question(node).orElse(null);
    if (q == null) {
      out.add(new LinkedHashMap<>(answers));
      return;
    }
    for (Answer a : List.of(Answer.YES, Answer.NO)) {
      answers.put(q.id(), a);
      walk(guide, a == Answer.YES ? q.yes() : q.no(), answers, seen, out);
      answers.remove(q.id());
    }
  }
}
