package dev.torus.compiler.lower;

import dev.torus.compiler.ir.Instruction;

/**
 * What lowering a layer gives: its output {@code [B, S, width]} and, in a debug build of an attention
 * layer, the running count of executed key/value blocks (else null); an attention layer also gives
 * its keys and values as attended ({@code [B, Hkv, S, D]}, after RoPE; a decode step's: its layer of
 * the KV cache with the new token written), which a generate program writes into its KV cache (null
 * for other layers).
 */
public record LayerOutput(Instruction output, Instruction executedBlocks, Instruction keys, Instruction values) {
  public LayerOutput(Instruction output, Instruction executedBlocks) {
    this(output, executedBlocks, null, null);
  }
}
