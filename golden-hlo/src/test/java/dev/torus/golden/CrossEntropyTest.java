package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.compiler.analysis.BufferAnalysis;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CrossEntropy;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.cli.RandomTensors;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blockwise cross-entropy and its gradients, run by real XLA, against a dense float64 NumPy reference. */
class CrossEntropyTest {
  static final Path WORK = Path.of("target/xla-harness/cross-entropy").toAbsolutePath();
  static final int TOKENS = 64;
  static final int WIDTH = 16;
  static final int VOCAB = 96;
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): f32 program vs reference, relative to max |reference|. */
  static final double TOLERANCE = 1e-4;

  @Test
  void lossAndGradientsMatchADenseReferenceWithoutALogitsBuffer() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    HloModuleBuilder module = new HloModuleBuilder("cross_entropy", 1);
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    Instruction hidden = b.parameter(0, Shape.array(DType.F32, TOKENS, WIDTH), "hidden");
    Instruction weight = b.parameter(1, Shape.array(DType.F32, VOCAB, WIDTH), "weight");
    Instruction targets = b.parameter(2, Shape.array(DType.S32, TOKENS), "targets");
    CrossEntropy.Result r = CrossEntropy.lossAndGradients(ctx, b, hidden, weight, targets, 16, 32, 1.0 / TOKENS);
    HloModule m = module.build(b.build(b.tuple(r.loss(), r.hiddenGradient(), r.weightGradient())));
    // Only [chunk, vocabBlock] logits exist, never [tokens, vocab].
    long largest = BufferAnalysis.largestIntermediate(m).orElseThrow().bytes();
    assertTrue(largest < 4L * TOKENS * VOCAB, "largest buffer " + largest + " bytes");

    Path hlo = WORK.resolve("cross_entropy.hlo");
    Files.writeString(hlo, HloTextPrinter.print(m));
    List<Input> inputs = List.of(write("hidden", RandomTensors.randomTensor(1, 1f, TOKENS, WIDTH)),
        write("weight", RandomTensors.randomTensor(2, 0.5f, VOCAB, WIDTH)),
        write("targets", RandomTensors.randomTokens(3, VOCAB, TOKENS)));
    String[] names = {"loss", "hidden_grad", "weight_grad"};
    List<Output> xlaOut = new ArrayList<>();
    List<Output> refOut = new ArrayList<>();
    for (String n : names) {
      xlaOut.add(Output.first(WORK.resolve(n + ".xla.npy")));
      refOut.add(Output.first(WORK.resolve(n + ".numpy.npy")));
    }
    XlaHarness.Summary run = harness.run(List.of(new Program("cross_entropy", hlo, 1, inputs, xlaOut)), WORK);
    assertTrue(run.program("cross_entropy").ok(), run.program("cross_entropy").error());
    XlaHarness.Summary ref = harness.reference(List.of(new Program("cross_entropy", hlo, 1, inputs, refOut)
        .withReference(Reference.of("cross_entropy"))), WORK);
    assertTrue(ref.program("cross_entropy").ok(), ref.program("cross_entropy").error());
    for (String n : names) {
      HostTensor got = Npy.read(WORK.resolve(n + ".xla.npy"));
      HostTensor want = Npy.read(WORK.resolve(n + ".numpy.npy"));
      assertArrayEquals(want.shape().toArray(), got.shape().toArray(), n);
      double relative = Differences.maxRelative(want.toFloats(), got.toFloats());
      System.out.printf(java.util.Locale.ROOT, "[cross-entropy] %-12s max |xla - numpy| / max |numpy| = %.2e%n", n,
          relative);
      assertTrue(relative <= TOLERANCE, n + ": " + relative);
    }
  }

  private static Input write(String name, HostTensor t) throws Exception {
    Path p = WORK.resolve(name + ".npy");
    Npy.write(p, t);
    return Input.replicated(p);
  }
}
