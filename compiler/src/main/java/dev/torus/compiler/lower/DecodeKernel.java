package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.List;
import java.util.TreeMap;

/**
 * A decode step's cache attention as Torus's native CPU kernel ({@code harness/native}), a typed-FFI
 * custom call that only the JAX engine on CPU devices runs: the same partial softmax as the key-block
 * loop of {@link DecodeAttention} (running max, denominator, unnormalised values over the key blocks
 * {@code [lower, upper)} of {@link BlockVisibility#cacheRanges}, keys hidden by the same cache rules),
 * with the batch's rows and key/value heads spread over XLA's CPU threads. XLA's CPU backend runs the
 * loop's per-block products one after another on one thread at about 10 GB/s of cache; the kernel
 * reads the cache once at the memory's speed (bench/results/13-generate-cpu.md).
 */
final class DecodeKernel {
  private DecodeKernel() {}

  /** The kernel's name, as the JAX engine registers it. */
  static final String TARGET = dev.torus.compiler.GenerateCompiler.CPU_DECODE_KERNEL;

  /**
   * The partial softmax of queries {@code q [B, Hkv, G, D]} (scaled) over layer {@code layer} of the
   * caches {@code [L, B, Hkv, M, D]} (f32 or bf16), key slot {@code s} at global position
   * {@code keyPositions[s]}: visible to row b when at or before {@code positions[b]} and, with a
   * {@code window} (null: none), after {@code positions[b] - window}; scores soft-capped by
   * {@code softCap} (null: none) first. Returns max and denominator {@code f32[B, Hkv, G]} and the
   * weighted values {@code f32[B, Hkv, G, D]}, as {@link OnlineSoftmax#update} leaves them, and the
   * key blocks the kernel visited {@code s32[]}.
   */
  static DecodeAttention.Partial partial(XlaBuilder b, Instruction q, Instruction keys, Instruction values,
      Instruction layer, Instruction keyPositions, Instruction positions, Instruction window, Instruction lower,
      Instruction upper, Double softCap, int blockKv) {
    ArrayShape qs = q.arrayShape();
    ArrayShape rows = Shape.array(DType.F32, qs.dim(0), qs.dim(1), qs.dim(2));
    Instruction blocks = b.concatenate(0, b.reshape(lower, 1), b.reshape(upper, 1));
    TreeMap<String, Number> attrs = new TreeMap<>();
    attrs.put("block", (long) blockKv);
    attrs.put("soft_cap", softCap == null ? 0f : softCap.floatValue());
    Instruction call = b.customCall(List.of(Shapes.cast(b, q, DType.F32), keys, values, layer, keyPositions, positions,
            window == null ? b.constant(DType.S32, 0) : window, blocks),
        Shape.tuple(rows, rows, qs.withElementType(DType.F32), Shape.scalar(DType.S32)),
        Attrs.CustomCall.ffi(TARGET, attrs));
    return new DecodeAttention.Partial(new OnlineSoftmax.Step(b.getTupleElement(call, 0), b.getTupleElement(call, 1),
        b.getTupleElement(call, 2)), b.getTupleElement(call, 3), keys, values);
  }
}
