package io.github.justculture.cli.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The geometry of a flowchart as drawn: its boxes, its lines (each a list of axis-aligned segments,
 * with its source, answer and target) and its YES/NO labels, read back from the SVG, and the rules
 * a reader relies on, each returning the breaches it finds in words.
 */
record FlowchartGeometry(List<Box> boxes, List<Line> lines, List<Label> labels) {

  /** Lines to different targets must keep at least this far apart where they run side by side. */
  static final double MIN_SEPARATION = 6;

  record Box(String id, double x, double y, double w, double h) {
    /** Whether a point is strictly inside, more than {@code margin} from every side. */
    boolean contains(double px, double py, double margin) {
      return px > x + margin && px < x + w - margin && py > y + margin && py < y + h - margin;
    }

    boolean onBorder(double px, double py) {
      boolean withinX = px >= x - 0.5 && px <= x + w + 0.5;
      boolean withinY = py >= y - 0.5 && py <= y + h + 0.5;
      return withinX
          && withinY
          && (Math.abs(px - x) <= 0.5
              || Math.abs(px - x - w) <= 0.5
              || Math.abs(py - y) <= 0.5
              || Math.abs(py - y - h) <= 0.5);
    }
  }

  record Point(double x, double y) {}

  record Segment(Point a, Point b) {
    boolean horizontal() {
      return a.y() == b.y();
    }

    boolean vertical() {
      return a.x() == b.x();
    }

    double low() {
      return horizontal() ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
    }

    double high() {
      return horizontal() ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
    }

    /** The distance of a point from this segment. */
    double distance(Point p) {
      double dx = b.x() - a.x();
      double dy = b.y() - a.y();
      double len = dx * dx + dy * dy;
      double t = len == 0 ? 0 : ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len;
      t = Math.max(0, Math.min(1, t));
      return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
  }

  record Line(String edge, String from, String to, boolean heavy, List<Point> points) {
    String answer() {
      return edge.substring(edge.lastIndexOf(' ') + 1);
    }

    List<Segment> segments() {
      List<Segment> s = new ArrayList<>();
      for (int i = 1; i < points.size(); i++) {
        s.add(new Segment(points.get(i - 1), points.get(i)));
      }
      return s;
    }
  }

  record Label(String edge, String text, double x, double y) {
    /** About where the text stands: 6 px a letter at font size 10, from the baseline up. */
    Box extent() {
      return new Box(edge, x, y - 8, 6.5 * text.length(), 9);
    }
  }

  static FlowchartGeometry of(String svg) {
    Document doc;
    try {
      doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("the flowchart is not well-formed XML", e);
    }
    List<Box> boxes = new ArrayList<>();
    NodeList rects = doc.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (r.hasAttribute("data-node")) {
        boxes.add(
            new Box(
                r.getAttribute("data-node"),
                num(r, "x"),
                num(r, "y"),
                num(r, "width"),
                num(r, "height")));
      }
    }
    List<Line> lines = new ArrayList<>();
    NodeList paths = doc.getElementsByTagName("path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element p = (Element) paths.item(i);
      if (!p.hasAttribute("data-edge")) {
        continue;
      }
      List<Point> points = new ArrayList<>();
      for (String step : p.getAttribute("d").trim().split(" ")) {
        String[] xy = step.substring(1).split(",");
        points.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
      }
      lines.add(
          new Line(
              p.getAttribute("data-edge"),
              p.getAttribute("data-from"),
              p.getAttribute("data-to"),
              p.getAttribute("marker-end").contains("route"),
              points));
    }
    List<Label> labels = new ArrayList<>();
    NodeList texts = doc.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (t.hasAttribute("data-label")) {
        labels.add(
            new Label(t.getAttribute("data-label"), t.getTextContent(), num(t, "x"), num(t, "y")));
      }
    }
    return new FlowchartGeometry(boxes, lines, labels);
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  Box box(String id) {
    return boxes.stream()
        .filter(b -> b.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no box for " + id));
  }

  /** Every segment runs straight across or straight down. */
  List<String> nonOrthogonalSegments() {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      for (Segment s : l.segments()) {
        if (!s.horizontal() && !s.vertical()) {
          out.add(l.edge() + " has a slanted segment " + s);
        }
      }
    }
    return out;
  }

