package dev.torus.cli;

import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.analysis.LoopRunCosts;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.train.BatchSource;

/**
 * FLOPs one train step executes over all devices, from the compiler's cost analysis of the step
 * program with the attention loops' runs of {@link AttentionLoopRuns} (each layer with its sliding
 * window if the model has one): for plain rows the causal count (the same every step); for packed documents the blocks the step's batch actually runs, which
 * depend on its documents (read again from the data: the whole batch, on every process that asks).
 */
final class TrainStepFlops {
  private final ModelSpec model;
  private final RunShape shape;
  private final LoopRunCosts costs;
  private final BatchSource data;
  private final double plain;

  private TrainStepFlops(ModelSpec model, RunShape shape, LoopRunCosts costs, BatchSource data, double plain) {
    this.model = model;
    this.shape = shape;
    this.costs = costs;
    this.data = data;
    this.plain = plain;
  }

  /** The counter for the train step {@code o} compiles, fed from {@code data}. */
  static TrainStepFlops of(ModelSpec model, Trainer.Options o, BatchSource data) {
    RunShape shape = o.shape();
    ForwardCompiler.Compiled c = TrainCompiler.compile(model, shape, o.optimizer(), false, o.stepOptions());
    LoopRunCosts costs = LoopRunCosts.of(c.module(), AttentionLoopRuns.of(model, shape, 0).keySet());
    double plain = 0;
    for (int d = 0; d < shape.devices(); d++) {
      plain += costs.cost(AttentionLoopRuns.of(model, shape, d)).flops();
    }
    return new TrainStepFlops(model, shape, costs, data, plain);
  }

  /** FLOPs of step {@code step} over all devices. */
  double at(int step) {
    if (!shape.packed()) {
      return plain;
    }
    BatchSource.Batch batch = data.rows(step, 0, shape.batch());
    double total = 0;
    for (int d = 0; d < shape.devices(); d++) {
      total += costs.cost(AttentionLoopRuns.packed(model, shape, d, batch.segmentIds())).flops();
    }
    return total;
  }

  /** FLOPs of a plain (unpacked) step: one causal sequence per row, the most a packed step can cost. */
  double causal() {
    return plain;
  }
}
