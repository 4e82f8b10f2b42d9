package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.grad.Vjp;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.BlockwiseAttention;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.Scan;
import dev.torus.compiler.lower.SequenceShard;
import dev.torus.compiler.lower.TensorRules;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.Layers;
import dev.torus.dsl.Norm;
import dev.torus.dsl.tensor.TensorFunction;
import dev.torus.dsl.tensor.Tensors;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every vector-Jacobian rule against central finite differences, evaluated by real XLA (the
 * harness, CPU): for each function f and random directions v, the program computes both
 * {@code <grad f(x), v>} from {@link Vjp} and {@code (f(x + eps v) - f(x - eps v)) / (2 eps)}. A wrong
 * rule is off by O(1); f32 rounding and the O(eps^2) truncation stay far below the tolerance.
 */
class GradientTest {
  static final Path WORK = Path.of("target/xla-harness/gradients").toAbsolutePath();
  static final int DIRECTIONS = 3;
  static final double EPS = 1e-2;
  static final double TOLERANCE = 5e-3;

  /** A scalar function of some inputs, built into a computation. */
  interface Fn {
    Instruction apply(LoweringContext ctx, XlaBuilder b, List<Instruction> in);
  }

  record Case(String name, List<ArrayShape> inputs, Fn f) {}

  /** h_{i+1} = tanh(W h_i + U[i]) over 6 steps: the hidden state saved per step, W and U invariant. */
  static Scan.Forward rnn(LoweringContext ctx, XlaBuilder b, List<Instruction> in) {
    return Scan.forward(ctx, b, "rnn", 6, List.of(in.get(0), in.get(1), in.get(2)),
        List.of(Scan.Role.SAVED, Scan.Role.INVARIANT, Scan.Role.INVARIANT), (body, i, c) -> {
          Instruction u = body.reshape(body.dynamicSlice(c.get(2), List.of(i, body.constant(DType.S32, 0)), 1, 4), 4);
          Instruction wh = body.dot(c.get(1), c.get(0), ctx.dot(Attrs.Dot.of(new int[0], new int[] {1}, new int[0],
              new int[] {0})));
          return List.of(body.tanh(body.add(wh, u)), c.get(1), c.get(2));
        });
  }

  /** Three chunks of two rows each: y = tanh(x_chunk W) written into its own rows of the output. */
  static Scan.Forward chunkedMap(LoweringContext ctx, XlaBuilder b, List<Instruction> in) {
    return Scan.forward(ctx, b, "rows", 3, List.of(in.get(0), in.get(1), full(b, f32(6, 5), 0)),
        List.of(Scan.Role.INVARIANT, Scan.Role.INVARIANT, Scan.Role.OWN_SLICES), (body, i, c) -> {
          Instruction zero = body.constant(DType.S32, 0);
          Instruction at = body.multiply(i, body.constant(DType.S32, 2));
          Instruction rows = body.dynamicSlice(c.get(0), List.of(at, zero), 2, 4);
          Instruction y = body.tanh(body.dot(rows, c.get(1), ctx.dot(Attrs.Dot.of(new int[0], new int[] {1}, new int[0],
              new int[] {0}))));
          return List.of(c.get(0), c.get(1), body.dynamicUpdateSlice(c.get(2), y, List.of(at, zero)));
        });
  }

  static Instruction loss(LoweringContext ctx, XlaBuilder b, Instruction x) {
    return sum(ctx, b, b.sine(b.multiply(x, x)));
  }

  static ArrayShape f32(long... dims) {
    return Shape.array(DType.F32, dims);
  }

  static Instruction sum(LoweringContext ctx, XlaBuilder b, Instruction x) {
    int[] all = new int[x.arrayShape().rank()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return b.reduce(x, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), all);
  }

