package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.torus.artifact.TokenLayout;

/**
 * The shape a program is compiled for: {@code batch} sequences of {@code sequence} tokens in
 * {@link BlockSizes}, on a mesh of {@code dp} data-parallel groups (each a share of the batch) times
 * a ring of {@code ring} devices (each {@code sequence / ring} tokens, laid out by
 * {@link TokenLayout}). Partition ids are row-major over (dp, ring): {@code p = d * ring + r}.
 * {@link RunShape}'s checks reject sizes the blockwise program cannot tile, naming what does not
 * divide what. With {@code fsdp > 1} the weights are stored sharded over one mesh axis (fully
 * sharded data parallelism) and gathered layer by layer: over the ring's devices when {@code fsdp} is
 * the ring size, as the paper pairs it with the ring, else over the data-parallel replicas when it is
 * {@code dp} (FSDP without a ring: {@code ring = 1}), else over every device of the mesh when it is
 * {@code ring * dp} ({@link #fsdpOverMesh}: shard p on partition p).
 *
 * <p>{@code packed}: each row holds several documents packed one after another, and the program takes
 * per-token {@code segment_ids} (a document's id, non-decreasing along each row) and document-relative
 * {@code positions} as inputs; attention never crosses a document boundary, RoPE restarts at each
 * document, and a train step ignores targets below zero (each document's last token). Written in
 * manifests only when true.
 */
public record RunShape(int batch, int sequence, BlockSizes blocks, int ring, TokenLayout layout, int dp, int fsdp,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean packed) {
  public RunShape {
    checkArgument(batch > 0, "batch %s must be positive", batch);
    checkArgument(sequence > 0, "sequence length %s must be positive", sequence);
    checkArgument(blocks != null, "block sizes missing");
    checkArgument(ring > 0, "ring size %s must be positive", ring);
    checkArgument(dp > 0, "data-parallel size %s must be positive", dp);
    checkArgument(fsdp == 1 || fsdp == ring || fsdp == dp || fsdp == ring * dp, "fsdp %s: weights are sharded over"
        + " one mesh axis or both, so fsdp must be 1, the ring size %s, the data-parallel size %s or their product %s",
        fsdp, ring, dp, ring * dp);
    checkArgument(layout != null, "token layout missing");
    checkArgument(sequence % ring == 0, "sequence length %s must be a multiple of the ring size %s", sequence, ring);
    checkArgument(batch % dp == 0, "batch %s must be a multiple of the data-parallel size %s", batch, dp);
    int local = sequence / ring;
    String what = ring == 1 ? "sequence length" : "per-device sequence length";
    checkTiles("query block", blocks.query(), local, what);
    checkTiles("key/value block", blocks.keyValue(), local, what);
    checkTiles("feedforward chunk", blocks.chunk(), local, what);
  }

  private static void checkTiles(String block, int size, int local, String what) {
    checkArgument(size <= local, "%s %s is larger than the %s %s", block, size, what, local);
    checkArgument(local % size == 0, "%s %s must be a multiple of the %s %s", what, local, block, size);
  }

  /** Documents not packed: one sequence per row. */
  public RunShape(int batch, int sequence, BlockSizes blocks, int ring, TokenLayout layout, int dp, int fsdp) {
    this(batch, sequence, blocks, ring, layout, dp, fsdp, false);
  }

  /** One device. */
  public static RunShape of(int batch, int sequence, BlockSizes blocks) {
    return new RunShape(batch, sequence, blocks, 1, TokenLayout.CONTIGUOUS, 1, 1);
  }

  public static RunShape ring(int batch, int sequence, BlockSizes blocks, int ring, TokenLayout layout, int dp) {
    return new RunShape(batch, sequence, blocks, ring, layout, dp, 1);
  }

  /** Whether the weights are sharded over the ring's devices (else, with {@code fsdp > 1}, over the replicas). */
  public boolean fsdpOverRing() {
    return fsdp > 1 && fsdp == ring;
  }

  /**
   * Whether the weights are sharded over both mesh axes, ring and data-parallel: {@code fsdp = ring * dp}
   * with both larger than 1, shard p on partition {@code p = d * ring + r}.
   */
  public boolean fsdpOverMesh() {
    return fsdp > 1 && ring > 1 && dp > 1 && fsdp == ring * dp;
  }

  /** This shape with the weights sharded over {@code fsdp} devices (1: replicated). */
  public RunShape withFsdp(int fsdp) {
    return new RunShape(batch, sequence, blocks, ring, layout, dp, fsdp, packed);
  }

  /** This shape with packed documents (segment ids and document positions as inputs; see the class comment). */
  public RunShape packedDocuments() {
    return new RunShape(batch, sequence, blocks, ring, layout, dp, fsdp, true);
  }

  /** Tokens per ring device. */
  public int localSequence() {
    return sequence / ring;
  }

  /** Sequences per data-parallel group. */
  public int localBatch() {
    return batch / dp;
  }

  public int devices() {
    return ring * dp;
  }
}
