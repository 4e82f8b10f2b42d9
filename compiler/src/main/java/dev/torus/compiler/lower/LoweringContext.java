package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.HashMap;
import java.util.Map;

/**
 * What every lowering rule of one module shares: the module builder, its scalar reducers and the
 * gradient rules its lowerings leave for differentiation.
 */
public final class LoweringContext {
  private final HloModuleBuilder module;
  private final DType matmulType;
  private final Attrs.Precision precision;
  private final boolean training;
  private final Map<Opcode, Computation> reducers = new HashMap<>();
  private final Map<Opcode, Computation> reducersS32 = new HashMap<>();
  private final GradientRules gradientRules = new GradientRules();
  private final Residuals residuals = new Residuals(gradientRules);
  private final Remat remat;
  private LinearOrder linearOrder = LinearOrder.ACTIVATIONS_FIRST;
  private Target target = Target.DEFAULT;
  private boolean rowSumInMatmul;

  /**
   * The operand order of {@link TensorRules#linear}'s product {@code x W^T} with {@code W [out, in]}.
   * Both give the same numbers; they differ in what XLA's CPU backend does with the stored weight.
   */
  public enum LinearOrder {
    /** {@code dot(x, W)} contracting x's last dimension with W's dimension 1: the form for many rows. */
    ACTIVATIONS_FIRST,
    /**
     * {@code transpose(dot(W, x))}: W is the left operand, contracted along its stored minor
     * dimension, so a product with few rows (a decode step's one token per sequence) reads each
     * weight once where it lies. With {@link #ACTIVATIONS_FIRST} and one row, the XLA of TensorFlow
     * 2.18 makes the product vector-by-matrix and writes a transposed copy of every weight at every
     * call (then reads it again); only the small {@code [rows, out]} result is transposed here.
     */
    WEIGHTS_FIRST
  }

  /**
   * @param paramType the model's parameter type. f32 models multiply in f32 and ask for
   *     {@code HIGHEST} precision, so TPUs and GPUs compute as the CPU does; bf16 models feed bf16
   *     operands to the attention's matrix products too (f32 accumulation, default precision).
   */
  public LoweringContext(HloModuleBuilder module, DType paramType) {
    this(module, paramType, false);
  }

  /**
   * @param training whether the program will be differentiated: loops then keep what their
   *     backward needs (the layer loop its layer inputs); a forward-only program keeps nothing
   */
  public LoweringContext(HloModuleBuilder module, DType paramType, boolean training) {
    this(module, paramType, training, Remat.LAYER_INPUTS);
  }

  /** A training context whose loops keep what {@code remat} says for their backward. */
  public LoweringContext(HloModuleBuilder module, DType paramType, boolean training, Remat remat) {
    this.remat = remat;
    this.module = module;
    this.matmulType = paramType;
    this.precision = precisionFor(paramType);
    this.training = training;
  }

  /** The operand order of this module's {@code linear} products; {@link LinearOrder#ACTIVATIONS_FIRST} unless set. */
  public LinearOrder linearOrder() {
    return linearOrder;
  }

  /** Sets the operand order of the {@code linear} products lowered from now on. */
  public LoweringContext linearOrder(LinearOrder order) {
    this.linearOrder = order;
    return this;
  }

  /** The backend this module is lowered for; {@link Target#DEFAULT} unless set. */
  public Target target() {
    return target;
  }

  /** Sets the backend the attention lowered from now on is for. */
  public LoweringContext target(Target t) {
    this.target = java.util.Objects.requireNonNull(t, "target");
    return this;
  }

