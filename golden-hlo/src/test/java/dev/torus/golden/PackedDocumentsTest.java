package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TfEngine;
import dev.torus.runtime.TorusRuntime;
import dev.torus.train.DocumentPacking;
import dev.torus.train.TrainingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packed documents ({@link RunShape#packedDocuments}): logits and every gradient of a packed batch
 * against Hugging Face {@code LlamaForCausalLM} run on each document separately
 * ({@code torus_harness.hf_reference documents}), on one device and on a ring of 4, contiguous and
 * striped; and the executed attention blocks of many short documents against what the documents
 * cost on their own.
 */
class PackedDocumentsTest {
  static final Path WORK = Path.of("target/hf-reference/packed").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final double LOGITS_TOLERANCE = 1e-4;
  static final double GRAD_TOLERANCE = 1e-3;
  static final String MODEL = "packed_gqa_depth2";
  static final int BATCH = 2;
  static final int SEQ = 64;
  static final BlockSizes BLOCKS = BlockSizes.uniform(8);

  /** Where the program runs: one device, or a ring in a token layout. */
  record Placement(int ring, TokenLayout layout) {
    String id() {
      return ring == 1 ? "one_device" : "ring" + ring + "_" + layout.label();
    }
  }

  static final List<Placement> PLACEMENTS = List.of(new Placement(1, TokenLayout.CONTIGUOUS),
      new Placement(4, TokenLayout.CONTIGUOUS), new Placement(4, TokenLayout.STRIPED));

  /**
   * Row 0: four documents, one inside a block, others across block and device boundaries; row 1:
   * three and padding.
   */
  static final int[][] LENGTHS = {{5, 19, 23, 17}, {30, 3, 25}};

  @Test
  void logitsAndEveryGradientMatchHuggingFaceOnEachDocument() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<int[]> documents = new ArrayList<>();
    int seed = 7;
    for (int[] row : LENGTHS) {
      for (int length : row) {
        documents.add(RandomTensors.randomTokens(seed++, 128, length).toInts());
      }
    }
    DocumentPacking.Rows rows = DocumentPacking.pack(documents, BATCH, SEQ, 0);
    Npy.write(npy("tokens"), rows.tokensTensor());
    Npy.write(npy("targets"), rows.targetsTensor());
    Npy.write(npy("segment_ids"), rows.segmentIdsTensor());
    Npy.write(npy("positions"), rows.positionsTensor());
    Path configFile = WORK.resolve(MODEL + ".config.json");
    JSON.writeValue(configFile.toFile(), HfReference.tinyConfig(MODEL,
        "{\"num_hidden_layers\":2,\"num_key_value_heads\":2}"));
    ArrayNode steps = JSON.createArrayNode();
    steps.addObject().put("mode", "make-checkpoint").put("out", WORK.resolve(MODEL).toString())
        .put("config", configFile.toString());
    steps.addObject().put("mode", "documents").put("model", WORK.resolve(MODEL).toString())
        .put("tokens", npy("tokens").toString()).put("targets", npy("targets").toString())
        .put("segments", npy("segment_ids").toString()).put("out", WORK.resolve("hf").toString());
    HfReference.runBatch(harness, steps, WORK);
    ModelSpec model = HfModels.fromDirectory(WORK.resolve(MODEL));
    float[] hfLogits = Npy.read(WORK.resolve("hf/logits.npy")).toFloats();

    for (Placement p : PLACEMENTS) {
      float[] ours = logits(model, shape(p), rows, WORK.resolve(p.id() + ".artifact"));
      double rel = RealXlaGoldenTest.assertClose(hfLogits, ours, LOGITS_TOLERANCE, p.id() + " logits vs Hugging Face");
      System.out.printf(Locale.ROOT, "[packed] %-20s logits: max |torus - hf| / max |hf| = %.2e (limit %.0e)%n", p.id(),
          rel, LOGITS_TOLERANCE);
    }

    List<Program> programs = new ArrayList<>();
    List<LossGradients.Program> compiled = new ArrayList<>();
    try (Checkpoint checkpoint = Checkpoint.open(WORK.resolve(MODEL))) {
      for (Placement p : PLACEMENTS) {
        LossGradients.Program program = LossGradients.build(model, shape(p));
        compiled.add(program);
        Path hlo = WORK.resolve(p.id() + ".grad.hlo");
        Files.writeString(hlo, HloTextPrinter.print(program.module()));
        List<Input> inputs = new ArrayList<>();
        for (String name : List.of("tokens", "targets", "segment_ids", "positions")) {
          if (p.ring() == 1) {
            inputs.add(Input.replicated(npy(name)));
          } else {   // the host puts them in device order, split along the sequence
            Path inOrder = WORK.resolve(p.id() + "." + name + ".npy");
            Npy.write(inOrder, TrainGradientTest.deviceOrder(Npy.readIntegers(npy(name)), p.ring(), p.layout()));
            inputs.add(Input.sharded(inOrder, 1));
          }
        }
        List<Output> outputs = new ArrayList<>(List.of(Output.first(WORK.resolve(p.id() + ".loss.npy"))));
        for (WeightSpec w : program.weights()) {
          Path weight = WORK.resolve("weight." + w.name() + ".npy");
          Npy.write(weight, CheckpointWeights.load(weightSpec(w, w.dtype()), checkpoint));
          inputs.add(Input.replicated(weight));
          outputs.add(Output.first(WORK.resolve(p.id() + "." + w.name() + ".grad.npy")));
        }
        programs.add(new Program(p.id(), hlo, p.ring(), inputs, outputs));
      }
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    float hfLoss = Npy.read(WORK.resolve("hf/loss.npy")).toFloats()[0];
    trainingSessionFeedsPackedRows(model, rows, hfLoss);
    try (Checkpoint hfGrads = Checkpoint.open(WORK.resolve("hf"))) {
      for (int k = 0; k < PLACEMENTS.size(); k++) {
        Placement p = PLACEMENTS.get(k);
        assertTrue(run.program(p.id()).ok(), p.id() + ": " + run.program(p.id()).error());
        float loss = Npy.read(WORK.resolve(p.id() + ".loss.npy")).toFloats()[0];
        System.out.printf(Locale.ROOT, "[packed] %-20s loss %.6f vs torch %.6f%n", p.id(), loss, hfLoss);
        assertTrue(Math.abs(loss - hfLoss) <= LOGITS_TOLERANCE * Math.abs(hfLoss), p.id() + ": loss " + loss);
        double worst = 0;
        for (WeightSpec w : compiled.get(k).weights()) {
          float[] ours = Npy.read(WORK.resolve(p.id() + "." + w.name() + ".grad.npy")).toFloats();
          float[] theirs = CheckpointWeights.load(weightSpec(w, DType.F32), hfGrads).toFloats();
          double rel = Differences.relativeL2(ours, theirs);
          worst = Math.max(worst, rel);
          assertTrue(rel <= GRAD_TOLERANCE, p.id() + " " + w.name() + ": relative L2 " + rel);
        }
        System.out.printf(Locale.ROOT, "[packed] %-20s gradients: worst relative L2 %.2e over %s tensors (limit %.0e)%n",
            p.id(), worst, compiled.get(k).weights().size(), GRAD_TOLERANCE);
      }
    }
  }

  /** A packed train step through TrainingSession on the TensorFlow runtime: its first loss is the reference's. */
  private static void trainingSessionFeedsPackedRows(ModelSpec model, DocumentPacking.Rows rows, float hfLoss)
      throws Exception {
    Placement p = PLACEMENTS.get(0);   // the striped permutation of the documents' inputs is the logits' check
    Artifact artifact = TrainCompiler.compile(model, shape(p), new AdamW(1e-3, 1e-4, 1, 10, 0.9, 0.95, 1e-8, 0.1, 1.0))
        .write(WORK.resolve(p.id() + ".train"));
    try (TrainingSession session = TrainingSession.start(TfEngine.open(artifact), WORK.resolve(MODEL))) {
      assertThrows(IllegalStateException.class, () -> session.step(rows.tokensTensor(), rows.targetsTensor()));
      float loss = session.step(rows).loss();
      System.out.printf(Locale.ROOT, "[packed] %-20s TrainingSession step 1 loss %.6f vs torch %.6f%n", p.id(), loss,
          hfLoss);
      assertTrue(Math.abs(loss - hfLoss) <= LOGITS_TOLERANCE * Math.abs(hfLoss), p.id() + ": session loss " + loss);
    }
  }

  /**
   * 16 documents of 6 to 12 key/value blocks each in one sequence (not aligned to blocks): the
   * attention loops execute at most 1.3 times the blocks the documents execute on their own.
   */
  @Test
  void manyShortDocumentsCostWhatTheirDocumentsCost(@TempDir Path dir) throws Exception {
    int block = 8;
    Random random = new Random(16);
    List<int[]> documents = new ArrayList<>();
    long own = 0;
    int total = 0;
    for (int d = 0; d < 16; d++) {
      int length = 6 * block + random.nextInt(6 * block + 1);
      documents.add(RandomTensors.randomTokens(d, 256, length).toInts());
      int blocks = (length + block - 1) / block;
      own += (long) blocks * (blocks + 1) / 2;
      total += length;
    }
    int seq = (total + block - 1) / block * block;
    DocumentPacking.Rows rows = DocumentPacking.pack(documents, 1, seq, 0);
    ModelSpec m = Presets.tiny();
    long packed = executedBlocks(m, RunShape.of(1, seq, BlockSizes.uniform(block)).packedDocuments(), rows,
        dir.resolve("packed")) / m.depth();
    long dense = executedBlocks(m, RunShape.of(1, seq, BlockSizes.uniform(block)), rows, dir.resolve("dense"))
        / m.depth();
    double ratio = (double) packed / own;
    System.out.printf(Locale.ROOT, "[packed] 16 documents, %s tokens in blocks of %s: executed %s key/value blocks per"
        + " layer, the documents alone %s (x%.3f, limit 1.3); unpacked causal %s%n", seq, block, packed, own, ratio,
        dense);
    assertTrue(ratio <= 1.3, "packed attention executed " + packed + " blocks, the documents alone " + own);
    assertTrue(packed >= own * 0.9, "fewer blocks than the documents need: " + packed + " vs " + own);
  }

  private static long executedBlocks(ModelSpec m, RunShape shape, DocumentPacking.Rows rows, Path dir)
      throws Exception {
    ForwardCompiler.Compiled compiled = ForwardCompiler.compile(m, shape, true);
    List<HostTensor> inputs = new ArrayList<>();
    for (Instruction p : compiled.module().entry().parameters()) {
      inputs.add(switch (p.name()) {
        case "tokens" -> rows.tokensTensor();
        case "segment_ids" -> rows.segmentIdsTensor();
        case "positions" -> rows.positionsTensor();
        default -> BlockwiseForwardTest.randomInput(p, m);
      });
    }
    try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = runtime.load(compiled.write(dir))) {
      List<HostTensor> out = program.run(inputs);
      assertEquals(1, out.get(1).toInts().length);
      return out.get(1).toInts()[0];
    }
  }

  /** The packed logits of the forward program on the TensorFlow runtime (a ring through its emulation). */
  private static float[] logits(ModelSpec model, RunShape shape, DocumentPacking.Rows rows, Path dir) throws Exception {
    Artifact artifact = ForwardCompiler.compile(model, shape, false).write(dir, shape.devices() > 1);
    try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = runtime.load(artifact);
        LoadedProgram.Feed feed = program.feed(); Checkpoint checkpoint = Checkpoint.open(WORK.resolve(MODEL))) {
      for (TensorSpec spec : artifact.manifest().entryPoint(EntryPoint.MAIN).inputs()) {
        feed.set(spec.name(), switch (spec.role()) {
          case TOKENS -> rows.tokensTensor();
          case SEGMENT_IDS -> rows.segmentIdsTensor();
          case POSITIONS -> rows.positionsTensor();
          default -> CheckpointWeights.load(spec, checkpoint);
        });
      }
      return feed.run().get(0).toFloats();
    }
  }

  private static RunShape shape(Placement p) {
    return RunShape.ring(BATCH, SEQ, BLOCKS, p.ring(), p.layout(), 1).packedDocuments();
  }

  private static Path npy(String name) {
    return WORK.resolve(name + ".npy");
  }

  private static TensorSpec weightSpec(WeightSpec w, DType type) {
    return TensorSpec.replicated(w.name(), Role.WEIGHT, type, w.shape()).withHfName(w.hfName(), false);
  }
}
