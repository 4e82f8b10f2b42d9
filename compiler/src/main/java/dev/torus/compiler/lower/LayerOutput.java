package dev.torus.compiler.lower;

import dev.torus.compiler.ir.Instruction;

/**
 * What lowering a layer gives: its output {@code [B, S, width]} and, in a debug build of an attention
 * layer, the running count of executed key/value blocks (else null).
 */
public record LayerOutput(Instruction output, Instruction executedBlocks) {}