  static Instruction full(XlaBuilder b, ArrayShape s, double v) {
    return b.broadcast(b.constant(DType.F32, v), s);
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("swiglu_mlp", List.of(f32(4, 8), f32(16, 8), f32(16, 8), f32(8, 16)), (ctx, b, in) -> {
      Attrs.Dot linear = ctx.dot(Attrs.Dot.of(new int[0], new int[] {1}, new int[0], new int[] {1}));
      Instruction gate = b.dot(in.get(0), in.get(1), linear);
      Instruction up = b.dot(in.get(0), in.get(2), linear);
      Instruction h = b.multiply(b.multiply(gate, b.logistic(gate)), up);
      return sum(ctx, b, b.tanh(b.dot(h, in.get(3), linear)));
    }));
    cases.add(new Case("rms_norm", List.of(f32(4, 8), f32(8)), (ctx, b, in) -> {
      Instruction x = in.get(0);
      Instruction ms = b.divide(b.reduce(b.multiply(x, x), b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 1),
          full(b, f32(4), 8));
      Instruction r = b.rsqrt(b.add(ms, full(b, f32(4), 1e-5)));
      Instruction y = b.multiply(b.multiply(x, b.broadcast(r, f32(4, 8), 0)), b.broadcast(in.get(1), f32(4, 8), 1));
      return sum(ctx, b, b.sine(y));
    }));
    cases.add(new Case("stable_softmax", List.of(f32(4, 8)), (ctx, b, in) -> {
      Instruction x = in.get(0);
      Instruction m = b.reduce(x, b.constant(DType.F32, Double.NEGATIVE_INFINITY), ctx.reducer(Opcode.MAXIMUM), 1);
      Instruction e = b.exponential(b.subtract(x, b.broadcast(m, f32(4, 8), 0)));
      Instruction p = b.divide(e, b.broadcast(b.reduce(e, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 1),
          f32(4, 8), 0));
      Instruction weights = b.convert(b.iota(Shape.array(DType.S32, 4, 8), 1), DType.F32);
      return sum(ctx, b, b.multiply(b.log(b.add(p, full(b, f32(4, 8), 1))), weights));
    }));
    cases.add(new Case("batched_attention", List.of(f32(2, 4, 8), f32(2, 6, 8), f32(2, 6, 8)), (ctx, b, in) -> {
      Instruction s = b.dot(in.get(0), in.get(1),
          ctx.dot(Attrs.Dot.of(new int[] {0}, new int[] {2}, new int[] {0}, new int[] {2})));   // [2, 4, 6]
      Instruction e = b.exponential(s);
      Instruction p = b.divide(e, b.broadcast(b.reduce(e, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 2),
          f32(2, 4, 6), 0, 1));
      Instruction o = b.dot(p, in.get(2),
          ctx.dot(Attrs.Dot.of(new int[] {0}, new int[] {2}, new int[] {0}, new int[] {1})));   // [2, 4, 8]
      Instruction t = b.transpose(o, 2, 0, 1);                                                  // [8, 2, 4]
      Instruction weights = b.convert(b.iota(Shape.array(DType.S32, 8, 2, 4), 0), DType.F32);
      return b.add(sum(ctx, b, b.multiply(t, weights)), sum(ctx, b, b.multiply(o, o)));
    }));
    cases.add(new Case("slices_and_updates", List.of(f32(6, 8), f32(2, 8)), (ctx, b, in) -> {
      Instruction x = in.get(0);
      Instruction top = b.sliceInDim(x, 1, 4, 0);                                               // [3, 8]
      Instruction one = b.constant(DType.S32, 2);
      Instruction zero = b.constant(DType.S32, 0);
      Instruction mid = b.dynamicSlice(x, List.of(one, zero), 3, 8);                            // [3, 8]
      Instruction updated = b.dynamicUpdateSlice(x, b.multiply(in.get(1), in.get(1)), List.of(one, zero));
      Instruction joined = b.concatenate(0, top, mid);                                          // [6, 8]
      return b.add(sum(ctx, b, b.sine(b.multiply(joined, updated))), sum(ctx, b, b.cosine(b.reshape(updated, 48))));
    }));
    cases.add(new Case("choices_and_powers", List.of(f32(4, 8), f32(4, 8)), (ctx, b, in) -> {
      Instruction x = in.get(0);
      Instruction y = in.get(1);
      Instruction big = b.maximum(x, y);
      Instruction small = b.minimum(x, b.multiply(y, full(b, f32(4, 8), 0.5)));
      Instruction chosen = b.select(b.compare(x, full(b, f32(4, 8), 0), ComparisonDirection.GT), x,
          b.negate(b.multiply(y, full(b, f32(4, 8), 2))));
      Instruction one = full(b, f32(4, 8), 1);
      Instruction pow = b.power(b.add(b.abs(x), one), b.multiply(y, full(b, f32(4, 8), 0.3)));
      Instruction root = b.sqrt(b.add(b.multiply(y, y), one));
      Instruction all = b.add(b.add(b.multiply(big, small), b.multiply(chosen, pow)), b.divide(root, b.add(pow, one)));
      Instruction rowMax = b.reduce(b.multiply(x, y), b.constant(DType.F32, Double.NEGATIVE_INFINITY),
          ctx.reducer(Opcode.MAXIMUM), 1);
      return b.add(sum(ctx, b, all), sum(ctx, b, b.multiply(rowMax, rowMax)));
    }));
    // Layers written with the tensor DSL get gradients through the same rules: a built-in norm and
    // feedforward, and a user's own layer.
    TensorFunction norm = Layers.norm("norm", 8, Norm.layer(1e-5));
    TensorFunction mlp = Layers.feedForward("mlp", 8, FeedForward.gelu(16));
    TensorFunction custom = Tensors.define("scaled_silu", 8, t -> t.input().silu().mul(t.param("scale", 8)));
    cases.add(new Case("tensor_dsl_layers", List.of(f32(3, 8), f32(8), f32(8), f32(16, 8), f32(16), f32(8, 16), f32(8),
        f32(8)), (ctx, b, in) -> {
          Instruction h = TensorRules.apply(ctx, b, norm, in.get(0), Map.of("weight", in.get(1), "bias", in.get(2)));
          h = TensorRules.apply(ctx, b, mlp, h, Map.of("up_proj.weight", in.get(3), "up_proj.bias", in.get(4),
              "down_proj.weight", in.get(5), "down_proj.bias", in.get(6)));
          return sum(ctx, b, b.sine(TensorRules.apply(ctx, b, custom, h, Map.of("scale", in.get(7)))));
        }));
    cases.add(new Case("embedding_rows", List.of(f32(10, 4), f32(6, 4)), (ctx, b, in) -> {
      // Rows 3 and 7 are looked up twice: their cotangents must add up (a scatter-add).
      Instruction ids = b.constant(Literal.of(Shape.array(DType.S32, 6), 3, 7, 0, 3, 9, 7));
      Instruction rows = b.gatherRows(in.get(0), ids);                                        // [6, 4]
      return sum(ctx, b, b.sine(b.multiply(rows, in.get(1))));
    }));
    // Blockwise attention: its custom backward recomputes the scores from the log-sum-exp.
    for (boolean causal : new boolean[] {true, false}) {
      for (int group : new int[] {1, 2}) {
        int hkv = 2 / group;
        cases.add(new Case("attention_" + (causal ? "causal" : "full") + "_g" + group,
            List.of(f32(1, hkv, group, 32, 8), f32(1, hkv, 32, 8), f32(1, hkv, 32, 8)), (ctx, b, in) -> {
              SequenceShard shard = SequenceShard.local(b.iota(Shape.array(DType.S32, 32), 0));
              Instruction o = BlockwiseAttention.core(ctx, b, in.get(0), in.get(1), in.get(2), shard, causal,
                  BlockSizes.of(8, 8, 8));
              return sum(ctx, b, b.sine(b.multiply(o, full(b, o.arrayShape(), 2))));
            }));
      }
    }
    // Loops built as scans: Vjp pulls the cotangents through them (Scan.backward re-traces each body).
    cases.add(new Case("rnn_scan", List.of(f32(4), f32(4, 4), f32(6, 4)),
        (ctx, b, in) -> loss(ctx, b, rnn(ctx, b, in).outputs().get(0))));
    cases.add(new Case("chunked_map_scan", List.of(f32(6, 4), f32(4, 5)),
        (ctx, b, in) -> loss(ctx, b, chunkedMap(ctx, b, in).outputs().get(2))));
    cases.add(new Case("nested_scans", List.of(f32(4), f32(4, 4), f32(6, 4)), (ctx, b, in) -> {
      // Two outer steps, each running the rnn from the state the previous one left, U shifted by W.
      Scan.Forward outer = Scan.forward(ctx, b, "outer", 2, List.of(in.get(0), in.get(1), in.get(2)),
          List.of(Scan.Role.SAVED, Scan.Role.INVARIANT, Scan.Role.SAVED), (body, i, c) -> {
            Scan.Forward inner = rnn(ctx, body, c);
            Instruction u = body.add(c.get(2), body.broadcast(body.reduce(c.get(1), body.constant(DType.F32, 0),
                ctx.reducer(Opcode.ADD), 0), f32(6, 4), 1));
            return List.of(inner.outputs().get(0), c.get(1), body.tanh(u));
          });
      return b.add(loss(ctx, b, outer.outputs().get(0)), loss(ctx, b, outer.outputs().get(2)));
    }));
    return cases;
  }

  @Test
  void everyRuleAgreesWithFiniteDifferencesInRealXla() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<Program> programs = new ArrayList<>();
    Map<String, Path> outputs = new LinkedHashMap<>();
    long seed = 1;
    for (Case c : cases()) {
      HloModule m = program(c);
      Path hlo = WORK.resolve(c.name() + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(m));
      List<Input> inputs = new ArrayList<>();
      for (int k = 0; k <= DIRECTIONS; k++) {   // k = 0: the point; then the directions
        for (int i = 0; i < c.inputs().size(); i++) {
          long[] dims = c.inputs().get(i).dims().stream().mapToLong(Long::longValue).toArray();
          Path npy = WORK.resolve(c.name() + ".in" + k + "_" + i + ".npy");
          Npy.write(npy, RandomTensors.randomTensor(seed++, 1f, dims));
          inputs.add(Input.replicated(npy));
        }
      }
      Path out = WORK.resolve(c.name() + ".out.npy");
      outputs.put(c.name(), out);
      programs.add(new Program(c.name(), hlo, 1, inputs, List.of(Output.first(out))));
      // The same program as StableHLO (what TensorFlow Java and PJRT take) must compute the same.
      Path mlir = WORK.resolve(c.name() + ".stablehlo.mlir");
      Files.writeString(mlir, StableHloPrinter.print(m));
      programs.add(Program.stablehlo(c.name() + ".stablehlo", mlir, 1, inputs,
          List.of(Output.first(WORK.resolve(c.name() + ".stablehlo.out.npy")))));
    }
    XlaHarness.Summary summary = harness.run(programs, WORK);
    StringBuilder report = new StringBuilder();
    for (Case c : cases()) {
      XlaHarness.ProgramResult r = summary.program(c.name());
      assertTrue(r.ok(), c.name() + ": " + r.error());
      XlaHarness.ProgramResult viaStableHlo = summary.program(c.name() + ".stablehlo");
      assertTrue(viaStableHlo.ok(), c.name() + " as StableHLO: " + viaStableHlo.error());
      float[] v = Npy.read(outputs.get(c.name())).toFloats();
      float[] w = Npy.read(WORK.resolve(c.name() + ".stablehlo.out.npy")).toFloats();
      for (int k = 0; k < v.length; k++) {
        assertTrue(Math.abs(v[k] - w[k]) <= 1e-5 * Math.max(1, Math.abs(v[k])), c.name() + ": HLO " + v[k]
            + " vs StableHLO " + w[k]);
      }
      for (int k = 0; k < DIRECTIONS; k++) {
        double analytic = v[k];
        double numeric = v[DIRECTIONS + k];
        double scale = Math.max(1e-3, Math.max(Math.abs(analytic), Math.abs(numeric)));
        report.append(String.format(java.util.Locale.ROOT, "%s direction %d: vjp %.6g, finite difference %.6g%n",
            c.name(), k, analytic, numeric));
        assertTrue(Math.abs(analytic - numeric) <= TOLERANCE * scale, c.name() + " direction " + k + ": vjp "
            + analytic + " vs finite difference " + numeric);
      }
    }
    System.out.print(report);
  }

  /** Inputs: the point, then DIRECTIONS directions; output f32[2 * DIRECTIONS]: <grad, v_k>, then the differences. */
  static HloModule program(Case c) {
    HloModuleBuilder module = new HloModuleBuilder("grad_" + c.name(), 1);
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    int n = c.inputs().size();
    List<List<Instruction>> params = new ArrayList<>();
    for (int k = 0; k <= DIRECTIONS; k++) {
      List<Instruction> group = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        group.add(b.parameter(k * n + i, c.inputs().get(i), "p" + k + "_" + i));
      }
      params.add(group);
    }
    List<Instruction> x = params.get(0);
    List<Instruction> grads = Vjp.reverse(ctx, b, c.f().apply(ctx, b, x), b.constant(DType.F32, 1), x);
    List<Instruction> pieces = new ArrayList<>();
    List<Instruction> differences = new ArrayList<>();
    for (int k = 1; k <= DIRECTIONS; k++) {
      Instruction dot = b.constant(DType.F32, 0);
      List<Instruction> plus = new ArrayList<>();
      List<Instruction> minus = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Instruction dir = params.get(k).get(i);
        dot = b.add(dot, sum(ctx, b, b.multiply(grads.get(i), dir)));
        Instruction step = b.multiply(dir, full(b, dir.arrayShape(), EPS));
        plus.add(b.add(x.get(i), step));
        minus.add(b.subtract(x.get(i), step));
      }
      pieces.add(b.reshape(dot, 1));
      Instruction diff = b.divide(b.subtract(c.f().apply(ctx, b, plus), c.f().apply(ctx, b, minus)),
          b.constant(DType.F32, 2 * EPS));
      differences.add(b.reshape(diff, 1));
    }
    pieces.addAll(differences);
    return module.build(b.build(b.concatenate(0, pieces.toArray(Instruction[]::new))));
  }
}
