package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.GracefulStop;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.Trainer;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TfEngine;
import dev.torus.runtime.TorusRuntime;
import dev.torus.train.DocumentPacking;
import dev.torus.train.StepMetrics;
import dev.torus.train.TokenFileType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packed documents from token files to the trainer ({@code train --emulate --documents EOS_ID}): a
 * ring of 2 (striped) trains on EOS-separated documents, the loss falls, the packed eval loss is
 * measured, a resumed run continues bit-identically, and MFU counts the batch's documents; and
 * {@link AttentionLoopRuns#packed} counts exactly the key/value blocks a packed program executes.
 */
class PackedTrainingTest {
  static final int EOS = 0;

  @TempDir Path dir;

  /** Documents of 4 to 40 tokens, each counting up from a random id, ending with {@value #EOS}. */
  static Path documents(Path file, long seed, int tokens) throws Exception {
    Random random = new Random(seed);
    int[] stream = new int[tokens];
    int at = 0;
    while (at < tokens) {
      int length = 4 + random.nextInt(37);
      int start = random.nextInt(200);
      for (int i = 0; i < length && at < tokens; i++) {
        stream[at++] = (start + i) % 255 + 1;
      }
      if (at < tokens) {
        stream[at++] = EOS;
      }
    }
    Npy.write(file, HostTensor.ofInts(stream, tokens));
    return file;
  }

  static Trainer.Options options(int steps, Path data, Path eval, Path out, Path resume) {
    AdamW adam = new AdamW(1e-2, 1e-3, 2, 6, 0.9, 0.95, 1e-8, 0.1, 1.0);
    return new Trainer.Options(steps, 2, 32, 2, 1, 1, TokenLayout.STRIPED, BlockSizes.uniform(8), adam, 5, data,
        TokenFileType.UINT16, eval, 3, 2, 3, out, resume, 1e9).withDocuments(EOS);
  }

  @Test
  void trainsOnPackedDocumentsEvaluatesAndResumesExactly() throws Exception {
    ModelSpec model = Presets.tiny();
    Path data = documents(dir.resolve("train.npy"), 1, 20_000);
    Path eval = documents(dir.resolve("eval.npy"), 2, 5_000);
    Path init = dir.resolve("init");
    RandomCheckpoint.write(model, init, 5);
    Trainer.Options straight = options(6, data, eval, dir.resolve("straight"), null);
    Artifact artifact = Trainer.compile(model, straight, dir.resolve("artifact"), true);
    assertTrue(artifact.manifest().entryPoint("main").takesPackedDocuments(), "the step takes packed documents");
    assertTrue(artifact.manifest().entryPoint("eval").takesPackedDocuments(), "the eval takes packed documents");
    List<StepMetrics> through = Trainer.train(model, init, straight, artifact, TfEngine::open, GracefulStop.never(),
        s -> { });
    List<StepMetrics> resumed = Trainer.train(model, init, options(3, data, eval, dir.resolve("resumed"),
        dir.resolve("straight/checkpoints/step-00000003")), artifact, TfEngine::open, GracefulStop.never(), s -> { });
    System.out.printf(Locale.ROOT, "[packed-train] ring 2 striped, 2 x 32 tokens of EOS-separated documents: loss"
        + " %.4f -> %.4f, eval %.4f -> %.4f, MFU %.2e at 1 GFLOP/s%n", through.get(0).loss(), through.get(5).loss(),
        through.get(2).evalLoss(), through.get(5).evalLoss(), through.get(5).mfu());
    assertTrue(through.get(5).loss() < through.get(0).loss() - 0.3, "the loss falls: " + through);
    assertNotNull(through.get(2).evalLoss(), "eval at step 3");
    assertTrue(through.get(5).evalLoss() < through.get(2).evalLoss(), "the packed eval loss falls: " + through);
    assertTrue(Double.isFinite(through.get(5).mfu()) && through.get(5).mfu() > 0, "MFU of a packed step: " + through);
    for (int k = 0; k < 3; k++) {
      assertEquals(through.get(3 + k).step(), resumed.get(k).step());
      assertEquals(through.get(3 + k).loss(), resumed.get(k).loss(), 0, "step " + (4 + k) + ": resumed vs straight");
      assertEquals(through.get(3 + k).gradNorm(), resumed.get(k).gradNorm(), 0, "step " + (4 + k));
    }
    assertEquals(through.get(5).evalLoss(), resumed.get(2).evalLoss(), 0, "eval at step 6: resumed vs straight");
  }

  /**
   * Two rows of different documents on one device: the forward's executed key/value blocks (the
   * program's own counter) equal what {@link AttentionLoopRuns#packed} counts, and are fewer than the
   * causal count.
   */
  @Test
  void packedLoopRunsCountTheBlocksTheProgramExecutes() throws Exception {
    ModelSpec model = Presets.tiny();
    int seq = 256;
    Random random = new Random(7);
    List<int[]> docs = new ArrayList<>();
    int used = 0;
    while (used < 2 * seq - 80) {
      int length = 5 + random.nextInt(60);
      docs.add(RandomTensors.tokens(random, length));
      used += length;
    }
    RunShape shape = RunShape.of(2, seq, BlockSizes.uniform(8)).packedDocuments();
    DocumentPacking.Rows rows = DocumentPacking.pack(docs, 2, seq, 0);
    Map<List<String>, Double> runs = AttentionLoopRuns.packed(shape, 0, rows.segmentIds());
    double counted = runs.get(List.of(ProgramNames.QUERY_BLOCKS, ProgramNames.KV_BLOCKS))
        + runs.get(List.of(ProgramNames.QUERY_BLOCKS, ProgramNames.KV_BLOCKS_MASKED))
        + runs.get(List.of(ProgramNames.QUERY_BLOCKS, ProgramNames.KV_BLOCKS_MASKED_BEFORE));
    Map<List<String>, Double> causal = AttentionLoopRuns.causal(shape, 0);
    double dense = causal.get(List.of(ProgramNames.QUERY_BLOCKS, ProgramNames.KV_BLOCKS))
        + causal.get(List.of(ProgramNames.QUERY_BLOCKS, ProgramNames.KV_BLOCKS_MASKED));
    ForwardCompiler.Compiled compiled = ForwardCompiler.compile(model, shape, true);
    List<HostTensor> inputs = new ArrayList<>();
    for (Instruction p : compiled.module().entry().parameters()) {
      inputs.add(switch (p.name()) {
        case "tokens" -> rows.tokensTensor();
        case "segment_ids" -> rows.segmentIdsTensor();
        case "positions" -> rows.positionsTensor();
        default -> BlockwiseForwardTest.randomInput(p, model);
      });
    }
    long executed;
    try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = runtime.load(compiled.write(dir.resolve("count")))) {
      executed = program.run(inputs).get(1).toInts()[0] / model.depth();
    }
    System.out.printf(Locale.ROOT, "[packed-train] %s documents in 2 rows of %s: executed %s key/value blocks per layer,"
        + " counted %.0f (causal %.0f)%n", docs.size(), seq, executed, counted, dense);
    assertEquals(executed, counted, 0, "AttentionLoopRuns.packed vs the program's counter: " + runs);
    assertTrue(counted < dense, "packed " + counted + " vs causal " + dense);
  }

  /** Random token ids in [1, 256). */
  private static final class RandomTensors {
    static int[] tokens(Random random, int length) {
      int[] t = new int[length];
      for (int i = 0; i < length; i++) {
        t[i] = 1 + random.nextInt(255);
      }
      return t;
    }
  }
}
