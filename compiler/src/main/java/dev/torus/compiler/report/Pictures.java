package dev.torus.compiler.report;

import dev.torus.compiler.analysis.ProgramReport;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.compiler.plan.ContextPlanner.Method;
import dev.torus.compiler.plan.ContextPlanner;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/** The report's pictures: the ring timeline and the memory chart as SVG, the program as Graphviz DOT. */
public final class Pictures {
  /** Rings longer than this show this many evenly spaced devices and steps. */
  public static final int MAX_TIMELINE = 64;

  private Pictures() {}

  /**
   * The ring timeline: one panel for the program's token layout and one for the other layout of the
   * same ring, for comparison. In a panel, one row per device and one column per ring step; in each
   * cell a bar for that device's attention compute in the step and a bar for the K/V transfer it
   * overlaps, at the hardware's peak, all to one scale. Steps run in lockstep, so a step lasts as long
   * as the longest bar in its column. A cell with no work (every block masked) is grey and carries
   * class {@code masked}; a step the layers skip (a sliding window ends before its blocks) is such a
   * cell with class {@code skipped} too, and sends nothing, as the last step run does. A model whose
   * layers differ in their windows gets one panel per kind of layer in the program's layout. Rings
   * longer than {@link #MAX_TIMELINE} show that many evenly spaced devices and steps.
   */
  public static String ringTimeline(ProgramReport report, ProgramReport.Ring other, Hardware hw) {
    ProgramReport.Ring ring = report.ring();
    int size = ring.size();
    int n = Math.min(size, MAX_TIMELINE);
    int[] shown = new int[n];
    for (int k = 0; k < n; k++) {
      shown[k] = (int) ((long) k * (size - 1) / Math.max(1, n - 1));
    }
    List<ProgramReport.Ring> panels = new ArrayList<>(report.layerKinds().size() > 1 ? report.layerKinds() : List.of(ring));
    double longest = longest(other, shown, hw);
    for (ProgramReport.Ring p : panels) {
      longest = Math.max(longest, longest(p, shown, hw));
    }
    double rowHeight = n <= 16 ? 22 : 8;
    double width = 760;
    double panelHeight = 46 + n * rowHeight + 24;
    Svg svg = new Svg(width, 28 + (panels.size() + 1) * panelHeight, "ring timeline");
    Element root = svg.root();
    svg.text(root, 10, 16, String.format(Locale.ROOT, "%s: ring of %d, %d tokens per device; %s at peak: attention"
        + " compute (blue) vs K/V transfer (orange) per step%s", report.model(), size, ring.shard(), hw.cliName(),
        n < size ? String.format(Locale.ROOT, "; %d of %d devices and steps, evenly spaced", n, size) : ""),
        "font-weight", "bold");
    for (int k = 0; k < panels.size(); k++) {
      ProgramReport.Ring p = panels.get(k);
      panel(svg, p, panels.size() == 1 ? "this program" : String.format(Locale.ROOT, "this program, the %d of %d layers"
          + " with %s", p.layers(), ring.layers(), p.window() > 0 ? p.kind() : "no window"), 28 + k * panelHeight, shown,
          rowHeight, width, longest, hw);
    }
    panel(svg, other, "the other layout, for comparison" + (panels.size() > 1 ? ", " + other.kind() : ""),
        28 + panels.size() * panelHeight, shown, rowHeight, width, longest, hw);
    return svg.serialize();
  }

  private static double longest(ProgramReport.Ring ring, int[] shown, Hardware hw) {
    double longest = Math.max(1e-30, ring.transferSeconds());
    for (int t : shown) {
      for (int d : shown) {
        longest = Math.max(longest, ring.attentionFlops()[t][d] / hw.peakFlops());
      }
    }
    return longest;
  }

