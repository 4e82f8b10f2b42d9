package dev.torus.golden;

import dev.torus.harness.XlaHarness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Norm;
import dev.torus.dsl.Presets;
import dev.torus.dsl.Residual;
import dev.torus.dsl.RunShape;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.SamplePrograms;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Reference;
import dev.torus.harness.XlaHarness.Summary;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TorusRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blockwise forward pass against the dense NumPy LLaMA reference (which builds the whole
 * [S, S] score matrix) across architectures, masks, block sizes, depths and parameter types, all
 * in one XLA harness process; and a debug build that counts the key/value blocks it executes.
 */
class BlockwiseForwardTest {
  static final Path WORK = Path.of("target/xla-harness/blockwise").toAbsolutePath();

  record Config(String id, ModelSpec model, RunShape shape, double tolerance) {}

  static List<Config> configs() {
    ModelSpec tiny = Presets.tiny();
    return List.of(
        new Config("mha_causal_depth1", tiny.toBuilder().kvHeads(4).depth(1).build(), RunShape.of(2, 32, BlockSizes.uniform(8)), 1e-4),
        new Config("gqa_causal_depth3", tiny.toBuilder().depth(3).build(), RunShape.of(1, 64, BlockSizes.of(16, 32, 16)), 1e-4),
        new Config("gqa_bidirectional", tiny.toBuilder().causal(false).build(), RunShape.of(1, 64, BlockSizes.of(32, 16, 64)), 1e-4),
        new Config("mqa_block_is_sequence", tiny.toBuilder().kvHeads(1).build(), RunShape.of(1, 48, BlockSizes.uniform(48)), 1e-4),
        new Config("gqa_bf16_params", tiny.toBuilder().paramType(DType.BF16).build(), RunShape.of(1, 32, BlockSizes.of(8, 16, 8)), 2e-2),
        new Config("gptj_style_parallel", tiny.toBuilder().norm(Norm.layer(1e-5)).feedForward(FeedForward.gelu(128))
            .residual(Residual.PARALLEL).attentionBias(true, true).tiedEmbeddings(true).rope(null).build(),
            RunShape.of(1, 32, BlockSizes.of(16, 8, 8)), 1e-4));
  }

  @Test
  void blockwiseEqualsDenseAttentionEverywhere() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<Program> xla = new ArrayList<>();
    List<Program> numpy = new ArrayList<>();
    for (Config c : configs()) {
      SamplePrograms.Sample s = SamplePrograms.forwardSample(c.model, c.shape);
      Path hlo = WORK.resolve(c.id + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(s.module()));
      List<Input> in = new ArrayList<>();
      List<Input> refIn = new ArrayList<>();
      for (Instruction p : s.module().entry().parameters()) {
        HostTensor t = randomInput(p, c.model);
        Path file = WORK.resolve(c.id + "." + p.name() + ".npy");
        Npy.write(file, t);
        in.add(Input.replicated(file));
        Path exact = file;
        if (t.dtype() == DType.BF16) {   // the reference gets the same bf16 values, widened
          exact = WORK.resolve(c.id + "." + p.name() + ".f32.npy");
          Npy.write(exact, HostTensor.ofFloats(t.toFloats(), t.shape().stream().mapToLong(Long::longValue).toArray()));
        }
        refIn.add(Input.replicated(exact));
      }
      xla.add(new Program(c.id, hlo, 1, in, List.of(Output.first(WORK.resolve(c.id + ".xla.npy")))));
      numpy.add(new Program(c.id, hlo, 1, refIn, List.of(Output.first(WORK.resolve(c.id + ".numpy.npy"))))
          .withReference(Reference.of(s.reference(), s.referenceArgs())));
    }
    Summary run = harness.run(xla, WORK);
    Summary ref = harness.reference(numpy, WORK);
    for (Config c : configs()) {
      assertTrue(run.program(c.id).ran(), c.id + ": " + run.program(c.id).error());
      assertTrue(ref.program(c.id).ran(), c.id + ": " + ref.program(c.id).error());
      RealXlaGoldenTest.assertClose(Npy.read(WORK.resolve(c.id + ".numpy.npy")).toFloats(),
          Npy.read(WORK.resolve(c.id + ".xla.npy")).toFloats(), c.tolerance, c.id);
    }
  }

  @Test
  void theDebugBuildExecutesExactlyTheBlocksThatAreNotFullyMasked(@TempDir Path dir) throws IOException {
    ModelSpec m = Presets.tiny();
    for (BlockSizes blocks : List.of(BlockSizes.of(16, 16, 16), BlockSizes.of(32, 8, 16), BlockSizes.of(8, 32, 64))) {
      RunShape shape = RunShape.of(1, 64, blocks);
      ForwardCompiler.Compiled compiled = ForwardCompiler.compile(m, shape, true);
      List<HostTensor> inputs = new ArrayList<>();
      for (Instruction p : compiled.module().entry().parameters()) {
        inputs.add(randomInput(p, m));
      }
      int executed;
      try (TorusRuntime runtime = TorusRuntime.cpu();
          LoadedProgram program = runtime.load(compiled.write(dir.resolve(blocks.query() + "_" + blocks.keyValue())))) {
        executed = program.run(inputs).get(1).toInts()[0];
      }
      assertEquals(m.depth() * visibleBlockPairs(64, blocks.query(), blocks.keyValue()), executed, blocks.toString());
    }
  }

  /** Pairs (query block, key block) with at least one key at or before one of the queries, by brute force. */
  static int visibleBlockPairs(int seq, int bq, int bk) {
    int pairs = 0;
    for (int qi = 0; qi < seq / bq; qi++) {
      for (int kj = 0; kj < seq / bk; kj++) {
        boolean visible = false;
        for (int q = qi * bq; q < (qi + 1) * bq && !visible; q++) {
          visible = kj * bk <= q;
        }
        pairs += visible ? 1 : 0;
      }
    }
    return pairs;
  }

  /** Token ids below the model's vocabulary; norm weights near 1; other weights small. */
  static HostTensor randomInput(Instruction p, ModelSpec m) {
    ArrayShape s = p.arrayShape();
    long[] dims = s.dims().stream().mapToLong(Long::longValue).toArray();
    long seed = p.name().hashCode();
    if (s.elementType() == DType.S32) {
      return RandomTensors.randomTokens(seed, m.vocabSize(), dims);
    }
    float[] v = RandomTensors.randomTensor(seed, p.name().contains("norm") ? 0.2f : 0.3f, dims).toFloats();
    if (p.name().contains("norm") && p.name().endsWith("weight")) {
      for (int i = 0; i < v.length; i++) {
        v[i] += 1;
      }
    }
    return s.elementType() == DType.BF16 ? HostTensor.bf16FromFloats(v, dims) : HostTensor.ofFloats(v, dims);
  }

}
