package dev.torus.compiler.hardware;

/**
 * The paper's overlap condition (Ring Attention, section 3 and Table 2). In one ring step a device
 * attends a block of {@code c} query tokens to a block of {@code c} key/value tokens, {@code 4·d·c²}
 * FLOPs for model width {@code d}, while it sends the K and V block it holds on, {@code 4·c·d} bytes in
 * bf16. The transfer hides behind the compute when {@code c >= F / B} (F the device's FLOP/s, B its link
 * bytes/s); the paper's minimal sequence per device is {@code 6·c}.
 */
public final class Overlap {
  /** The paper's ratio of minimal sequence per device to minimal block. */
  public static final int SEQUENCE_BLOCKS = 6;

  private Overlap() {}

  /** Minimal block {@code c = F / B} in tokens: the same for a chip and for each of its TensorCores. */
  public static double minimalBlock(Hardware hw) {
    return hw.peakFlops() / hw.linkBytesPerSecond();
  }

  /** The paper's minimal sequence per device, {@code 6·c} tokens. */
  public static double minimalSequencePerDevice(Hardware hw) {
    return SEQUENCE_BLOCKS * minimalBlock(hw);
  }

  /** One ring step at peak: compute and transfer seconds for a block of {@code block} tokens. */
  public record Step(long block, int width, double computeSeconds, double transferSeconds) {
    public boolean hidden() {
      return computeSeconds >= transferSeconds;
    }
  }

  /** The step a device of {@code hw} takes with a block of {@code block} tokens of a model {@code width} wide. */
  public static Step step(Hardware hw, long block, int width) {
    double flops = 4.0 * width * block * block;
    double bytes = 4.0 * block * width;
    return new Step(block, width, flops / hw.peakFlops(), bytes / hw.linkBytesPerSecond());
  }
}
