package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.Attention;

/**
 * Rotate-half rotary position embedding as Hugging Face computes it: for head vectors split into
 * halves {@code (x1, x2)}, {@code x * cos(p f) + (-x2, x1) * sin(p f)} with the variant's
 * frequencies {@code f} ({@link Attention#ropeFrequencies}) repeated over both halves,
 * cos and sin scaled by its attention factor when that is not 1, in f32. With a partial rotary
 * dimension ({@link Attention#ropeDims} below the head dim, Phi-3's) only the first {@code ropeDims}
 * dimensions of each head are rotated so, the rest pass through unchanged.
 */
final class Rope {
  private Rope() {}

  /**
   * Rotates {@code x [B, S, H, D]} (f32) by the positions {@code positions s32[S]} (token positions
   * in the whole sequence, so a shard passes its own), or {@code s32[B, S]}, one row's per row
   * (packed documents: positions within each document). {@code runLength} is the whole
   * sequence's length, which the frequencies of some variants depend on.
   */
  static Instruction apply(XlaBuilder b, Instruction x, Instruction positions, Attention rope, long runLength) {
    return apply(b, x, positions, rope, 0, runLength);
  }

  /** {@link #apply} with the RoPE of layer {@code layer} (from 0: {@link Attention#ropeFrequencies(int, long)}). */
  static Instruction apply(XlaBuilder b, Instruction x, Instruction positions, Attention rope, int layer,
      long runLength) {
    double[] inv = rope.ropeFrequencies(layer, runLength);   // ropeDims() / 2 of them
    Instruction freq = b.named("rope_inv_freq", b.constant(Literal.of(Shape.array(DType.F32, inv.length), inv)));
    return rotate(b, x, positions, freq, rope.ropeAttentionFactor(layer), null);
  }

  /**
   * One layer's RoPE when it differs from layer to layer ({@link dev.torus.dsl.LayerRope}): its inverse
   * frequencies {@code f32[D/2]} and the factor of cos and sin {@code f32[]} (null: 1), both run-time
   * values sliced out of a per-layer table by the layer loop's counter.
   */
  record LayerTable(Instruction frequencies, Instruction factor) {}

  /** {@link #apply} with the frequencies and factor of {@code table}. */
  static Instruction apply(XlaBuilder b, Instruction x, Instruction positions, LayerTable table) {
    return rotate(b, x, positions, table.frequencies(), 1.0, table.factor());
  }

  /**
   * The rotation by {@code freq f32[R/2]} of the first {@code R} dimensions of each head (all of
   * them when {@code R} is the head dim; the rest pass through), cos and sin scaled by
   * {@code factor} (when not 1) and {@code factorValue} (when given).
   */
  private static Instruction rotate(XlaBuilder b, Instruction x, Instruction positions, Instruction freq,
      double factor, Instruction factorValue) {
    ArrayShape whole = x.arrayShape();
    long rotary = 2 * freq.arrayShape().dim(0);
    if (rotary == whole.dim(3)) {
      return rotateAll(b, x, positions, freq, factor, factorValue);
    }
    long[] start = new long[4];
    long[] mid = {whole.dim(0), whole.dim(1), whole.dim(2), rotary};
    long[] end = {whole.dim(0), whole.dim(1), whole.dim(2), whole.dim(3)};
    Instruction rotated = rotateAll(b, b.slice(x, start, mid, ones(4)), positions, freq, factor, factorValue);
    Instruction passed = b.slice(x, new long[] {0, 0, 0, rotary}, end, ones(4));
    return b.concatenate(3, rotated, passed);
  }

  /** {@link #rotate} of every dimension of {@code x}'s heads. */
  private static Instruction rotateAll(XlaBuilder b, Instruction x, Instruction positions, Instruction freq,
      double factor, Instruction factorValue) {
    ArrayShape s = x.arrayShape();
    long seq = s.dim(1);
    int dim = (int) s.dim(3);
    int half = dim / 2;
    Instruction cos;
    Instruction sin;
    if (positions.arrayShape().rank() == 1) {
      ArrayShape angleShape = Shape.array(DType.F32, seq, half);
      Instruction pos = b.broadcast(b.convert(positions, DType.F32), angleShape, 0);
      Instruction angles = b.multiply(pos, b.broadcast(freq, angleShape, 1));
      Instruction emb = b.concatenate(1, angles, angles);
      cos = b.broadcast(b.cosine(emb), s, 1, 3);
      sin = b.broadcast(b.sine(emb), s, 1, 3);
    } else {   // per row: packed documents, positions within each document
      ArrayShape angleShape = Shape.array(DType.F32, s.dim(0), seq, half);
      Instruction pos = b.broadcast(b.convert(positions, DType.F32), angleShape, 0, 1);
      Instruction angles = b.multiply(pos, b.broadcast(freq, angleShape, 2));
      Instruction emb = b.concatenate(2, angles, angles);
      cos = b.broadcast(b.cosine(emb), s, 0, 1, 3);
      sin = b.broadcast(b.sine(emb), s, 0, 1, 3);
    }
    if (factor != 1.0) {
      Instruction f = Shapes.full(b, s, factor);
      cos = b.multiply(cos, f);
      sin = b.multiply(sin, f);
    }
    if (factorValue != null) {
      Instruction f = b.broadcast(factorValue, s);
      cos = b.multiply(cos, f);
      sin = b.multiply(sin, f);
    }
    Instruction x1 = b.slice(x, new long[] {0, 0, 0, 0}, new long[] {s.dim(0), seq, s.dim(2), half}, ones(4));
    Instruction x2 = b.slice(x, new long[] {0, 0, 0, half}, new long[] {s.dim(0), seq, s.dim(2), dim}, ones(4));
    Instruction rotated = b.concatenate(3, b.negate(x2), x1);
    return b.add(b.multiply(x, cos), b.multiply(rotated, sin));
  }

  private static long[] ones(int n) {
    long[] a = new long[n];
    java.util.Arrays.fill(a, 1);
    return a;
  }
}
