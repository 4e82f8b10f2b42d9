package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A compiled train step running on an {@link Engine}, and the loop's position: the weights and AdamW
 * moments stay resident in the engine (the step donates them to its outputs), each {@link #step}
 * feeds one batch and reads the loss, gradient norm and learning rate back. The same session runs
 * on TensorFlow Java on one CPU and on the JAX engine on N devices and hosts; with several processes
 * each runs its own session over its own engine and feeds only its partitions' rows.
 *
 * <p>{@link #start} puts a Hugging Face checkpoint's weights in and zero moments; {@link #resume}
 * continues from a {@link ShardedCheckpoint} bit-identically (the batches depend only on the seed and
 * the step).
 */
public final class TrainingSession implements AutoCloseable {
  /** The key, in the manifest's {@code model}, of the {@code config.json} a checkpoint carries. */
  public static final String HF_CONFIG = "hfConfig";
  /** The optional entry point of a train artifact that computes the loss only (the compiler's {@code TrainCompiler.EVAL}). */
  public static final String EVAL = "eval";

  /** One step's figures. */
  public record Step(int step, float loss, float gradNorm, float learningRate) {}

  private final Engine engine;
  private final Manifest manifest;
  private final EntryPoint main;
  private final Map<String, Long> memory;
  private int nextStep;

  private TrainingSession(Engine engine, int nextStep) {
    this.engine = engine;
    this.manifest = engine.artifact().manifest();
    this.main = trainStep(manifest);
    this.nextStep = nextStep;
    this.memory = engine.load(EntryPoint.MAIN);
    if (hasEval()) {
      engine.load(EVAL);
    }
  }

  /**
   * Step 1 on {@code engine}: the weights of the Hugging Face directory {@code checkpointDir}, moments
   * zero; refuses a step that does not fit the engine's devices ({@link #checkFits}).
   */
  public static TrainingSession start(Engine engine, Path checkpointDir) {
    return start(engine, checkpointDir, true);
  }

  /** {@link #start(Engine, Path)}, with the fit check only when {@code checkFit}. */
  public static TrainingSession start(Engine engine, Path checkpointDir, boolean checkFit) {
    try {
      if (checkFit) {
        checkFits(engine);
      }
      return startOrThrow(engine, checkpointDir);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  private static TrainingSession startOrThrow(Engine engine, Path checkpointDir) {
    TrainingSession session = new TrainingSession(engine, 1);
    Manifest m = engine.artifact().manifest();
    try (Checkpoint weights = Checkpoint.open(checkpointDir)) {
      for (TensorSpec spec : ShardedCheckpoint.residentSpecs(m)) {
        if (spec.role() == Role.WEIGHT) {
          engine.put(spec.name(), local(engine, MeshSharding.toDevices(m, spec, CheckpointWeights.load(spec, weights))));
        } else {
          List<HostTensor> zeros = new ArrayList<>();
          for (int k = 0; k < engine.localPartitions().size(); k++) {
            zeros.add(HostTensor.zeros(spec.dtype(), spec.perDeviceShape().stream().mapToLong(Long::longValue).toArray()));
          }
          engine.put(spec.name(), zeros);
        }
      }
    }
    return session;
  }

  /** Continues from a checkpoint {@link #save} wrote: its weights, moments and next step (after the fit check). */
  public static TrainingSession resume(Engine engine, Path checkpointDir) throws IOException {
    return resume(engine, checkpointDir, true);
  }

  /** {@link #resume(Engine, Path)}, with the fit check only when {@code checkFit}. */
  public static TrainingSession resume(Engine engine, Path checkpointDir, boolean checkFit) throws IOException {
    try {
      trainStep(engine.artifact().manifest());
      if (checkFit) {
        checkFits(engine);
      }
      ShardedCheckpoint.trainerJson(checkpointDir);
      TrainingSession session = new TrainingSession(engine, 1);
      session.nextStep = ShardedCheckpoint.restore(engine, checkpointDir);
      return session;
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /**
   * Refuses the engine's train step when the manifest's per-device memory exceeds what the engine's
   * devices have ({@link MemoryFit}); nothing is compiled or allocated for it. A no-op when the
   * engine cannot tell its memory or the manifest has no figures.
   *
   * @throws DoesNotFitException naming both figures
   */
  public static void checkFits(Engine engine) {
    engine.deviceMemory().ifPresent(memory -> MemoryFit.check(engine.artifact().manifest(), memory));
  }

  /** The step the next {@link #step} runs (the learning-rate schedule's position). */
  public int nextStep() {
    return nextStep;
  }

  /** The engine this session runs on. */
  public Engine engine() {
    return engine;
  }

  /** The train step's compiled memory statistics from the engine (empty when it has none). */
  public Map<String, Long> memory() {
    return memory;
  }

  /** Tokens per step: batch times sequence (all micro-batches of a step that accumulates). */
  public long tokensPerStep() {
    TensorSpec tokens = main.inputs().stream().filter(t -> t.role() == Role.TOKENS).findFirst().orElseThrow();
    return HostTensor.elementCount(tokens.globalShape());
  }

  /**
   * One step on step {@link #nextStep}'s batch from {@code data} (this process's rows only); packed
   * documents ({@link BatchSource.Batch#packed}) for an artifact that takes them, plain rows otherwise.
   */
  public synchronized Step step(BatchSource data) {
    return run(batchFeeds(main, data, nextStep));
  }

  private Step run(Map<String, List<HostTensor>> feeds) {
    feeds.put(spec(Role.STEP).name(), replicated(HostTensor.ofInts(new int[] {nextStep})));
    Map<String, HostTensor> out = engine.run(EntryPoint.MAIN, feeds);
    Step s = new Step(nextStep, scalar(out, "loss"), scalar(out, "grad_norm"), scalar(out, "learning_rate"));
    nextStep++;
    return s;
  }

  /**
   * One step on {@code tokens} and their next-token {@code targets}, both the whole batch s32
   * {@code [batch, S]} in sequence order (the library form: each process feeds its own pieces).
   */
  public synchronized Step step(HostTensor tokens, HostTensor targets) {
    checkUnpacked();
    Map<String, List<HostTensor>> feeds = new LinkedHashMap<>();
    feeds.put(spec(Role.TOKENS).name(), local(engine, MeshSharding.toDevices(manifest, spec(Role.TOKENS), tokens)));
    feeds.put(spec(Role.TARGETS).name(), local(engine, MeshSharding.toDevices(manifest, spec(Role.TARGETS), targets)));
    return run(feeds);
  }

  /**
   * One step on packed documents (an artifact compiled with packed documents): the whole batch's
   * tokens, targets, segment ids and document positions, in sequence order.
   */
  public synchronized Step step(DocumentPacking.Rows rows) {
    checkState(packed(), "artifact %s does not take packed documents; compile it with packed documents or feed"
        + " tokens and targets", manifest.name());
    Map<String, List<HostTensor>> feeds = new LinkedHashMap<>();
    feed(feeds, Role.TOKENS, rows.tokensTensor());
    feed(feeds, Role.TARGETS, rows.targetsTensor());
    feed(feeds, Role.SEGMENT_IDS, rows.segmentIdsTensor());
    feed(feeds, Role.POSITIONS, rows.positionsTensor());
    return run(feeds);
  }

  /** Whether the train step takes packed documents (segment ids and document positions). */
  public boolean packed() {
    return main.inputs().stream().anyMatch(t -> t.role() == Role.SEGMENT_IDS);
  }

  private void checkUnpacked() {
    checkState(!packed(), "artifact %s takes packed documents (segment_ids, positions); feed it DocumentPacking rows",
        manifest.name());
  }

  private void feed(Map<String, List<HostTensor>> feeds, Role role, HostTensor whole) {
    feeds.put(spec(role).name(), local(engine, MeshSharding.toDevices(manifest, spec(role), whole)));
  }

  /** Whether the artifact can compute an eval loss (it has an {@value #EVAL} entry point). */
  public boolean hasEval() {
    return manifest.entryPoints().stream().anyMatch(e -> e.name().equals(EVAL));
  }

  /**
   * The mean loss over {@code batches} batches of {@code data} (batch k taken as step k's), weights unchanged;
   * packed documents as {@link #step(BatchSource)} takes them.
   */
  public synchronized double evalLoss(BatchSource data, int batches) {
    checkState(hasEval(), "artifact %s has no '%s' entry point; recompile it with this Torus", manifest.name(), EVAL);
    double sum = 0;
    for (int k = 1; k <= batches; k++) {
      sum += scalar(engine.run(EVAL, batchFeeds(manifest.entryPoint(EVAL), data, k)), "loss");
    }
    return sum / batches;
  }

  /**
   * Saves a {@link ShardedCheckpoint} under {@code checkpoints} (every process calls this at the same
   * step), with {@code fields} in its trainer.json; the checkpoint's directory.
   */
  public synchronized Path save(Path checkpoints, Map<String, ?> fields) throws IOException {
    return ShardedCheckpoint.save(engine, checkpoints, nextStep, fields, hfConfig());
  }

  @Override
  public void close() {
    engine.close();
  }

  /**
   * The tokens and targets of step {@code step}'s batch for {@code entry}, as this process's pieces:
   * as many rows as its tokens input has (a step that accumulates micro-batches takes all of them);
   * with their segment ids and positions when {@code entry} takes packed documents.
   */
  private Map<String, List<HostTensor>> batchFeeds(EntryPoint entry, BatchSource data, int step) {
    TensorSpec tokens = spec(entry, Role.TOKENS);
    boolean packed = entry.inputs().stream().anyMatch(t -> t.role() == Role.SEGMENT_IDS);
    int batch = Math.toIntExact(tokens.globalShape().get(0));
    int seq = Math.toIntExact(tokens.globalShape().get(1));
    int[][] whole = new int[packed ? 4 : 2][batch * seq];
    for (int[] rows : localRows(tokens, batch)) {
      BatchSource.Batch b = data.rows(step, rows[0], rows[1]);
      checkArgument(b.seq() == seq && b.rows() == rows[1], "%s gave %s x %s tokens for rows %s..%s, expected %s each",
          data.description(), b.rows(), b.seq(), rows[0], rows[0] + rows[1] - 1, seq);
      checkState(b.packed() == packed, packed
          ? "artifact %s takes packed documents (segment_ids, positions), but %s gives plain rows; give the"
              + " documents' end-of-sequence id (--documents)"
          : "artifact %s takes plain rows, but %s gives packed documents; compile it with packed documents",
          manifest.name(), data.description());
      int[][] parts = packed ? new int[][] {b.tokens(), b.targets(), b.segmentIds(), b.positions()}
          : new int[][] {b.tokens(), b.targets()};
      for (int k = 0; k < parts.length; k++) {
        System.arraycopy(parts[k], 0, whole[k], rows[0] * seq, parts[k].length);
      }
    }
    Role[] roles = {Role.TOKENS, Role.TARGETS, Role.SEGMENT_IDS, Role.POSITIONS};
    Map<String, List<HostTensor>> feeds = new LinkedHashMap<>();
    for (int k = 0; k < whole.length; k++) {
      TensorSpec spec = spec(entry, roles[k]);
      feeds.put(spec.name(), local(engine, MeshSharding.toDevices(manifest, spec, HostTensor.ofInts(whole[k], batch, seq))));
    }
    return feeds;
  }

  /** [first row, row count] ranges of the global batch that this process's partitions take. */
  private List<int[]> localRows(TensorSpec tokens, int batch) {
    TensorSpec.Sharding rowSharding = tokens.sharding().stream().filter(s -> s.dim() == 0).findFirst().orElse(null);
    if (rowSharding == null) {
      return List.of(new int[] {0, batch});
    }
    int groups = manifest.mesh().axes().stream().filter(a -> a.name().equals(rowSharding.axis())).findFirst()
        .orElseThrow().size();
    int per = batch / groups;
    TreeSet<Integer> coordinates = new TreeSet<>();
    engine.localPartitions().forEach(p -> coordinates.add(manifest.mesh().coordinate(p, rowSharding.axis())));
    return coordinates.stream().map(c -> new int[] {c * per, per}).toList();
  }

  private List<HostTensor> replicated(HostTensor value) {
    List<HostTensor> pieces = new ArrayList<>();
    engine.localPartitions().forEach(p -> pieces.add(value));
    return pieces;
  }

  private static List<HostTensor> local(Engine engine, List<HostTensor> all) {
    return engine.localPartitions().stream().map(all::get).toList();
  }

  private TensorSpec spec(Role role) {
    return spec(main, role);
  }

  private static TensorSpec spec(EntryPoint entry, Role role) {
    return entry.inputs().stream().filter(t -> t.role() == role).findFirst().orElseThrow();
  }

  private static float scalar(Map<String, HostTensor> out, String name) {
    HostTensor t = out.get(name);
    checkState(t != null, "the program returned no '%s'", name);
    return t.dtype() == DType.F32 ? t.toFloats()[0] : t.to(DType.F32).toFloats()[0];
  }

  /** The {@code config.json} the compiler recorded for this model's checkpoints, or null. */
  private @Nullable ObjectNode hfConfig() {
    JsonNode model = manifest.model();
    return model != null && model.get(HF_CONFIG) instanceof ObjectNode config ? config.deepCopy() : null;
  }

  /** The train step's entry point; refuses artifacts that are not one. */
  private static EntryPoint trainStep(Manifest m) {
    EntryPoint main = m.entryPoint(EntryPoint.MAIN);
    List<Role> roles = main.inputs().stream().map(TensorSpec::role).distinct().toList();
    checkArgument(roles.contains(Role.TARGETS) && roles.contains(Role.STEP) && roles.contains(Role.STATE),
        "artifact %s is not a train step (its inputs have roles %s); compile with --task train", m.name(), roles);
    // The donations say which outputs are next step's weights and moments; without them nothing would update.
    checkArgument(!main.donations().isEmpty(),
        "artifact %s is a train step that donates no state to its outputs; recompile it with this Torus", m.name());
    return main;
  }
}
