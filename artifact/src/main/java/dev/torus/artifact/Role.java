package dev.torus.artifact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an entry point's input or output is, which decides how a runtime feeds or reads it. Written
 * in manifests as the lowercase {@link #label}.
 */
public enum Role {
  /** A model weight, read from a checkpoint by its Hugging Face name. */
  WEIGHT,
  /** Token ids, in the manifest's token layout over the ring. */
  TOKENS,
  /** The ids each position should predict (a train step's labels). */
  TARGETS,
  /**
   * Packed documents: each token's document id ({@code s32 [batch, sequence]}, non-decreasing along a
   * row); attention never crosses from one id to another.
   */
  SEGMENT_IDS,
  /** Packed documents: each token's position within its document ({@code s32 [batch, sequence]}), for RoPE. */
  POSITIONS,
  /** The optimizer step number a train step starts from. */
  STEP,
  /** Optimizer state carried from step to step (AdamW moments). */
  STATE,
  /** Output logits over the vocabulary, in the token layout. */
  LOGITS,
  /** A scalar loss. */
  LOSS,
  /** A scalar a trainer reports (gradient norm, learning rate). */
  METRIC,
  /** An activation of a standalone layer program. */
  ACTIVATION,
  /** A diagnostic output (e.g. the executed attention block count). */
  DEBUG,
  /**
   * Per batch row, how many tokens it holds ({@code s32 [batch]}): a generate prefill's prompt lengths,
   * a decode step's positions (each row's length so far, where its new token goes).
   */
  LENGTHS,
  /**
   * A generate program's KV cache ({@code [layers, batch, kv heads, max length, head dim]}, split over
   * the ring along the cache slots): donated by every step, it stays in the engine between steps.
   */
  KV_CACHE;

  /**
   * Whether a tensor of this role is laid out along the sequence, {@code [batch, sequence, ...]}: a
   * ring program takes and returns it in the manifest's token layout ({@link SequenceOrder}).
   */
  public boolean alongSequence() {
    return this == TOKENS || this == TARGETS || this == SEGMENT_IDS || this == POSITIONS || this == LOGITS;
  }

  /** The name used in manifests, e.g. {@code weight}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role called {@code label}; the error lists the known ones. */
  @JsonCreator
  public static Role of(String label) {
    for (Role r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown tensor role '" + label + "'; known: "
        + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return label();
  }
}
