package dev.torus.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.TokenLayout;
import dev.torus.dsl.hf.Checkpoint;
import dev.torus.dsl.hf.HfModels;
import dev.torus.dsl.hf.Safetensors;
import dev.torus.runtime.CheckpointWeights;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.SequenceOrder;
import dev.torus.runtime.TorusRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains a model on the CPU through TensorFlow Java: the compiled train step (a ring program as its
 * single-device emulation) run once per step, its new weights and moments fed back in. Data is bytes:
 * by default a copy task (a random pattern of 8 letters from {@code a..h}, repeated), or windows of a
 * file. Batch {@code k} depends only on the seed and {@code k}, so a resumed run continues the same
 * loss curve. A checkpoint is a Hugging Face model directory ({@code config.json},
 * {@code model.safetensors}) with {@code optimizer/m} and {@code optimizer/v} (same names) and
 * {@code trainer.json} (the next step and the seed).
 */
public final class Trainer {
  /** How to train; {@code data}, {@code out} and {@code resume} may be null; {@code fsdp} shards weights and moments over the ring. */
  public record Options(int steps, int batch, int seq, int ring, TokenLayout layout, BlockSizes blocks, AdamW optimizer,
      long seed, Path data, Path out, Path resume, int fsdp) {
    public Options {
      checkArgument(steps >= 1, "--steps must be at least 1, got %s", steps);
      checkArgument(batch >= 1 && seq >= 2, "batch %s and sequence %s: need at least 1 and 2", batch, seq);
    }
  }

  /** One step's figures. */
  public record Step(int step, float loss, float gradNorm, float learningRate, double millis) {}

  public static final String TRAINER_JSON = "trainer.json";
  static final ObjectMapper JSON = new ObjectMapper();

  private Trainer() {}

