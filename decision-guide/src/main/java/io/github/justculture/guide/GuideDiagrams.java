package io.github.justculture.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The flowchart of a guide as text: Mermaid (for Markdown viewers) or Graphviz DOT. With a result,
 * the determining path (the questions on its route, the answers taken and the outcome reached) is
 * highlighted.
 */
public final class GuideDiagrams {

  private GuideDiagrams() {}

  /**
   * The flowchart as a Mermaid {@code flowchart TD}.
   *
   * @param guide the guide
   * @param result a result of this guide to highlight, or empty
   * @return the Mermaid text
   * @throws IllegalArgumentException if the result was produced by another definition
   */
  public static String mermaid(Guide guide, Optional<GuideResult> result) {
    Highlight h = Highlight.of(guide, result);
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (Question q : guide.definition().questions()) {
      out.append("  ")
          .append(node(q.id()))
          .append("{\"")
          .append(mermaidText(q.id() + ": " + q.text()))
          .append("\"}\n");
    }
    for (Outcome o : guide.definition().outcomes()) {
      out.append("  ")
          .append(node(o.id()))
          .append("[\"")
          .append(mermaidText(o.label() + " (severity " + o.severity() + ")"))
          .append("\"]\n");
    }
    List<Integer> pathEdges = new ArrayList<>();
    int edge = 0;
    for (Question q : guide.definition().questions()) {
      for (Answer a : List.of(Answer.YES, Answer.NO)) {
        out.append("  ")
            .append(node(q.id()))
            .append(" -- ")
            .append(a)
            .append(" --> ")
            .append(node(q.target(a)))
            .append('\n');
        if (h.edges.contains(q.id() + ":" + a)) {
          pathEdges.add(edge);
        }
        edge++;
      }
    }
    for (Outcome o : guide.definition().outcomes()) {
      out.append("  class ")
          .append(node(o.id()))
          .append(" severity")
          .append(o.severity())
          .append('\n');
    }
    out.append("  classDef severity0 fill:#e8f5e9,stroke:#2e7d32\n")
        .append("  classDef severity1 fill:#f1f8e9,stroke:#558b2f\n")
        .append("  classDef severity2 fill:#fffde7,stroke:#f9a825\n")
        .append("  classDef severity3 fill:#fff3e0,stroke:#ef6c00\n")
        .append("  classDef severity4 fill:#fbe9e7,stroke:#d84315\n")
        .append("  classDef severity5 fill:#ffebee,stroke:#b71c1c\n");
    if (!h.nodes.isEmpty()) {
      out.append("  classDef path stroke:#1a237e,stroke-width:4px\n");
      for (String id : h.nodes) {
        out.append("  class ").append(node(id)).append(" path\n");
      }
      for (int e : pathEdges) {
        out.append("  linkStyle ").append(e).append(" stroke:#1a237e,stroke-width:4px\n");
      }
    }
    return out.toString();
  }

  /**
   * The flowchart as a Graphviz {@code digraph}.
   *
   * @param guide the guide
   * @param result a result of this guide to highlight, or empty
   * @return the DOT text
   * @throws IllegalArgumentException if the result was produced by another definition
   */
  public static String dot(Guide guide, Optional<GuideResult> result) {
    Highlight h = Highlight.of(guide, result);
    String[] fills = {"#e8f5e9", "#f1f8e9", "#fffde7", "#fff3e0", "#fbe9e7", "#ffebee"};
    StringBuilder out = new StringBuilder();
    out.append("digraph ")
        .append(dotString(guide.id()))
        .append(" {\n  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=10];\n")
        .append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (Question q : guide.definition().questions()) {
      out.append("  ")
          .append(dotString(q.id()))
          .append(" [shape=diamond, label=")
          .append(dotString(q.id() + "\n" + wrap(q.text(), 28)))
          .append(h.nodes.contains(q.id()) ? ", penwidth=3, color=\"#1a237e\"" : "")
          .append("];\n");
    }
    for (Outcome o : guide.definition().outcomes()) {
      out.append("  ")
          .append(dotString(o.id()))
          .append(" [shape=box, style=\"rounded,filled\", fillcolor=\"")
          .append(fills[o.severity()])
          .append("\", label=")
          .append(dotString(o.label() + "\nseverity " + o.severity()))
          .append(h.nodes.contains(o.id()) ? ", penwidth=3, color=\"#1a237e\"" : "")
          .append("];\n");
    }
    for (Question q : guide.definition().questions()) {
      for (Answer a : List.of(Answer.YES, Answer.NO)) {
        out.append("  ")
            .append(dotString(q.id()))
            .append(" -> ")
            .append(dotString(q.target(a)))
            .append(" [label=\"")
            .append(a)
            .append('"')
            .append(h.edges.contains(q.id() + ":" + a) ? ", penwidth=3, color=\"#1a237e\"" : "")
            .append("];\n");
      }
    }
    return out.append("}\n").toString();
  }

  /** The nodes and edges ({@code question:ANSWER}) of a result's route. */
  private static final class Highlight {
    final Set<String> nodes = new HashSet<>();
    final Set<String> edges = new HashSet<>();

    static Highlight of(Guide guide, Optional<GuideResult> result) {
      Highlight h = new Highlight();
      result.ifPresent(
          r -> {
            if (!r.guide().equals(guide.ref())) {
              throw new IllegalArgumentException(
                  "the result was produced by "
                      + r.guide().id()
                      + " "
                      + r.guide().version()
                      + ", not by this guide ("
                      + guide.ref().id()
                      + " "
                      + guide.ref().version()
                      + ")");
            }
            List<Step> path = r.path();
            for (int i = 0; i < path.size(); i++) {
              Step s = path.get(i);
              h.nodes.add(s.question());
              if (s.answer() != Answer.UNKNOWN) {
                h.edges.add(s.question() + ":" + s.answer());
              } else if (r.isReached()) {
                // An unknown on a reached route: highlight the branch the route continues along.
                String nextNode =
                    i + 1 < path.size() ? path.get(i + 1).question() : r.outcome().get().id();
                Question q = guide.question(s.question()).orElseThrow();
                h.edges.add(
                    s.question() + ":" + (q.yes().equals(nextNode) ? Answer.YES : Answer.NO));
              }
            }
            r.outcome().ifPresent(o -> h.nodes.add(o.id()));
          });
      return h;
    }
  }

  private static String node(String id) {
    return "n_" + id.replace('-', '_');
  }

  private static String mermaidText(String text) {
    return text.replace("\"", "#quot;");
  }

  private static String dotString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ", -1)) {
      if (line > 0 && line + word.length() + 1 > width) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }
}
