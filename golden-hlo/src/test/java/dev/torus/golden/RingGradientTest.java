package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.grad.Vjp;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.BlockwiseAttention;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.lower.SequenceShard;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Attention's backward on a ring of N devices (K, V, dK and dV travelling together, dK and dV sent
 * home at the end), run as an N-device SPMD program by real XLA, against the single-device
 * backward on the whole sequence (itself checked against finite differences in GradientTest).
 */
class RingGradientTest {
  static final Path WORK = Path.of("target/xla-harness/ring-gradients").toAbsolutePath();
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): a ring of N devices vs one device, same dtype. */
  static final double TOLERANCE = 1e-5;
  static final int RING = 4;
  static final int LOCAL = 16;
  static final int DIM = 8;
  static final BlockSizes BLOCKS = BlockSizes.uniform(8);

  record Case(String id, TokenLayout layout, boolean causal, int hkv, int group) {}

  static final List<Case> CASES = List.of(
      new Case("contiguous_causal", TokenLayout.CONTIGUOUS, true, 2, 1),
      new Case("striped_causal_gqa", TokenLayout.STRIPED, true, 1, 2),
      new Case("striped_full", TokenLayout.STRIPED, false, 2, 1));

  @Test
  void ringGradientsEqualOneDevicesOnTheWholeSequence() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    int seq = RING * LOCAL;
    List<Program> programs = new ArrayList<>();
    for (Case c : CASES) {
      long[] qDims = {1, c.hkv, c.group, seq, DIM};
      long[] kDims = {1, c.hkv, seq, DIM};
      HostTensor q = RandomTensors.randomTensor(c.id.length(), 0.5f, qDims);
      HostTensor k = RandomTensors.randomTensor(c.id.length() + 1, 0.5f, kDims);
      HostTensor v = RandomTensors.randomTensor(c.id.length() + 2, 1f, kDims);
      HostTensor dO = RandomTensors.randomTensor(c.id.length() + 3, 1f, qDims);
      // One device, natural order.
      List<Input> one = List.of(write(c.id + ".q", q), write(c.id + ".k", k), write(c.id + ".v", v),
          write(c.id + ".do", dO));
      programs.add(new Program(c.id + ".one", hlo(c.id + ".one", program(c, RunShape.of(1, seq, BLOCKS))), 1, one,
          outputs(c.id + ".one", 3, 2)));
      // The ring: the host puts tokens in device order (striped: device r holds r, r + N, ...).
      List<Input> ring = List.of(
          Input.sharded(npy(c.id + ".q.ring", order(q, 3, c.layout)), 3),
          Input.sharded(npy(c.id + ".k.ring", order(k, 2, c.layout)), 2),
          Input.sharded(npy(c.id + ".v.ring", order(v, 2, c.layout)), 2),
          Input.sharded(npy(c.id + ".do.ring", order(dO, 3, c.layout)), 3));
      programs.add(new Program(c.id + ".ring", hlo(c.id + ".ring",
          program(c, RunShape.ring(1, seq, BLOCKS, RING, c.layout, 1))), RING, ring, outputs(c.id + ".ring", 3, 2)));
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (Case c : CASES) {
      assertTrue(run.program(c.id + ".one").ok(), run.program(c.id + ".one").error());
      assertTrue(run.program(c.id + ".ring").ok(), run.program(c.id + ".ring").error());
      String[] names = {"dq", "dk", "dv"};
      int[] seqDim = {3, 2, 2};
      for (int o = 0; o < 3; o++) {
        HostTensor want = Npy.read(WORK.resolve(c.id + ".one.out" + o + ".npy"));
        HostTensor got = Npy.read(WORK.resolve(c.id + ".ring.out" + o + ".npy"));
        double relative = Differences.maxRelative(want.toFloats(), order(got, seqDim[o], c.layout, true).toFloats());
        System.out.printf(Locale.ROOT, "[ring-grad] %-20s %s max |ring - one| / max |one| = %.2e%n", c.id, names[o],
            relative);
        assertTrue(relative <= TOLERANCE, c.id + " " + names[o] + ": " + relative);
      }
    }
  }

  /** Inputs q, k, v, dO (this device's tokens); outputs dq, dk, dv from attention's backward. */
  static HloModule program(Case c, RunShape shape) {
    HloModuleBuilder module = new HloModuleBuilder("attention_grad_ring" + shape.ring(), shape.ring());
    LoweringContext ctx = new LoweringContext(module, DType.F32, true);
    XlaBuilder b = module.computation("main");
    long l = shape.localSequence();
    Instruction q = b.parameter(0, Shape.array(DType.F32, 1, c.hkv, c.group, l, DIM), "q");
    Instruction k = b.parameter(1, Shape.array(DType.F32, 1, c.hkv, l, DIM), "k");
    Instruction v = b.parameter(2, Shape.array(DType.F32, 1, c.hkv, l, DIM), "v");
    Instruction dO = b.parameter(3, Shape.array(DType.F32, 1, c.hkv, c.group, l, DIM), "d_out");
    SequenceShard shard = shape.ring() == 1 ? SequenceShard.local(b.iota(Shape.array(DType.S32, l), 0))
        : RingLayout.shard(b, shape);
    Instruction o = BlockwiseAttention.core(ctx, b, q, k, v, shard, c.causal, BLOCKS);
    List<Instruction> grads = Vjp.reverse(ctx, b, o, dO, List.of(q, k, v));
    return module.build(b.build(b.tuple(grads.toArray(Instruction[]::new))));
  }

  /** Sequence order to device order (or back, with {@code back}) along {@code dim}; contiguous needs none. */
  static HostTensor order(HostTensor t, int dim, TokenLayout layout, boolean back) {
    if (layout == TokenLayout.CONTIGUOUS) {
      return t;
    }
    List<Long> shape = t.shape();
    long outer = 1;
    for (int d = 0; d < dim; d++) {
      outer *= shape.get(d);
    }
    int seq = Math.toIntExact(shape.get(dim));
    int inner = Math.toIntExact(t.elementCount() / outer / seq);
    float[] in = t.toFloats();
    float[] out = new float[in.length];
    for (int j = 0; j < seq; j++) {                     // device-order slot j holds token (j % L) * N + j / L
      int token = (j % LOCAL) * RING + j / LOCAL;
      int from = back ? j : token;
      int to = back ? token : j;
      for (long o = 0; o < outer; o++) {
        System.arraycopy(in, (int) ((o * seq + from) * inner), out, (int) ((o * seq + to) * inner), inner);
      }
    }
    return HostTensor.ofFloats(out, shape.stream().mapToLong(Long::longValue).toArray());
  }

  static HostTensor order(HostTensor t, int dim, TokenLayout layout) {
    return order(t, dim, layout, false);
  }

  private static List<Output> outputs(String id, int... dims) {
    return List.of(Output.concat(WORK.resolve(id + ".out0.npy"), dims[0]),
        Output.concat(WORK.resolve(id + ".out1.npy"), dims[1]), Output.concat(WORK.resolve(id + ".out2.npy"), dims[1]));
  }

  private static Path hlo(String id, HloModule m) throws Exception {
    Path p = WORK.resolve(id + ".hlo");
    Files.writeString(p, HloTextPrinter.print(m));
    return p;
  }

  private static Path npy(String name, HostTensor t) throws Exception {
    Path p = WORK.resolve(name + ".npy");
    Npy.write(p, t);
    return p;
  }

  private static Input write(String name, HostTensor t) throws Exception {
    return Input.replicated(npy(name, t));
  }
}
