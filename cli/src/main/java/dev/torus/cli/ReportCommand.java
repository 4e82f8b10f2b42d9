package dev.torus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.compiler.ForwardCompiler.ModelRecord;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.analysis.MemoryAnalysis;
import dev.torus.compiler.analysis.FusedAttentionReport;
import dev.torus.compiler.analysis.ProgramReport;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.analysis.Roofline;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.plan.ContextPlanner;
import dev.torus.compiler.report.Pictures;
import dev.torus.dsl.RunShape;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus report ARTIFACT [--hardware H] [--json]}: what the artifact's program costs per
 * device, its memory, and how its ring steps fare on the hardware; writes the pictures into
 * {@code ARTIFACT/report/}.
 */
@Command(name = "report", customSynopsis = "torus report ARTIFACT [--hardware H] [--json]",
    description = {"analyse an artifact's program: FLOPs, bytes, memory, ring overlap on a hardware type; writes pictures", "",
        "Compiles the artifact's model again, checks that this compiler emits exactly its program.hlo, and analyses"
            + " that program per device: FLOPs (matmul, elementwise, transcendental), bytes read and written, per loop"
            + " iteration and in total (the busiest device of the ring); peak live memory (arguments, output,"
            + " temporaries); bytes each ring step sends, the causal critical path, and per ring step the attention"
            + " compute against the K/V transfer on the hardware (times at peak).", "",
        "Roofline: for the program and each loop body (per iteration and over its runs), matmul FLOPs, transcendentals,"
            + " vector (elementwise) ops, HBM bytes (those no fusion avoids) and collective bytes, each over that unit's"
            + " peak on the hardware; the binding unit and the attainable time. TPU vector, reduction and"
            + " transcendental rates are calibrated on the libtpu cost model.", "",
        "Writes ARTIFACT/report/ring-timeline.svg (this program's layout, and the other layout for comparison),"
            + " memory-vs-context.svg and program.dot."})
final class ReportCommand implements Callable<Integer> {
  static final String DEFAULT_HARDWARE = "tpu-v4";
  static final String DIR = "report";

  @Spec CommandSpec spec;

  @Mixin ArtifactParameter artifactParameter;

  @Option(names = "--hardware", paramLabel = "H", defaultValue = DEFAULT_HARDWARE,
      completionCandidates = OptionTypes.HardwareNames.class,
      description = "(default ${DEFAULT-VALUE}) ${COMPLETION-CANDIDATES}")   // the default first: the list wraps
  Hardware hw;