  private static void panel(Svg svg, ProgramReport.Ring ring, String what, double top0, int[] shown, double rowHeight,
      double width, double longest, Hardware hw) {
    int size = ring.size();
    int n = shown.length;
    double left = 70;
    double top = top0 + 36;
    double column = (width - left - 10) / n;
    double scale = (column - 4) / longest;
    Element g = svg.add(svg.root(), "g", "class", "panel", "data-layout", ring.layout());
    svg.text(g, 10, top0 + 12, String.format(Locale.ROOT, "%s layout (%s): critical path %.3g s of attention at peak,"
        + " imbalance %.2f, %d masked cells; %d of %d transfers hidden%s", ring.layout(), what,
        ring.criticalPathFlops() / hw.peakFlops(), ring.imbalance(), ring.maskedCells(), ring.hiddenSteps(),
        ring.stepsRun(), ring.stepsRun() < size - 1 ? String.format(Locale.ROOT, ", %d steps skipped",
            size - 1 - ring.stepsRun()) : ""));
    for (int k = 0; k < n; k++) {
      svg.text(g, left + k * column + 2, top - 6, n <= 16 ? "step " + shown[k] : k % 8 == 0 ? Integer.toString(shown[k]) : "");
    }
    for (int row = 0; row < n; row++) {
      int d = shown[row];
      double y = top + row * rowHeight;
      if (n <= 16 || row % 8 == 0) {
        svg.text(g, 10, y + Math.min(14, rowHeight), "device " + d);
      }
      double x = left;
      for (int t : shown) {
        boolean masked = ring.attentionFlops()[t][d] == 0;
        boolean skipped = t > ring.stepsRun();
        Element cell = svg.add(g, "g", "class", skipped ? "cell masked skipped" : masked ? "cell masked" : "cell",
            "data-step", t, "data-device", d);
        svg.add(cell, "rect", "x", x, "y", y, "width", column, "height", rowHeight - 2, "fill",
            masked ? "#dddddd" : "#f7f7f7", "stroke", "#999999");
        double bar = (rowHeight - 4) / 2;
        svg.add(cell, "rect", "class", "compute", "x", x, "y", y + 1, "width",
            ring.attentionFlops()[t][d] / hw.peakFlops() * scale, "height", bar, "fill", "#3b6fb6");
        if (t < ring.stepsRun()) {
          svg.add(cell, "rect", "class", "transfer", "x", x, "y", y + 1 + bar, "width", ring.transferSeconds() * scale,
              "height", bar, "fill", "#e08a2c");
        }
        x += column;
      }
    }
  }

  /**
   * Training memory per device against context length for vanilla attention, BPT and ring attention
   * (the planner's model, {@link ContextPlanner}), with the device's HBM as a line.
   */
  public static String memoryChart(ContextPlanner.ModelShape model, Hardware hw, int devices, int ring) {
    double width = 640;
    double height = 360;
    double left = 60;
    double bottom = height - 40;
    double top = 40;
    double right = width - 120;
    long minContext = 1024;
    long maxContext = 1L << 26;   // 64M tokens
    double maxGib = 2.0 * hw.hbmBytes() / (1L << 30);
    Svg svg = new Svg(width, height, "memory vs context");
    Element root = svg.root();
    svg.text(root, 10, 18, String.format(Locale.ROOT, "%s on %d x %s: training memory per device vs context (ring of %d)",
        model.name(), devices, hw.cliName(), ring), "font-weight", "bold");
    svg.add(root, "line", "x1", left, "y1", bottom, "x2", right, "y2", bottom, "stroke", "black");
    svg.add(root, "line", "x1", left, "y1", top, "x2", left, "y2", bottom, "stroke", "black");
    double logMin = Math.log(minContext);
    double logSpan = Math.log(maxContext) - logMin;
    for (long s = minContext; s <= maxContext; s *= 8) {
      double x = left + (Math.log(s) - logMin) / logSpan * (right - left);
      svg.text(root, x - 10, bottom + 16, s >= 1 << 20 ? (s >> 20) + "M" : (s >> 10) + "K");
    }
    for (int k = 0; k <= 4; k++) {
      double gib = maxGib * k / 4;
      svg.text(root, 8, bottom - (bottom - top) * k / 4 + 4, String.format(Locale.ROOT, "%.0f GiB", gib));
    }
    double hbm = hw.hbmBytes() / (double) (1L << 30);
    double hbmY = bottom - hbm / maxGib * (bottom - top);
    svg.add(root, "line", "class", "hbm", "x1", left, "y1", hbmY, "x2", right, "y2", hbmY, "stroke", "#c0392b",
        "stroke-dasharray", "4 3");
    svg.text(root, right + 4, hbmY + 4, "HBM");
    Map<Method, String> colours = new LinkedHashMap<>();
    colours.put(Method.VANILLA, "#8e44ad");
    colours.put(Method.BLOCKWISE, "#27ae60");
    colours.put(Method.RING, "#2c6fbb");
    int legend = 0;
    for (Map.Entry<Method, String> e : colours.entrySet()) {
      StringBuilder points = new StringBuilder();
      for (int k = 0; k <= 64; k++) {
        double logS = logMin + logSpan * k / 64;
        long s = (long) Math.exp(logS);
        long perDevice = e.getKey() == Method.RING ? Math.max(1, s / ring) : s;
        double gib = ContextPlanner.memory(model, devices, e.getKey(), perDevice).total() / (double) (1L << 30);
        double y = bottom - Math.min(gib, maxGib) / maxGib * (bottom - top);
        points.append(Svg.num(left + (double) k / 64 * (right - left))).append(',').append(Svg.num(y)).append(' ');
      }
      svg.add(root, "polyline", "class", "method " + e.getKey().name().toLowerCase(Locale.ROOT), "points",
          points.toString().strip(), "fill", "none", "stroke", e.getValue(), "stroke-width", 2);
      svg.text(root, right + 4, top + 14 * legend++, e.getKey().label(), "fill", e.getValue());
    }
    return svg.serialize();
  }

