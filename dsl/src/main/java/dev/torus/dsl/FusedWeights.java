package dev.torus.dsl;

/**
 * Which projections a checkpoint stores fused, one tensor whose rows are the parts in order (Phi-3):
 * with {@code qkv}, each layer's query, key and value projections are one
 * {@code self_attn.qkv_proj} tensor {@code [(Hq + 2 Hkv) D, W]}, rows q, then k, then v (and so their
 * biases, when the attention has them); with {@code gateUp}, the feedforward's gate and up
 * projections are one {@code mlp.gate_up_proj} tensor {@code [2F, W]}, rows gate, then up. The
 * computation is unchanged: the parts are rows of the stored tensor, split when loaded and joined
 * again when written back.
 */
public record FusedWeights(boolean qkv, boolean gateUp) {
  /** Phi-3's layout: both fused. */
  public static FusedWeights phi3() {
    return new FusedWeights(true, true);
  }
}
