package dev.torus.cli;

import dev.torus.compiler.GenerateCompiler;
import dev.torus.dsl.GenerateShape;
import dev.torus.runtime.TfEngine;
import dev.torus.text.Tokenizer;
import dev.torus.text.generate.EosIds;
import dev.torus.text.generate.Generation;
import dev.torus.text.generate.Generator;
import dev.torus.text.generate.SamplingOptions;
import dev.torus.train.GenerationFeeds;
import java.util.List;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.Torus;
import dev.torus.compiler.analysis.BufferAnalysis;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus demo [--out DIR]}: writes a checkpoint of the bundled tiny model with random weights,
 * compiles it blockwise, runs it on the CPU through TensorFlow Java's XLA, checks the blockwise
 * result against the same model compiled as one block, then compiles it for a ring of 4 devices and
 * checks the ring program's emulation against the single-device run.
 */
@Command(name = "demo", customSynopsis = "torus demo [--out DIR]",
    description = {"compile and run the bundled tiny model on a generated checkpoint, on one device and a ring of "
        + DemoCommand.RING + ", and check it", "",
        "Writes a Hugging Face checkpoint of the bundled tiny model with random weights, compiles it blockwise, runs"
            + " it on the CPU through TensorFlow Java's XLA, checks it against the model compiled as one block, then"
            + " compiles it for a ring of " + DemoCommand.RING + " devices and checks the ring program's emulation"
            + " against the single-device run."})
