package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The gradient rules of one module's instructions that no opcode rule gives: which {@code while}
 * loops are {@link Scan}s (so their backward re-traces the body) and which outputs have a
 * {@link CustomVjp}. Lowerings add to it while they build; reverse-mode differentiation
 * ({@code grad.Vjp}) reads it. It belongs to the module being built, through its
 * {@link LoweringContext}: nothing is global, and modules built side by side never see each
 * other's rules.
 *
 * <p>Rules are keyed by instruction, and instructions are told apart by identity. A pass that
 * re-creates instructions before differentiation hands its old-to-new map to {@link #follow}, which
 * moves every rule, key and held instructions alike, to the new ones. A rule left behind is never
 * silently wrong: differentiation then refuses the loop it described, naming the instruction.
 */
public final class GradientRules {
  private final Map<Instruction, Scan.Forward> scans = new IdentityHashMap<>();
  private final Map<Instruction, CustomVjp> customs = new IdentityHashMap<>();

  /** Records that {@code loop}, a {@code while} instruction, runs the scan {@code forward}. */
  void addScan(Instruction loop, Scan.Forward forward) {
    checkArgument(loop.opcode() == Opcode.WHILE, "scan %s: %s is a %s, not a while loop", forward.name(), loop.name(),
        loop.opcode());
    checkArgument(scans.putIfAbsent(loop, forward) == null, "scan %s: loop %s already runs a scan", forward.name(),
        loop.name());
  }

  /** Gives {@code output} the gradient {@code rule} instead of its ops' rules; returns {@code output}. */
  public Instruction addCustom(Instruction output, CustomVjp rule) {
    checkArgument(customs.putIfAbsent(output, rule) == null, "custom vjp: %s already has a gradient rule",
        output.name());
    return output;
  }

  /** The scan that {@code loop} runs, if a scan built it. */
  public Optional<Scan.Forward> scan(Instruction loop) {
    return Optional.ofNullable(scans.get(loop));
  }

  /** The custom gradient of {@code output}, if a lowering gave it one. */
  public Optional<CustomVjp> custom(Instruction output) {
    return Optional.ofNullable(customs.get(output));
  }

  /**
   * Moves every rule to the instructions a pass re-created: each key and each instruction a rule
   * holds becomes its image under {@code recreated}; instructions it does not map stay.
   */
  public void follow(Map<Instruction, Instruction> recreated) {
    UnaryOperator<Instruction> now = i -> recreated.getOrDefault(i, i);
    Map<Instruction, Scan.Forward> movedScans = new IdentityHashMap<>();
    scans.forEach((loop, f) -> movedScans.put(now.apply(loop), f.replaced(now)));
    Map<Instruction, CustomVjp> movedCustoms = new IdentityHashMap<>();
    customs.forEach((output, rule) -> movedCustoms.put(now.apply(output), rule.replaced(now)));
    scans.clear();
    scans.putAll(movedScans);
    customs.clear();
    customs.putAll(movedCustoms);
  }
}
