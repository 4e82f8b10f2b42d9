package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.RunShape;
import java.util.List;

/**
 * What a device's program knows of its share of the sequence: the global positions of its local
 * tokens ({@code s32[L]}, ascending), and, on a ring, its index in the ring ({@code s32[]}) and the
 * pairs along which key/value blocks travel (each partition to its right neighbour within its ring
 * group). The positions of a block that arrives from another device follow from that device's ring
 * index and the shape's token layout, so they need not travel.
 *
 * <p>With packed documents it also holds {@code segmentIds}: the document ids of every token of the
 * ring ({@code s32[B, N*L]}, device after device, each device's tokens in local order; gathered once
 * per program), so the segment ids of any held block are a slice of it and need not travel either;
 * and {@code documentPositions}, the local tokens' positions within their documents
 * ({@code s32[B, L]}), which RoPE rotates by. Both are null without packing.
 *
 * <p>With a sliding window, {@code window} ({@code s32[]}) is this layer's window size: a query at
 * {@code i} sees keys at {@code j > i - window} ({@link BlockVisibility}); null without one.
 * {@code widestWindow} is the largest value {@code window} takes in any layer the program's layer
 * loop runs (0: some layer has no window, or none has): the static bound from which a ring runs only
 * the steps whose held block some local query can see ({@link #passingSteps}).
 *
 * <p>When RoPE differs from layer to layer ({@link dev.torus.dsl.LayerRope}), {@code layerRope} is
 * this layer's ({@link Rope.LayerTable}); null otherwise (the attention's own RoPE, a constant).
 */
public record SequenceShard(Instruction positions, Instruction ringIndex, RunShape shape,
    ImmutableList<SourceTarget> ringPairs, Instruction segmentIds, Instruction documentPositions,
    Instruction window, long widestWindow, Rope.LayerTable layerRope) {

  public SequenceShard(Instruction positions, Instruction ringIndex, RunShape shape,
      ImmutableList<SourceTarget> ringPairs) {
    this(positions, ringIndex, shape, ringPairs, null, null, null, 0, null);
  }

  /** This shard with this layer's RoPE, when RoPE differs from layer to layer. */
  SequenceShard withLayerRope(Rope.LayerTable rope) {
    return new SequenceShard(positions, ringIndex, shape, ringPairs, segmentIds, documentPositions, window, widestWindow,
        rope);
  }

  /** The whole sequence on one device. */
  public static SequenceShard local(Instruction positions) {
    return new SequenceShard(positions, null, null, ImmutableList.of());
  }

  /** This shard with packed documents' segment ids (the whole ring's) and local document positions. */
  public SequenceShard withDocuments(Instruction segmentIds, Instruction documentPositions) {
    return new SequenceShard(positions, ringIndex, shape, ringPairs, segmentIds, documentPositions, window,
        widestWindow, layerRope);
  }

  /**
   * This shard with a sliding window of {@code size} keys ({@code s32[]}), at most {@code widest} in
   * every layer (0: some layer sees the whole sequence).
   */
  public SequenceShard withWindow(Instruction size, long widest) {
    return new SequenceShard(positions, ringIndex, shape, ringPairs, segmentIds, documentPositions, size, widest,
        layerRope);
  }

  /**
   * The ring steps that pass key/value blocks on ({@link RingLayout#passingSteps}): N-1 without a
   * window; fewer when every layer's window ends before the blocks of the later steps.
   */
  public int passingSteps() {
    return shape == null ? 0 : RingLayout.passingSteps(shape, widestWindow);
  }

  public boolean windowed() {
    return window != null;
  }

  public int ringSize() {
    return shape == null ? 1 : shape.ring();
  }

  public boolean packed() {
    return segmentIds != null;
  }

  /** The positions RoPE rotates by: within each document when packed ({@code s32[B, L]}), else global ({@code s32[L]}). */
  public Instruction rotaryPositions() {
    return documentPositions == null ? positions : documentPositions;
  }

  /**
   * The segment ids of ring device {@code source}'s tokens ({@code s32[B, L]}) in {@code ringSegments},
   * this shard's {@link #segmentIds} or the loop-carried value that stands for them.
   */
  Instruction segmentsOf(XlaBuilder b, Instruction ringSegments, Instruction source) {
    if (ringSize() == 1) {
      return ringSegments;
    }
    long batch = ringSegments.arrayShape().dim(0);
    long local = shape.localSequence();
    Instruction start = b.multiply(source, b.constant(DType.S32, (int) local));
    return b.named("held_segments", b.dynamicSlice(ringSegments, List.of(b.constant(DType.S32, 0), start), batch,
        local));
  }

  /**
   * The instructions this shard holds: the positions, then the ring index, the segment ids and the
   * window if there are.
   */
  public ImmutableList<Instruction> instructions() {
    ImmutableList.Builder<Instruction> all = ImmutableList.<Instruction>builder().add(positions);
    if (ringIndex != null) {
      all.add(ringIndex);
    }
    if (segmentIds != null) {
      all.add(segmentIds);
    }
    if (window != null) {
      all.add(window);
    }
    return all.build();
  }

  /**
   * This shard with other {@link #instructions} in their place (the same ones after a pass re-created
   * them); the document positions and the layer's RoPE, which only RoPE reads, are dropped.
   */
  public SequenceShard over(List<Instruction> instructions) {
    checkArgument(instructions.size() == instructions().size(), "sequence shard: %s instructions for %s",
        instructions.size(), instructions().size());
    int k = 1;
    Instruction ring = ringIndex == null ? null : instructions.get(k++);
    Instruction segments = segmentIds == null ? null : instructions.get(k++);
    Instruction size = window == null ? null : instructions.get(k);
    return new SequenceShard(instructions.get(0), ring, shape, ringPairs, segments, null, size, widestWindow, null);
  }
}
