package dev.torus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.compiler.plan.ContextPlanner;
import dev.torus.compiler.plan.ContextPlanner.MethodPlan;
import dev.torus.compiler.plan.ContextPlanner.Plan;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.hardware.Overlap;
import dev.torus.compiler.plan.TrainStepMemory;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code torus plan --model M --hardware H --devices N [--json]}: the longest training context per
 * attention method, with block sizes and every assumption; {@code torus plan --overlap-table} prints
 * the paper's Table 2 (minimal block and sequence per device) as the planner computes it.
 */
final class PlanCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("model", "hardware", "devices", "ring", "json", "overlap-table", "task",
      "layout", "block");

  /** The paper's Table 2 minimal blocks and sequences, in thousands of tokens, for comparison. */
  private static final double[][] PAPER_TABLE2 = {{1.0, 6.2}, {24.5, 149.5}, {1.1, 6.6}, {1.0, 6.2}, {1.1, 6.3}};

  @Override
  public String summary() {
    return "the longest context a model can train on per attention method, for a hardware type and device count";
  }

  @Override
  public String usage() {
    return """
        usage: torus plan --model M --hardware H --devices N [--ring R] [--json]
               torus plan --task forward --model M --hardware H --devices N [--layout L] [--block B] [--json]
               torus plan --overlap-table [--json]
        The longest training context that fits per device, for vanilla attention, memory-efficient
        attention, blockwise (BPT) and ring attention, with the ring's block sizes and whether its
        transfers hide behind compute. Every assumption is printed with the answer. With one ring over
        all devices, also the longest context of the train step Torus itself emits (ring and FSDP over
        all N devices, f32 activations, outputs not aliased to inputs), from a memory model calibrated
        against libtpu; `torus tpu-check --max-context` measures it with the real TPU compiler.
          --model M         a built-in model (%s) or a Hugging Face directory with config.json
          --hardware H      %s
          --devices N       devices (as XLA lists them: a TensorCore on tpu-v3 and tpu-v4, a chip or GPU otherwise)
          --ring R          devices per ring; N / R rings train data-parallel (default N: one ring)
          --task T          train (default): the model above; forward: the forward program this compiler
                            emits for a ring of N devices (weights replicated, all logits out), sized by
                            compiling it at each candidate length and analysing its peak live memory
          --layout L        forward: contiguous (default) or striped
          --block B         forward: query, key/value and chunk block (default 1024)
          --json            print the plan as JSON instead of a table
          --overlap-table   print the paper's Table 2 (minimal block c = F/B, minimal sequence 6c per device) as
                            computed here, next to the paper's figures
        """.formatted(dev.torus.dsl.Presets.names(), Hardware.names());
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = new Args("plan", argv, OPTIONS);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (args.has("overlap-table")) {
      if (args.has("json")) {
        ArrayNode rows = json.createArrayNode();
        for (Hardware hw : Hardware.paperTable2()) {
          rows.addObject().put("hardware", hw.cliName()).put("minimalBlock", Overlap.minimalBlock(hw))
              .put("minimalSequencePerDevice", Overlap.minimalSequencePerDevice(hw));
        }
        out.println(json.writeValueAsString(rows));
      } else {
        printOverlapTable(out);
      }
      return 0;
    }
    Hardware hw;
    try {
      hw = Hardware.named(args.required("hardware"));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException("--hardware: " + e.getMessage());
    }
    var model = ModelSource.resolve(args.required("model"), null);
    int devices = args.requiredPositiveInt("devices");
    String task = args.get("task", "train");
    if (task.equals("forward")) {
      return planForward(model, hw, devices, args, json, out);
    } else if (!task.equals("train")) {
      throw new TorusCli.UsageException("--task takes train or forward, got '" + task + "'");
    }
    Plan plan;
    try {
      plan = ContextPlanner.plan(ContextPlanner.ModelShape.of(model), hw, devices, args.positiveInt("ring", devices));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException(e.getMessage());
    }
    // Torus's own train step, ring and FSDP over all devices (what tpu-check --max-context compiles).
    TrainStepMemory.Plan emitted = plan.ring() == devices
        ? TrainStepMemory.plan(model.toBuilder().paramType(dev.torus.artifact.DType.F32).build(), hw, devices) : null;
    if (args.has("json")) {
      ObjectNode tree = json.valueToTree(plan);
      for (int i = 0; i < plan.methods().size(); i++) {
        ((ObjectNode) tree.get("methods").get(i).get("memory")).put("total", plan.methods().get(i).memory().total());
      }
      if (emitted != null) {
        ObjectNode e = json.valueToTree(emitted);
        ((ObjectNode) e.get("memory")).put("total", emitted.memory().total());
        tree.set("torusTrainStep", e);
      }
      out.println(json.writeValueAsString(tree));
      return 0;
    }
    printPlan(plan, out);
    if (emitted != null) {
      TrainStepMemory.Memory mem = emitted.memory();
      out.printf(Locale.ROOT, "Torus's own train step (compile --task train --dtype f32 --ring %d --fsdp %d): %s (%s per device);"
          + " state %s + weights %s + tokens %s + loss %s GiB%n", devices, devices,
          emitted.maxContext() == 0 ? "none fits" : tokens(emitted.maxContext()), tokens(emitted.perDevice()),
          gib(mem.state()), gib(mem.gatheredWeights()), gib(mem.perToken() * mem.tokens()), gib(mem.lossChunk()));
      emitted.assumptions().forEach(a -> out.println("  - " + a));
      out.printf(Locale.ROOT, "  check it: ./torus tpu-check --max-context --model %s --topology T%n", model.name());
    }
    return 0;
  }

  private static int planForward(dev.torus.dsl.ModelSpec model, Hardware hw, int devices, Args args, ObjectMapper json,
      PrintStream out) throws Exception {
    dev.torus.artifact.TokenLayout layout;
    try {
      layout = dev.torus.artifact.TokenLayout.of(args.get("layout", "contiguous"));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException("--layout takes contiguous or striped, got '" + args.get("layout", "") + "'");
    }
    int block = args.positiveInt("block", 1024);
    System.err.printf(Locale.ROOT, "plan: sizing the forward program of %s on a ring of %d by compiling it...%n",
        model.name(), devices);
    ContextPlanner.ForwardPlan p = ContextPlanner.planForward(model, hw, devices, layout, block);
    if (args.has("json")) {
      out.println(json.writeValueAsString(p));
      return 0;
    }
    out.printf(Locale.ROOT, "forward plan: %s on a ring of %d x %s (%s, %.2f GiB HBM each), %s layout, blocks of %d%n",
        p.model(), devices, hw.cliName(), hw.device(), p.hbmBytes() / (double) (1L << 30), layout.label(), block);
    if (p.maxContext() == 0) {
      out.println("  nothing fits: even one block per device exceeds the HBM");
      return 0;
    }
    out.printf(Locale.ROOT, "  longest sequence %s (%s per device): arguments %s + output %s + peak temporaries %s = %s%n",
        tokens(p.maxContext()), tokens(p.perDevice()), gib(p.memory().argumentBytes()), gib(p.memory().outputBytes()),
        gib(p.memory().peakTempBytes()), gib(p.memory().peakBytes()) + " GiB");
    out.println("  assumptions: the program as this compiler emits it (weights replicated on every device, no FSDP;"
        + " all logits returned); memory from its liveness analysis, which the tests find at or above libtpu's");
    out.printf(Locale.ROOT, "  check it: ./torus compile --model %s --seq %d --ring %d --layout %s --block-q %d --block-kv %d"
        + " --chunk %d --out A && ./torus tpu-check A --topology T%n", model.name(), p.maxContext(), devices,
        layout.label(), block, block, block);
    return 0;
  }

  private static void printOverlapTable(PrintStream out) {
    out.println("The paper's Table 2 as computed here: minimal block c = F/B, minimal sequence per device 6c (tokens)");
    out.printf(Locale.ROOT, "%-8s %9s %8s %9s %12s %10s %12s %10s%n", "hardware", "TFLOP/s", "HBM GB", "link GB/s",
        "min block c", "(paper)", "min seq 6c", "(paper)");
    List<Hardware> rows = Hardware.paperTable2();
    for (int i = 0; i < rows.size(); i++) {
      Hardware hw = rows.get(i);
      out.printf(Locale.ROOT, "%-8s %9.0f %8.0f %9.1f %11.2fK %9.1fK %11.2fK %9.1fK%n", hw.cliName(), hw.chipTflops(),
          hw.chipHbmGb(), hw.chipLinkGbps(), Overlap.minimalBlock(hw) / 1e3, PAPER_TABLE2[i][0],
          Overlap.minimalSequencePerDevice(hw) / 1e3, PAPER_TABLE2[i][1]);
    }
    out.println("(per chip; a100-ib: 312/12.5 is 24.96K, the paper prints 24.5K, and 6c 149.8K against its 149.5K)");
  }

  private static void printPlan(Plan p, PrintStream out) {
    out.printf(Locale.ROOT, "plan: %s (%.2fB parameters) on %d x %s (%s, %.2f GiB HBM each)%s%n", p.model(),
        p.parameters() / 1e9, p.devices(), p.hardware(), p.device(), p.hbmBytes() / (double) (1L << 30),
        p.ring() == p.devices() ? "" : String.format(Locale.ROOT, ", rings of %d", p.ring()));
    out.printf(Locale.ROOT, "overlap: minimal ring block c = F/B = %,.0f tokens; minimal sequence per device 6c = %,.0f%n",
        p.minimalBlock(), p.minimalSequencePerDevice());
    out.printf(Locale.ROOT, "%-27s %12s %11s %9s  %s%n", "method", "max context", "per device", "HBM GiB",
        "state + weights + inputs + working + loss (GiB); blocks");
    for (MethodPlan m : p.methods()) {
      ContextPlanner.Memory mem = m.memory();
      String blocks = m.method() == ContextPlanner.Method.RING && m.maxContext() > 0
          ? String.format(Locale.ROOT, "; ring block %s, q/kv block %d, transfer %s", tokens(m.ringBlock()),
              m.innerBlock(), m.transferHidden() ? "hidden" : "exposed (shard below F/B)")
          : "";
      out.printf(Locale.ROOT, "%-27s %12s %11s %9s  %s%s%n", m.method().label(),
          m.maxContext() == 0 ? "none fits" : tokens(m.maxContext()), tokens(m.perDevice()),
          m.maxContext() == 0 ? "-" : gib(mem.total()),
          m.maxContext() == 0 ? "model state alone: " + gib(mem.modelState() + mem.gatheredWeights()) + " GiB"
              : String.join(" + ", gib(mem.modelState()), gib(mem.gatheredWeights()), gib(mem.layerInputs()),
                  gib(mem.attentionAndFfn()), gib(mem.lossChunk())),
          blocks);
    }
    out.println("assumptions:");
    p.assumptions().forEach(a -> out.println("  - " + a));
  }

  static String tokens(long n) {
    return n % 1024 == 0 ? String.format(Locale.ROOT, "%,dK", n / 1024) : String.format(Locale.ROOT, "%,d", n);
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.2f", bytes / (double) (1L << 30));
  }
}
