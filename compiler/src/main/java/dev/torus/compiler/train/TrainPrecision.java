package dev.torus.compiler.train;

import dev.torus.artifact.DType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a train step computes its forward and backward in. The weights, the AdamW moments and the
 * update are f32 in both (the master copy); only the compute differs.
 */
public enum TrainPrecision {
  /** Everything in f32, matrix products at {@code HIGHEST} precision. */
  F32("f32", DType.F32),
  /**
   * The forward and backward in bf16: each step rounds the f32 master weights to bf16, matrix products
   * take bf16 operands and accumulate in f32, gradients come back to f32 for the update.
   */
  BF16_MIXED("bf16-mixed", DType.BF16);

  private final String spelling;
  private final DType computeType;

  TrainPrecision(String spelling, DType computeType) {
    this.spelling = spelling;
    this.computeType = computeType;
  }

  /** The command-line and manifest spelling: {@code f32}, {@code bf16-mixed}. */
  public String spelling() {
    return spelling;
  }

  /** The type the weights are rounded to for the forward and backward. */
  public DType computeType() {
    return computeType;
  }

  /** The precision spelt {@code text}; the error lists the spellings. */
  public static TrainPrecision parse(String text) {
    for (TrainPrecision p : values()) {
      if (p.spelling.equals(text.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("--precision " + text + ": expected one of "
        + Arrays.stream(values()).map(TrainPrecision::spelling).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return spelling;
  }
}
