package dev.torus.dsl;

/**
 * How a block wires its residual stream. {@code SEQUENTIAL} (LLaMA, GPT-2):
 * {@code h = x + attn(norm1(x)); out = h + ffn(norm2(h))}. {@code PARALLEL} (GPT-J, PaLM): one norm,
 * {@code out = x + attn(norm1(x)) + ffn(norm1(x))}.
 */
public enum Residual { SEQUENTIAL, PARALLEL }
