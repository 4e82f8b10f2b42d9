package dev.torus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.runtime.TfEngine;
import dev.torus.train.ByteBatches;
import dev.torus.train.TokenFileType;
import dev.torus.train.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.torus.compiler.lower.Remat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The train step's options on TensorFlow Java: K micro-batches of B rows train as one batch of K B
 * rows (one device and an emulated ring), bf16-mixed tracks f32 with bf16 matrix
 * products and f32 state, and a step too large for the host is refused before anything is allocated.
 */
class TrainStepOptionsTest {
  @TempDir Path dir;

  private static final ModelSpec TINY = Presets.tiny();

  static Trainer.Options options(int batch, int ring, int dp, StepOptions step) {
    return options(batch, 64, ring, dp, step);
  }

  static Trainer.Options options(int batch, int seq, int ring, int dp, StepOptions step) {
    AdamW adam = new AdamW(1e-2, 1e-3, 2, 50, 0.9, 0.95, 1e-8, 0.1, 1.0);
    return new Trainer.Options(3, batch, seq, ring, dp, 1, TokenLayout.STRIPED, BlockSizes.uniform(16), adam, 7, null,
        TokenFileType.UINT16, null, 0, 1, 0, null, null, Double.NaN, step, true);
  }

  /** The steps' figures and the weights after them (partition 0's copy; the weights are replicated). */
  record Run(Artifact artifact, List<TrainingSession.Step> steps, Map<String, float[]> weights) {}

  static Run train(Trainer.Options o, Path work, int steps) throws Exception {
    Artifact artifact = Trainer.compile(TINY, o, work.resolve("artifact"), true);
    Path init = work.resolve("init");
    RandomCheckpoint.write(TINY, init, 7);
    var data = ByteBatches.copyTask(o.seq(), 7);
    List<TrainingSession.Step> done = new ArrayList<>();
    Map<String, float[]> weights = new LinkedHashMap<>();
    try (TrainingSession session = TrainingSession.start(TfEngine.open(artifact), init)) {
      for (int k = 0; k < steps; k++) {
        done.add(session.step(data));
      }
      for (TensorSpec spec : artifact.manifest().entryPoint("main").inputs()) {
        if (spec.role() == Role.WEIGHT) {
          weights.put(spec.name(), session.engine().get(spec.name()).get(0).toFloats());
        }
      }
    }
    return new Run(artifact, done, weights);
  }

  private static void assertSameTraining(Run expected, Run actual, String what) {
    for (int k = 0; k < expected.steps().size(); k++) {
      TrainingSession.Step e = expected.steps().get(k);
      TrainingSession.Step a = actual.steps().get(k);
      assertEquals(e.loss(), a.loss(), 1e-5 * Math.abs(e.loss()), what + ": loss of step " + (k + 1));
      assertEquals(e.gradNorm(), a.gradNorm(), 1e-5 * Math.abs(e.gradNorm()), what + ": grad norm of step " + (k + 1));
    }
    // Per tensor, the relative L2 difference (AdamW divides by sqrt(v), so an element whose gradient is
    // near zero turns float rounding into a visible difference; the tensor as a whole stays put).
    double worst = 0;
    String where = "";
    for (Map.Entry<String, float[]> w : expected.weights().entrySet()) {
      float[] x = w.getValue();
      float[] y = actual.weights().get(w.getKey());
      double norm = 0;
      double diff = 0;
      for (int i = 0; i < x.length; i++) {
        norm += (double) x[i] * x[i];
        diff += ((double) x[i] - y[i]) * ((double) x[i] - y[i]);
      }
      double relative = Math.sqrt(diff / norm);
      if (relative > worst) {
        worst = relative;
        where = w.getKey();
      }
    }
    System.out.printf("[train-options] %s: losses %s, worst weight difference %.2e (relative L2, %s)%n", what,
        actual.steps().stream().map(s -> String.format("%.5f", s.loss())).toList(), worst, where);
    assertTrue(worst <= 1e-5, what + ": weight " + where + " differs by " + worst + " (relative L2)");
  }

