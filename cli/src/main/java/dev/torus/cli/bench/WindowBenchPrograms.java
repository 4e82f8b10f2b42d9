package dev.torus.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the programs of {@code bench/window_tpu.sh} (issue 17's performance items). Usage:
 * {@code WindowBenchPrograms OUT_DIR [PRESET ...]}.
 *
 * <p>Item 1: Mistral-7B's shapes ({@link Presets#mistral7b}, one layer: the layer loop runs the same
 * body 32 times) at S = 64K on a ring of 8, forward, bf16, blocks of 512, in four forms: its 4K window
 * with the contiguous layout (the ring runs one step of seven) and striped, and the same model with
 * full causal attention (no window) striped (its best layout) and contiguous; and a Gemma-2-style
 * stand-in, the same shapes with two layers, the window in the first only, contiguous (its windowed
 * layer runs one ring step, its global layer seven: one loop each, in a {@code ring_kind}
 * conditional). Each form is
 * {@code NAME.hlo} and {@code NAME.json}: the ring steps run and, per device, the runs of every
 * data-dependent key-block loop by path ({@link AttentionLoopRuns#of}, the counts the emitted program
 * executes), which {@code bench/window_tpu.py} scales the libtpu cost model's cycles by.
 *
 * <p>Item 2: Torus's own compile time (lowering plus both printers, as {@link CompileSpeed} times it:
 * a warm JVM, median of {@code REPS} after {@link CompileSpeed#WARMUP} compiles) of each preset named
 * (every layer) at S = 32K on a ring of 8 (striped, blocks of 512, weights sharded over the ring:
 * {@code --fsdp 8}, so that the 8B presets fit a v5e chip's 16 GiB for libtpu), the presets taken
 * round-robin so that JIT progress and the shared machine's load fall on all alike: wall-clock
 * median and minimum, and the median of the compiling thread's CPU time (what a loaded machine's
 * waits do not inflate), written to
 * {@code compile-times.json}, and each preset's program as {@code compile_PRESET.hlo} for libtpu's
 * compile time. A name that is not a preset on this build is listed as missing, not an error.
 */
public final class WindowBenchPrograms {
  static final int SEQ = 65536;
  static final int RING = 8;
  static final int BLOCK = 512;
  static final int COMPILE_SEQ = 32768;
  static final int REPS = 21;

  /** The printed characters, kept so that the printing is not optimised away. */
  static long printed;

  private WindowBenchPrograms() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper();
    ModelSpec windowed = Presets.mistral7b().toBuilder().depth(1).build();
    ModelSpec causal = windowed.toBuilder().slidingWindow(null).build();
    // Gemma-2-style: the window in every other layer (two layers: one windowed, one global)
    ModelSpec mixed = windowed.toBuilder().depth(2)
        .slidingWindow(dev.torus.dsl.SlidingWindow.pattern(4096, List.of(true, false))).build();
    ArrayNode programs = json.createArrayNode();
    for (Object[] form : new Object[][] {
        {"mistral7b_window4096_contiguous", windowed, TokenLayout.CONTIGUOUS},
        {"mistral7b_window4096_striped", windowed, TokenLayout.STRIPED},
        {"mistral7b_causal_striped", causal, TokenLayout.STRIPED},
        {"mistral7b_causal_contiguous", causal, TokenLayout.CONTIGUOUS},
        {"gemma2style_window4096_contiguous", mixed, TokenLayout.CONTIGUOUS}}) {
      String name = (String) form[0];
      ModelSpec model = (ModelSpec) form[1];
      RunShape shape = RunShape.ring(1, SEQ, BlockSizes.uniform(BLOCK), RING, (TokenLayout) form[2], 1);
      HloModule module = ModelLowering.forward(model, shape, false).module();
      Files.writeString(out.resolve(name + ".hlo"), HloTextPrinter.print(module));
      List<Integer> counts = RingLayout.passingCounts(shape,
          RingLayout.layerWindows(model.attention().slidingWindow(), model.depth()));
      ObjectNode meta = programs.addObject().put("name", name).put("layout", shape.layout().label())
          .put("window", model.attention().slidingWindow() == null ? 0 : model.attention().slidingWindow().size())
          .put("seq", SEQ).put("ring", RING).put("block", BLOCK)
          .put("heads", model.attention().heads()).put("kvHeads", model.attention().kvHeads())
          .put("headDim", model.attention().headDim())
          .put("ringStepsRun", counts.getLast())
          .put("layers", model.depth());
      if (counts.size() > 1) {   // one ring-step loop per layer kind
        meta.put("ringStepsPerKind", counts.toString());
      }
      ArrayNode devices = meta.putArray("runs");
      for (int d = 0; d < RING; d++) {
        ObjectNode runs = devices.addObject();
        for (Map.Entry<List<String>, Double> e : AttentionLoopRuns.of(model, shape, d).entrySet()) {
          if (!e.getKey().getLast().endsWith("_grad")) {
            runs.put(String.join("/", e.getKey()), e.getValue());
          }
        }
      }
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("window-programs.json").toFile(), programs);

    ArrayNode times = json.createArrayNode();
    List<String> presets = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (Presets.isPreset(args[i])) {
        presets.add(args[i]);
      }
    }
    RunShape compileShape = RunShape.ring(1, COMPILE_SEQ, BlockSizes.uniform(BLOCK), RING, TokenLayout.STRIPED, 1)
        .withFsdp(RING);
    // Round-robin over the presets, so that the JIT's progress and the shared machine's load fall on all alike.
    Map<String, List<Double>> warm = new java.util.LinkedHashMap<>();
    Map<String, List<Double>> cpu = new java.util.LinkedHashMap<>();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    Map<String, Double> first = new java.util.HashMap<>();
    Map<String, HloModule> modules = new java.util.HashMap<>();
    for (int round = 0; round <= CompileSpeed.WARMUP + REPS; round++) {
      for (String preset : presets) {
        ModelSpec model = Presets.named(preset);
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        HloModule module = ModelLowering.forward(model, compileShape, false).module();
        printed += HloTextPrinter.print(module).length() + StableHloPrinter.print(module).length();
        double ms = (System.nanoTime() - t0) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        if (round == 0) {
          first.put(preset, ms);
          modules.put(preset, module);
        } else if (round > CompileSpeed.WARMUP) {
          warm.computeIfAbsent(preset, p -> new ArrayList<>()).add(ms);
          cpu.computeIfAbsent(preset, p -> new ArrayList<>()).add(cpuMs);
        }
      }
    }
    for (int i = 1; i < args.length; i++) {
      String preset = args[i];
      if (!Presets.isPreset(preset)) {
        times.addObject().put("preset", preset).put("missing", true);
        continue;
      }
      List<Double> t = warm.get(preset);
      t.sort(Double::compare);
      List<Double> c = cpu.get(preset);
      c.sort(Double::compare);
      HloModule module = modules.get(preset);
      Files.writeString(out.resolve("compile_" + preset + ".hlo"), HloTextPrinter.print(module));
      times.addObject().put("preset", preset).put("layers", Presets.named(preset).depth())
          .put("instructions", module.allInstructions().size()).put("firstMs", first.get(preset))
          .put("warmMedianMs", t.get(t.size() / 2)).put("warmMinMs", t.getFirst())
          .put("cpuMedianMs", c.get(c.size() / 2));
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("compile-times.json").toFile(), times);
  }
}
