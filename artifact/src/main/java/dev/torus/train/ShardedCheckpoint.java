package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.FusedTensors;
import dev.torus.hf.Safetensors;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A training checkpoint that no host ever holds whole: {@code step-NNNNNNNN/} under a checkpoints
 * directory, with {@value #TRAINER_JSON} (the next step, the mesh and the caller's fields), the
 * train step's {@value #MANIFEST}, the model's {@code config.json} when the artifact records one, and
 * {@code shards/<tensor>/p<partition>.npy}: each distinct piece of each weight and moment once,
 * written by the process that owns the lowest partition holding it. A padded shard
 * ({@link TensorSpec.Sharding#pad}) is stored at its true shape, without the zeros past the weight's
 * true size ({@link MeshSharding#withoutPad}; a piece of nothing but pad has size 0 there), and padded
 * again when it is read.
 *
 * <p>Writing is atomic across processes: every process writes into {@code step-N.partial/}; after a
 * barrier, process 0 writes {@value #TRAINER_JSON} and renames the directory to {@code step-N}. A run
 * that dies mid-save leaves a {@code .partial} directory that {@link #latest} never picks (the next
 * save removes it). The directory must be one filesystem all processes see (a pod's shared disk).
 */
public final class ShardedCheckpoint {
  public static final String TRAINER_JSON = "trainer.json";
  public static final String SHARDS = "shards";
  /** The train step's manifest, which says how every tensor is sharded. */
  public static final String MANIFEST = "manifest.json";
  private static final String PARTIAL = ".partial";
  private static final Pattern STEP_DIR = Pattern.compile("step-(\\d{8})");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ShardedCheckpoint() {}

  /** {@code step-NNNNNNNN}: the directory of the checkpoint taken after {@code step}. */
  public static String dirName(int step) {
    return String.format("step-%08d", step);
  }

  /** The newest complete checkpoint under {@code checkpoints}, if any. */
  public static Optional<Path> latest(Path checkpoints) throws IOException {
    if (!Files.isDirectory(checkpoints)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(checkpoints)) {
      return dirs.filter(d -> STEP_DIR.matcher(d.getFileName().toString()).matches())
          .filter(d -> Files.isRegularFile(d.resolve(TRAINER_JSON)))
          .max(Comparator.comparing(d -> d.getFileName().toString()));
    }
  }

  /**
   * Writes this process's part of the checkpoint after step {@code nextStep - 1} and, on process 0,
   * completes it once every process has written (see the class comment); the checkpoint's directory.
   */
  public static Path save(Engine engine, Path checkpoints, int nextStep, Map<String, ?> fields,
      ObjectNode hfConfig) throws IOException {
    Manifest manifest = engine.artifact().manifest();
    int step = nextStep - 1;
    Path done = checkpoints.resolve(dirName(step));
    Path partial = checkpoints.resolve(dirName(step) + PARTIAL);
    Files.createDirectories(partial.resolve(SHARDS));
    engine.barrier("save-" + step + "-start");
    for (TensorSpec spec : residentSpecs(manifest)) {
      List<HostTensor> pieces = engine.get(spec.name());
      Path dir = partial.resolve(SHARDS).resolve(spec.name());
      Files.createDirectories(dir);
      for (int k = 0; k < engine.localPartitions().size(); k++) {
        int p = engine.localPartitions().get(k);
        if (owner(manifest, spec, p) == p) {
          Npy.write(dir.resolve("p" + p + ".npy"), MeshSharding.withoutPad(pieces.get(k), spec, manifest.mesh(), p));
        }
      }
    }
    engine.barrier("save-" + step + "-written");
    if (engine.processIndex() == 0) {
      ObjectNode trainer = JSON.createObjectNode().put("nextStep", nextStep).put("processCount", engine.processCount());
      trainer.set("mesh", JSON.valueToTree(manifest.mesh()));
      fields.forEach((k, v) -> trainer.set(k, JSON.valueToTree(v)));
      if (hfConfig != null) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(partial.resolve(Checkpoint.CONFIG).toFile(), hfConfig);
      }
      Files.writeString(partial.resolve(MANIFEST), manifest.toJson());
      JSON.writerWithDefaultPrettyPrinter().writeValue(partial.resolve(TRAINER_JSON).toFile(), trainer);
      if (Files.exists(done)) {
        deleteTree(done);
      }
      try {
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, done);
      }
      try (Stream<Path> stale = Files.list(checkpoints)) {
        for (Path d : stale.filter(d -> d.getFileName().toString().endsWith(PARTIAL)).toList()) {
          deleteTree(d);
        }
      }
    }
    engine.barrier("save-" + step + "-done");
    return done;
  }

  /** The checkpoint's {@value #TRAINER_JSON}; refuses a directory that is not a complete checkpoint. */
  public static JsonNode trainerJson(Path dir) throws IOException {
    Path json = dir.resolve(TRAINER_JSON);
    checkArgument(Files.isRegularFile(json), "%s has no %s: give a checkpoint directory that a training run saved"
        + " (step-NNNNNNNN under its --out/checkpoints)", dir, TRAINER_JSON);
    return JSON.readTree(json.toFile());
  }

  /**
   * Puts the checkpoint's weights and moments into {@code engine} (this process's pieces); the step
   * it continues from. The mesh must be the one it was saved on.
   */
  public static int restore(Engine engine, Path dir) throws IOException {
    JsonNode trainer = trainerJson(dir);
    Manifest manifest = engine.artifact().manifest();
    JsonNode mesh = JSON.valueToTree(manifest.mesh());
    checkArgument(mesh.equals(trainer.path("mesh")), "%s was saved on mesh %s; this run's mesh is %s (resume with"
        + " the same --ring, --dp and --fsdp, on any number of processes)", dir, trainer.path("mesh"), mesh);
    for (TensorSpec spec : residentSpecs(manifest)) {
      List<HostTensor> pieces = new ArrayList<>();
      for (int p : engine.localPartitions()) {
        Path file = dir.resolve(SHARDS).resolve(spec.name()).resolve("p" + owner(manifest, spec, p) + ".npy");
        checkArgument(Files.isRegularFile(file), "checkpoint %s lacks %s", dir, dir.relativize(file));
        HostTensor piece = Npy.read(file);
        List<Long> stored = MeshSharding.trueShape(spec, manifest.mesh(), p);
        checkArgument(piece.dtype() == spec.dtype() && piece.shape().equals(stored),
            "%s holds %s, expected %s", file, HostTensor.typeString(piece.dtype(), piece.shape()),
            HostTensor.typeString(spec.dtype(), stored));
        pieces.add(MeshSharding.withPad(piece, spec, manifest.mesh(), p));
      }
      engine.put(spec.name(), pieces);
    }
    int next = trainer.path("nextStep").asInt(0);
    checkArgument(next >= 1, "%s: nextStep must be at least 1, got %s", dir.resolve(TRAINER_JSON), trainer.path("nextStep"));
    return next;
  }

  /**
   * Writes the checkpoint's weights as a Hugging Face model directory ({@code config.json},
   * {@code model.safetensors}) that {@code torus run} and {@code transformers} load; gathers one
   * tensor at a time. Weights that are rows of one checkpoint tensor ({@code hfRows}, Phi-3's fused
   * {@code qkv_proj} and {@code gate_up_proj}) are written joined, as the checkpoint stored them.
   */
  public static void toHuggingFace(Path dir, Path out) throws IOException {
    trainerJson(dir);
    Path config = dir.resolve(Checkpoint.CONFIG);
    checkArgument(Files.isRegularFile(config), "%s has no %s (the model has no Hugging Face form)", dir, Checkpoint.CONFIG);
    Manifest manifest = Manifest.fromJson(JSON.readTree(dir.resolve(MANIFEST).toFile()), dir.resolve(MANIFEST).toString());
    Map<String, HostTensor> weights = new LinkedHashMap<>();
    Map<String, List<FusedTensors.Part>> fused = new LinkedHashMap<>();
    for (TensorSpec spec : residentSpecs(manifest)) {
      if (spec.role() != Role.WEIGHT) {
        continue;
      }
      List<HostTensor> pieces = new ArrayList<>();
      for (int p = 0; p < manifest.mesh().deviceCount(); p++) {
        HostTensor stored = Npy.read(dir.resolve(SHARDS).resolve(spec.name()).resolve("p" + owner(manifest, spec, p) + ".npy"));
        pieces.add(MeshSharding.withPad(stored, spec, manifest.mesh(), p));
      }
      Map<String, HostTensor> byName = new LinkedHashMap<>();
      byLayer(spec, MeshSharding.gather(pieces, spec, manifest.mesh()), byName);
      if (spec.hfRows() == null) {
        weights.putAll(byName);
      } else {   // rows of a fused tensor (Phi-3's qkv_proj): joined with the other weights' rows below
        byName.forEach((name, t) -> {
          weights.putIfAbsent(name, t);   // a placeholder that keeps the tensor's place in the file's order
          fused.computeIfAbsent(name, n -> new ArrayList<>()).add(new FusedTensors.Part(spec.hfRowStart(), t));
        });
      }
    }
    fused.forEach((name, parts) -> weights.put(name, FusedTensors.join(name, parts)));
    Files.createDirectories(out);
    Files.copy(config, out.resolve(Checkpoint.CONFIG), StandardCopyOption.REPLACE_EXISTING);
    Safetensors.write(out.resolve(Checkpoint.SINGLE_FILE), weights);
  }

  /** The main entry point's inputs that a run keeps resident: weights and optimizer state. */
  static List<TensorSpec> residentSpecs(Manifest manifest) {
    return manifest.entryPoint(dev.torus.artifact.EntryPoint.MAIN).inputs().stream()
        .filter(t -> t.role() == Role.WEIGHT || t.role() == Role.STATE).toList();
  }

  /** The lowest partition holding the same piece of {@code spec} as partition {@code p}. */
  static int owner(Manifest manifest, TensorSpec spec, int p) {
    for (int q = 0; q < p; q++) {
      int qq = q;
      if (spec.sharding().stream().allMatch(s -> s.piece(manifest.mesh(), qq) == s.piece(manifest.mesh(), p))) {
        return q;
      }
    }
    return p;
  }

  /** A weight under its Hugging Face name, or one tensor per layer when it is stacked. */
  private static void byLayer(TensorSpec spec, HostTensor t, Map<String, HostTensor> into) {
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

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Whether {@code name} is a checkpoint directory's name ({@code step-NNNNNNNN}). */
  public static boolean isStepDir(String name) {
    Matcher m = STEP_DIR.matcher(name);
    return m.matches();
  }
}
