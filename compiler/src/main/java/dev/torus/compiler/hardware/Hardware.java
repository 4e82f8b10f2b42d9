package dev.torus.compiler.hardware;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The accelerators the planner and the reports know, by the {@code --hardware} names of
 * docs/ARCHITECTURE.md ("Fixed interfaces"). Figures are per <em>device</em> as XLA lists it (a
 * TensorCore on TPU v3 and v4, a chip on v5e, v5p and v6e, a GPU), bf16 dense matmul peak, HBM
 * capacity, and the bandwidth to one ring neighbour in one direction.
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
 * </ul>
 */
public enum Hardware {
  TPU_V3("tpu-v3", "TPU v3 TensorCore", 2, 123e12, 32e9, 112e9),
  TPU_V4("tpu-v4", "TPU v4 TensorCore", 2, 275e12, 2 * 15.25 * 0x1p30, 268e9),
  TPU_V5E("tpu-v5e", "TPU v5e chip", 1, 196e12, 15.75 * 0x1p30, 186e9),
  TPU_V5P("tpu-v5p", "TPU v5p chip", 1, 459e12, 95e9, 100e9),
  TPU_V6E("tpu-v6e", "TPU v6e chip", 1, 918e12, 32e9, 112e9),
  A100("a100", "A100 80GB (NVLink)", 1, 312e12, 80e9, 300e9),
  A100_IB("a100-ib", "A100 80GB (InfiniBand)", 1, 312e12, 80e9, 12.5e9),
  H100("h100", "H100 SXM 80GB (NVLink)", 1, 989e12, 80e9, 450e9);

  private final String cliName;
  private final String device;
  private final int devicesPerChip;
  private final double chipFlops;
  private final double chipHbm;
  private final double chipLink;

  Hardware(String cliName, String device, int devicesPerChip, double chipFlops, double chipHbm, double chipLink) {
    this.cliName = cliName;
    this.device = device;
    this.devicesPerChip = devicesPerChip;
    this.chipFlops = chipFlops;
    this.chipHbm = chipHbm;
    this.chipLink = chipLink;
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
