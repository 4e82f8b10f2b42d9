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
 * {@code layerWindows} are the distinct values {@code window} takes in the layers the program's layer
 * loop runs, ascending (0: a layer without one): the static bounds from which a ring runs, in each
 * layer, only the steps whose held block some local query of that layer can see
 * ({@link #passingCounts}, one ring-step loop per distinct count, {@link #kindIndex} picks the layer's).
 *
 * <p>When RoPE differs from layer to layer ({@link dev.torus.dsl.LayerRope}), {@code layerRope} is
 * this layer's ({@link Rope.LayerTable}); null otherwise (the attention's own RoPE, a constant).
 */
public record SequenceShard(Instruction positions, Instruction ringIndex, RunShape shape,
    ImmutableList<SourceTarget> ringPairs, Instruction segmentIds, Instruction documentPositions,
    Instruction window, ImmutableList<Long> layerWindows, Rope.LayerTable layerRope) {

  public SequenceShard(Instruction positions, Instruction ringIndex, RunShape shape,
      ImmutableList<SourceTarget> ringPairs) {
    this(positions, ringIndex, shape, ringPairs, null, null, null, ImmutableList.of(0L), null);
  }

  /** This shard with this layer's RoPE, when RoPE differs from layer to layer. */
  SequenceShard withLayerRope(Rope.LayerTable rope) {
    return new SequenceShard(positions, ringIndex, shape, ringPairs, segmentIds, documentPositions, window, layerWindows,
        rope);
  }

  /** The whole sequence on one device. */
  public static SequenceShard local(Instruction positions) {
    return new SequenceShard(positions, null, null, ImmutableList.of());
  }

  /** This shard with packed documents' segment ids (the whole ring's) and local document positions. */
  public SequenceShard withDocuments(Instruction segmentIds, Instruction documentPositions) {
    return new SequenceShard(positions, ringIndex, shape, ringPairs, segmentIds, documentPositions, window,
        layerWindows, layerRope);
  }

  /**
   * This shard with a sliding window of {@code size} keys ({@code s32[]}), at most {@code widest} in
   * every layer (0: some layer sees the whole sequence).
   */
  public SequenceShard withWindow(Instruction size, long widest) {
    return withWindow(size, ImmutableList.of(widest));
  }

  /**
   * This shard with a sliding window of {@code size} keys ({@code s32[]}), which takes one of
   * {@code windows} in every layer (0: the whole sequence; {@link RingLayout#layerWindows}).
   */
  public SequenceShard withWindow(Instruction size, List<Long> windows) {
    checkArgument(!windows.isEmpty(), "sequence shard: no layer windows");
    return new SequenceShard(positions, ringIndex, shape, ringPairs, segmentIds, documentPositions, size,
        ImmutableList.copyOf(windows), layerRope);
  }

  /**
   * The ring steps that pass key/value blocks on in the layers' ring-step loops, fewest first
   * ({@link RingLayout#passingCounts}): {@code [N-1]} without a window; fewer where a layer's window
   * ends before the blocks of the later steps; {@code [0]} on one device.
   */
  public ImmutableList<Integer> passingCounts() {
    return shape == null ? ImmutableList.of(0) : RingLayout.passingCounts(shape, layerWindows);
  }

  /**
   * Which of {@link #passingCounts} this layer runs ({@code s32[]}), from its {@link #window}: the
   * number of counts after the first whose smallest window this layer's reaches (a layer's count
   * grows with its window, and a layer without one has a window no shorter than the sequence).
   * Only for a windowed shard with more than one count.
   */
  Instruction kindIndex(XlaBuilder b) {
    ImmutableList<Integer> counts = passingCounts();
    checkArgument(window != null && counts.size() > 1, "sequence shard: one ring-step count %s, no kind to pick",
        counts);
    Instruction index = b.constant(DType.S32, 0);
    for (int k = 1; k < counts.size(); k++) {
      long reach = 0;   // the widest window of the kinds before k: all windowed (0 takes the most steps)
      for (long w : layerWindows) {
        if (w > 0 && RingLayout.passingSteps(shape, w) < counts.get(k)) {
          reach = Math.max(reach, w);
        }
      }
      Instruction atLeast = b.compare(window, b.constant(DType.S32, reach + 1),
          dev.torus.compiler.ir.Attrs.ComparisonDirection.GE);
      index = b.add(index, b.convert(atLeast, DType.S32));
    }
    return b.named("ring_kind_index", index);
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
    return new SequenceShard(instructions.get(0), ring, shape, ringPairs, segments, null, size, layerWindows, null);
  }
}