  @Test
  void twoMicroBatchesOfTwoRowsTrainAsOneBatchOfFour() throws Exception {
    Run whole = train(options(4, 1, 1, StepOptions.DEFAULT), dir.resolve("whole"), 3);
    Run micro = train(options(2, 1, 1, new StepOptions(2, TrainPrecision.F32)), dir.resolve("micro"), 3);
    assertEquals(List.of(4L, 64L), micro.artifact().manifest().entryPoint("main").input("tokens").globalShape());
    assertEquals(2, micro.artifact().manifest().model().get("accumulate").asInt());
    String hlo = Files.readString(micro.artifact().dir().resolve("program.hlo"));
    assertTrue(hlo.contains("micro_batches"), "the micro-batch loop is in the program");
    assertSameTraining(whole, micro, "one device, --accumulate 2 --batch 2 vs --batch 4");
  }

  @Test
  void rematNoneTrainsAsLayerInputsAndTheManifestSaysSo() throws Exception {
    Run base = train(options(2, 1, 1, StepOptions.DEFAULT), dir.resolve("base"), 2);
    Run none = train(options(2, 1, 1, StepOptions.DEFAULT.withRemat(Remat.parse("none"))), dir.resolve("none"), 2);
    assertEquals("none", none.artifact().manifest().model().get("remat").asText());
    assertTrue(base.artifact().manifest().model().get("remat") == null, "the default policy is not written");
    assertSameTraining(base, none, "one device, --remat none vs layer-inputs");
  }

  @Test
  void microBatchesOnAnEmulatedRingTrainAsOneBatch() throws Exception {
    Run whole = train(options(4, 32, 2, 1, StepOptions.DEFAULT), dir.resolve("whole"), 2);
    Run micro = train(options(2, 32, 2, 1, new StepOptions(2, TrainPrecision.F32)), dir.resolve("micro"), 2);
    assertSameTraining(whole, micro, "emulated ring of 2, --accumulate 2 --batch 2 vs --batch 4");
  }

  @Test
  void bf16MixedSavesTheProjectionsInBf16AndTrainsAsLayerInputs() throws Exception {
    StepOptions mixed = new StepOptions(1, TrainPrecision.BF16_MIXED);
    Run base = train(options(4, 1, 1, mixed), dir.resolve("mixed"), 5);
    Run saved = train(options(4, 1, 1, mixed.withRemat(Remat.parse("projections"))), dir.resolve("projections"), 5);
    double worst = 0;
    for (int k = 0; k < 5; k++) {
      worst = Math.max(worst, Math.abs(saved.steps().get(k).loss() - base.steps().get(k).loss())
          / base.steps().get(k).loss());
    }
    System.out.printf("[train-options] bf16-mixed, --remat projections vs layer-inputs over 5 steps: worst relative"
        + " loss difference %.2e%n", worst);
    assertTrue(worst <= 2e-2, "projections differ from layer-inputs by " + worst + " (relative)");
    // The layer loop's stacks of the MLP's saved products ([layers 2, chunks, batch, chunk, 172]) are bf16
    // (the attention's softmax statistics stay f32, the stacked weights' f32 gradient sums [2, 64, 172] too).
    String hlo = saved.artifact().programText(Artifact.HLO);
    Matcher stack = Pattern.compile("(\\w+)(\\[2,\\d+,\\d+,\\d+,172\\])\\{[0-9,]*\\} broadcast\\(").matcher(hlo);
    List<String> types = new ArrayList<>();
    while (stack.find()) {
      types.add(stack.group(1) + stack.group(2));
    }
    System.out.println("[train-options] bf16-mixed projections: MLP product stacks " + types);
    assertTrue(!types.isEmpty() && types.stream().allMatch(t -> t.startsWith("bf16[")), "MLP product stacks: " + types);
  }

