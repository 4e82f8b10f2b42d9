package dev.torus.runtime;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import dev.torus.hf.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled train step and the state it carries from one step to the next: the weights and AdamW
 * moments, kept in TensorFlow's form between steps, and the step number. Each {@link #step} feeds
 * them with a batch, runs the program (a ring program as its single-device emulation) and keeps the
 * new weights and moments it returns.
 *
 * <p>A checkpoint is a Hugging Face model directory ({@code config.json}, {@code model.safetensors})
 * with the moments under {@code optimizer/m} and {@code optimizer/v} (same tensor names) and
 * {@value #TRAINER_JSON} ({@code nextStep}, and whatever fields the caller adds). {@link #start}
 * takes any Hugging Face directory of the model and zero moments; {@link #resume} takes a directory
 * {@link #save} wrote.
 */
public final class TrainingSession implements AutoCloseable {
  public static final String TRAINER_JSON = "trainer.json";
  /** The key, in the manifest's {@code model}, of the {@code config.json} a checkpoint carries. */
  public static final String HF_CONFIG = "hfConfig";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One step's figures. */
  public record Step(int step, float loss, float gradNorm, float learningRate) {}

  private final TorusRuntime runtime;
  private final LoadedProgram program;
  private final EntryPoint main;
  private final JsonNode model;
  private final Map<String, HostTensor> state;
  private int nextStep;

  private TrainingSession(Artifact artifact, Map<String, HostTensor> state, int nextStep) {
    Manifest m = artifact.manifest();
    this.main = m.entryPoint(EntryPoint.MAIN);
    this.model = m.model();
    this.state = state;
    this.nextStep = nextStep;
    this.runtime = TorusRuntime.cpu();
    try {
      this.program = runtime.load(artifact);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  /** Step 1 from the weights of {@code checkpointDir}, moments zero. */
  public static TrainingSession start(Artifact artifact, Path checkpointDir) {
    EntryPoint main = trainStep(artifact);
    Map<String, HostTensor> state = new LinkedHashMap<>();
    try (Checkpoint weights = Checkpoint.open(checkpointDir)) {
      for (TensorSpec spec : main.inputs()) {
        if (spec.role() == Role.WEIGHT) {
          state.put(spec.name(), CheckpointWeights.load(spec, weights));
        } else if (spec.role() == Role.STATE) {
          state.put(spec.name(), HostTensor.zeros(spec.dtype(), spec.globalShape().stream().mapToLong(Long::longValue).toArray()));
        }
      }
    }
    return new TrainingSession(artifact, state, 1);
  }

  /** Continues from a directory {@link #save} wrote: its weights, moments and next step. */
  public static TrainingSession resume(Artifact artifact, Path savedDir) throws IOException {
    EntryPoint main = trainStep(artifact);
    Path json = savedDir.resolve(TRAINER_JSON);
    checkArgument(Files.isRegularFile(json), "%s has no %s: resume takes a directory a training run saved", savedDir,
        TRAINER_JSON);
    int next = JSON.readTree(json.toFile()).path("nextStep").asInt(0);
    checkArgument(next >= 1, "%s: nextStep must be at least 1", json);
    Map<String, HostTensor> state = new LinkedHashMap<>();
    try (Checkpoint weights = Checkpoint.open(savedDir);
        Checkpoint m = Checkpoint.open(savedDir.resolve("optimizer/m"));
        Checkpoint v = Checkpoint.open(savedDir.resolve("optimizer/v"))) {
      for (TensorSpec spec : main.inputs()) {
        if (spec.role() == Role.WEIGHT) {
          state.put(spec.name(), CheckpointWeights.load(spec, weights));
        } else if (spec.role() == Role.STATE) {
          state.put(spec.name(), CheckpointWeights.load(spec, spec.name().startsWith("m.") ? m : v));
        }
      }
    }
    return new TrainingSession(artifact, state, next);
  }

  /** The step the next {@link #step} runs (the learning-rate schedule's position). */
  public int nextStep() {
    return nextStep;
  }

  /**
   * One step on {@code tokens} and their next-token {@code targets}, both s32 {@code [batch, S]} in
   * sequence order (ids in the vocabulary, targets too); keeps the new weights and moments.
   */
  public synchronized Step step(HostTensor tokens, HostTensor targets) {
    ImmutableList<HostTensor> out;
    try (LoadedProgram.Feed feed = program.feed()) {
      for (TensorSpec spec : main.inputs()) {
        HostTensor value = switch (spec.role()) {
          case TOKENS -> tokens;  // the runtime applies the token layout
          case TARGETS -> targets;
          case STEP -> HostTensor.ofInts(new int[] {nextStep});
          default -> state.get(spec.name());
        };
        feed.set(spec.name(), value);
      }
      out = feed.run();
    }
    for (EntryPoint.Donation d : main.donations()) {  // the new weights and moments are next step's inputs
      state.put(d.input(), out.get(main.outputIndex(d.output())));
    }
    Step s = new Step(nextStep, scalar(out, "loss"), scalar(out, "grad_norm"), scalar(out, "learning_rate"));
    nextStep++;
    return s;
  }

  /**
   * Writes the weights as a Hugging Face directory, the moments under {@code optimizer/}, and
   * {@value #TRAINER_JSON} with {@code nextStep} and {@code fields}.
   */
  public synchronized void save(Path dir, Map<String, ?> fields) throws IOException {
    ObjectNode config = hfConfig();
    Files.createDirectories(dir.resolve("optimizer/m"));
    Files.createDirectories(dir.resolve("optimizer/v"));
    Map<String, HostTensor> weights = new LinkedHashMap<>();
    Map<String, HostTensor> m = new LinkedHashMap<>();
    Map<String, HostTensor> v = new LinkedHashMap<>();
    for (TensorSpec spec : main.inputs()) {
      Map<String, HostTensor> into = spec.role() == Role.WEIGHT ? weights
          : spec.name().startsWith("m.") ? m : spec.name().startsWith("v.") ? v : null;
      if (into != null) {
        unstack(spec, state.get(spec.name()), into);
      }
    }
    writeConfig(config, dir);
    Safetensors.write(dir.resolve(Checkpoint.SINGLE_FILE), weights);
    for (String moment : List.of("m", "v")) {
      writeConfig(config.deepCopy().put("dtype", "float32"), dir.resolve("optimizer/" + moment));
      Safetensors.write(dir.resolve("optimizer/" + moment).resolve(Checkpoint.SINGLE_FILE), moment.equals("m") ? m : v);
    }
    ObjectNode trainer = JSON.createObjectNode().put("nextStep", nextStep);
    fields.forEach((k, value) -> trainer.set(k, JSON.valueToTree(value)));
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(TRAINER_JSON).toFile(), trainer);
  }

  @Override
  public void close() {
    try {
      program.close();
    } finally {
      runtime.close();
    }
  }

  /** The {@code config.json} the compiler recorded in the manifest for this model's checkpoints. */
  private ObjectNode hfConfig() {
    if (!(model != null && model.get(HF_CONFIG) instanceof ObjectNode config)) {
      throw new IllegalStateException("the train step's manifest records no Hugging Face config ('model."
          + HF_CONFIG + "'), so its weights cannot be saved as a Hugging Face directory; recompile it with this Torus");
    }
    return config.deepCopy();
  }

  private static void writeConfig(ObjectNode config, Path dir) throws IOException {
    Files.createDirectories(dir);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(Checkpoint.CONFIG).toFile(), config);
  }

  /** The train step's entry point; refuses artifacts that are not one. */
  private static EntryPoint trainStep(Artifact artifact) {
    Manifest m = artifact.manifest();
    EntryPoint main = m.entryPoint(EntryPoint.MAIN);
    List<Role> roles = main.inputs().stream().map(TensorSpec::role).distinct().toList();
    checkArgument(roles.contains(Role.TARGETS) && roles.contains(Role.STEP) && roles.contains(Role.STATE),
        "artifact %s is not a train step (its inputs have roles %s); compile with --task train", m.name(), roles);
    // The donations say which outputs are next step's weights and moments; without them nothing would update.
    checkArgument(!main.donations().isEmpty(),
        "artifact %s is a train step that donates no state to its outputs; recompile it with this Torus", m.name());
    return main;
  }

  private float scalar(List<HostTensor> out, String name) {
    return out.get(main.outputIndex(name)).toFloats()[0];
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
}
