package dev.torus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.hardware.Overlap;
import dev.torus.compiler.plan.ContextPlanner.MethodPlan;
import dev.torus.compiler.plan.ContextPlanner.Plan;
import dev.torus.compiler.plan.ContextPlanner;
import dev.torus.compiler.plan.TrainStepMemory;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.train.TrainPrecision;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus plan --model M --hardware H --devices N [--json]}: the longest training context per
 * attention method, with block sizes and every assumption; {@code torus plan --overlap-table} prints
 * the paper's Table 2 (minimal block and sequence per device) as the planner computes it.
 */
@Command(name = "plan",
    customSynopsis = {"torus plan --model M --hardware H --devices N [--ring R] [--json]",
        "       torus plan --task forward --model M --hardware H --devices N [--layout L] [--block B]",
        "                  [--json]",
        "       torus plan --overlap-table [--json]"},
    description = {"the longest context a model can train on per attention method, for a hardware type and device count", "",
        "The longest training context that fits per device, for vanilla attention, memory-efficient attention,"
            + " blockwise (BPT) and ring attention, with the ring's block sizes and whether its transfers hide behind"
            + " compute. Every assumption is printed with the answer. With one ring over all devices, also the longest"
            + " context of the train step Torus itself emits (compile --task train: ring and FSDP over all N devices,"
            + " parameters and moments aliased to the updated ones; bf16-mixed, and f32, per remat policy), from a"
            + " memory model calibrated against libtpu; `torus tpu-check --max-context` measures it with the real"
            + " TPU compiler."})
