package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An HLO {@code conditional} over values: branch k ({@code <name>_<k>}) gets the same values as one
 * tuple parameter and returns its results as a tuple; the s32 index picks the branch (XLA runs the
 * last branch for an index out of range). Each branch is built like a loop body, so a branch may hold
 * loops with static trip counts of its own.
 */
final class Branches {
  /** Builds branch k: given its builder and the values, returns its results. */
  @FunctionalInterface
  interface Branch {
    List<Instruction> apply(XlaBuilder branch, List<Instruction> values);
  }

  private Branches() {}

  /** Runs branch {@code index} of {@code branches} over {@code values} in {@code b}; returns its results. */
  static List<Instruction> run(HloModuleBuilder module, XlaBuilder b, String name, Instruction index,
      List<Instruction> values, List<Branch> branches) {
    checkArgument(branches.size() > 1, "conditional %s: %s branches, expected 2 or more", name, branches.size());
    String outer = b.opName();
    Shape in = Shape.tuple(values.stream().map(Instruction::shape).toList());
    List<Computation> built = new ArrayList<>();
    Shape out = null;
    for (int k = 0; k < branches.size(); k++) {
      XlaBuilder bb = module.computation(name + "_" + k);
      Instruction p = bb.parameter(0, in, "values");
      List<Instruction> inBranch = new ArrayList<>();
      for (int j = 0; j < values.size(); j++) {
        inBranch.add(bb.getTupleElement(p, j));
      }
      List<Instruction> results = branches.get(k).apply(bb, ImmutableList.copyOf(inBranch));
      Instruction root = bb.tuple(results.toArray(Instruction[]::new));
      checkArgument(out == null || out.equals(root.shape()), "conditional %s: branch %s returns %s, branch 0 %s",
          name, k, root.shape(), out);
      out = root.shape();
      built.add(bb.build(root));
    }
    Instruction tuple = b.tuple(values.toArray(Instruction[]::new));
    b.withOpName(outer == null ? name : outer + "/" + name);
    Instruction chosen = b.named(name, b.conditional(index, built, Collections.nCopies(built.size(), tuple)));
    b.withOpName(outer);
    List<Instruction> results = new ArrayList<>();
    int n = ((TupleShape) chosen.shape()).size();
    for (int j = 0; j < n; j++) {
      results.add(b.getTupleElement(chosen, j));
    }
    return results;
  }
}