  /**
   * Whether the online softmax computes its row sums on the matrix unit: each key block's values get
   * a column of ones, so {@code e^(S - m') [V | 1]} yields the PV product and the row sum in one
   * matmul, and the running denominator rides in the accumulator's extra column through the key-block
   * loop (see {@link OnlineSoftmax#updateWithRowSum}). The exponentials then have one consumer and
   * fuse into that matmul, where the standard form writes and reads the f32 score block again for the
   * separate row sum. A TPU formulation: the libtpu cost model puts it at 0.4–0.6x of the standard key-block
   * iteration on v5e/v6e (bench/results/03-tpu-cost.md). Off by default (CPU programs stay as they were).
   */
  public boolean rowSumInMatmul() {
    return rowSumInMatmul;
  }

  /** Sets {@link #rowSumInMatmul()} for the attention lowered from now on. */
  public LoweringContext rowSumInMatmul(boolean on) {
    this.rowSumInMatmul = on;
    return this;
  }

  public boolean training() {
    return training;
  }

  /** What the loops of a training program keep for their backward. */
  public Remat remat() {
    return remat;
  }

  /** Whether loop bodies save the {@link #keep kept} values per iteration. */
  boolean savesResiduals() {
    return training && remat != Remat.LAYER_INPUTS;
  }

  /**
   * {@code value}, a matrix product's output or attention's output built in {@code b}, marked for the
   * remat policy: a loop's backward reads it as saved instead of recomputing it when the policy saves
   * residuals (see {@link Residuals}). An f32 value is saved in bf16 when the products compute in bf16
   * (bf16 saved activations under {@code --precision bf16-mixed}, as the layer inputs are); the forward
   * goes on with the f32 value.
   */
  public Instruction keep(XlaBuilder b, Instruction value) {
    return residuals.keep(b, value, Scan.storedType(this, value.arrayShape()));
  }

  /** {@link #keep}, saved in its own type: attention's softmax statistics, which must not be rounded. */
  public Instruction keepExact(XlaBuilder b, Instruction value) {
    return residuals.keep(b, value);
  }

  /**
   * {@code value}, any intermediate of a layer built in {@code b} (a norm's or activation's result, the
   * attention heads): kept as {@link #keep} does under {@link Remat#NONE}, which keeps every residual;
   * returned as it is under the other policies, whose backward computes it again.
   */
  public Instruction keepAll(XlaBuilder b, Instruction value) {
    return training && remat.keepsEverything() ? residuals.keep(b, value) : value;
  }

  /** The kept values of the loop bodies being built. */
  public Residuals residuals() {
    return residuals;
  }

  /**
   * The operand type of attention's matrix products (QK^T and PV; results are f32): the parameter
   * type, so a bf16 model also moves half the bytes around the ring.
   */
  public DType matmulType() {
    return matmulType;
  }

  /** The precision for parameters of {@code type}: HIGHEST for f32, DEFAULT otherwise. */
  public static Attrs.Precision precisionFor(DType type) {
    return type == DType.F32 ? Attrs.Precision.HIGHEST : Attrs.Precision.DEFAULT;
  }

  /** A dot of these dimension numbers at this module's precision. */
  public Attrs.Dot dot(Attrs.Dot dims) {
    return dims.withPrecision(precision);
  }

  public HloModuleBuilder module() {
    return module;
  }

  /**
   * The gradient rules of this module's instructions beyond the opcode rules (its scans, its custom
   * gradients): lowerings add to them, differentiation reads them.
   */
  public GradientRules gradientRules() {
    return gradientRules;
  }

  /** The s32 scalar add reducer, made once per module. */
  public Computation reducerS32() {
    return reducerS32(Opcode.ADD);
  }

  /** The s32 scalar reducer for {@code op} (add, minimum, maximum), made once per module. */
  public Computation reducerS32(Opcode op) {
    return reducersS32.computeIfAbsent(op, o -> XlaBuilder.scalarReducer(module, o.hloName() + "_s32", o, DType.S32));
  }

  /** The f32 scalar reducer for {@code op} (add, maximum), made once per module. */
  public Computation reducer(Opcode op) {
    return reducers.computeIfAbsent(op, o -> XlaBuilder.scalarReducer(module, o.hloName() + "_f32", o, DType.F32));
  }
}
