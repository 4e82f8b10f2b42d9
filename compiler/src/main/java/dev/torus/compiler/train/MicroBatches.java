package dev.torus.compiler.train;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CountedLoop;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gradient accumulation inside one program: a counted {@code while} loop over the micro-batches of
 * a step's rows ({@code tokens} and {@code targets} hold {@code count} micro-batches of the run
 * shape's local batch, stacked along the rows), each iteration the loss and gradients of one
 * micro-batch added into f32 sums. After the loop the sums are divided by the count (the mean loss
 * of the whole step, and its gradient) and summed over the devices once. Only one micro-batch's
 * activations are live at a time; the sums are one f32 gradient per weight, as without accumulation.
 */
final class MicroBatches {
  /** The loop's name in the program (its state, condition and body computations are named after it). */
  static final String LOOP = "micro_batches";

  private MicroBatches() {}

  /**
   * The mean loss and gradients over {@code count} micro-batches, summed over the devices;
   * {@code params} are the weights as the forward takes them, by name in model order.
   */
  static LossGradients.Emitted accumulate(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, int count,
      Instruction tokens, Instruction targets, Map<String, Instruction> params) {
    long rows = shape.localBatch();
    long seq = shape.localSequence();
    List<String> names = new ArrayList<>(params.keySet());
    List<Instruction> carried = new ArrayList<>(List.of(tokens, targets));
    carried.addAll(params.values());
    carried.add(b.constant(DType.F32, 0));
    for (Instruction p : params.values()) {
      carried.add(b.broadcast(b.constant(DType.F32, 0), p.arrayShape().withElementType(DType.F32)));
    }
    int sums = 2 + names.size();
    List<Instruction> out = CountedLoop.run(ctx.module(), b, LOOP, count, carried, (body, i, c) -> {
      Instruction first = body.multiply(i, body.constant(DType.S32, rows));
      Instruction zero = body.constant(DType.S32, 0);
      Instruction microTokens = body.dynamicSlice(c.get(0), List.of(first, zero), rows, seq);
      Instruction microTargets = body.dynamicSlice(c.get(1), List.of(first, zero), rows, seq);
      Map<String, Instruction> weights = new LinkedHashMap<>();
      for (int k = 0; k < names.size(); k++) {
        weights.put(names.get(k), c.get(2 + k));
      }
      LossGradients.Emitted e = LossGradients.emitLocal(ctx, body, m, shape, microTokens, microTargets, weights);
      body.withOpName("accumulate");
      List<Instruction> next = new ArrayList<>(c.subList(0, sums));
      next.add(body.add(c.get(sums), e.loss()));
      for (int k = 0; k < names.size(); k++) {
        next.add(body.add(c.get(sums + 1 + k), e.gradients().get(k)));
      }
      body.withOpName(null);
      return next;
    });
    b.withOpName("accumulate");
    Instruction inverse = b.constant(DType.F32, 1.0 / count);
    Instruction loss = b.multiply(out.get(sums), inverse);
    List<Instruction> gradients = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      Instruction sum = out.get(sums + 1 + k);
      gradients.add(b.multiply(sum, b.broadcast(inverse, sum.arrayShape())));
    }
    return LossGradients.sumOverDevices(ctx, b, m, shape, names, new LossGradients.Emitted(loss, gradients));
  }
}
