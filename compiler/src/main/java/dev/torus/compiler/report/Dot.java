package dev.torus.compiler.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A Graphviz DOT digraph: nodes, edges and clusters, rendered with every identifier and label quoted
 * and escaped by one rule (DOT's {@code "..."} strings), so no caller writes DOT syntax by hand.
 */
final class Dot {
  private final String name;
  private final List<String> nodes = new ArrayList<>();
  private final List<String> edges = new ArrayList<>();
  private final List<String> clusters = new ArrayList<>();

  Dot(String name) {
    this.name = name;
  }

  /** A node; {@code label} may hold {@code \n} line breaks. */
  void node(String id, String label, String fill) {
    nodes.add(quote(id) + " [label=" + quote(label) + ", style=filled, fillcolor=" + quote(fill) + "]");
  }

  void edge(String from, String to, boolean dashed) {
    edges.add(quote(from) + " -> " + quote(to) + (dashed ? " [style=dashed]" : ""));
  }

  /** A cluster around existing nodes: {@code subgraph "cluster_<label>"}, which Graphviz draws as a box. */
  void cluster(String label, List<String> members) {
    StringBuilder b = new StringBuilder("  subgraph " + quote("cluster_" + label) + " {\n    label=" + quote(label)
        + ";\n    style=rounded;\n");
    for (String m : members) {
      b.append("    ").append(quote(m)).append(";\n");
    }
    clusters.add(b.append("  }").toString());
  }

  String render() {
    StringBuilder b = new StringBuilder("digraph " + quote(name) + " {\n  node [shape=box, fontname=\"monospace\","
        + " fontsize=9];\n");
    clusters.forEach(c -> b.append(c).append('\n'));
    nodes.forEach(n -> b.append("  ").append(n).append(";\n"));
    edges.forEach(e -> b.append("  ").append(e).append(";\n"));
    return b.append("}\n").toString();
  }

  /** A DOT quoted string; {@code \n} in the input stays a DOT line break, other quotes and backslashes are escaped. */
  static String quote(String s) {
    return "\"" + s.replace("\\n", "\u0000").replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\n") + "\"";
  }
}
