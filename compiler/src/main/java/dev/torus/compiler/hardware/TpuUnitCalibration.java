package dev.torus.compiler.hardware;

/**
 * The TPU vector-unit and transcendental-unit throughputs {@link Hardware} uses, <b>calibrated
 * (libtpu cost model)</b>: Google publishes no peak for them. Each is elements per cycle of one
 * device, read from libtpu 0.0.42.1's {@code estimated_cycles} for f32 micro-programs (the difference
 * between a chain of 256 and one of 128 exponentials, or multiply-adds, over 1M elements; for
 * reductions, a row sum over f32 [16, 512, 512] against [8, 512, 512]), times the
 * TensorCore clock (bf16 peak over the MXUs' FLOPs per cycle). Script and figures:
 * {@code bench/roofline_tpu.py}, {@code bench/results/16-roofline.md}. Per chip; v3 cannot be
 * compiled for, and takes v4's per-cycle figures at its own 940 MHz clock.
 */
final class TpuUnitCalibration {
  private TpuUnitCalibration() {}

  static final double V4_CLOCK = 275e12 / 2 / (4 * 128 * 128 * 2);
  static final double V3_CLOCK = 123e12 / 2 / (2 * 128 * 128 * 2);
  static final double V5E_CLOCK = 197e12 / (4 * 128 * 128 * 2);
  static final double V5P_CLOCK = 459e12 / (8 * 128 * 128 * 2);
  static final double V6E_CLOCK = 918e12 / (4 * 256 * 256 * 2);

  /** f32 exponentials and elementwise ops per cycle of one device, as the cost model counts them. */
  static final double V4_EXP_PER_CYCLE = 1024;
  static final double V4_VECTOR_PER_CYCLE = 682.67;
  static final double V5E_EXP_PER_CYCLE = 2056.69;
  static final double V5E_VECTOR_PER_CYCLE = 2509.26;
  static final double V5P_EXP_PER_CYCLE = 4129.01;
  static final double V5P_VECTOR_PER_CYCLE = 5071.04;
  static final double V6E_EXP_PER_CYCLE = 2048.75;
  static final double V6E_VECTOR_PER_CYCLE = 2517.68;

  /** f32 elements folded by a row sum per cycle of one device (the difference of two sizes' cycles). */
  static final double V4_REDUCE_PER_CYCLE = 46.15;
  static final double V5E_REDUCE_PER_CYCLE = 33.2;
  static final double V5P_REDUCE_PER_CYCLE = 47.66;
  static final double V6E_REDUCE_PER_CYCLE = 27.93;

  /** Per chip (a v3/v4 chip is two TensorCores). */
  static final double TPU_V3_EXP = 2 * V4_EXP_PER_CYCLE * V3_CLOCK;
  static final double TPU_V3_VECTOR = 2 * V4_VECTOR_PER_CYCLE * V3_CLOCK;
  static final double TPU_V4_EXP = 2 * V4_EXP_PER_CYCLE * V4_CLOCK;
  static final double TPU_V4_VECTOR = 2 * V4_VECTOR_PER_CYCLE * V4_CLOCK;
  static final double TPU_V5E_EXP = V5E_EXP_PER_CYCLE * V5E_CLOCK;
  static final double TPU_V5E_VECTOR = V5E_VECTOR_PER_CYCLE * V5E_CLOCK;
  static final double TPU_V5P_EXP = V5P_EXP_PER_CYCLE * V5P_CLOCK;
  static final double TPU_V5P_VECTOR = V5P_VECTOR_PER_CYCLE * V5P_CLOCK;
  static final double TPU_V6E_EXP = V6E_EXP_PER_CYCLE * V6E_CLOCK;
  static final double TPU_V6E_VECTOR = V6E_VECTOR_PER_CYCLE * V6E_CLOCK;
  static final double TPU_V3_REDUCE = 2 * V4_REDUCE_PER_CYCLE * V3_CLOCK;
  static final double TPU_V4_REDUCE = 2 * V4_REDUCE_PER_CYCLE * V4_CLOCK;
  static final double TPU_V5E_REDUCE = V5E_REDUCE_PER_CYCLE * V5E_CLOCK;
  static final double TPU_V5P_REDUCE = V5P_REDUCE_PER_CYCLE * V5P_CLOCK;
  static final double TPU_V6E_REDUCE = V6E_REDUCE_PER_CYCLE * V6E_CLOCK;
}
