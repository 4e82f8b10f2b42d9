package dev.torus.compiler.hardware;

import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V3_REDUCE;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V4_REDUCE;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V5E_REDUCE;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V5P_REDUCE;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V6E_REDUCE;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V3_EXP;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V3_VECTOR;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V4_EXP;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V4_VECTOR;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V5E_EXP;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V5E_VECTOR;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V5P_EXP;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V5P_VECTOR;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V6E_EXP;
import static dev.torus.compiler.hardware.TpuUnitCalibration.TPU_V6E_VECTOR;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The accelerators the planner and the reports know, by the {@code --hardware} names of
 * docs/ARCHITECTURE.md ("Fixed interfaces"). Figures are per <em>device</em> as XLA lists it (a
 * TensorCore on TPU v3 and v4, a chip on v5e, v5p and v6e, a GPU), bf16 dense matmul peak, HBM
 * capacity, and the bandwidth to one ring neighbour in one direction; for the per-unit roofline
 * ({@code analysis.Roofline}) also HBM bandwidth and the throughput of the vector unit (elementwise
 * ops, and elements folded by reductions) and of the transcendental unit.
 *
 * <p>Sources, per row ({@code 0x1p30} is a GiB):
 * <ul>
 *   <li>{@code tpu-v3}, {@code tpu-v4}, {@code tpu-v5e}, {@code a100}, {@code a100-ib}: Ring Attention
 *       (Liu et al., 2023), Table 2 (chip TFLOP/s, HBM, link GB/s); v3 and v4 chips are split into
 *       their two TensorCores. HBM of a v4 TensorCore and a v5e chip as libtpu reports it when compiling
 *       for {@code v4-8} and {@code v5litepod-8} (15.25 and 15.75 GiB; {@code reference/tpu-aot.md}).
 *   <li>{@code tpu-v5p}: Google Cloud TPU v5p documentation: 459 bf16 TFLOP/s, 95 GB HBM, 4,800 Gbps
 *       of ICI per chip over 6 links (100 GB/s per link and direction).
 *   <li>{@code tpu-v6e}: Google Cloud TPU v6e (Trillium) documentation: 918 bf16 TFLOP/s, 32 GB HBM,
 *       3,584 Gbps of ICI per chip over 4 links (112 GB/s per link and direction).
 *   <li>{@code h100}: NVIDIA H100 SXM datasheet: 989 dense bf16 TFLOP/s, 80 GB, NVLink 900 GB/s
 *       bidirectional (450 GB/s per direction, counted as the paper counts A100 NVLink's 600 as 300).
 *   <li>{@code h200}: NVIDIA H200 SXM datasheet (nvidia.com/en-us/data-center/h200): 989 dense bf16
 *       TFLOP/s (1,979 with sparsity), 141 GB HBM3e at 4.8 TB/s, NVLink 900 GB/s bidirectional (450
 *       per direction, as for {@code h100}).
 * </ul>
 *
 * <p>HBM bandwidth per chip: TPU v3 900 GB/s, v4 1,228 GB/s, v5e 819 GB/s, v5p 2,765 GB/s, v6e
 * 1,640 GB/s (Google Cloud TPU system-architecture pages); A100 80GB SXM 2,039 GB/s, H100 SXM 3.35
 * TB/s, H200 SXM 4.8 TB/s (NVIDIA datasheets). A v3/v4 TensorCore gets half its chip's.
 *
 * <p>Vector and transcendental throughput (elements per second per device; one elementwise op or one
 * exp, log, ... per element, f32). GPUs: the datasheet's non-tensor FP32 FLOP/s for the vector unit
 * as one op per FP32 lane and clock (A100: 108 SMs x 64 lanes x 1.41 GHz = 19.5 TFLOP/s over 2,
 * an FMA being 2 FLOPs; H100/H200 SXM: 132 SMs x 128 lanes x 1.98 GHz = 67 TFLOP/s over 2), and the
 * SFU's 16 results per SM and clock (CUDA C++ Programming Guide, "Arithmetic Instructions"
 * throughput table, compute capability 8.0 and 9.0: exp2, log2, rsqrt, sin, cos). TPUs: Google
 * publishes no VPU or EUP peak; these are <b>calibrated (libtpu cost model)</b>: f32 micro-programs
 * (a chain of exponentials, a chain of multiply-adds, a row sum) compiled deviceless by libtpu 0.0.42.1, the difference of two chain lengths' {@code estimated_cycles} at the
 * TensorCore clock ({@code bench/roofline_tpu.py}, {@code bench/results/16-roofline.md}). {@link
 * #calibrated()} says which rows are.
 */
public enum Hardware {
  TPU_V3("tpu-v3", "TPU v3 TensorCore", 2, 123e12, 32e9, 112e9, 900e9, TPU_V3_VECTOR, TPU_V3_EXP,
      TPU_V3_REDUCE, true),
  TPU_V4("tpu-v4", "TPU v4 TensorCore", 2, 275e12, 2 * 15.25 * 0x1p30, 268e9, 1228e9, TPU_V4_VECTOR, TPU_V4_EXP,
      TPU_V4_REDUCE, true),
  TPU_V5E("tpu-v5e", "TPU v5e chip", 1, 196e12, 15.75 * 0x1p30, 186e9, 819e9, TPU_V5E_VECTOR, TPU_V5E_EXP,
      TPU_V5E_REDUCE, true),
  TPU_V5P("tpu-v5p", "TPU v5p chip", 1, 459e12, 95e9, 100e9, 2765e9, TPU_V5P_VECTOR, TPU_V5P_EXP,
      TPU_V5P_REDUCE, true),
  TPU_V6E("tpu-v6e", "TPU v6e chip", 1, 918e12, 32e9, 112e9, 1640e9, TPU_V6E_VECTOR, TPU_V6E_EXP,
      TPU_V6E_REDUCE, true),
  A100("a100", "A100 80GB (NVLink)", 1, 312e12, 80e9, 300e9, 2039e9, 108 * 64 * 1.41e9, 108 * 16 * 1.41e9,
      108 * 64 * 1.41e9, false),
  A100_IB("a100-ib", "A100 80GB (InfiniBand)", 1, 312e12, 80e9, 12.5e9, 2039e9, 108 * 64 * 1.41e9,
      108 * 16 * 1.41e9, 108 * 64 * 1.41e9, false),
  H100("h100", "H100 SXM 80GB (NVLink)", 1, 989e12, 80e9, 450e9, 3.35e12, 132 * 128 * 1.98e9, 132 * 16 * 1.98e9,
      132 * 128 * 1.98e9, false),
  H200("h200", "H200 SXM 141GB (NVLink)", 1, 989e12, 141e9, 450e9, 4.8e12, 132 * 128 * 1.98e9, 132 * 16 * 1.98e9,
      132 * 128 * 1.98e9, false);

  private final String cliName;
  private final String device;
  private final int devicesPerChip;
  private final double chipFlops;
  private final double chipHbm;
  private final double chipLink;
  private final double chipHbmBandwidth;
  private final double chipVectorOps;
  private final double chipTranscendentals;
  private final double chipReductions;
  private final boolean calibrated;

  Hardware(String cliName, String device, int devicesPerChip, double chipFlops, double chipHbm, double chipLink,
      double chipHbmBandwidth, double chipVectorOps, double chipTranscendentals, double chipReductions,
      boolean calibrated) {
    this.cliName = cliName;
    this.device = device;
    this.devicesPerChip = devicesPerChip;
    this.chipFlops = chipFlops;
    this.chipHbm = chipHbm;
    this.chipLink = chipLink;
    this.chipHbmBandwidth = chipHbmBandwidth;
    this.chipVectorOps = chipVectorOps;
    this.chipTranscendentals = chipTranscendentals;
    this.chipReductions = chipReductions;
    this.calibrated = calibrated;
  }

  /** HBM bytes per second of one device (published). */
  public double hbmBytesPerSecond() {
    return chipHbmBandwidth / devicesPerChip;
  }

  /** Elementwise (vector-unit) ops per second of one device, f32, one op per element. */
  public double vectorOpsPerSecond() {
    return chipVectorOps / devicesPerChip;
  }

  /** Transcendentals (exp, log, tanh, ...) per second of one device, f32. */
  public double transcendentalsPerSecond() {
    return chipTranscendentals / devicesPerChip;
  }

  /**
   * Elements per second one device folds in reductions (row sums, row maxima), f32: on TPU far
   * fewer than its elementwise ops (calibrated); on GPU taken as the FP32 lanes' rate.
   */
  public double reducedElementsPerSecond() {
    return chipReductions / devicesPerChip;
  }

  /**
   * Whether {@link #vectorOpsPerSecond} and {@link #transcendentalsPerSecond} are calibrated on
   * libtpu's cost model (no published peak) rather than taken from a datasheet.
   */
  public boolean calibrated() {
    return calibrated;
  }

  /** How the vector and transcendental peaks were obtained, for reports. */
  public String unitPeaksSource() {
    return calibrated ? "calibrated (libtpu cost model)" : "datasheet";
  }

  /** The {@code --hardware} name. */
  public String cliName() {
    return cliName;
  }

  /** What one device is, e.g. "TPU v4 TensorCore". */
  public String device() {
    return device;
  }

  public int devicesPerChip() {
    return devicesPerChip;
  }

  /** Peak dense bf16 FLOP/s of one device. */
  public double peakFlops() {
    return chipFlops / devicesPerChip;
  }

  /** HBM bytes of one device. */
  public long hbmBytes() {
    return (long) (chipHbm / devicesPerChip);
  }

  /** Bytes per second one device sends to its ring neighbour. */
  public double linkBytesPerSecond() {
    return chipLink / devicesPerChip;
  }

  /** The chip's figures as the paper's Table 2 prints them (TFLOP/s, HBM GB, link GB/s). */
  public double chipTflops() {
    return chipFlops / 1e12;
  }

  public double chipHbmGb() {
    return chipHbm / 1e9;
  }

  public double chipLinkGbps() {
    return chipLink / 1e9;
  }

  /** The hardware of that {@code --hardware} name; the error lists the names. */
  public static Hardware named(String name) {
    for (Hardware h : values()) {
      if (h.cliName.equals(name)) {
        return h;
      }
    }
    throw new IllegalArgumentException("unknown hardware '" + name + "'; known: " + names());
  }

  public static String names() {
    return Arrays.stream(values()).map(Hardware::cliName).collect(Collectors.joining(", "));
  }

  /** The hardware of the paper's Table 2, in its order. */
  public static ImmutableList<Hardware> paperTable2() {
    return ImmutableList.of(A100, A100_IB, TPU_V3, TPU_V4, TPU_V5E);
  }
}
