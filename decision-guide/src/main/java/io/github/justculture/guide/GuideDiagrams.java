package io.github.justculture.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
    Route h = result.map(r -> route(guide, r)).orElse(new Route(Set.of(), Set.of()));
    Map<String, String> node = mermaidNames(guide.definition());
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (Question q : guide.definition().questions()) {
      out.append("  ")
          .append(node.get(q.id()))
          .append("{\"")
          .append(mermaidText(q.id() + ": " + q.text()))
          .append("\"}\n");
    }
    for (Outcome o : guide.definition().outcomes()) {
      out.append("  ")
          .append(node.get(o.id()))
          .append("[\"")
          .append(mermaidText(o.label() + " (severity " + o.severity() + ")"))
          .append("\"]\n");
    }
    List<Integer> pathEdges = new ArrayList<>();
    int edge = 0;
    for (Question q : guide.definition().questions()) {
      for (Answer a : List.of(Answer.YES, Answer.NO)) {
        out.append("  ")
            .append(node.get(q.id()))
            .append(" -- ")
            .append(a)
            .append(" --> ")
            .append(node.get(q.target(a)))
            .append('\n');
        if (h.takes(q.id(), a)) {
          pathEdges.add(edge);
        }
        edge++;
      }
    }
    for (Outcome o : guide.definition().outcomes()) {
      out.append("  class ")
          .append(node.get(o.id()))
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
    if (!h.nodes().isEmpty()) {
      out.append("  classDef path stroke:#1a237e,stroke-width:4px\n");
      // In definition order, so that the text is the same on every run.
      for (Question q : guide.definition().questions()) {
        if (h.nodes().contains(q.id())) {
          out.append("  class ").append(node.get(q.id())).append(" path\n");
        }
      }
      for (Outcome o : guide.definition().outcomes()) {
        if (h.nodes().contains(o.id())) {
          out.append("  class ").append(node.get(o.id())).append(" path\n");
        }
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
    Route h = result.map(r -> route(guide, r)).orElse(new Route(Set.of(), Set.of()));
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
          .append(h.nodes().contains(q.id()) ? ", penwidth=3, color=\"#1a237e\"" : "")
          .append("];\n");
    }
    for (Outcome o : guide.definition().outcomes()) {
      out.append("  ")
          .append(dotString(o.id()))
          .append(" [shape=box, style=\"rounded,filled\", fillcolor=\"")
          .append(fills[o.severity()])
          .append("\", label=")
          .append(dotString(o.label() + "\nseverity " + o.severity()))
          .append(h.nodes().contains(o.id()) ? ", penwidth=3, color=\"#1a237e\"" : "")
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
            .append(h.takes(q.id(), a) ? ", penwidth=3, color=\"#1a237e\"" : "")
            .append("];\n");
      }
    }
    return out.append("}\n").toString();
  }

  /**
   * The route of a result through its guide's graph: every question and outcome on it, and the
   * branch taken at each question. Given answers decide their branch; at an unknown or unanswered
   * question the route takes the branch that leads on to the rest of the path (so it goes through
   * questions the path does not list, such as an unanswered one whose every answer leads to the
   * outcome).
   *
   * @param nodes the ids of the questions and outcome on the route
   * @param branches the branch taken at each question, as a step (question, YES or NO)
   */
  public record Route(Set<String> nodes, Set<Step> branches) {

    /** Copies the sets. */
    public Route {
      nodes = Set.copyOf(nodes);
      branches = Set.copyOf(branches);
    }

    /**
     * Whether the route takes a branch.
     *
     * @param question the question's id
     * @param answer YES or NO
     * @return true when the route leaves {@code question} by {@code answer}
     */
    public boolean takes(String question, Answer answer) {
      return branches.contains(Step.of(question, answer));
    }
  }

  /**
   * The route of a result, for highlighting.
   *
   * @param guide the guide that produced the result
   * @param result the result
   * @return the route; while awaiting information, up to the first unresolved question
   * @throws IllegalArgumentException if the result was produced by another definition
   */
  public static Route route(Guide guide, GuideResult result) {
    if (!result.guide().equals(guide.ref())) {
      throw new IllegalArgumentException(
          "the result was produced by "
              + result.guide().id()
              + " "
              + result.guide().version()
              + ", not by this guide ("
              + guide.ref().id()
              + " "
              + guide.ref().version()
              + ")");
    }
    Set<String> nodes = new HashSet<>();
    Set<Step> branches = new HashSet<>();
    List<Step> path = result.path();
    int i = 0;
    Optional<Question> at = guide.question(guide.definition().start());
    while (at.isPresent()) {
      Question q = at.get();
      boolean onPath = i < path.size() && path.get(i).question().equals(q.id());
      Answer given = onPath ? path.get(i++).answer() : null;
      if (!result.isReached() && (given == null || given == Answer.UNKNOWN)) {
        if (given != null) {
          nodes.add(q.id()); // the unknown question the evaluation waits on
        }
        break;
      }
      nodes.add(q.id());
      Answer branch;
      if (given == Answer.YES || given == Answer.NO) {
        branch = given;
      } else {
        String goal =
            i < path.size() ? path.get(i).question() : result.outcome().orElseThrow().id();
        branch = leadsTo(guide, q.yes(), goal, new HashSet<>()) ? Answer.YES : Answer.NO;
      }
      branches.add(Step.of(q.id(), branch));
      String next = q.target(branch);
      at = guide.question(next);
      if (at.isEmpty()) {
        nodes.add(next);
      }
    }
    return new Route(nodes, branches);
  }

  /** Whether {@code goal} (a question or outcome id) can be reached from {@code from}. */
  private static boolean leadsTo(Guide guide, String from, String goal, Set<String> seen) {
    if (from.equals(goal)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    Optional<Question> q = guide.question(from);
    return q.isPresent()
        && (leadsTo(guide, q.get().yes(), goal, seen) || leadsTo(guide, q.get().no(), goal, seen));
  }

  /**
   * A Mermaid node name for every question and outcome, in definition order: {@code n_} and the id
   * with - as _ (a Mermaid name cannot hold a hyphen), then _2, _3, … where that name is taken, so
   * that ids differing only by - and _ stay different nodes.
   */
  private static Map<String, String> mermaidNames(GuideDefinition definition) {
    Map<String, String> names = new HashMap<>();
    Set<String> taken = new HashSet<>();
    List<String> ids = new ArrayList<>();
    definition.questions().forEach(q -> ids.add(q.id()));
    definition.outcomes().forEach(o -> ids.add(o.id()));
    for (String id : ids) {
      String base = "n_" + id.replace('-', '_');
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      names.put(id, name);
    }
    return names;
  }

  /**
   * Text inside a Mermaid label's quotes: # starts an entity code and &lt; markup there, so both
   * are written as entity codes, as is the quote that would end the label; a line break would end
   * the statement, so every kind is a space.
   */
  private static String mermaidText(String text) {
    return LINE_BREAK
        .matcher(text)
        .replaceAll(" ")
        .replace("#", "#35;")
        .replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;");
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

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
