package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a {@link Scan} body marks with {@link #keep} so that its backward reads them instead
 * of computing them again (the residuals a {@link Remat} policy saves). While a scan's forward body
 * is built, every kept value is recorded, and the scan stores it per iteration; while its backward
 * re-traces the body, {@link #keep} answers the stored value of that iteration instead, and
 * differentiation still reaches what the value was computed from (so the recomputed product is
 * dead and XLA drops it). Outside a scan body, {@link #keep} returns its value.
 */
public final class Residuals {
  private final GradientRules rules;
  private final Map<XlaBuilder, Frame> frames = new IdentityHashMap<>();

  Residuals(GradientRules rules) {
    this.rules = rules;
  }

  private static final class Frame {
    final List<Instruction> recorded = new ArrayList<>();
    final List<Instruction> stacks;   // null while recording
    final Instruction iteration;
    int next;

    Frame(List<Instruction> stacks, Instruction iteration) {
      this.stacks = stacks;
      this.iteration = iteration;
    }
  }

  /**
   * {@code value}, built in {@code b}: recorded when {@code b} builds a scan's forward body,
   * the stored one of this iteration when {@code b} re-traces it in the backward.
   */
  public Instruction keep(XlaBuilder b, Instruction value) {
    return keep(b, value, value.arrayShape().elementType());
  }

  /**
   * {@link #keep(XlaBuilder, Instruction)}, stored as {@code storedAs}: the forward goes on with
   * {@code value} as it is, the stack holds it converted, and the re-traced body reads it back
   * converted to {@code value}'s type.
   */
  public Instruction keep(XlaBuilder b, Instruction value, DType storedAs) {
    Frame f = frames.get(b);
    if (f == null) {
      return value;
    }
    if (f.stacks == null) {
      f.recorded.add(value.arrayShape().elementType() == storedAs ? value : b.convert(value, storedAs));
      return value;
    }
    checkState(f.next < f.stacks.size(), "residuals: the re-traced body keeps more than the %s values its forward"
        + " kept (%s)", f.stacks.size(), value.name());
    Instruction stack = f.stacks.get(f.next++);
    checkState(stack.arrayShape().dims().subList(1, stack.arrayShape().rank()).equals(value.arrayShape().dims())
        && stack.arrayShape().elementType() == storedAs,
        "residuals: kept value %s is %s stored as %s but its stack is %s", value.name(), value.shape(), storedAs,
        stack.shape());
    Instruction saved = Scan.savedAt(b, stack, value.arrayShape(), f.iteration);
    if (value.arrayShape().elementType().isFloating()) {
      rules.addCustom(saved, CustomVjp.of(List.of(value), List.of(), (gb, r, g) -> Arrays.asList(g)));
    }
    return saved;
  }

  /** Starts recording what the body built in {@code b} keeps. */
  void record(XlaBuilder b) {
    checkArgument(frames.putIfAbsent(b, new Frame(null, null)) == null, "residuals: %s already keeps", b);
  }

  /** Stops recording in {@code b}; returns what it kept, in order. */
  ImmutableList<Instruction> recorded(XlaBuilder b) {
    Frame f = frames.remove(b);
    checkState(f != null && f.stacks == null, "residuals: %s was not recording", b);
    return ImmutableList.copyOf(f.recorded);
  }

  /** Starts answering the body re-traced in {@code b} with iteration {@code i} of {@code stacks}. */
  public void replay(XlaBuilder b, List<Instruction> stacks, Instruction i) {
    checkArgument(frames.putIfAbsent(b, new Frame(ImmutableList.copyOf(stacks), i)) == null,
        "residuals: %s already keeps", b);
  }

  /** Stops answering in {@code b}, checking that the re-traced body kept every stored value. */
  public void endReplay(XlaBuilder b) {
    Frame f = frames.remove(b);
    checkState(f != null && f.stacks != null, "residuals: %s was not replaying", b);
    checkState(f.next == f.stacks.size(), "residuals: the re-traced body kept %s of the %s values its forward kept",
        f.next, f.stacks.size());
  }
}
