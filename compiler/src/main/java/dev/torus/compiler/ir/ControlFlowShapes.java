package dev.torus.compiler.ir;

import dev.torus.artifact.DType;
import java.util.List;

/** Shape rules for ops that call computations: while, conditional, and reducers. */
final class ControlFlowShapes {
  private ControlFlowShapes() {}

  /** while(init): condition (S) -> pred[], body (S) -> S; the result is S. */
  static Shape whileLoop(ShapeInference.Rule r, List<Computation> called) {
    r.count(1);
    r.check(called.size() == 2, "needs a condition and a body, got %s computations", called.size());
    Shape state = r.operands.get(0);
    Computation cond = called.get(0);
    Computation body = called.get(1);
    r.check(cond.parameterShapes().equals(List.of(state)),
        "condition %s takes %s, the loop state is %s", cond.name(), cond.parameterShapes(), state);
    r.check(cond.resultShape().equals(Shape.scalar(DType.PRED)),
        "condition %s must return pred[], returns %s", cond.name(), cond.resultShape());
    r.check(body.parameterShapes().equals(List.of(state)),
        "body %s takes %s, the loop state is %s", body.name(), body.parameterShapes(), state);
    r.check(body.resultShape().equals(state),
        "body %s returns %s, the loop state is %s", body.name(), body.resultShape(), state);
    return state;
  }

  /**
   * conditional(index, operand_0, ..., operand_{k-1}): branch i takes operand i; the s32[] index picks
   * a branch, and an index out of range runs the last one.
   */
  static Shape conditional(ShapeInference.Rule r, List<Computation> called) {
    r.check(!called.isEmpty(), "needs at least one branch");
    r.count(1 + called.size());
    ArrayShape index = r.array(0);
    r.check(index.equals(Shape.scalar(DType.S32)), "branch index must be s32[], got %s", index);
    Shape result = called.get(0).resultShape();
    for (int i = 0; i < called.size(); i++) {
      Computation branch = called.get(i);
      r.check(branch.parameterShapes().equals(List.of(r.operands.get(i + 1))),
          "branch %s takes %s, operand %s is %s", branch.name(), branch.parameterShapes(), i + 1, r.operands.get(i + 1));
      r.check(branch.resultShape().equals(result),
          "branch %s returns %s, branch %s returns %s", branch.name(), branch.resultShape(), called.get(0).name(), result);
    }
    return result;
  }

  /** A reducer takes two scalars of {@code type} and returns one. */
  static void checkReducer(ShapeInference.Rule r, List<Computation> called, DType type) {
    r.check(called.size() == 1, "needs one reducer computation, got %s", called.size());
    Computation c = called.get(0);
    Shape scalar = Shape.scalar(type);
    r.check(c.parameterShapes().equals(List.of(scalar, scalar)) && c.resultShape().equals(scalar),
        "reducer %s must be (%s, %s) -> %s, is %s -> %s", c.name(), scalar, scalar, scalar, c.parameterShapes(), c.resultShape());
  }
}
