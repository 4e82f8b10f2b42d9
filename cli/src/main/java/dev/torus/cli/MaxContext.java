package dev.torus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.hardware.Topology;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.plan.ContextPlanner;
import dev.torus.compiler.plan.TrainStepMemory;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code torus tpu-check --max-context}: the longest context whose train step, exactly as {@code
 * compile --task train} writes it into an artifact (ring over every device, weights and moments
 * FSDP-sharded over the same devices, f32 master weights and moments aliased to the step's outputs
 * so that libtpu counts them once, the compute in {@code --precision}, striped layout, block sizes
 * from the planner), the real TPU compiler (libtpu) accepts
 * for a topology without {@code RESOURCE_EXHAUSTED}. A search over powers of two per device,
 * starting from the planner's prediction, printed next to it.
 */
final class MaxContext {
  /** The shortest shard tried: below it a ring step is all overhead. */
  static final long MIN_PER_DEVICE = 128;

  record Try(long perDevice, long context, int block, boolean fits, double seconds, Map<String, Long> memory,
      String error) {}

  /**
   * Searches for {@code modelName} on {@code pod}, printing the answer as a table or JSON; {@code keep}
   * is where the tries go (null: a temporary directory). The exit code: 0, or 3 when nothing fits.
   */
  static int run(String modelName, Topology pod, boolean json, Path keep, PrintWriter out) throws Exception {
    return run(modelName, pod, json, keep, out, Remat.LAYER_INPUTS, TrainPrecision.BF16_MIXED);
  }

