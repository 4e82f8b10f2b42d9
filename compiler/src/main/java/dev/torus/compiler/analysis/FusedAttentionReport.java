package dev.torus.compiler.analysis;

import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.lower.CudnnAttention;
import dev.torus.dsl.Attention;
import dev.torus.dsl.ModelSpec;

/**
 * What {@code --target gpu} made of a program's attention: how many block-pair sites call XLA's
 * cuDNN fused attention, and which parts stay on Torus's XLA loop and why (masked blocks, soft caps,
 * f32 operands, head sizes cuDNN does not take).
 */
public final class FusedAttentionReport {
  private FusedAttentionReport() {}

  /** The number of instructions in {@code module} that call custom-call {@code target}. */
  public static long calls(HloModule module, String target) {
    return module.allInstructions().stream().filter(i -> i.opcode() == Opcode.CUSTOM_CALL)
        .map(Instruction::attrs).filter(a -> a instanceof Attrs.CustomCall c && c.target().equals(target)).count();
  }

  /** One line: the fused call sites, and what runs the XLA loop instead. */
  public static String describe(HloModule module, ModelSpec model) {
    Attention a = model.attention();
    long sites = calls(module, CudnnAttention.FORWARD);
    String why = CudnnAttention.unsupported(a.headDim(), a.logitSoftCap(), model.paramType());
    if (sites == 0) {
      return "no attention block pair is fused: " + (why == null ? "none runs unmasked" : why)
          + "; all attention runs Torus's XLA loop";
    }
    StringBuilder s = new StringBuilder(sites + " cuDNN fused attention call site(s) (" + CudnnAttention.FORWARD
        + ") for the unmasked block pairs");
    if (a.causal() || a.slidingWindow() != null) {
      s.append("; masked block pairs (the causal diagonal, windows, packed documents) run the XLA loop");
    }
    if (why != null) {
      s.append("; layers with ").append(why).append(" run the XLA loop");
    }
    long backward = calls(module, CudnnAttention.BACKWARD);
    if (backward > 0) {
      s.append("; ").append(backward).append(" backward call site(s) (").append(CudnnAttention.BACKWARD).append(')');
    }
    return s.toString();
  }
}
