package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a position-wise function to the sequence chunk by chunk: a {@code while} loop that slices
 * {@code [B, C, ...]} out of each input, applies the function, and writes {@code [B, C, outWidth]}
 * into the f32 result {@code [B, S, outWidth]}. Only one chunk's intermediates exist at a time.
 */
final class ChunkedMap {
  /** The function on one chunk: chunks of the inputs in order, and the weights (as the body sees them). */
  @FunctionalInterface
  interface ChunkFn {
    Instruction apply(XlaBuilder body, List<Instruction> chunks, Map<String, Instruction> weights);
  }

  private ChunkedMap() {}

  static Instruction apply(LoweringContext ctx, XlaBuilder b, String name, List<Instruction> inputs,
      Map<String, Instruction> weights, int chunk, long outWidth, ChunkFn fn) {
    long batch = inputs.get(0).arrayShape().dim(0);
    long seq = inputs.get(0).arrayShape().dim(1);
    List<String> names = new ArrayList<>(weights.keySet());
    List<Instruction> carried = new ArrayList<>(inputs);
    names.forEach(n -> carried.add(weights.get(n)));
    carried.add(Shapes.full(b, Shape.array(DType.F32, batch, seq, outWidth), 0));
    int out = carried.size() - 1;
    // A scan, so the chunks can be differentiated: inputs and weights never change, each chunk
    // writes only its own rows of the output.
    List<Scan.Role> roles = new ArrayList<>();
    carried.forEach(x -> roles.add(Scan.Role.INVARIANT));
    roles.set(out, Scan.Role.OWN_SLICES);
    List<Instruction> r = Scan.forward(ctx, b, name, (int) (seq / chunk), carried, roles, (body, c, vals) -> {
      Instruction start = body.multiply(c, body.constant(DType.S32, chunk));
      List<Instruction> chunks = new ArrayList<>();
      for (int k = 0; k < inputs.size(); k++) {
        Instruction in = vals.get(k);
        chunks.add(body.dynamicSlice(in, Shapes.startAt(body, in.arrayShape().rank(), 1, start),
            Shapes.with(in.arrayShape(), 1, chunk)));
      }
      Map<String, Instruction> w = new LinkedHashMap<>();
      for (int k = 0; k < names.size(); k++) {
        w.put(names.get(k), vals.get(inputs.size() + k));
      }
      Instruction y = Shapes.toF32(body, fn.apply(body, chunks, w));
      List<Instruction> next = new ArrayList<>(vals);
      next.set(out, body.dynamicUpdateSlice(vals.get(out), y, Shapes.startAt(body, 3, 1, start)));
      return next;
    }).outputs();
    return r.get(out);
  }
}