  @Test
  void bf16MixedTracksF32WithBf16MatrixProductsAndF32State() throws Exception {
    Run f32 = train(options(4, 1, 1, StepOptions.DEFAULT), dir.resolve("f32"), 10);
    Run mixed = train(options(4, 1, 1, new StepOptions(1, TrainPrecision.BF16_MIXED)), dir.resolve("mixed"), 10);
    double worst = 0;
    for (int k = 0; k < 10; k++) {
      worst = Math.max(worst, Math.abs(mixed.steps().get(k).loss() - f32.steps().get(k).loss()) / f32.steps().get(k).loss());
    }
    System.out.printf("[train-options] bf16-mixed vs f32 over 10 steps: loss %.4f -> %.4f vs %.4f -> %.4f, worst"
        + " relative difference %.2e%n", mixed.steps().get(0).loss(), mixed.steps().get(9).loss(), f32.steps().get(0).loss(),
        f32.steps().get(9).loss(), worst);
    assertTrue(worst <= 2e-2, "bf16-mixed loss differs from f32 by " + worst + " (relative)");
    assertTrue(mixed.steps().get(9).loss() < mixed.steps().get(0).loss(), "bf16-mixed learns");
    for (TensorSpec spec : mixed.artifact().manifest().entryPoint("main").inputs()) {
      if (spec.role() == Role.WEIGHT || spec.role() == Role.STATE) {
        assertEquals(DType.F32, spec.dtype(), spec.name() + " is master state");
      }
    }
    // The StableHLO text spells every operand's type: (tensor<..xbf16>, tensor<..xbf16>) -> tensor<..xf32>.
    Matcher dot = Pattern.compile("\"stablehlo.dot_general\".* : \\(tensor<[^>]*x(\\w+)>, tensor<[^>]*x(\\w+)>\\)"
        + " -> tensor<[^>]*x(\\w+)>").matcher(Files.readString(mixed.artifact().dir().resolve("program.stablehlo.mlir")));
    int bf16 = 0;
    List<String> others = new ArrayList<>();
    while (dot.find()) {
      if (dot.group(1).equals("bf16") && dot.group(2).equals("bf16") && dot.group(3).equals("f32")) {
        bf16++;
      } else {
        others.add(dot.group());
      }
    }
    System.out.printf("[train-options] bf16-mixed program: %d dots with bf16 operands, %d others%n", bf16, others.size());
    // The loss's backward keeps its two products of dz = softmax - onehot ([chunk 16, vocab block 256]) in
    // f32, as for bf16 models (CrossEntropy); every other product takes bf16 operands.
    assertTrue(bf16 >= 20, bf16 + " bf16 dots");
    assertTrue(others.size() == 2 && others.stream().allMatch(d -> d.contains(": (tensor<16x256xf32>")),
        "dots on other operands than bf16, beyond the loss gradient's: " + others);
  }

  @Test
  void aStepTooLargeForTheHostIsRefusedFromTheManifestBeforeAnythingIsAllocated() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of("train", "--model", "llama2-7b", "--seq", "4096", "--batch", "8", "--steps", "1"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    System.out.println("[train-options] " + message.strip());
    assertEquals(3, code, message);
    assertTrue(message.matches("(?s)torus train: train step \\S+ needs [0-9.]+ GiB per device, cpu has [0-9.]+ GiB"
        + " \\(host MemAvailable .*--force.*"), message);
  }

  @Test
  void theFitCheckPassesATinyStep() throws Exception {
    Artifact tiny = Trainer.compile(TINY, options(4, 1, 1, StepOptions.DEFAULT), dir.resolve("tiny"), true);
    try (TfEngine engine = TfEngine.open(tiny)) {
      TrainingSession.checkFits(engine);
      assertTrue(engine.deviceMemory().orElseThrow().source().startsWith("host MemAvailable"));
    }
  }
}