  /**
   * Runs {@code o.steps()} steps from {@code checkpoint} (a model directory; null: random weights from
   * the seed) or from {@code o.resume()}, reporting each step to {@code progress}.
   */
  public static List<Step> train(ModelSpec model, Path checkpoint, Options o, Path workDir, Consumer<Step> progress)
      throws IOException {
    RunShape shape = RunShape.ring(o.batch(), o.seq(), o.blocks(), o.ring(), o.layout(), 1).withFsdp(o.fsdp());
    Artifact artifact = TrainCompiler.compile(model, shape, o.optimizer()).write(workDir.resolve("artifact"),
        shape.devices() > 1);
    EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
    Path from = o.resume() != null ? o.resume() : checkpoint;
    if (from == null) {
      from = workDir.resolve("init");
      RandomCheckpoint.write(model, from, o.seed());
    }
    int first = 1;
    if (o.resume() != null) {
      first = JSON.readTree(o.resume().resolve(TRAINER_JSON).toFile()).get("nextStep").asInt();
    }
    Map<String, HostTensor> state = new LinkedHashMap<>();
    try (Checkpoint weights = Checkpoint.open(from)) {
      for (TensorSpec spec : main.inputs()) {
        if (spec.role().equals("weight")) {
          state.put(spec.name(), CheckpointWeights.load(spec, weights));
        } else if (spec.role().equals("state")) {
          state.put(spec.name(), o.resume() == null ? HostTensor.zeros(DType.F32, dims(spec.globalShape()))
              : loadMoment(o.resume(), spec));
        }
      }
    }
    byte[] corpus = o.data() == null ? null : Files.readAllBytes(o.data());
    checkArgument(corpus == null || corpus.length > o.seq(), "--data %s has %s bytes; it needs more than the sequence %s",
        o.data(), corpus == null ? 0 : corpus.length, o.seq());
    List<Step> steps = new ArrayList<>();
    try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = runtime.load(artifact)) {
      for (int k = first; k < first + o.steps(); k++) {
        long t0 = System.nanoTime();
        HostTensor[] batch = batch(o, corpus, k);
        try (LoadedProgram.Feed feed = program.feed()) {
          for (TensorSpec spec : main.inputs()) {
            HostTensor value = switch (spec.role()) {
              case "tokens" -> SequenceOrder.toDeviceOrder(batch[0], o.layout(), o.ring());
              case "targets" -> SequenceOrder.toDeviceOrder(batch[1], o.layout(), o.ring());
              case "step" -> HostTensor.ofInts(new int[] {k});
              default -> state.get(spec.name());
            };
            feed.set(spec.name(), value);
          }
          List<HostTensor> out = feed.run();
          for (int i = 3; i < out.size(); i++) {
            state.put(main.outputs().get(i).name(), out.get(i));
          }
          Step s = new Step(k, out.get(0).toFloats()[0], out.get(1).toFloats()[0], out.get(2).toFloats()[0],
              (System.nanoTime() - t0) / 1e6);
          steps.add(s);
          progress.accept(s);
        }
      }
    }
    if (o.out() != null) {
      save(model, main, state, o.out(), first + o.steps(), o.seed());
    }
    return steps;
  }

  /** Tokens and next-token targets {@code [B, S]} of step {@code k}: a function of the seed and k only. */
  static HostTensor[] batch(Options o, byte[] corpus, int k) {
    SplittableRandom random = new SplittableRandom(o.seed() * 1_000_003L + k);
    int[] tokens = new int[o.batch() * o.seq()];
    int[] targets = new int[o.batch() * o.seq()];
    for (int row = 0; row < o.batch(); row++) {
      int[] text = new int[o.seq() + 1];
      if (corpus == null) {
        int[] pattern = new int[8];
        for (int i = 0; i < pattern.length; i++) {
          pattern[i] = 'a' + random.nextInt(8);
        }
        for (int i = 0; i < text.length; i++) {
          text[i] = pattern[i % pattern.length];
        }
      } else {
        int start = random.nextInt(corpus.length - o.seq());
        for (int i = 0; i < text.length; i++) {
          text[i] = corpus[start + i] & 0xff;
        }
      }
      System.arraycopy(text, 0, tokens, row * o.seq(), o.seq());
      System.arraycopy(text, 1, targets, row * o.seq(), o.seq());
    }
    return new HostTensor[] {HostTensor.ofInts(tokens, o.batch(), o.seq()), HostTensor.ofInts(targets, o.batch(), o.seq())};
  }

  /** Writes the weights as a Hugging Face directory, the moments under optimizer/, and trainer.json. */
  static void save(ModelSpec model, EntryPoint main, Map<String, HostTensor> state, Path dir, int nextStep, long seed)
      throws IOException {
    Files.createDirectories(dir.resolve("optimizer/m"));
    Files.createDirectories(dir.resolve("optimizer/v"));
    Map<String, HostTensor> weights = new LinkedHashMap<>();
    Map<String, HostTensor> m = new LinkedHashMap<>();
    Map<String, HostTensor> v = new LinkedHashMap<>();
    for (TensorSpec spec : main.inputs()) {
      Map<String, HostTensor> into = spec.role().equals("weight") ? weights
          : spec.name().startsWith("m.") ? m : spec.name().startsWith("v.") ? v : null;
      if (into != null) {
        unstack(spec, state.get(spec.name()), into);
      }
    }
    HfModels.writeConfig(model, dir);
    Safetensors.write(dir.resolve(Checkpoint.SINGLE_FILE), weights);
    for (String moment : List.of("m", "v")) {
      HfModels.writeConfig(model.toBuilder().paramType(DType.F32).build(), dir.resolve("optimizer/" + moment));
      Safetensors.write(dir.resolve("optimizer/" + moment).resolve(Checkpoint.SINGLE_FILE), moment.equals("m") ? m : v);
    }
    ObjectNode trainer = JSON.createObjectNode().put("nextStep", nextStep).put("seed", seed);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(TRAINER_JSON).toFile(), trainer);
  }

  private static HostTensor loadMoment(Path resume, TensorSpec spec) {
    String moment = spec.name().substring(0, 1);
    try (Checkpoint c = Checkpoint.open(resume.resolve("optimizer/" + moment))) {
      return CheckpointWeights.load(spec, c);
    }
  }

  /** A weight under its Hugging Face name, or one tensor per layer when it is stacked. */
  private static void unstack(TensorSpec spec, HostTensor t, Map<String, HostTensor> into) {
    if (!spec.hfName().contains(TensorSpec.LAYER)) {
      into.put(spec.hfName(), t);
      return;
    }
    int depth = Math.toIntExact(t.shape().get(0));
    List<Long> layerShape = t.shape().subList(1, t.shape().size());
    int size = t.byteSize() / depth;
    for (int layer = 0; layer < depth; layer++) {
      byte[] bytes = new byte[size];
      System.arraycopy(t.bytes(), layer * size, bytes, 0, size);
      into.put(spec.hfName().replace(TensorSpec.LAYER, Integer.toString(layer)), HostTensor.of(t.dtype(), layerShape, bytes));
    }
  }

  private static long[] dims(List<Long> shape) {
    return shape.stream().mapToLong(Long::longValue).toArray();
  }
}
