package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.HashMap;
import java.util.Map;

/** What every lowering rule of one module shares: the module builder and its scalar reducers. */
public final class LoweringContext {
  private final HloModuleBuilder module;
  private final Map<Opcode, Computation> reducers = new HashMap<>();

  public LoweringContext(HloModuleBuilder module) {
    this.module = module;
  }

  public HloModuleBuilder module() {
    return module;
  }

  /** The f32 scalar reducer for {@code op} (add, maximum), made once per module. */
  public Computation reducer(Opcode op) {
    return reducers.computeIfAbsent(op, o -> XlaBuilder.scalarReducer(module, o.hloName() + "_f32", o, DType.F32));
  }
}
