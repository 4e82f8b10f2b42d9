package dev.torus.golden;

import dev.torus.artifact.Role;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.TrainStep;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.hf.Checkpoint;
import dev.torus.dsl.hf.HfModels;
import dev.torus.cli.RandomTensors;
import dev.torus.hf.CheckpointWeights;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One whole training step (loss, gradients, clipping, learning-rate schedule, AdamW) in real XLA
 * against torch: {@code clip_grad_norm_} and {@code torch.optim.AdamW} on Hugging Face's model,
 * same checkpoint, tokens, targets and hyperparameters. The updates (new minus old parameters) and
 * both moments are compared, not the parameters, which barely move.
 */
class TrainStepTest {
  static final Path WORK = Path.of("target/hf-reference/train-step").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): gradients and what follows, relative L2 per tensor. */
  static final double TOLERANCE = 1e-3;
  static final AdamW OPTIMIZER = new AdamW(1e-2, 1e-3, 4, 100, 0.9, 0.95, 1e-8, 0.1, 1.0);

  @Test
  void oneStepMatchesTorchAdamWAfterClipping() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ObjectNode config = (ObjectNode) JSON.readTree("{\"hidden_size\":64,\"intermediate_size\":128,"
        + "\"num_attention_heads\":4,\"num_key_value_heads\":2,\"num_hidden_layers\":2,\"vocab_size\":128,\"seed\":7}");
    JSON.writeValue(WORK.resolve("config.json").toFile(), config);
    Npy.write(WORK.resolve("tokens.npy"), RandomTensors.randomTokens(11, 128, 2, 32));
    Npy.write(WORK.resolve("targets.npy"), RandomTensors.randomTokens(12, 128, 2, 32));
    ObjectNode opt = JSON.createObjectNode().put("peakLr", OPTIMIZER.peakLr()).put("minLr", OPTIMIZER.minLr())
        .put("warmupSteps", OPTIMIZER.warmupSteps()).put("totalSteps", OPTIMIZER.totalSteps())
        .put("beta1", OPTIMIZER.beta1()).put("beta2", OPTIMIZER.beta2()).put("eps", OPTIMIZER.eps())
        .put("weightDecay", OPTIMIZER.weightDecay()).put("maxGradNorm", OPTIMIZER.maxGradNorm());
    JSON.writeValue(WORK.resolve("optimizer.json").toFile(), opt);
    ArrayNode steps = JSON.createArrayNode();
    steps.addObject().put("mode", "make-checkpoint").put("out", WORK.resolve("model").toString())
        .put("config", WORK.resolve("config.json").toString());
    steps.addObject().put("mode", "train-step").put("model", WORK.resolve("model").toString())
        .put("tokens", WORK.resolve("tokens.npy").toString()).put("targets", WORK.resolve("targets.npy").toString())
        .put("optimizer", WORK.resolve("optimizer.json").toString()).put("out", WORK.resolve("torch").toString());
    HfReference.runBatch(harness, steps, WORK);

    ModelSpec model = HfModels.fromDirectory(WORK.resolve("model"));
    TrainStep.Program program = TrainStep.build(model, RunShape.of(2, 32, BlockSizes.of(8, 16, 8)), OPTIMIZER);
    Path hlo = WORK.resolve("train_step.hlo");
    Files.writeString(hlo, HloTextPrinter.print(program.module()));
    Checkpoint checkpoint = Checkpoint.open(WORK.resolve("model"));
    List<Input> inputs = new ArrayList<>(List.of(Input.replicated(WORK.resolve("tokens.npy")),
        Input.replicated(WORK.resolve("targets.npy")), write("step", HostTensor.ofInts(new int[] {1}))));
    List<Input> zeros = new ArrayList<>();
    for (WeightSpec w : program.weights()) {
      inputs.add(write("weight." + w.name(), CheckpointWeights.load(spec(w), checkpoint)));
      zeros.add(write("zeros." + w.name(), HostTensor.zeros(DType.F32, dims(w))));
    }
    inputs.addAll(zeros);
    inputs.addAll(zeros);
    List<Output> outputs = new ArrayList<>();
    for (String s : List.of("loss", "grad_norm", "lr")) {
      outputs.add(Output.first(WORK.resolve(s + ".xla.npy")));
    }
    for (String kind : List.of("param", "m", "v")) {
      for (WeightSpec w : program.weights()) {
        outputs.add(Output.first(WORK.resolve(kind + "." + w.name() + ".xla.npy")));
      }
    }
    XlaHarness.Summary run = harness.run(List.of(new Program("train_step", hlo, 1, inputs, outputs)), WORK);
    assertTrue(run.program("train_step").ok(), run.program("train_step").error());

    for (String s : List.of("loss", "grad_norm", "lr")) {
      float ours = Npy.read(WORK.resolve(s + ".xla.npy")).toFloats()[0];
      float torch = Npy.read(WORK.resolve("torch").resolve(s + ".npy")).toFloats()[0];
      System.out.printf(Locale.ROOT, "[train-step] %-9s %.7g vs torch %.7g%n", s, ours, torch);
      assertTrue(Math.abs(ours - torch) <= 1e-4 * Math.abs(torch), s + ": " + ours + " vs " + torch);
    }
    Checkpoint after = Checkpoint.open(WORK.resolve("torch"));
    Checkpoint m1 = Checkpoint.open(WORK.resolve("torch").resolve("exp_avg"));
    Checkpoint m2 = Checkpoint.open(WORK.resolve("torch").resolve("exp_avg_sq"));
    for (WeightSpec w : program.weights()) {
      float[] before = CheckpointWeights.load(spec(w), checkpoint).toFloats();
      float[] ours = Npy.read(WORK.resolve("param." + w.name() + ".xla.npy")).toFloats();
      float[] theirs = CheckpointWeights.load(spec(w), after).toFloats();
      double update = Differences.relativeL2(minus(ours, before), minus(theirs, before));
      double first = Differences.relativeL2(Npy.read(WORK.resolve("m." + w.name() + ".xla.npy")).toFloats(),
          CheckpointWeights.load(spec(w), m1).toFloats());
      double second = Differences.relativeL2(Npy.read(WORK.resolve("v." + w.name() + ".xla.npy")).toFloats(),
          CheckpointWeights.load(spec(w), m2).toFloats());
      System.out.printf(Locale.ROOT, "[train-step] %-40s update %.2e, m %.2e, v %.2e (relative L2)%n", w.name(), update,
          first, second);
      assertTrue(update <= TOLERANCE && first <= TOLERANCE && second <= TOLERANCE, w.name());
    }
  }

  private static Input write(String name, HostTensor t) throws Exception {
    Path path = WORK.resolve(name + ".npy");
    Npy.write(path, t);
    return Input.replicated(path);
  }

  private static TensorSpec spec(WeightSpec w) {
    return TensorSpec.replicated(w.name(), Role.WEIGHT, DType.F32, w.shape()).withHfName(w.hfName(), false);
  }

  private static long[] dims(WeightSpec w) {
    return w.shape().stream().mapToLong(Long::longValue).toArray();
  }

  private static float[] minus(float[] a, float[] b) {
    float[] d = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }
}
