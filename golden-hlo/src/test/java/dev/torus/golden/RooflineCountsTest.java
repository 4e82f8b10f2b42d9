package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.cli.SamplePrograms;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.analysis.Roofline;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The roofline's counts against XLA's {@code HloCostAnalysis}, per loop body and for the whole
 * program scaled by trip counts, for the tiny model's forward program on one device (blockwise) and
 * on a striped ring of 4.
 *
 * <p>XLA counts each computation once, so its per-computation figures are taken one computation at a
 * time: every control-flow computation (entry, each loop body and condition) becomes the entry of a
 * module of its own, XLA costs it, and a computation's own cost is that minus the costs of the loops
 * it runs (their bodies and conditions, costed the same way). Per loop body, the roofline's iteration
 * (its body and condition) is compared with XLA's; for the whole program, XLA's own costs are
 * multiplied by the runs Torus's analysis gives each computation (trip counts; the causal key/value
 * loops' runs from {@link AttentionLoopRuns}) and summed. Matmul plus vector ops against XLA's
 * {@code flops}, transcendentals against {@code transcendentals}, bytes accessed (the report's
 * {@code xlaBytesAccessed}; the HBM unit counts only the bytes no fusion avoids) against
 * {@code bytes accessed}: each within 5 % (DESIGN's tolerance for own counts vs XLA).
 */
class RooflineCountsTest {
  static final Path WORK = Path.of("target/xla-harness/roofline").toAbsolutePath();
  static final double TOLERANCE = 0.05;

  @Test
  void perLoopBodyAndScaledProgramCountsAgreeWithXla() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    Map<String, RunShape> shapes = new LinkedHashMap<>();
    shapes.put("blockwise", RunShape.of(1, 64, BlockSizes.of(16, 16, 32)));
    shapes.put("ring", RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 1));
    Map<String, HloModule> modules = new LinkedHashMap<>();
    shapes.forEach((k, s) -> modules.put(k, SamplePrograms.forwardSample(Presets.tiny(), s).module()));

    // one program per control-flow computation of each module, that computation as the entry
    List<Program> programs = new ArrayList<>();
    Map<String, Map<Computation, String>> ids = new LinkedHashMap<>();
    for (Map.Entry<String, HloModule> e : modules.entrySet()) {
      Map<Computation, String> byComputation = new LinkedHashMap<>();
      for (Computation c : controlFlow(e.getValue().entry(), new ArrayList<>())) {
        String id = e.getKey() + "__" + c.name();
        HloModule alone = HloModule.of(id, c, e.getValue().numPartitions());
        Path hlo = WORK.resolve(id + ".hlo");
        Files.writeString(hlo, flattenParameter(HloTextPrinter.print(alone), c));
        programs.add(Program.compileOnly(id, hlo, alone.numPartitions()));
        byComputation.put(c, id);
      }
      ids.put(e.getKey(), byComputation);
    }
    Summary xla = harness.cost(programs, WORK);

    StringBuilder table = new StringBuilder();
    int loopsChecked = 0;
    for (Map.Entry<String, HloModule> e : modules.entrySet()) {
      HloModule module = e.getValue();
      RunShape shape = shapes.get(e.getKey());
      Map<Computation, String> byComputation = ids.get(e.getKey());
      Map<Computation, double[]> own = new LinkedHashMap<>();
      for (Computation c : byComputation.keySet()) {
        own.put(c, xlaOwn(c, byComputation, xla));
      }
      Map<List<String>, Double> runs = AttentionLoopRuns.causal(shape, shape.ring() - 1);
      CostAnalysis.Report report = CostAnalysis.analyse(module, runs);
      Map<String, Computation> byName = new LinkedHashMap<>();
      byComputation.keySet().forEach(c -> byName.put(c.name(), c));

      double[] scaled = own.get(module.entry()).clone();
      for (CostAnalysis.Loop loop : report.loops()) {
        Computation body = byName.get(loop.body());
        Computation cond = conditionOf(module, body);
        double[] iteration = plus(own.get(body), own.get(cond));
        Roofline roof = Roofline.of(loop.perIteration(), Hardware.TPU_V5E);
        double[] ours = {roof.count(Roofline.Unit.MATMUL) + roof.count(Roofline.Unit.VECTOR),
            roof.count(Roofline.Unit.TRANSCENDENTAL), roof.cost().bytesAccessed()};
        String line = String.format(Locale.ROOT, "%-9s %-44s flops %.5g vs XLA %.5g; transcendentals %.5g vs %.5g;"
            + " bytes %.5g vs %.5g; runs %.4g", e.getKey(), String.join("/", loop.path()), ours[0], iteration[0],
            ours[1], iteration[1], ours[2], iteration[2], loop.runs());
        table.append(line).append('\n');
        for (int k = 0; k < 3; k++) {
          assertWithin(ours[k], iteration[k], line);
        }
        if (loop.name().startsWith(ProgramNames.KV_BLOCKS)) {
          assertTrue(iteration[1] > 0, "an attention key/value body has exponentials: " + line);
          loopsChecked++;
        }
        // the body runs loop.runs() times, the condition once more per run of the computation holding the loop
        scaled = plus(scaled, times(own.get(body), loop.runs()));
        scaled = plus(scaled, times(own.get(cond), loop.runs() + enclosingRuns(loop, report)));
      }
      Roofline program = Roofline.of(report.total(), Hardware.TPU_V5E);
      double[] ours = {program.count(Roofline.Unit.MATMUL) + program.count(Roofline.Unit.VECTOR),
          program.count(Roofline.Unit.TRANSCENDENTAL), program.cost().bytesAccessed()};
      String line = String.format(Locale.ROOT, "%-9s %-44s flops %.5g vs XLA %.5g; transcendentals %.5g vs %.5g;"
          + " bytes %.5g vs %.5g", e.getKey(), "whole program, trip-count scaled", ours[0], scaled[0], ours[1],
          scaled[1], ours[2], scaled[2]);
      table.append(line).append('\n');
      for (int k = 0; k < 3; k++) {
        assertWithin(ours[k], scaled[k], line);
      }
    }
    System.out.print(table);
    assertTrue(loopsChecked >= 6, "key/value loop bodies checked: " + loopsChecked + "\n" + table);
  }

  /** How often the computation holding {@code loop} runs: the enclosing loop's body runs, 1 for the entry. */
  private static double enclosingRuns(CostAnalysis.Loop loop, CostAnalysis.Report report) {
    List<String> outer = loop.path().subList(0, loop.path().size() - 1);
    return outer.isEmpty() ? 1 : report.loops().stream().filter(l -> l.path().equals(outer)).findFirst()
        .orElseThrow().runs();
  }

  /**
   * The module text with the entry's one tuple parameter (a loop body's or condition's state) made
   * into one parameter per element gathered by a {@code tuple}: the harness reads an entry's
   * parameters as arrays. XLA costs that tuple at 8 bytes per element ({@link #TUPLE_BYTES}).
   */
  static String flattenParameter(String text, Computation c) {
    Instruction state = c.parameters().get(0);
    if (c.parameters().size() != 1 || !(state.shape() instanceof dev.torus.compiler.ir.TupleShape)) {
      return text;
    }
    String header = text.substring(0, text.indexOf('\n'));
    int layout = header.indexOf(", entry_computation_layout={");
    if (layout >= 0) {   // drop the layout, braces balanced
      int depth = 0;
      int end = layout + ", entry_computation_layout=".length();
      do {
        depth += header.charAt(end) == '{' ? 1 : header.charAt(end) == '}' ? -1 : 0;
        end++;
      } while (depth > 0);
      header = header.substring(0, layout) + header.substring(end);
    }
    String body = text.substring(text.indexOf('\n'));
    String paramLine = body.lines().filter(l -> l.trim().startsWith(state.name() + " = (") && l.contains(" parameter(0)"))
        .findFirst().orElseThrow(() -> new AssertionError("no tuple parameter line for " + state.name()));
    String indent = paramLine.substring(0, paramLine.indexOf(state.name()));
    StringBuilder leaves = new StringBuilder();
    List<String> names = new ArrayList<>();
    var leafShapes = state.shape().leaves();
    for (int k = 0; k < leafShapes.size(); k++) {
      String name = state.name() + "_leaf" + k;
      names.add(name);
      String shapeText = paramLine.substring(paramLine.indexOf(" = (") + 4);
      leaves.append(indent).append(name).append(" = ").append(leafText(shapeText, k)).append(" parameter(").append(k)
          .append(")\n");
    }
    String tuple = paramLine.replace(" parameter(0)", " tuple(" + String.join(", ", names) + ")");
    return header + body.replace(paramLine + "\n", leaves + tuple + "\n");
  }

  /** The {@code k}th element's shape text of a tuple shape text ({@code a, b, ...)...}), split at depth 0. */
  private static String leafText(String tupleShapeText, int k) {
    int depth = 0;
    int start = 0;
    int index = 0;
    for (int i = 0; i < tupleShapeText.length(); i++) {
      char ch = tupleShapeText.charAt(i);
      if (ch == '[' || ch == '{' || ch == '(') {
        depth++;
      } else if ((ch == ']' || ch == '}' || ch == ')') && depth > 0) {
        depth--;
      } else if ((ch == ',' && depth == 0) || (ch == ')' && depth == 0)) {
        if (index == k) {
          return tupleShapeText.substring(start, i).trim();
        }
        index++;
        start = i + 1;
        if (ch == ')') {
          break;
        }
      }
    }
    throw new AssertionError("tuple shape " + tupleShapeText + " has no element " + k);
  }

  /** Bytes XLA's cost analysis gives a {@code tuple} per element (its index table of pointers). */
  static final double TUPLE_BYTES = 8;

  /** XLA's own cost of {@code c} (flops, transcendentals, bytes): its module's minus those of the loops it runs. */
  private static double[] xlaOwn(Computation c, Map<Computation, String> ids, Summary xla) {
    double[] cost = xlaCost(xla, ids.get(c));
    if (c.parameters().size() == 1 && c.parameters().get(0).shape() instanceof dev.torus.compiler.ir.TupleShape) {   // the flattening's tuple
      cost[2] -= TUPLE_BYTES * c.parameters().get(0).shape().leaves().size();
    }
    for (Instruction i : c.instructions()) {
      if (i.opcode() == Opcode.WHILE || i.opcode() == Opcode.CONDITIONAL) {
        for (Computation called : i.called()) {
          cost = plus(cost, times(xlaCost(xla, ids.get(called)), -1));
        }
      }
    }
    return cost;
  }

  private static double[] xlaCost(Summary xla, String id) {
    var r = xla.program(id);
    // the cost is read before the CPU compile, which a body costed alone as the entry may fail
    assertTrue(r.xlaCost().containsKey("flops"), id + ": " + r.error());
    Map<String, Double> c = r.xlaCost();
    return new double[] {c.get("flops"), c.getOrDefault("transcendentals", 0.0), c.get("bytes accessed")};
  }

  private static List<Computation> controlFlow(Computation c, List<Computation> out) {
    out.add(c);
    for (Instruction i : c.instructions()) {
      if (i.opcode() == Opcode.WHILE || i.opcode() == Opcode.CONDITIONAL) {
        i.called().forEach(k -> controlFlow(k, out));
      }
    }
    return out;
  }

  private static Computation conditionOf(HloModule module, Computation body) {
    for (Instruction i : module.allInstructions()) {
      if (i.opcode() == Opcode.WHILE && i.called().get(1) == body) {
        return i.called().get(0);
      }
    }
    throw new AssertionError("no loop runs " + body.name());
  }

  private static double[] plus(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
  }

  private static double[] times(double[] a, double k) {
    return new double[] {a[0] * k, a[1] * k, a[2] * k};
  }

  private static void assertWithin(double ours, double xla, String what) {
    assertTrue(Math.abs(ours - xla) <= TOLERANCE * Math.abs(xla) + 1e-9, what);
  }
}