  /**
   * The program as a Graphviz digraph: one node per instruction of every control-flow computation
   * (constants, parameters and tuple plumbing left out), edges from operands to users, and one
   * cluster per model layer, taken from the op names the lowering sets ({@code layers/self_attn} is
   * layer {@code self_attn}). Loops point to their bodies with dashed edges.
   */
  public static String programGraph(HloModule module) {
    Dot dot = new Dot(module.name());
    Map<Instruction, String> ids = new IdentityHashMap<>();
    Map<String, List<String>> clusters = new LinkedHashMap<>();
    List<String> loose = new ArrayList<>();
    List<Computation> flow = new ArrayList<>();
    collect(module.entry(), flow);
    for (Computation c : flow) {
      for (Instruction i : c.instructions()) {
        if (hidden(i)) {
          continue;
        }
        String id = "n" + ids.size();
        ids.put(i, id);
        dot.node(id, i.opcode() + "\\n" + i.name() + (i.shape() == null ? "" : "\\n" + i.shape().toHlo()),
            i.opcode() == Opcode.DOT ? "#cfe2f3" : i.opcode().isCollective() ? "#f9cb9c" : "#ffffff");
        String layer = layerOf(i);
        (layer == null ? loose : clusters.computeIfAbsent(layer, k -> new ArrayList<>())).add(id);
      }
    }
    for (Computation c : flow) {
      for (Instruction i : c.instructions()) {
        if (!ids.containsKey(i)) {
          continue;
        }
        for (Instruction o : i.operands()) {
          Instruction source = visibleSource(o);
          if (source != null && ids.containsKey(source)) {
            dot.edge(ids.get(source), ids.get(i), false);
          }
        }
        if (i.opcode() == Opcode.WHILE) {
          Instruction root = i.called().get(1).root();
          for (Instruction o : root.operands()) {
            Instruction source = visibleSource(o);
            if (source != null && ids.containsKey(source)) {
              dot.edge(ids.get(source), ids.get(i), true);
            }
          }
        }
      }
    }
    clusters.forEach(dot::cluster);
    return dot.render();
  }

  private static void collect(Computation c, List<Computation> out) {
    out.add(c);
    for (Instruction i : c.instructions()) {
      if (i.opcode() == Opcode.WHILE || i.opcode() == Opcode.CONDITIONAL) {
        i.called().forEach(k -> collect(k, out));
      }
    }
  }

  private static boolean hidden(Instruction i) {
    return switch (i.opcode()) {
      case CONSTANT, PARAMETER, TUPLE, GET_TUPLE_ELEMENT -> true;
      default -> false;
    };
  }

  /** The instruction a value comes from, looking through tuple plumbing; null for parameters and constants. */
  private static Instruction visibleSource(Instruction o) {
    Instruction i = o;
    while (i.opcode() == Opcode.GET_TUPLE_ELEMENT && i.operand(0).opcode() == Opcode.TUPLE) {
      i = i.operand(0).operand(i.attrs(dev.torus.compiler.ir.Attrs.TupleIndex.class).index());
    }
    if (i.opcode() == Opcode.GET_TUPLE_ELEMENT && i.operand(0).opcode() == Opcode.WHILE) {
      return i.operand(0);
    }
    return hidden(i) ? null : i;
  }

  /**
   * The model layer an instruction belongs to: the second op-name segment under {@code layers/}, else
   * the first; null for the layer loop's own plumbing ({@code layers}) and untagged instructions.
   */
  public static String layerOf(Instruction i) {
    String name = i.opName().orElse(null);
    if (name == null) {
      return null;
    }
    String[] parts = name.split("/");
    if (parts[0].equals(ProgramNames.LAYERS)) {
      return parts.length > 1 && !parts[1].equals(ProgramNames.LAYERS) ? parts[1] : null;
    }
    return parts[0];
  }
}
