package dev.torus.compiler.plan;

import dev.torus.compiler.hardware.Overlap;
import dev.torus.compiler.hardware.Hardware;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.analysis.MemoryAnalysis;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The longest context a model can train on with each attention method, for a hardware type and a
 * device count, under stated assumptions (every one is in {@link Plan#assumptions()}). Memory per
 * device is model state plus the activations the paper's Table 1 gives per method (read as bytes,
 * bf16), with every layer rematerialised except its input. The ring also gets block sizes: the shard
 * each device passes on must be at least the overlap condition's minimal block, and the inner
 * query/key-value blocks bound the score working set.
 */
public final class ContextPlanner {
  /** Contexts are multiples of this many tokens. */
  public static final long GRANULE = 1024;
  /** Inner (query, key/value, feedforward chunk) block: a multiple of the 128-wide MXU tiles. */
  static final long MAX_INNER_BLOCK = 2048;

  private ContextPlanner() {}

  /** The attention methods the paper compares. */
  public enum Method {
    VANILLA("vanilla attention"),
    MEMORY_EFFICIENT("memory-efficient attention"),
    BLOCKWISE("blockwise (BPT)"),
    RING("ring attention");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What the planner needs of a model: sizes and parameter counts. */
  public record ModelShape(String name, long parameters, long layerParameters, int width, int depth, int heads,
      int vocab) {
    public static ModelShape of(ModelSpec m) {
      long total = 0;
      long perLayer = 0;
      for (WeightSpec w : ModelWeights.of(m)) {
        long n = w.shape().stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
        total += n;
        if (w.perLayer()) {
          perLayer += n / m.depth();
        }
      }
      return new ModelShape(m.name(), total, perLayer, m.width(), m.depth(), m.attention().heads(), m.vocabSize());
    }
  }

  /** Bytes per device, by kind. */
  public record Memory(long modelState, long gatheredWeights, long layerInputs, long attentionAndFfn, long lossChunk) {
    public long total() {
      return modelState + gatheredWeights + layerInputs + attentionAndFfn + lossChunk;
    }
  }

  /**
   * One method's plan. {@code maxContext} is the longest sequence (0 when even {@link #GRANULE}
   * tokens do not fit), {@code perDevice} the tokens one device holds, {@code memory} the breakdown at
   * that context; for the ring, {@code ringBlock} is the shard passed per step and {@code innerBlock}
   * the query/key-value block, and {@code transferHidden} whether the shard meets the overlap condition.
   */
  public record MethodPlan(Method method, long maxContext, long perDevice, Memory memory, long ringBlock,
      long innerBlock, boolean transferHidden) {}

  /** The planner's answer. */
  public record Plan(String model, long parameters, String hardware, String device, int devices, int ring, long hbmBytes,
      double minimalBlock, double minimalSequencePerDevice, ImmutableList<MethodPlan> methods,
      ImmutableList<String> assumptions) {
    public MethodPlan method(Method m) {
      return methods.stream().filter(p -> p.method() == m).findFirst().orElseThrow();
    }
  }

  /** The plan with the ring over all devices. */
  public static Plan plan(ModelSpec model, Hardware hw, int devices) {
    return plan(ModelShape.of(model), hw, devices, devices);
  }

  /**
   * The plan for {@code devices} devices, of which {@code ring} form one ring (the rest replicate it
   * data-parallel: {@code devices / ring} rings); model state is sharded over all devices.
   */
  public static Plan plan(ModelShape m, Hardware hw, int devices, int ring) {
    checkArgument(devices >= 1, "planner: --devices must be at least 1, got %s", devices);
    checkArgument(ring >= 1 && ring <= devices && devices % ring == 0,
        "planner: the ring of %s devices must divide the %s devices", ring, devices);
    List<MethodPlan> methods = new ArrayList<>();
    for (Method method : Method.values()) {
      methods.add(planMethod(m, hw, devices, method == Method.RING ? ring : 1, method));
    }
    return new Plan(m.name(), m.parameters(), hw.cliName(), hw.device(), devices, ring, hw.hbmBytes(),
        Overlap.minimalBlock(hw), Overlap.minimalSequencePerDevice(hw), ImmutableList.copyOf(methods),
        assumptions(m, hw, devices, ring));
  }

  private static MethodPlan planMethod(ModelShape m, Hardware hw, int devices, int ring, Method method) {
    long lo = 0;   // the largest fitting per-device length found, in granules
    long hi = 1;
    while (fits(m, hw, devices, method, hi * GRANULE)) {
      lo = hi;
      hi *= 2;
      if (hi > (1L << 34) / GRANULE) {   // 16G tokens per device: more than any plan needs
        break;
      }
    }
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      if (fits(m, hw, devices, method, mid * GRANULE)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    long perDevice = lo * GRANULE;
    long inner = innerBlock(perDevice);
    return new MethodPlan(method, perDevice * ring, perDevice, memory(m, devices, method, Math.max(perDevice, GRANULE)),
        method == Method.RING ? perDevice : 0, inner,
        method == Method.RING && perDevice >= Overlap.minimalBlock(hw));
  }

  private static boolean fits(ModelShape m, Hardware hw, int devices, Method method, long perDevice) {
    return memory(m, devices, method, perDevice).total() <= hw.hbmBytes();
  }

  /** The query/key-value block for a shard: the largest power of two up to {@link #MAX_INNER_BLOCK} that divides it. */
  public static long innerBlock(long perDevice) {
    long b = MAX_INNER_BLOCK;
    while (b > 1 && (perDevice == 0 || perDevice % b != 0)) {
      b /= 2;
    }
    return perDevice == 0 ? 0 : b;
  }

  /** Bytes per device when each device holds {@code s} tokens (b = 1 sequence per device, or per ring). */
  public static Memory memory(ModelShape m, int devices, Method method, long s) {
    long h = m.width();
    long n = m.heads();
    long c = innerBlock(s);
    long state = ceilDiv(16L * m.parameters(), devices);
    long gathered = 2L * 2 * Math.max(m.layerParameters(), (long) m.vocab() * h);
    long inputs = 2L * m.depth() * s * h;
    long working = switch (method) {
      case VANILLA -> Math.max((long) Math.min(Long.MAX_VALUE / 4, 2.0 * n * s * s), 8 * s * h);
      case MEMORY_EFFICIENT -> Math.max(2 * s * h + 4 * c * h, 8 * s * h);
      case BLOCKWISE -> 2 * s * h;
      case RING -> 6 * s * h;
    };
    long loss = 4L * c * m.vocab();
    return new Memory(state, gathered, inputs, working, loss);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * A forward plan: the longest sequence whose forward program, exactly as this compiler emits it,
   * fits each device's HBM by the liveness analysis of that program ({@link MemoryAnalysis}: weights
   * replicated on every device, all logits returned, no FSDP yet). {@code memory} is the analysis at
   * that length; 0 tokens when even one block does not fit.
   */
  public record ForwardPlan(String model, String hardware, int ring, TokenLayout layout, int block, long maxContext,
      long perDevice, MemoryAnalysis.Report memory, long hbmBytes) {}

  /**
   * The forward plan for a ring of {@code ring} devices of {@code hw}: a search over per-device
   * lengths (multiples of {@code block}) that compiles the program at each and analyses it.
   */
  public static ForwardPlan planForward(ModelSpec model, Hardware hw, int ring, TokenLayout layout, int block) {
    checkArgument(ring >= 1 && block >= 1, "planner: ring %s and block %s must be positive", ring, block);
    long lo = 0;
    long hi = 1;
    MemoryAnalysis.Report best = null;
    while (true) {
      MemoryAnalysis.Report r = forwardMemory(model, ring, layout, block, hi);
      if (r.peakBytes() > hw.hbmBytes() || hi * block * ring > Integer.MAX_VALUE / 2) {
        break;
      }
      lo = hi;
      best = r;
      hi *= 2;
    }
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      MemoryAnalysis.Report r = forwardMemory(model, ring, layout, block, mid);
      if (r.peakBytes() <= hw.hbmBytes()) {
        lo = mid;
        best = r;
      } else {
        hi = mid;
      }
    }
    return new ForwardPlan(model.name(), hw.cliName(), ring, layout, block, lo * block * ring, lo * block, best,
        hw.hbmBytes());
  }

  private static MemoryAnalysis.Report forwardMemory(ModelSpec model, int ring, TokenLayout layout, int block,
      long blocks) {
    RunShape shape = RunShape.ring(1, Math.toIntExact(blocks * block * ring), BlockSizes.uniform(block), ring, layout, 1);
    return MemoryAnalysis.analyse(ForwardCompiler.compile(model, shape, false).module());
  }

  private static ImmutableList<String> assumptions(ModelShape m, Hardware hw, int devices, int ring) {
    return ImmutableList.of(
        String.format(Locale.ROOT, "training step, batch of 1 sequence per device (vanilla, memory-efficient, BPT) or"
            + " 1 sequence per ring of %d devices (ring attention; %d rings)", ring, devices / ring),
        String.format(Locale.ROOT, "model state: f32 parameters, gradients and Adam moments, 16 bytes x %,d parameters,"
            + " FSDP-sharded over all %d devices", m.parameters(), devices),
        "gathered weights: the bf16 weights of the current and the next layer (FSDP prefetch), or the"
            + " embedding if larger",
        "saved activations: each layer's bf16 input (2 bytes x tokens x width x layers); everything else is"
            + " rematerialised",
        "one layer's working set, the paper's Table 1 read as bytes (b batch, s tokens per device, h width,"
            + " n heads, c inner block): vanilla max(2bns^2, 8bsh); memory-efficient max(2bsh + 4bch, 8bsh);"
            + " BPT 2bsh; ring 6bsh (the shard passed per step is the paper's block)",
        "loss: f32 logits of one inner block of tokens at a time (4 bytes x c x vocab)",
        String.format(Locale.ROOT, "HBM per device: %.2f GiB (%s); nothing else resident", hw.hbmBytes() / (double) (1L << 30),
            hw.device()),
        String.format(Locale.ROOT, "overlap: a ring step hides its K/V transfer when the shard c >= F/B = %.0f tokens"
            + " (%.0f TFLOP/s bf16 over %.1f GB/s per device); the paper's minimal sequence per device is 6c",
            Overlap.minimalBlock(hw), hw.peakFlops() / 1e12, hw.linkBytesPerSecond() / 1e9),
        "contexts are multiples of " + GRANULE + " tokens per device; inner blocks are powers of two up to "
            + MAX_INNER_BLOCK + " that divide the shard");
  }
}
