package dev.torus.compiler.ir;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import java.util.Set;

/** The shape rule of {@code dot} with general dimension numbers. */
final class DotShapes {
  private DotShapes() {}

  /**
   * Result = batch dimensions (in lhs order), then lhs free dimensions, then rhs free dimensions,
   * each in ascending order. The result element type is the declared one (mixed precision, e.g. bf16
   * operands into f32) or the operands' type.
   */
  static Shape infer(ShapeInference.Rule r, Attrs.Dot d, Shape declared) {
    r.count(2);
    ArrayShape lhs = r.array(0);
    ArrayShape rhs = r.array(1);
    r.check(lhs.elementType() == rhs.elementType(), "operand types differ: %s and %s", lhs, rhs);
    Set<Integer> lhsUsed = r.uniqueInRange(concat(d.lhsBatch(), d.lhsContracting()), lhs.rank(), "lhs");
    Set<Integer> rhsUsed = r.uniqueInRange(concat(d.rhsBatch(), d.rhsContracting()), rhs.rank(), "rhs");
    for (int i = 0; i < d.lhsBatch().size(); i++) {
      long a = lhs.dim(d.lhsBatch().get(i));
      long b = rhs.dim(d.rhsBatch().get(i));
      r.check(a == b, "batch dimension %s of lhs %s (size %s) and %s of rhs %s (size %s) differ",
          d.lhsBatch().get(i), lhs, a, d.rhsBatch().get(i), rhs, b);
    }
    for (int i = 0; i < d.lhsContracting().size(); i++) {
      long a = lhs.dim(d.lhsContracting().get(i));
      long b = rhs.dim(d.rhsContracting().get(i));
      r.check(a == b, "contracting dimension %s of lhs %s (size %s) and %s of rhs %s (size %s) differ",
          d.lhsContracting().get(i), lhs, a, d.rhsContracting().get(i), rhs, b);
    }
    ImmutableList.Builder<Long> dims = ImmutableList.builder();
    d.lhsBatch().forEach(i -> dims.add(lhs.dim(i)));
    for (int i = 0; i < lhs.rank(); i++) {
      if (!lhsUsed.contains(i)) {
        dims.add(lhs.dim(i));
      }
    }
    for (int i = 0; i < rhs.rank(); i++) {
      if (!rhsUsed.contains(i)) {
        dims.add(rhs.dim(i));
      }
    }
    DType type = declared == null ? lhs.elementType() : declared.asArray(r.context).elementType();
    ArrayShape result = new ArrayShape(type, dims.build());
    r.check(declared == null || result.equals(declared), "declared result %s, dimension numbers give %s", declared, result);
    return result;
  }

  private static ImmutableList<Integer> concat(ImmutableList<Integer> a, ImmutableList<Integer> b) {
    return ImmutableList.<Integer>builder().addAll(a).addAll(b).build();
  }
}