final class DemoCommand implements Callable<Integer> {
  static final int SEQ = 64;
  static final BlockSizes BLOCKS = BlockSizes.uniform(16);
  /** The limit (docs/ARCHITECTURE.md, Fixed interfaces) for f32 programs against a reference, relative to max |reference|. */
  static final double TOLERANCE = 1e-4;
  static final int RING = 4;
  /** The limit (docs/ARCHITECTURE.md, Fixed interfaces) for a ring of N devices against one device, same dtype. */
  static final double RING_TOLERANCE = 1e-5;

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "where to write the checkpoint and artifacts (default: a temporary directory)")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = outDir != null ? outDir : Files.createTempDirectory("torus-demo-");
    ModelSpec model = Presets.tiny();
    Attention a = model.attention();
    out.printf(Locale.ROOT, "Torus %s demo: model '%s' (LLaMA architecture): vocab %d, width %d, %d layers, %d query / %d"
        + " key-value heads of %d, SwiGLU %d, %s parameters%n", Torus.VERSION, model.name(), model.vocabSize(),
        model.width(), model.depth(), a.heads(), a.kvHeads(), a.headDim(), model.block().ffn().hidden(), model.paramType());

    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(model, checkpoint, 42);
    out.println("1. wrote a Hugging Face checkpoint with random weights: " + checkpoint + " (config.json, model.safetensors)");

    HloModule program = ForwardCompiler.compile(model, RunShape.of(1, SEQ, BLOCKS), false).module();
    out.printf(Locale.ROOT, "2. compiled the forward pass for %d tokens in blocks of %d: %d HLO instructions, loops %s;%n"
        + "   largest intermediate buffer %s (no [S, S] scores)%n", SEQ, BLOCKS.query(),
        program.allInstructions().size(), loops(program),
        BufferAnalysis.largestIntermediate(program).map(Object::toString).orElse("none"));

    HostTensor tokens = RandomTensors.randomTokens(7, model.vocabSize(), 1, SEQ);
    ModelRunner.Result blockwise = ModelRunner.run(model, checkpoint, tokens, BLOCKS, dir.resolve("artifact"));
    Artifact artifact = blockwise.artifact();
    out.printf(Locale.ROOT, "3. ran it on the CPU through TensorFlow Java (XLA): logits %s in %.0f ms (artifact %s)%n",
        HostTensor.typeString(blockwise.logits().dtype(), blockwise.logits().shape()), blockwise.runMs(), artifact.dir());
    float[] logits = blockwise.logits().toFloats();
    out.println("   next-token argmax at positions 0..7: " + argmaxes(logits, model.vocabSize(), 8));

    ModelRunner.Result whole = ModelRunner.run(model, checkpoint, tokens, BlockSizes.uniform(SEQ), dir.resolve("artifact-one-block"));
    double rel = relativeDifference(whole.logits().toFloats(), logits);
    boolean ok = rel <= TOLERANCE;
    out.printf(Locale.ROOT, "4. blockwise (blocks of %d) vs one block of %d: max |difference| / max |logit| = %.2e (limit %.0e): %s%n",
        BLOCKS.query(), SEQ, rel, TOLERANCE, ok ? "OK" : "MISMATCH");

    ModelRunner.Result ring = ModelRunner.run(model, checkpoint, tokens,
        new ModelRunner.Options(BlockSizes.uniform(SEQ / RING / 2), RING, TokenLayout.STRIPED), dir.resolve("artifact-ring"));
    double ringRel = relativeDifference(logits, ring.logits().toFloats());
    boolean ringOk = ringRel <= RING_TOLERANCE;
    out.printf(Locale.ROOT, "5. Ring Attention: compiled for a ring of %d devices (%d tokens each, striped; key/value blocks"
        + " travel by collective-permute),%n   ran its single-device emulation of all %d devices in %.0f ms: vs one device"
        + " max |difference| / max |logit| = %.2e (limit %.0e): %s%n", RING, SEQ / RING, RING, ring.runMs(), ringRel,
        RING_TOLERANCE, ringOk ? "OK" : "MISMATCH");
    generate(out, model, checkpoint, dir.resolve("artifact-generate"));
    return ok && ringOk ? 0 : 1;
  }

  /** Step 6: a short greedy generation through prefill + decode, with a byte tokenizer (the vocabulary is 256). */
  private static void generate(PrintWriter out, ModelSpec model, Path checkpoint, Path artifactDir) throws Exception {
    ByteTokenizer.write(checkpoint);
    String prompt = "Ring attention";
    GenerateShape g = new GenerateShape(RunShape.of(1, 16, BLOCKS), 48);
    Artifact artifact = GenerateCompiler.compile(model, g, false).write(artifactDir, true);
    Tokenizer tokenizer = Tokenizer.open(checkpoint);
    try (Generator generator = Generator.of(GenerationFeeds.open(TfEngine.open(artifact), checkpoint), tokenizer,
        EosIds.read(checkpoint, tokenizer))) {
      Generation r = generator.generate(List.of(prompt), SamplingOptions.GREEDY.withMaxNewTokens(24),
          Generator.Listener.NONE).get(0);
      out.printf(Locale.ROOT, "6. generated %d tokens greedily from \"%s\" (prefill, then decode over a KV cache of %d;"
          + " what ./torus generate does):%n   ids %s = \"%s\"%n   random weights, so the text is noise: the point is that the"
          + " path works. Prefill %.0f ms, decode %.0f tokens/s, KV cache %s%n", r.tokenIds().length(), prompt,
          g.maxLength(), r.tokenIds(), printable(r.text()), r.prefillMillis(), r.decodeTokensPerSecond(),
          GenerateCommand.bytes(r.cacheBytes()));
    }
  }

  /** Control characters as {@code \\uXXXX}, so noise cannot move the terminal's cursor. */
  private static String printable(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints().forEach(c -> s.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", c)
        : Character.toString(c)));
    return s.toString();
  }

  private static String loops(HloModule m) {
    return m.computations().stream().map(Computation::name).filter(n -> n.endsWith(ProgramNames.BODY_SUFFIX))
        .map(n -> n.substring(0, n.length() - ProgramNames.BODY_SUFFIX.length())).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String argmaxes(float[] logits, int vocab, int positions) {
    StringBuilder s = new StringBuilder();
    for (int p = 0; p < positions; p++) {
      int best = 0;
      for (int v = 1; v < vocab; v++) {
        if (logits[p * vocab + v] > logits[p * vocab + best]) {
          best = v;
        }
      }
      s.append(p == 0 ? "" : " ").append(best);
    }
    return s.toString();
  }

  private static double relativeDifference(float[] reference, float[] actual) {
    double maxRef = 0;
    double maxErr = 0;
    for (int i = 0; i < reference.length; i++) {
      maxRef = Math.max(maxRef, Math.abs(reference[i]));
      maxErr = Math.max(maxErr, Math.abs(reference[i] - actual[i]));
    }
    return maxErr / maxRef;
  }
}
