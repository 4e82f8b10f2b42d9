package dev.torus.compiler.analysis;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.hardware.Overlap;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one compiled forward program costs per device, and how its ring steps fare on a hardware
 * type: the analyses of {@link CostAnalysis} (every device, loop-scaled), {@link MemoryAnalysis} and
 * {@link LoadBalance}, and per ring step the attention compute of each device against the time its
 * K/V transfer takes. Times are at the hardware's peak: lower bounds, not predictions. A program
 * of packed documents is counted as one causal document per row, the most a batch can cost (its
 * cost for given documents: {@link AttentionLoopRuns#packed} with {@link LoopRunCosts}).
 */
public record ProgramReport(
    String model,
    RunShape shape,
    int devices,
    String hardware,
    ImmutableList<CostAnalysis.Cost> perDevice,
    int busiestDevice,
    ImmutableList<CostAnalysis.Loop> loops,
    MemoryAnalysis.Report memory,
    long hbmBytes,
    Ring ring,
    ImmutableList<Ring> layerKinds) {

  /**
   * The ring per layer of one kind ({@code kind}: the layers' sliding window, or none), or the mean
   * over the model's layers: bytes each device sends per step, the attention FLOPs of each (step,
   * device) cell, the critical path (sum over steps of the busiest cell, lockstep), and per step the
   * busiest cell's compute time against the transfer time on the hardware. The layers run steps 0 to
   * {@code stepsRun} and pass K and V on in the first {@code stepsRun} of them; the later steps are
   * skipped, transfer included, and their cells are 0. Windowed layers visit only the key/value blocks
   * their window reaches ({@code window}: the size, 0 none). The mean's {@code window} is -1, its
   * {@code layers} the depth, its {@code stepsRun} its kinds' most, and its critical path the mean of
   * the layers' critical paths.
   */
  public record Ring(int size, String layout, double bytesPerStep, double[][] attentionFlops, double criticalPathFlops,
      double totalFlops, double[] computeSeconds, double transferSeconds, double minimalBlock, long shard,
      int maskedCells, String kind, long window, int layers, int stepsRun) {
    /** Of the {@code stepsRun} steps that pass K and V on, those whose busiest compute hides the transfer. */
    public int hiddenSteps() {
      int n = 0;
      for (int t = 0; t < stepsRun; t++) {
        if (computeSeconds[t] >= transferSeconds) {
          n++;
        }
      }
      return n;
    }

    /** The critical path over a perfectly balanced split. */
    public double imbalance() {
      return criticalPathFlops * size / totalFlops;
    }
  }

  public CostAnalysis.Cost busiest() {
    return perDevice.get(busiestDevice);
  }

  /** The busiest device's FLOPs at the hardware's peak, in seconds (a lower bound). */
  public double secondsAtPeak(Hardware hw) {
    return busiest().flops() / hw.peakFlops();
  }

  /**
   * The most ring steps that pass key/value blocks on in any layer: the largest trip count of the
   * {@code ring_steps} loops (N-1 on a ring without sliding windows, fewer when every layer's window
   * ends before the later steps' blocks, 0 when it ends within the device's own; 0 on one device).
   * The rest of the N-1 are skipped, transfer included; layers with a shorter window run fewer
   * ({@link #layerKinds()}' {@code stepsRun}, one loop per count).
   */
  public int ringStepsRun() {
    return (int) loops.stream().filter(l -> l.name().equals(ProgramNames.RING_STEPS))
        .mapToLong(l -> l.tripCount().orElse(0)).max().orElse(0);
  }

  public boolean fits() {
    return memory.peakBytes() <= hbmBytes;
  }

  public static ProgramReport of(ModelSpec model, RunShape shape, HloModule module, Hardware hw) {
    return of(model, shape, module, hw, d -> { });
  }

  /** The report; {@code progress} hears each ring device as its analysis finishes (long rings take a while). */
  public static ProgramReport of(ModelSpec model, RunShape shape, HloModule module, Hardware hw,
      java.util.function.IntConsumer progress) {
    int devices = shape.devices();
    int n = shape.ring();
    boolean causal = model.attention().causal();
    // The total is linear in the runs of the data-dependent loops: a weighted sum per device (cheap for rings of 1024).
    LoopRunCosts linear = LoopRunCosts.of(module, causal ? AttentionLoopRuns.of(model, shape, 0) : Map.of());
    List<CostAnalysis.Cost> costs = new ArrayList<>();
    int busiest = 0;
    for (int d = 0; d < devices; d++) {
      int r = d % n;   // partition p = dp * ring + r: the data-parallel replicas repeat the ring
      if (d >= n) {
        costs.add(costs.get(r));
        continue;
      }
      CostAnalysis.Cost cost = linear.cost(causal ? AttentionLoopRuns.of(model, shape, r) : Map.of());
      costs.add(cost);
      if (cost.flops() > costs.get(busiest).flops()) {
        busiest = d;
      }
      progress.accept(d);
    }
    List<CostAnalysis.Loop> busiestLoops = CostAnalysis.analyse(module,
        causal ? AttentionLoopRuns.of(model, shape, busiest % n) : Map.of()).loops();
    MemoryAnalysis.Report memory = MemoryAnalysis.analyse(module);
    double bytes = busiestLoops.stream().filter(l -> l.name().equals(ProgramNames.RING_STEPS)).mapToDouble(
        l -> l.perIteration().collectiveBytes()).findFirst().orElse(0);
    ImmutableList<Ring> kinds = layerKinds(model, shape, bytes, hw);
    return new ProgramReport(model.name(), shape, devices, hw.cliName(), ImmutableList.copyOf(costs), busiest,
        ImmutableList.copyOf(busiestLoops), memory, hw.hbmBytes(), mean(kinds, model.depth()), kinds);
  }

  /** The same ring in the other token layout (contiguous for striped and back), the mean over the layers, for comparison. */
  public Ring otherLayout(ModelSpec model, Hardware hw) {
    TokenLayout other = shape.layout() == TokenLayout.STRIPED ? TokenLayout.CONTIGUOUS : TokenLayout.STRIPED;
    RunShape s = RunShape.ring(shape.batch(), shape.sequence(), shape.blocks(), shape.ring(), other, shape.dp());
    return mean(layerKinds(model, s, ring.bytesPerStep(), hw), model.depth());
  }

  /**
   * One ring per distinct sliding window of {@code model}'s layers (none counts as one), in the order
   * of the first layer of each, each running the ring steps the program runs for it.
   */
  static ImmutableList<Ring> layerKinds(ModelSpec model, RunShape shape, double bytes, Hardware hw) {
    long[] windows = model.attention().causal() ? AttentionLoopRuns.windows(model) : new long[] {0};
    Map<Long, Integer> layers = new LinkedHashMap<>();
    for (long w : windows) {
      layers.merge(w, windows.length == 1 ? model.depth() : 1, Integer::sum);
    }
    ImmutableList.Builder<Ring> kinds = ImmutableList.builder();
    for (Map.Entry<Long, Integer> e : layers.entrySet()) {
      String kind = e.getKey() > 0 ? "window " + e.getKey() : layers.size() > 1 ? "global" : "every layer";
      // Each layer runs its own window's ring steps (its branch of the ring_kind conditional, RingSteps).
      int stepsRun = shape.ring() == 1 ? 0 : RingLayout.passingSteps(shape, e.getKey());
      kinds.add(ring(model, shape, bytes, hw, e.getKey(), stepsRun, kind, e.getValue()));
    }
    return kinds.build();
  }

  /** The mean over {@code depth} layers of {@code kinds} (the one kind itself when there is one). */
  static Ring mean(List<Ring> kinds, int depth) {
    if (kinds.size() == 1) {
      return kinds.get(0);
    }
    Ring first = kinds.get(0);
    int n = first.size();
    double[][] cells = new double[n][n];
    double[] compute = new double[n];
    double critical = 0;
    double total = 0;
    int stepsRun = 0;
    for (Ring k : kinds) {
      double share = (double) k.layers() / depth;
      for (int t = 0; t < n; t++) {
        for (int d = 0; d < n; d++) {
          cells[t][d] += k.attentionFlops()[t][d] * share;
        }
        compute[t] += k.computeSeconds()[t] * share;
      }
      critical += k.criticalPathFlops() * share;
      total += k.totalFlops() * share;
      stepsRun = Math.max(stepsRun, k.stepsRun());
    }
    int masked = 0;
    for (double[] step : cells) {
      for (double cell : step) {
        masked += cell == 0 ? 1 : 0;
      }
    }
    return new Ring(n, first.layout(), first.bytesPerStep(), cells, critical, total, compute, first.transferSeconds(),
        first.minimalBlock(), first.shard(), masked, "mean over " + depth + " layers", -1, depth, stepsRun);
  }

  /**
   * The causal schedule of one attention layer with a sliding window of {@code window} tokens (0:
   * none) on the shape's ring, running steps 0 to {@code stepsRun}, with {@code bytes} sent per step.
   */
  static Ring ring(ModelSpec model, RunShape shape, double bytes, Hardware hw, long window, int stepsRun, String kind,
      int layers) {
    int n = shape.ring();
    double pairFlops = 4.0 * shape.blocks().query() * shape.blocks().keyValue() * model.attention().headDim()
        * model.attention().heads() * shape.localBatch();
    double[][] cells = new double[n][n];
    int masked = 0;
    double critical = 0;
    double total = 0;
    double[] compute = new double[n];
    if (model.attention().causal()) {
      LoadBalance.Report balance = LoadBalance.causal(shape, window, stepsRun);
      for (int t = 0; t < n; t++) {
        double worst = 0;
        for (int d = 0; d < n; d++) {
          cells[t][d] = balance.pairs()[t][d] * pairFlops;
          masked += balance.pairs()[t][d] == 0 ? 1 : 0;
          worst = Math.max(worst, cells[t][d]);
          total += cells[t][d];
        }
        critical += worst;
        compute[t] = worst / hw.peakFlops();
      }
    } else {
      long blocks = shape.localSequence() / shape.blocks().query() * (shape.localSequence() / shape.blocks().keyValue());
      for (int t = 0; t < n; t++) {
        for (int d = 0; d < n; d++) {
          cells[t][d] = blocks * pairFlops;
          total += cells[t][d];
        }
        critical += blocks * pairFlops;
        compute[t] = blocks * pairFlops / hw.peakFlops();
      }
    }
    return new Ring(n, shape.layout().label(), bytes, cells, critical, total, compute,
        n == 1 ? 0 : bytes / hw.linkBytesPerSecond(), Overlap.minimalBlock(hw), shape.localSequence(), masked, kind,
        window, layers, stepsRun);
  }
}