  /** Every line leaves the border of its source's box and ends on the border of its target's. */
  List<String> linesNotJoiningTheirBoxes() {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      Point first = l.points().get(0);
      Point last = l.points().get(l.points().size() - 1);
      if (!box(l.from()).onBorder(first.x(), first.y())) {
        out.add(l.edge() + " does not start on the border of " + l.from() + ": " + first);
      }
      if (!box(l.to()).onBorder(last.x(), last.y())) {
        out.add(l.edge() + " does not end on the border of " + l.to() + ": " + last);
      }
    }
    return out;
  }

  /** No line passes through the inside of any box, its own included. */
  List<String> linesThroughBoxes() {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      for (Segment s : l.segments()) {
        for (Box b : boxes) {
          double length = Math.hypot(s.b().x() - s.a().x(), s.b().y() - s.a().y());
          for (double t = 0; t <= length; t += 1) {
            double f = length == 0 ? 0 : t / length;
            double x = s.a().x() + f * (s.b().x() - s.a().x());
            double y = s.a().y() + f * (s.b().y() - s.a().y());
            if (b.contains(x, y, 1)) {
              out.add(l.edge() + " (to " + l.to() + ") passes through the box of " + b.id());
              break;
            }
          }
        }
      }
    }
    return out.stream().distinct().toList();
  }

  /**
   * Lines to different targets never share a segment: where two run side by side they are at least
   * {@link #MIN_SEPARATION} apart, and no line ends or turns on another's segment (which would read
   * as a join).
   */
  List<String> linesSharingSegments() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        Line a = lines.get(i);
        Line b = lines.get(j);
        if (a.to().equals(b.to())) {
          continue;
        }
        for (Segment sa : a.segments()) {
          for (Segment sb : b.segments()) {
            boolean parallel =
                (sa.horizontal() && sb.horizontal()) || (sa.vertical() && sb.vertical());
            if (!parallel) {
              continue;
            }
            double apart =
                sa.horizontal()
                    ? Math.abs(sa.a().y() - sb.a().y())
                    : Math.abs(sa.a().x() - sb.a().x());
            double overlap = Math.min(sa.high(), sb.high()) - Math.max(sa.low(), sb.low());
            if (apart < MIN_SEPARATION && overlap > 0) {
              out.add(
                  a.edge()
                      + " (to "
                      + a.to()
                      + ") and "
                      + b.edge()
                      + " (to "
                      + b.to()
                      + ") run "
                      + apart
                      + " px apart for "
                      + overlap
                      + " px");
            }
          }
        }
        for (Line[] pair : new Line[][] {{a, b}, {b, a}}) {
          for (Point p : pair[0].points()) {
            for (Segment s : pair[1].segments()) {
              if (s.distance(p) < 1) {
                out.add(
                    pair[0].edge()
                        + " (to "
                        + pair[0].to()
                        + ") meets "
                        + pair[1].edge()
                        + " (to "
                        + pair[1].to()
                        + ") at "
                        + p);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Every line is labelled with its answer at its source: a label saying YES or NO within 16 px of
   * where the line leaves its box, clear of every box.
   */
  List<String> unlabelledLines() {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      List<Label> mine = labels.stream().filter(x -> x.edge().equals(l.edge())).toList();
      if (mine.size() != 1 || !mine.get(0).text().equals(l.answer())) {
        out.add(l.edge() + " has labels " + mine);
        continue;
      }
      Box label = mine.get(0).extent();
      Point start = l.points().get(0);
      double dx = Math.max(0, Math.max(label.x() - start.x(), start.x() - label.x() - label.w()));
      double dy = Math.max(0, Math.max(label.y() - start.y(), start.y() - label.y() - label.h()));
      if (Math.hypot(dx, dy) > 16) {
        out.add(l.edge() + "'s label stands " + Math.hypot(dx, dy) + " px from its source");
      }
      for (Box b : boxes) {
        boolean overlaps =
            label.x() < b.x() + b.w()
                && label.x() + label.w() > b.x()
                && label.y() < b.y() + b.h()
                && label.y() + label.h() > b.y();
        if (overlaps) {
          out.add(l.edge() + "'s label overlaps the box of " + b.id());
        }
      }
    }
    return out;
  }

  /** All the breaches, in words. */
  List<String> breaches() {
    List<String> all = new ArrayList<>();
    all.addAll(nonOrthogonalSegments());
    all.addAll(linesNotJoiningTheirBoxes());
    all.addAll(linesThroughBoxes());
    all.addAll(linesSharingSegments());
    all.addAll(unlabelledLines());
    return all;
  }
}
