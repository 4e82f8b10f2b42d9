package dev.torus.compiler.ir;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import java.util.ArrayList;
import java.util.List;

/** The shape rule of {@code gather} (XLA's semantics, without batching dimensions). */
final class GatherShapes {
  private GatherShapes() {}

  static Shape infer(ShapeInference.Rule r, Attrs.Gather g) {
    r.count(2);
    ArrayShape operand = r.array(0);
    ArrayShape indices = r.array(1);
    r.check(indices.elementType() == DType.S32 || indices.elementType() == DType.U32,
        "indices must be s32 or u32, got %s", indices);
    r.check(g.indexVectorDim() >= 0 && g.indexVectorDim() <= indices.rank(),
        "index_vector_dim %s out of range for indices %s", g.indexVectorDim(), indices);
    long vectorSize = g.indexVectorDim() == indices.rank() ? 1 : indices.dim(g.indexVectorDim());
    r.check(g.startIndexMap().size() == vectorSize,
        "start_index_map %s must have one entry per index vector element (%s)", g.startIndexMap(), vectorSize);
    r.uniqueInRange(g.startIndexMap(), operand.rank(), "start_index_map");
    r.uniqueInRange(g.collapsedSliceDims(), operand.rank(), "collapsed_slice_dims");
    r.check(g.sliceSizes().size() == operand.rank(), "slice_sizes %s must have one size per dimension of %s",
        g.sliceSizes(), operand);
    List<Long> offsets = new ArrayList<>();
    for (int d = 0; d < operand.rank(); d++) {
      long size = g.sliceSizes().get(d);
      r.check(size >= 0 && size <= operand.dim(d), "slice size %s of dimension %s exceeds %s", size, d, operand);
      if (g.collapsedSliceDims().contains(d)) {
        r.check(size == 1, "collapsed dimension %s must have slice size 1, has %s", d, size);
      } else {
        offsets.add(size);
      }
    }
    r.check(g.offsetDims().size() == offsets.size(), "offset_dims %s must list the %s uncollapsed slice dimensions",
        g.offsetDims(), offsets.size());
    List<Long> batch = new ArrayList<>();
    for (int d = 0; d < indices.rank(); d++) {
      if (d != g.indexVectorDim()) {
        batch.add(indices.dim(d));
      }
    }
    int rank = batch.size() + offsets.size();
    r.uniqueInRange(g.offsetDims(), rank, "offset_dims");
    ImmutableList.Builder<Long> dims = ImmutableList.builder();
    int nextBatch = 0;
    int nextOffset = 0;
    for (int d = 0; d < rank; d++) {
      dims.add(g.offsetDims().contains(d) ? offsets.get(nextOffset++) : batch.get(nextBatch++));
    }
    return operand.withDims(dims.build());
  }
}