  @Option(names = "--json", description = "print the report as JSON instead of a table")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = artifactParameter.dir;
    Artifact artifact = artifactParameter.read();
    ForwardCompiler.Compiled compiled;
    ModelRecord record;
    try {
      compiled = ForwardCompiler.recompile(artifact);
      record = new ObjectMapper().treeToValue(artifact.manifest().model(), ModelRecord.class);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    RunShape shape = record.shape();
    Target target = ForwardCompiler.target(artifact.manifest());
    int ring = shape.ring();
    ProgramReport report = ProgramReport.of(record.spec(), shape, compiled.module(), hw, d -> {
      if (ring >= 64 && (d + 1) % Math.max(1, ring / 8) == 0) {
        System.err.printf(Locale.ROOT, "report: analysed %d of %d ring devices%n", d + 1, ring);
      }
    });
    Path pictures = dir.resolve(DIR);
    Files.createDirectories(pictures);
    Map<String, Path> written = new LinkedHashMap<>();
    written.put("ringTimeline", Files.writeString(pictures.resolve("ring-timeline.svg"),
        Pictures.ringTimeline(report, report.otherLayout(record.spec(), hw), hw)));
    written.put("memoryChart", Files.writeString(pictures.resolve("memory-vs-context.svg"), Pictures.memoryChart(
        ContextPlanner.ModelShape.of(record.spec()), hw, shape.devices(), ring)));
    written.put("programGraph", Files.writeString(pictures.resolve("program.dot"), Pictures.programGraph(compiled.module())));
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(
              java.util.OptionalLong.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<>(
                  java.util.OptionalLong.class) {
                @Override
                public void serialize(java.util.OptionalLong v, com.fasterxml.jackson.core.JsonGenerator g,
                    com.fasterxml.jackson.databind.SerializerProvider p) throws java.io.IOException {
                  if (v.isPresent()) {
                    g.writeNumber(v.getAsLong());   // a loop's trip count; null when data-dependent
                  } else {
                    g.writeNull();
                  }
                }
              }));
      ObjectNode tree = mapper.valueToTree(report);
      tree.put("secondsAtPeak", report.secondsAtPeak(hw));
      tree.put("fits", report.fits());
      tree.put("ringStepsRun", report.ringStepsRun());
      if (target.fusedAttention()) {
        tree.put("target", target.label());
        tree.put("fusedAttention", FusedAttentionReport.describe(compiled.module(), record.spec()));
      }
      tree.set("roofline", rooflineJson(mapper, report, hw));
      if (report.layerKinds().size() == 1) {   // the one kind is "ring": not its (N x N) cells twice
        ((ObjectNode) tree.get("layerKinds").get(0)).remove(List.of("attentionFlops", "computeSeconds"));
      }
      tree.set("pictures", mapper.valueToTree(written.entrySet().stream().collect(
          java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString(), (a, b) -> a, LinkedHashMap::new))));
      out.println(mapper.writeValueAsString(tree));
      return 0;
    }
    print(report, hw, out);
    if (target.fusedAttention()) {
      out.println("target gpu (experimental): " + FusedAttentionReport.describe(compiled.module(), record.spec())
          + "; the figures above count each fused call's products and exponentials");
    }
    printRoofline(report, hw, out);
    out.println("pictures: " + String.join(", ", written.values().stream().map(Path::toString).toList()));
    return 0;
  }

  private static void print(ProgramReport r, Hardware hw, PrintWriter out) {
    RunShape s = r.shape();
    out.printf(Locale.ROOT, "report: %s, batch %d x %d tokens on %s, blocks q=%d kv=%d chunk=%d; hardware %s (%s)%n",
        r.model(), s.batch(), s.sequence(), s.ring() == 1 ? "one device" : String.format(Locale.ROOT,
            "a ring of %d (%s, %d tokens each)%s", s.ring(), s.layout().label(), s.localSequence(),
            s.dp() > 1 ? " x " + s.dp() + " data-parallel" : ""),
        s.blocks().query(), s.blocks().keyValue(), s.blocks().chunk(), hw.cliName(), hw.device());
    CostAnalysis.Cost c = r.busiest();
    out.printf(Locale.ROOT, "per device (busiest: device %d of %d): %s matmul + %s elementwise FLOPs, %s transcendentals;"
        + " %s read, %s written; %.3g s at peak (a lower bound)%n", r.busiestDevice(), r.devices(), si(c.matmulFlops()),
        si(c.elementwiseFlops()), si(c.transcendentals()), bytes(c.bytesRead()), bytes(c.bytesWritten()),
        r.secondsAtPeak(hw));
    MemoryAnalysis.Report m = r.memory();
    out.printf(Locale.ROOT, "memory per device: arguments %s + output %s + peak temporaries %s = %s of %s HBM: %s%n",
        bytes(m.argumentBytes()), bytes(m.outputBytes()), bytes(m.peakTempBytes()), bytes(m.peakBytes()),
        bytes(r.hbmBytes()), r.fits() ? "fits" : "DOES NOT FIT");
    if (!m.liveAtPeak().isEmpty()) {
      out.println("  largest live at the peak: " + String.join(", ", m.liveAtPeak().stream().limit(3)
          .map(b -> b.where() + " " + bytes(b.bytes())).toList()));
    }
    ProgramReport.Ring ring = r.ring();
    if (ring.size() > 1) {
      double computeStep = ring.computeSeconds()[0];
      out.printf(Locale.ROOT, "ring per layer: %s sent per step by each device; causal critical path %s attention FLOPs%s,"
          + " imbalance %.2f, %d of %d cells fully masked%n", bytes(ring.bytesPerStep()), si(ring.criticalPathFlops()),
          r.layerKinds().size() > 1 ? " (" + ring.kind() + ")" : "", ring.imbalance(), ring.maskedCells(),
          ring.size() * ring.size());
      int run = r.ringStepsRun();
      if (r.layerKinds().stream().map(ProgramReport.Ring::stepsRun).distinct().count() > 1) {
        out.printf(Locale.ROOT, "ring steps per layer: each kind of layer runs its own window's (one ring-step loop"
            + " per kind), the rest skipped with their transfers:%n");
      } else {
        out.printf(Locale.ROOT, "ring steps per layer: %d of %d run, %d skipped with their transfers%s%n", run,
            ring.size() - 1, ring.size() - 1 - run, run < ring.size() - 1
                ? " (every layer's sliding window ends before the blocks of the later steps)" : "");
      }
      if (r.layerKinds().size() > 1) {
        for (ProgramReport.Ring kind : r.layerKinds()) {
          out.printf(Locale.ROOT, "  layers with %s (%d of %d): %d of %d ring steps run, critical path %s attention"
              + " FLOPs, %d of %d cells fully masked%n", kind.kind().equals("global") ? "no window" : kind.kind(),
              kind.layers(), ring.layers(), kind.stepsRun(), ring.size() - 1, si(kind.criticalPathFlops()),
              kind.maskedCells(), ring.size() * ring.size());
        }
      }
      out.printf(Locale.ROOT, "overlap on %s: %d of %d transfers hidden (step 0: compute %.3g s vs transfer %.3g s);"
          + " shard %d tokens vs minimal block c = F/B = %.0f%n", hw.cliName(), ring.hiddenSteps(), ring.stepsRun(),
          computeStep, ring.transferSeconds(), ring.shard(), ring.minimalBlock());
    }
    int width = Math.max(22, r.loops().stream().mapToInt(l -> String.join("/", l.path()).length()).max().orElse(0));
    String row = "%-" + width + "s %7s %10s %11s %11s %11s%n";
    out.printf(Locale.ROOT, row, "loop (busiest device)", "trips", "runs", "FLOPs/iter", "total FLOPs", "sent/iter");
    for (CostAnalysis.Loop l : r.loops()) {
      out.printf(Locale.ROOT, row, String.join("/", l.path()),
          l.tripCount().isPresent() ? Long.toString(l.tripCount().getAsLong()) : "causal", si(l.runs()),
          si(l.perIteration().flops()), si(l.total().flops()),
          l.perIteration().collectiveBytes() > 0 ? bytes(l.perIteration().collectiveBytes()) : "-");
    }
  }

  /**
   * The roofline as JSON: the hardware's unit peaks and their source, then for the whole program
   * (busiest device) and for each loop body, per iteration and over all its runs, the count per unit,
   * the seconds at that unit's peak, the binding unit and the attainable time.
   */
  static ObjectNode rooflineJson(ObjectMapper mapper, ProgramReport report, Hardware hw) {
    ObjectNode node = mapper.createObjectNode();
    ObjectNode peaks = node.putObject("peaksPerSecond");
    for (Roofline.Unit u : Roofline.Unit.values()) {
      peaks.put(u.key(), u.peak(hw));
    }
    peaks.put("reducedElements", hw.reducedElementsPerSecond());
    node.put("vectorAndTranscendentalPeaks", hw.unitPeaksSource());
    node.set("program", rooflineJson(mapper, Roofline.of(report.busiest(), hw)));
    var loops = node.putArray("loops");
    for (CostAnalysis.Loop l : report.loops()) {
      ObjectNode loop = loops.addObject();
      loop.put("loop", String.join("/", l.path()));
      loop.put("runs", l.runs());
      loop.set("perIteration", rooflineJson(mapper, Roofline.of(l.perIteration(), hw)));
      loop.set("total", rooflineJson(mapper, Roofline.of(l.total(), hw)));
    }
    return node;
  }

  private static ObjectNode rooflineJson(ObjectMapper mapper, Roofline r) {
    ObjectNode node = mapper.createObjectNode();
    ObjectNode counts = node.putObject("counts");
    ObjectNode seconds = node.putObject("seconds");
    for (Roofline.Unit u : Roofline.Unit.values()) {
      counts.put(u.key(), r.count(u));
      seconds.put(u.key(), r.seconds().get(u));
    }
    counts.put("reducedElements", r.cost().reducedElements());   // part of vector, at the reduction rate
    counts.put("xlaBytesAccessed", r.cost().bytesAccessed());    // XLA's unfused count, for comparison
    node.put("binding", r.binding().key());
    node.put("attainableSeconds", r.attainableSeconds());
    return node;
  }

  /** The roofline table: the whole program, then each loop body per iteration (units: seconds at peak). */
  private static void printRoofline(ProgramReport r, Hardware hw, PrintWriter out) {
    out.printf(Locale.ROOT, "roofline on %s (seconds at each unit's peak; matmul %s FLOP/s, transcendental %s/s,"
        + " vector %s/s and reductions %s elements/s %s, HBM %.0f GB/s, link %.0f GB/s; HBM: the bytes no fusion"
        + " avoids):%n", hw.cliName(), si(hw.peakFlops()), si(hw.transcendentalsPerSecond()), si(hw.vectorOpsPerSecond()),
        si(hw.reducedElementsPerSecond()), hw.unitPeaksSource(), hw.hbmBytesPerSecond() / 1e9,
        hw.linkBytesPerSecond() / 1e9);
    int width = Math.max(30, r.loops().stream().mapToInt(l -> String.join("/", l.path()).length() + 7).max().orElse(0));
    String row = "%-" + width + "s %10s %10s %10s %10s %10s  %-14s %10s%n";
    out.printf(Locale.ROOT, row, "", "matmul", "transc.", "vector", "hbm", "collective", "binding", "attainable");
    rooflineRow(out, row, "program (busiest device)", Roofline.of(r.busiest(), hw));
    for (CostAnalysis.Loop l : r.loops()) {
      rooflineRow(out, row, String.join("/", l.path()) + " (iter)", Roofline.of(l.perIteration(), hw));
    }
  }

  private static void rooflineRow(PrintWriter out, String row, String what, Roofline roof) {
    Object[] cells = new Object[8];
    cells[0] = what;
    int k = 1;
    for (Roofline.Unit u : Roofline.Unit.values()) {
      cells[k++] = String.format(Locale.ROOT, "%.3g", roof.seconds().get(u));
    }
    cells[6] = roof.binding().key();
    cells[7] = String.format(Locale.ROOT, "%.3g s", roof.attainableSeconds());
    out.printf(Locale.ROOT, row, cells);
  }

  static String si(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 10_000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  static String bytes(double b) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (b >= 1024 && u < units.length - 1) {
      b /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.2f %s", b, units[u]);
  }
}
