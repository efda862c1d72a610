package io.github.justculture.cli.report;

import static io.github.justculture.cli.report.Html.esc;

import io.github.justculture.core.Gbp;
import io.github.justculture.cost.BullyingCosts;
import io.github.justculture.cost.CostEstimate;
import io.github.justculture.cost.CostParameter;
import io.github.justculture.cost.HistogramBin;
import io.github.justculture.cost.ParameterValue;
import io.github.justculture.cost.Sensitivity;
import io.github.justculture.cost.SensitivityBar;
import io.github.justculture.cost.SimulationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost of bullying and harassment for one profile as an HTML page: the six components as a bar
 * chart, the one-way sensitivity as a tornado chart, and the simulated distribution of the total
 * with P5, P50 and P95 marked; each chart has a text alternative and its numbers in a table.
 */
public final class CostReport {

  private static final int WIDTH = 900;
  private static final int LABEL = 310;

  private CostReport() {}

  /**
   * The report.
   *
   * @param estimate the point estimate
   * @param sensitivity the one-way sensitivity of the same profile
   * @param simulation a simulation of the same profile
   * @return the HTML page
   */
  public static String html(
      CostEstimate estimate, Sensitivity sensitivity, SimulationResult simulation) {
    StringBuilder body = new StringBuilder();
    body.append("<p>Preset <code>")
        .append(esc(estimate.preset()))
        .append("</code> (")
        .append(esc(estimate.priceYear()))
        .append(" prices), ")
        .append(String.format(Locale.UK, "%,d", estimate.headcount()))
        .append(" staff, prevalence ")
        .append(esc(estimate.prevalence().toPlainString()))
        .append(". Total <strong>")
        .append(Html.money(estimate.total()))
        .append("</strong> a year, ")
        .append(Html.money(estimate.perEmployee()))
        .append(" per employee.</p>\n");
    for (String note : estimate.notes()) {
      body.append("<p><strong>Note:</strong> ").append(esc(note)).append("</p>\n");
    }
    body.append("<h2>Where the cost comes from</h2>\n<figure>\n").append(bars(estimate));
    body.append(
        "<figcaption>The six components of the estimate, in the model's order; the table below gives each amount"
            + " and its share of the total.</figcaption>\n</figure>\n");
    body.append(
        "<table>\n<thead><tr><th scope=\"col\">Component</th><th scope=\"col\">Amount a year</th>"
            + "<th scope=\"col\">Share</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Gbp> e : estimate.components().asMap().entrySet()) {
      body.append("<tr><th scope=\"row\">")
          .append(named(BullyingCosts.label(e.getKey()), e.getKey()))
          .append("</th><td class=\"num\">")
          .append(Html.money(e.getValue()))
          .append("</td><td class=\"num\">")
          .append(share(e.getValue(), estimate.total()))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");

    body.append("<h2>Which assumptions matter most</h2>\n<figure>\n").append(tornado(sensitivity));
    body.append(
        "<figcaption>One-way sensitivity: the total with each parameter at its low and at its high value,"
            + " the others at base; the vertical line is the base total.</figcaption>\n</figure>\n");
    body.append(
        "<table>\n<thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Low → high</th>"
            + "<th scope=\"col\">Total at low</th><th scope=\"col\">Total at high</th><th scope=\"col\">Range from</th>"
            + "</tr></thead>\n<tbody>\n");
    for (SensitivityBar b : sensitivity.bars()) {
      body.append("<tr><th scope=\"row\">")
          .append(named(CostParameter.labelOf(b.parameter()), b.parameter()))
          .append("</th><td>")
          .append(esc(value(b.parameter(), b.low()) + " → " + value(b.parameter(), b.high())))
          .append("</td><td class=\"num\">")
          .append(Html.money(b.totalAtLow()))
          .append("</td><td class=\"num\">")
          .append(Html.money(b.totalAtHigh()))
          .append("</td><td>")
          .append(b.provenance())
          .append(": ")
          .append(esc(b.source()))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    if (!sensitivity.heldFixed().isEmpty()) {
      body.append("<p>Held at the organisation's own figures, not varied: ")
          .append(
              esc(
                  String.join(
                      ", ", sensitivity.heldFixed().stream().map(CostParameter::labelOf).toList())))
          .append(".</p>\n");
    }

    body.append("<h2>How uncertain the total is</h2>\n<figure>\n")
        .append(histogram(simulation, estimate.total()));
    body.append("<figcaption>")
        .append(String.format(Locale.UK, "%,d", simulation.draws()))
        .append(" simulated totals (seed ")
        .append(simulation.seed())
        .append("): P5 ")
        .append(Html.money(simulation.total().p5()))
        .append(", median ")
        .append(Html.money(simulation.total().p50()))
        .append(", P95 ")
        .append(Html.money(simulation.total().p95()))
        .append(". ")
        .append(esc(headlineNote(estimate.total(), simulation, sensitivity)))
        .append("</figcaption>\n</figure>\n");

    body.append(
        "<h2>Parameters used</h2>\n<table>\n<thead><tr><th scope=\"col\">Parameter</th>"
            + "<th scope=\"col\">Value</th><th scope=\"col\">Unit</th><th scope=\"col\">Provenance</th>"
            + "<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
    for (ParameterValue p : estimate.parameters()) {
      body.append("<tr><th scope=\"row\">")
          .append(named(CostParameter.labelOf(p.name()), p.name()))
          .append("</th><td class=\"num\">")
          .append(esc(p.value()))
          .append("</td><td>")
          .append(esc(p.unit()))
          .append("</td><td>")
          .append(p.provenance())
          .append("</td><td>")
          .append(esc(p.source()))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    return Html.page("The cost of bullying and harassment", body.toString());
  }

  /** A reader's name, with the name in the JSON beneath it in small type. */
  private static String named(String label, String key) {
    return label.equals(key)
        ? "<code>" + esc(key) + "</code>"
        : esc(label) + "<br><small><code>" + esc(key) + "</code></small>";
  }

  /**
   * Where the headline total (the point estimate) stands against the simulation, and why: the point
   * estimate takes every parameter at its preset value; where a range is lopsided around that
   * value, most draws fall on its longer side.
   */
  static String headlineNote(Gbp headline, SimulationResult simulation, Sensitivity sensitivity) {
    int side = headline.compareTo(simulation.total().p50());
    StringBuilder note =
        new StringBuilder("The headline total, ")
            .append(headline.format())
            .append(" (marked), is the point estimate: every parameter at its value. It is ")
            .append(side > 0 ? "above" : side < 0 ? "below" : "at")
            .append(" the median of the simulation");
    List<String> lowSide = new ArrayList<>();
    List<String> highSide = new ArrayList<>();
    for (SensitivityBar b : sensitivity.bars()) {
      BigDecimal below = b.base().subtract(b.low());
      BigDecimal above = b.high().subtract(b.base());
      if (below.compareTo(above) > 0) {
        lowSide.add(CostParameter.labelOf(b.parameter()).toLowerCase(java.util.Locale.ROOT));
      } else if (above.compareTo(below) > 0) {
        highSide.add(CostParameter.labelOf(b.parameter()).toLowerCase(java.util.Locale.ROOT));
      }
    }
    List<String> pulling = side > 0 ? lowSide : side < 0 ? highSide : List.of();
    if (!pulling.isEmpty()) {
      note.append(" because the ranges of ")
          .append(inWords(pulling))
          .append(side > 0 ? " reach further below" : " reach further above")
          .append(" their values than ")
          .append(side > 0 ? "above" : "below")
          .append(", so most draws fall ")
          .append(side > 0 ? "below" : "above")
          .append(" it");
    }
    return note.append('.').toString();
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String inWords(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** A parameter's value as a reader writes it: money in pounds, other numbers plain. */
  private static String value(String parameter, BigDecimal v) {
    return CostParameter.byJsonName(parameter).map(CostParameter::isMoney).orElse(false)
        ? Gbp.of(v).format()
        : v.stripTrailingZeros().toPlainString();
  }

  private static String share(Gbp part, Gbp total) {
    if (total.isZero()) {
      return "";
    }
    return String.format(
        Locale.UK, "%.1f%%", 100 * part.amount().doubleValue() / total.amount().doubleValue());
  }

  private static String open(String id, int height, String title, String description) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + height
        + "\" width=\""
        + WIDTH
        + "\" height=\""
        + height
        + "\" role=\"img\" aria-labelledby=\""
        + id
        + "-title "
        + id
        + "-desc\">\n<title id=\""
        + id
        + "-title\">"
        + esc(title)
        + "</title>\n<desc id=\""
        + id
        + "-desc\">"
        + esc(description)
        + "</desc>\n";
  }

  static String bars(CostEstimate estimate) {
    Map<String, Gbp> parts = estimate.components().asMap();
    double max = parts.values().stream().mapToDouble(g -> g.amount().doubleValue()).max().orElse(1);
    int height = 30 + parts.size() * 34;
    StringBuilder d = new StringBuilder();
    parts.forEach(
        (k, v) -> d.append(BullyingCosts.label(k)).append(' ').append(v.format()).append("; "));
    StringBuilder svg = new StringBuilder(open("bars", height, "Cost by component", d.toString()));
    int y = 16;
    for (Map.Entry<String, Gbp> e : parts.entrySet()) {
      double v = e.getValue().amount().doubleValue();
      int w = max <= 0 ? 0 : (int) Math.round((WIDTH - LABEL - 160) * v / max);
      svg.append("<text x=\"")
          .append(LABEL - 8)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#111\">")
          .append(esc(BullyingCosts.label(e.getKey())))
          .append("</text>\n<rect x=\"")
          .append(LABEL)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"24\" fill=\"#1f4e8c\"/>\n<text x=\"")
          .append(LABEL + w + 6)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" font-size=\"13\" fill=\"#111\">")
          .append(esc(e.getValue().format()))
          .append("</text>\n");
      y += 34;
    }
    return svg.append("</svg>\n").toString();
  }

  static String tornado(Sensitivity sensitivity) {
    double lo = sensitivity.baseTotal().amount().doubleValue();
    double hi = lo;
    for (SensitivityBar b : sensitivity.bars()) {
      lo =
          Math.min(
              lo,
              Math.min(
                  b.totalAtLow().amount().doubleValue(), b.totalAtHigh().amount().doubleValue()));
      hi =
          Math.max(
              hi,
              Math.max(
                  b.totalAtLow().amount().doubleValue(), b.totalAtHigh().amount().doubleValue()));
    }
    double span = hi - lo == 0 ? 1 : hi - lo;
    int label = 390;
    int plot = WIDTH - label - 30;
    int height = 64 + sensitivity.bars().size() * 30;
    StringBuilder d = new StringBuilder("Base total " + sensitivity.baseTotal().format() + ". ");
    for (SensitivityBar b : sensitivity.bars()) {
      d.append(CostParameter.labelOf(b.parameter()))
          .append(": ")
          .append(b.totalAtLow().format())
          .append(" to ")
          .append(b.totalAtHigh().format())
          .append("; ");
    }
    StringBuilder svg =
        new StringBuilder(
            open("tornado", height, "One-way sensitivity of the total", d.toString()));
    double loF = lo;
    java.util.function.DoubleToIntFunction x =
        v -> label + (int) Math.round(plot * (v - loF) / span);
    int y = 20;
    for (SensitivityBar b : sensitivity.bars()) {
      int x1 =
          x.applyAsInt(
              Math.min(
                  b.totalAtLow().amount().doubleValue(), b.totalAtHigh().amount().doubleValue()));
      int x2 =
          x.applyAsInt(
              Math.max(
                  b.totalAtLow().amount().doubleValue(), b.totalAtHigh().amount().doubleValue()));
      svg.append("<text x=\"")
          .append(label - 8)
          .append("\" y=\"")
          .append(y + 14)
          .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#111\">")
          .append(esc(CostParameter.labelOf(b.parameter())))
          .append("</text>\n<rect x=\"")
          .append(x1)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(Math.max(1, x2 - x1))
          .append("\" height=\"20\" fill=\"")
          .append(
              b.provenance() == io.github.justculture.core.Provenance.ASSUMED
                  ? "url(#hatch)"
                  : "#1f4e8c")
          .append("\" stroke=\"#1f4e8c\"/>\n");
      y += 30;
    }
    int base = x.applyAsInt(sensitivity.baseTotal().amount().doubleValue());
    svg.insert(
        svg.indexOf("</desc>\n") + 8,
        "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f4e8c\" stroke-width=\"3\"/></pattern></defs>\n");
    svg.append("<line x1=\"")
        .append(base)
        .append("\" y1=\"10\" x2=\"")
        .append(base)
        .append("\" y2=\"")
        .append(height - 38)
        .append("\" stroke=\"#111\" stroke-width=\"2\"/>\n<text x=\"")
        .append(base)
        .append("\" y=\"")
        .append(height - 24)
        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#111\">base ")
        .append(esc(sensitivity.baseTotal().format()))
        .append("</text>\n<text x=\"")
        .append(label)
        .append("\" y=\"")
        .append(height - 8)
        .append(
            "\" font-size=\"11\" fill=\"#111\">solid: ranges from the literature; hatched: ranges")
        .append(" we assumed</text>\n");
    return svg.append("</svg>\n").toString();
  }

  /**
   * The simulated totals as a histogram over a £ axis, with P5, the median and P95 as dashed and
   * solid lines and the headline total (the point estimate) as a diamond on the axis.
   */
  static String histogram(SimulationResult simulation, Gbp headline) {
    int height = 300;
    int plotTop = 20;
    int plotBottom = 200;
    int left = 70;
    int plot = WIDTH - left - 30;
    List<HistogramBin> histogram = simulation.totalHistogram();
    int bins = histogram.size();
    int maxCount = histogram.stream().mapToInt(HistogramBin::count).max().orElse(1);
    double lo =
        Math.min(histogram.get(0).from().amount().doubleValue(), headline.amount().doubleValue());
    double hi =
        Math.max(
            histogram.get(bins - 1).to().amount().doubleValue(), headline.amount().doubleValue());
    double span = hi - lo == 0 ? 1 : hi - lo;
    java.util.function.DoubleToIntFunction x = v -> left + (int) Math.round(plot * (v - lo) / span);
    StringBuilder svg =
        new StringBuilder(
            open(
                "histogram",
                height,
                "Distribution of the simulated total",
                "Simulated totals from "
                    + histogram.get(0).from().format()
                    + " to "
                    + histogram.get(bins - 1).to().format()
                    + "; P5 "
                    + simulation.total().p5().format()
                    + ", median "
                    + simulation.total().p50().format()
                    + ", P95 "
                    + simulation.total().p95().format()
                    + "; the headline total (point estimate) "
                    + headline.format()
                    + "."));
    for (int i = 0; i < bins; i++) {
      HistogramBin b = histogram.get(i);
      int x1 = x.applyAsInt(b.from().amount().doubleValue());
      int x2 = x.applyAsInt(b.to().amount().doubleValue());
      int h = (int) Math.round((plotBottom - plotTop) * (double) b.count() / Math.max(1, maxCount));
      svg.append("<rect x=\"")
          .append(x1)
          .append("\" y=\"")
          .append(plotBottom - h)
          .append("\" width=\"")
          .append(Math.max(1, x2 - x1 - 1))
          .append("\" height=\"")
          .append(h)
          .append("\" fill=\"#9db7d9\" stroke=\"#1f4e8c\" stroke-width=\"0.5\"/>\n");
    }
    // The £ axis: a line, ticks at round amounts, and its title.
    svg.append("<g data-axis=\"x\"><line x1=\"")
        .append(left)
        .append("\" y1=\"")
        .append(plotBottom)
        .append("\" x2=\"")
        .append(left + plot)
        .append("\" y2=\"")
        .append(plotBottom)
        .append("\" stroke=\"#111\"/>\n");
    double step = niceStep(span / 5);
    for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
      int tx = x.applyAsInt(t);
      svg.append("<line x1=\"")
          .append(tx)
          .append("\" y1=\"")
          .append(plotBottom)
          .append("\" x2=\"")
          .append(tx)
          .append("\" y2=\"")
          .append(plotBottom + 5)
          .append("\" stroke=\"#111\"/>\n<text data-tick=\"\" x=\"")
          .append(tx)
          .append("\" y=\"")
          .append(plotBottom + 18)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#111\">")
          .append(esc(pounds(t, step)))
          .append("</text>\n");
    }
    svg.append("<text x=\"")
        .append(left + plot / 2)
        .append("\" y=\"")
        .append(plotBottom + 36)
        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#111\">")
        .append("Total cost a year (£)</text></g>\n");
    svg.append("<text x=\"14\" y=\"")
        .append((plotTop + plotBottom) / 2)
        .append("\" transform=\"rotate(-90 14 ")
        .append((plotTop + plotBottom) / 2)
        .append(")\" text-anchor=\"middle\" font-size=\"12\" fill=\"#111\">draws</text>\n");
    String[] names = {"P5", "median", "P95"};
    Gbp[] values = {simulation.total().p5(), simulation.total().p50(), simulation.total().p95()};
    String[] dash = {"6,4", "none", "6,4"};
    for (int i = 0; i < 3; i++) {
      int px = x.applyAsInt(values[i].amount().doubleValue());
      svg.append("<line data-marker=\"")
          .append(names[i])
          .append("\" x1=\"")
          .append(px)
          .append("\" y1=\"")
          .append(plotTop - 6)
          .append("\" x2=\"")
          .append(px)
          .append("\" y2=\"")
          .append(plotBottom)
          .append("\" stroke=\"#111\" stroke-width=\"2\" stroke-dasharray=\"")
          .append(dash[i])
          .append("\"/>\n<text x=\"")
          .append(px)
          .append("\" y=\"")
          .append(plotBottom + 56 + i * 14)
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#111\">")
          .append(names[i])
          .append(' ')
          .append(esc(values[i].format()))
          .append("</text>\n");
    }
    int hx = x.applyAsInt(headline.amount().doubleValue());
    svg.append("<path data-marker=\"headline\" d=\"M")
        .append(hx)
        .append(',')
        .append(plotBottom - 9)
        .append(" L")
        .append(hx + 9)
        .append(',')
        .append(plotBottom)
        .append(" L")
        .append(hx)
        .append(',')
        .append(plotBottom + 9)
        .append(" L")
        .append(hx - 9)
        .append(',')
        .append(plotBottom)
        .append(" z\" fill=\"#b3261e\" stroke=\"#111\"/>\n<text x=\"")
        .append(hx)
        .append("\" y=\"")
        .append(plotTop - 8)
        .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\" fill=\"#111\">")
        .append("headline total ")
        .append(esc(headline.format()))
        .append("</text>\n");
    return svg.append("</svg>\n").toString();
  }

  /** A round step near {@code raw}: 1, 2 or 5 times a power of ten. */
  static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * power;
  }

  /** An axis amount: £12m, £12.5m, £800k or £950, to the precision the step needs. */
  static String pounds(double value, double step) {
    if (step >= 100_000) {
      double m = value / 1_000_000;
      return step >= 1_000_000
          ? String.format(java.util.Locale.UK, "£%,.0fm", m)
          : String.format(java.util.Locale.UK, "£%,.1fm", m);
    }
    if (step >= 1_000) {
      return String.format(java.util.Locale.UK, "£%,.0fk", value / 1_000);
    }
    return String.format(java.util.Locale.UK, "£%,.0f", value);
  }
}