  /**
   * {@link #run(String, Topology, boolean, Path, PrintWriter)} for the step whose layer loop keeps what {@code remat}
   * says and whose forward and backward compute in {@code precision}.
   */
  static int run(String modelName, Topology pod, boolean json, Path keep, PrintWriter out, Remat remat,
      TrainPrecision precision) throws Exception {
    String topology = pod.name();
    ModelSpec model = ModelSource.resolve(modelName, DType.F32);
    XlaHarness harness = XlaHarness.locate();
    String missing = harness.unavailableReason().orElse(null);
    if (missing != null) {
      throw new UsageException("the XLA harness is not available: " + missing + "; " + XlaHarness.INSTALL_HINT);
    }
    int n = pod.devices();
    ContextPlanner.Plan plan = ContextPlanner.plan(model, pod.hardware(), n);
    long planned = plan.method(ContextPlanner.Method.RING).perDevice();
    long plannedBlockwise = plan.method(ContextPlanner.Method.BLOCKWISE).maxContext();
    TrainStepMemory.Plan emitted = TrainStepMemory.plan(model, pod.hardware(), n, remat, precision);
    // Weights kept whole on every device decide the fit: say so (only stacked weights of rank 1 stay
    // whole since padded shards; those with no dimension that n divides are sharded padded).
    List<String> whole = emitted.wholeWeights();
    if (!whole.isEmpty()) {
      System.err.printf(Locale.ROOT, "max-context: %d weight(s) have no dimension to shard, so they stay whole on every"
          + " device: %s%n", whole.size(), String.join(", ", whole));
    }
    List<String> padded = emitted.paddedWeights();
    Path work = keep != null ? keep : Files.createTempDirectory("torus-max-context-");
    Files.createDirectories(work);
    List<Try> tries = new ArrayList<>();
    long start = Math.max(MIN_PER_DEVICE, nearestPowerOfTwo(emitted.perDevice()));
    Try first = attempt(harness, model, topology, n, start, work, remat, precision);
    tries.add(first);
    long best = first.fits() ? start : 0;
    if (first.fits()) {
      for (long l = start * 2; ; l *= 2) {
        Try t = attempt(harness, model, topology, n, l, work, remat, precision);
        tries.add(t);
        if (!t.fits()) {
          break;
        }
        best = l;
      }
    } else {
      for (long l = start / 2; l >= MIN_PER_DEVICE; l /= 2) {
        Try t = attempt(harness, model, topology, n, l, work, remat, precision);
        tries.add(t);
        if (t.fits()) {
          best = l;
          break;
        }
      }
    }
    long measured = best * n;
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode o = mapper.createObjectNode().put("model", model.name()).put("parameters", plan.parameters())
          .put("topology", topology).put("devices", n).put("maxContext", measured).put("perDevice", best)
          .put("plannedRingContext", plan.method(ContextPlanner.Method.RING).maxContext())
          .put("plannedPerDevice", planned).put("plannedBlockwiseContext", plannedBlockwise)
          .put("plannedTorusPerDevice", emitted.perDevice()).put("remat", remat.label())
          .put("precision", precision.spelling());
      o.set("wholeWeights", mapper.valueToTree(whole));
      o.set("paddedWeights", mapper.valueToTree(padded));
      o.set("libtpuFlags", mapper.valueToTree(Fsdp.LIBTPU_FLAGS));
      ArrayNode list = o.putArray("tries");
      tries.forEach(t -> list.add(mapper.valueToTree(t)));
      out.println(mapper.writeValueAsString(o));
    } else {
      out.printf(Locale.ROOT, "max-context: %s (%,d parameters, f32 state, %s compute) on %s, %d devices, ring and FSDP"
          + " over all, state aliased%s%n", model.name(), plan.parameters(), precision.spelling(), topology, n,
          remat == Remat.LAYER_INPUTS ? "" : ", --remat " + remat.label());
      out.printf(Locale.ROOT, "  libtpu: %s tokens (%s per device)%n", PlanCommand.tokens(measured),
          PlanCommand.tokens(best));
      if (!whole.isEmpty()) {
        out.printf(Locale.ROOT, "  %d weight(s) whole on every device (no dimension to shard)%n", whole.size());
      }
      if (!padded.isEmpty()) {
        out.printf(Locale.ROOT, "  %d weight(s) sharded padded (no dimension divides %d)%n", padded.size(), n);
      }
      out.printf(Locale.ROOT, "  planner, Torus's train step: %s (%s per device)%n",
          PlanCommand.tokens(emitted.maxContext()), PlanCommand.tokens(emitted.perDevice()));
      out.printf(Locale.ROOT, "  planner, the paper's assumptions: ring %s (%s per device); blockwise (BPT) alone %s%n",
          PlanCommand.tokens(plan.method(ContextPlanner.Method.RING).maxContext()), PlanCommand.tokens(planned),
          PlanCommand.tokens(plannedBlockwise));
    }
    return best == 0 ? 3 : 0;
  }

  private static Try attempt(XlaHarness harness, ModelSpec model, String topology, int n, long perDevice, Path work,
      Remat remat, TrainPrecision precision) throws Exception {
    int block = (int) ContextPlanner.innerBlock(perDevice);
    long context = perDevice * n;
    if (context > Integer.MAX_VALUE) {
      return new Try(perDevice, context, block, false, 0, Map.of(), "context above 2^31 tokens");
    }
    String id = "train_" + perDevice + "_per_device";
    long t0 = System.nanoTime();
    RunShape shape = RunShape.ring(1, (int) context, BlockSizes.uniform(block), n, TokenLayout.STRIPED, 1).withFsdp(n);
    Path hlo = work.resolve(id + ".hlo");
    // The artifact's train step itself: its parameters and moments alias their updated outputs.
    Files.writeString(hlo, HloTextPrinter.print(TrainCompiler.compile(model, shape, AdamW.llamaDefaults(3e-4, 100, 10000),
        false, new StepOptions(1, precision, remat)).module()));
    System.err.printf(Locale.ROOT, "max-context: %s tokens per device (%s in all, block %d): compiling for %s...%n",
        PlanCommand.tokens(perDevice), PlanCommand.tokens(context), block, topology);
    XlaHarness.ProgramResult r = harness.compileForTpu(List.of(XlaHarness.Program.compileOnly(id, hlo, n)), topology,
        work, Fsdp.LIBTPU_FLAGS).program(id);
    double seconds = (System.nanoTime() - t0) / 1e9;
    boolean exhausted = r.error() != null && r.error().contains("RESOURCE_EXHAUSTED");
    if (r.error() != null && !exhausted) {
      throw new IllegalStateException("libtpu could not compile the train step at " + perDevice
          + " tokens per device for " + topology + ": " + r.error().lines().findFirst().orElse(""));
    }
    String error = exhausted ? r.error().lines().findFirst().orElse("") : null;
    System.err.printf(Locale.ROOT, "max-context:   %s (%.1f s)%s%n", exhausted ? "does not fit" : "fits", seconds,
        exhausted ? ": " + error.replaceFirst(".*RESOURCE_EXHAUSTED: ", "") : "");
    return new Try(perDevice, context, block, !exhausted, seconds, r.memory() == null ? Map.of() : r.memory(), error);
  }

  /**
   * The power of two nearest {@code n} on a log scale (at least 1): the search's first try, so that a
   * plan just under a power of two (31K) starts at it rather than half of it.
   */
  static long nearestPowerOfTwo(long n) {
    long below = Long.highestOneBit(Math.max(1, n));
    return n >= below * Math.sqrt(2) ? 2 * below : below;
  }

  private MaxContext() {}
}