final class PlanCommand implements Callable<Integer> {
  /** The paper's Table 2 minimal blocks and sequences, in thousands of tokens, for comparison. */
  private static final double[][] PAPER_TABLE2 = {{1.0, 6.2}, {24.5, 149.5}, {1.1, 6.6}, {1.0, 6.2}, {1.1, 6.3}};

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "M", completionCandidates = OptionTypes.ModelNames.class,
      description = "a built-in model (${COMPLETION-CANDIDATES}) or a Hugging Face directory with config.json")
  String modelName;

  @Option(names = "--hardware", paramLabel = "H", completionCandidates = OptionTypes.HardwareNames.class,
      description = "${COMPLETION-CANDIDATES}")
  Hardware hardware;

  @Option(names = "--devices", paramLabel = "N", converter = OptionTypes.Positive.class,
      description = "devices (as XLA lists them: a TensorCore on tpu-v3 and tpu-v4, a chip or GPU otherwise)")
  Integer deviceCount;

  @Option(names = "--ring", paramLabel = "R", converter = OptionTypes.Positive.class,
      description = "devices per ring; N / R rings train data-parallel (default N: one ring)")
  Integer ring;

  @Option(names = "--task", paramLabel = "T", defaultValue = "train",
      description = "train (default): the model above; forward: the forward program this compiler emits for a ring"
          + " of N devices (weights replicated, all logits out), sized by compiling it at each candidate length and"
          + " analysing its peak live memory")
  Task task;

  @Option(names = "--layout", paramLabel = "L", defaultValue = "contiguous",
      completionCandidates = OptionTypes.LayoutNames.class,
      description = "forward: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  TokenLayout layout;

  @Option(names = "--block", paramLabel = "B", defaultValue = "1024", converter = OptionTypes.Positive.class,
      description = "forward: query, key/value and chunk block (default ${DEFAULT-VALUE})")
  int block;

  @Option(names = "--json", description = "print the plan as JSON instead of a table")
  boolean json;

  @Option(names = "--overlap-table", description = "print the paper's Table 2 (minimal block c = F/B, minimal sequence"
      + " 6c per device) as computed here, next to the paper's figures")
  boolean overlapTable;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (overlapTable) {
      if (json) {
        ArrayNode rows = mapper.createArrayNode();
        for (Hardware hw : Hardware.paperTable2()) {
          rows.addObject().put("hardware", hw.cliName()).put("minimalBlock", Overlap.minimalBlock(hw))
              .put("minimalSequencePerDevice", Overlap.minimalSequencePerDevice(hw));
        }
        out.println(mapper.writeValueAsString(rows));
      } else {
        printOverlapTable(out);
      }
      return 0;
    }
    Hardware hw = UsageException.required(hardware, "--hardware");
    var model = ModelSource.resolve(UsageException.required(modelName, "--model"), null);
    int devices = UsageException.required(deviceCount, "--devices");
    if (task == Task.FORWARD) {
      return planForward(model, hw, devices, layout, block, json, mapper, out);
    }
    Plan plan;
    try {
      plan = ContextPlanner.plan(ContextPlanner.ModelShape.of(model), hw, devices, ring != null ? ring : devices);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    // Torus's own train step, ring and FSDP over all devices (what tpu-check --max-context compiles).
    // The artifact's step: state aliased (counted once), bf16-mixed as tpu-check --max-context's default.
    TrainStepMemory.Plan emitted = plan.ring() == devices
        ? TrainStepMemory.plan(f32(model), hw, devices, Remat.LAYER_INPUTS, TrainPrecision.BF16_MIXED) : null;
    TrainStepMemory.Plan emittedF32 = plan.ring() == devices
        ? TrainStepMemory.plan(f32(model), hw, devices, Remat.LAYER_INPUTS, TrainPrecision.F32) : null;
    if (json) {
      ObjectNode tree = mapper.valueToTree(plan);
      for (int i = 0; i < plan.methods().size(); i++) {
        ((ObjectNode) tree.get("methods").get(i).get("memory")).put("total", plan.methods().get(i).memory().total());
      }
      if (emitted != null) {
        ObjectNode e = mapper.valueToTree(emitted);
        ((ObjectNode) e.get("memory")).put("total", emitted.memory().total());
        tree.set("torusTrainStep", e);
        ObjectNode f = mapper.valueToTree(emittedF32);
        ((ObjectNode) f.get("memory")).put("total", emittedF32.memory().total());
        tree.set("torusTrainStepF32", f);
        ObjectNode byRemat = tree.putObject("torusTrainStepByRemat");
        for (Remat r : Remat.values()) {
          TrainStepMemory.Plan p = TrainStepMemory.plan(f32(model), hw, devices, r, TrainPrecision.BF16_MIXED);
          byRemat.putObject(r.label()).put("maxContext", p.maxContext()).put("perDevice", p.perDevice())
              .put("keptPerTokenPerLayer", r.keptPerToken(model)).put("total", p.memory().total());
        }
      }
      out.println(mapper.writeValueAsString(tree));
      return 0;
    }
    printPlan(plan, out);
    if (emitted != null) {
      TrainStepMemory.Memory mem = emitted.memory();
      out.printf(Locale.ROOT, "Torus's own train step (compile --task train --dtype f32 --precision bf16-mixed --ring %d"
          + " --fsdp %d): %s (%s per device); state %s + weights %s + tokens %s + loss %s GiB%n", devices, devices,
          emitted.maxContext() == 0 ? "none fits" : tokens(emitted.maxContext()), tokens(emitted.perDevice()),
          gib(mem.state()), gib(mem.gatheredWeights()), gib(mem.perToken() * mem.tokens()), gib(mem.lossChunk()));
      emitted.assumptions().forEach(a -> out.println("  - " + a));
      out.printf(Locale.ROOT, "  --precision f32:        %s (%s per device)%n",
          emittedF32.maxContext() == 0 ? "none fits" : tokens(emittedF32.maxContext()), tokens(emittedF32.perDevice()));
      for (Remat r : Remat.values()) {   // what each remat policy's step reaches (train --remat)
        TrainStepMemory.Plan p = TrainStepMemory.plan(f32(model), hw, devices, r, TrainPrecision.BF16_MIXED);
        out.printf(Locale.ROOT, "  --remat %-14s %s (%s per device); keeps %d bf16 values per token in each layer%n",
            r.label() + ":", p.maxContext() == 0 ? "none fits" : tokens(p.maxContext()), tokens(p.perDevice()),
            r.keptPerToken(model));
      }
      out.printf(Locale.ROOT, "  check it: ./torus tpu-check --max-context --model %s --topology T%n", model.name());
    }
    return 0;
  }

  private static dev.torus.dsl.ModelSpec f32(dev.torus.dsl.ModelSpec model) {
    return model.toBuilder().paramType(dev.torus.artifact.DType.F32).build();
  }

  private static int planForward(dev.torus.dsl.ModelSpec model, Hardware hw, int devices, TokenLayout layout,
      int block, boolean json, ObjectMapper mapper, PrintWriter out) throws Exception {
    System.err.printf(Locale.ROOT, "plan: sizing the forward program of %s on a ring of %d by compiling it...%n",
        model.name(), devices);
    ContextPlanner.ForwardPlan p = ContextPlanner.planForward(model, hw, devices, layout, block);
    if (json) {
      out.println(mapper.writeValueAsString(p));
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

  private static void printOverlapTable(PrintWriter out) {
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

  private static void printPlan(Plan p, PrintWriter out) {
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
