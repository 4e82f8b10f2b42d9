package dev.torus.compiler;

import dev.torus.artifact.Role;
import com.fasterxml.jackson.databind.json.JsonMapper;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Mesh;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a model's forward pass into a per-device program and its manifest: inputs
 * {@code tokens s32[B, S]} (split over the ring along the sequence, in the shape's token layout)
 * then the replicated weights (Hugging Face names, {@code {layer}} for stacked
 * per-layer weights), output {@code logits f32[B, S, V]} (and, in a debug build,
 * {@code executed_kv_blocks s32[]}).
 */
public final class ForwardCompiler {
  private ForwardCompiler() {}

  /**
   * Compiled programs and the manifest that describes them (no hash yet): {@code programs} maps
   * each of the manifest's entry points to its SPMD per-device module.
   */
  public record Compiled(Manifest manifest, ImmutableMap<String, HloModule> programs) {
    public Compiled {
      programs = ImmutableMap.copyOf(programs);
      checkArgument(programs.containsKey(EntryPoint.MAIN), "compiled %s has no '%s' program", manifest.name(),
          EntryPoint.MAIN);
    }

    /** One program, the manifest's {@code main} entry point. */
    public Compiled(HloModule module, Manifest manifest) {
      this(manifest, ImmutableMap.of(EntryPoint.MAIN, module));
    }

    /** The {@code main} program. */
    public HloModule module() {
      return programs.get(EntryPoint.MAIN);
    }

    /** Writes the artifact; a mesh of up to {@link ArtifactAssembler#DEFAULT_EMULATION_LIMIT} devices gets its emulation. */
    public Artifact write(Path dir) throws IOException {
      return write(dir, manifest.mesh().deviceCount() <= ArtifactAssembler.DEFAULT_EMULATION_LIMIT);
    }

    /** Writes the artifact, with the single-device emulation of a multi-device program when {@code emulate}. */
    public Artifact write(Path dir, boolean emulate) throws IOException {
      return ArtifactAssembler.write(dir, manifest, programs, emulate);
    }
  }

  public static Compiled compile(ModelSpec model, RunShape shape, boolean countBlocks) {
    return compile(model, shape, countBlocks, Target.DEFAULT);
  }

  /** {@link #compile} for backend {@code target} (the program differs only for {@code gpu}). */
  public static Compiled compile(ModelSpec model, RunShape shape, boolean countBlocks,
      Target target) {
    ModelLowering.Forward f = ModelLowering.forward(model, shape, countBlocks, target);
    List<TensorSpec> inputs = new ArrayList<>();
    inputs.add(sequenceSharded("tokens", Role.TOKENS, DType.S32, shape, List.of((long) shape.batch(), (long) shape.sequence())));
    inputs.addAll(documentInputs(shape));
    for (WeightSpec w : f.weights()) {
      inputs.add(weightSpec(w.name(), Role.WEIGHT, w, w.dtype(), shape));
    }
    List<TensorSpec> outputs = new ArrayList<>();
    outputs.add(sequenceSharded("logits", Role.LOGITS, DType.F32, shape,
        List.of((long) shape.batch(), (long) shape.sequence(), (long) model.vocabSize())));
    if (countBlocks) {
      outputs.add(TensorSpec.replicated("executed_kv_blocks", Role.DEBUG, DType.S32, ImmutableList.of()));
    }
    com.fasterxml.jackson.databind.node.ObjectNode modelTree = JsonMapper.builder().build()
        .valueToTree(new ModelRecord(model, shape));
    if (target != Target.DEFAULT) {   // recorded only where the program differs
      modelTree.put(TARGET, target.label());
    }
    Manifest manifest = Manifest.builder().torusVersion(Torus.VERSION).name(f.module().name())
        .model(modelTree)
        .mesh(mesh(shape))
        .tokenLayout(shape.layout())
        .blockSize("blockQ", shape.blocks().query()).blockSize("blockKv", shape.blocks().keyValue())
        .blockSize("chunk", shape.blocks().chunk())
        .entryPoint(EntryPoint.of(EntryPoint.MAIN, inputs, outputs)).build();
    return new Compiled(f.module(), manifest);
  }

  /**
   * Packed documents' inputs ({@link RunShape#packed}): {@code segment_ids} (role {@code segment_ids})
   * and {@code positions} (role {@code positions}), s32 {@code [batch, sequence]} sharded like the
   * tokens; none otherwise.
   */
  static List<TensorSpec> documentInputs(RunShape shape) {
    if (!shape.packed()) {
      return List.of();
    }
    List<Long> ids = List.of((long) shape.batch(), (long) shape.sequence());
    return List.of(sequenceSharded(dev.torus.compiler.lower.ModelLowering.Documents.SEGMENT_IDS, Role.SEGMENT_IDS,
        DType.S32, shape, ids),
        sequenceSharded(dev.torus.compiler.lower.ModelLowering.Documents.POSITIONS, Role.POSITIONS, DType.S32, shape, ids));
  }

  /**
   * A weight's (or a moment's) spec: whole, or with FSDP split along its sharded dimension over the
   * ring axis (or the data-parallel axis, or both: {@code dp} then {@code ring} as inner axis), padded
   * to a multiple of {@code fsdp} when it does not divide (the global shape stays the true one); the
   * Hugging Face name is the weight's.
   */
  static TensorSpec weightSpec(String name, Role role, WeightSpec w, DType type, RunShape shape) {
    int dim = dev.torus.compiler.lower.Fsdp.shardedDim(w, shape);
    String axis = shape.fsdpOverRing() ? RING_AXIS : DP_AXIS;
    ImmutableList<String> inner = shape.fsdpOverMesh() ? ImmutableList.of(RING_AXIS) : ImmutableList.of();
    TensorSpec spec = dim < 0 ? TensorSpec.replicated(name, role, type, w.shape())
        : TensorSpec.sharded(name, role, type, w.shape(), dev.torus.compiler.lower.Fsdp.localShape(w, shape),
            List.of(new TensorSpec.Sharding(dim, axis, inner, dev.torus.compiler.lower.Fsdp.padding(w, shape))));
    return w.hfRows() == null ? spec.withHfName(w.hfName(), false)
        : spec.withHfRows(w.hfName(), w.hfRows().get(0), w.hfRows().get(1));
  }

  /** The mesh axis the sequence is sharded over. */
  public static final String RING_AXIS = Mesh.RING_AXIS;
  /** The mesh axis the batch is sharded over. */
  public static final String DP_AXIS = "dp";

  /** The (dp, ring) mesh, row-major, without axes of size 1: partition id {@code p = d * ring + r}. */
  public static Mesh mesh(RunShape shape) {
    List<Mesh.Axis> axes = new ArrayList<>();
    if (shape.dp() > 1) {
      axes.add(new Mesh.Axis(DP_AXIS, shape.dp()));
    }
    if (shape.ring() > 1) {
      axes.add(new Mesh.Axis(RING_AXIS, shape.ring()));
    }
    return Mesh.rowMajor(axes.toArray(Mesh.Axis[]::new));
  }

  /**
   * A tensor {@code [batch, sequence, ...]}: the batch split over the dp axis, the sequence over the
   * ring (in the shape's token layout: the host puts tokens in device order).
   */
  static TensorSpec sequenceSharded(String name, Role role, DType type, RunShape shape, List<Long> global) {
    List<Long> local = new ArrayList<>(global);
    List<TensorSpec.Sharding> sharding = new ArrayList<>();
    if (shape.dp() > 1) {
      local.set(0, (long) shape.localBatch());
      sharding.add(new TensorSpec.Sharding(0, DP_AXIS));
    }
    if (shape.ring() > 1) {
      local.set(1, (long) shape.localSequence());
      sharding.add(new TensorSpec.Sharding(1, RING_AXIS));
    }
    return TensorSpec.sharded(name, role, type, global, local, sharding);
  }

  /**
   * What the manifest records of the model: the spec and the shape it was compiled for (a train
   * artifact adds the task and the optimizer, a gpu one its {@link #TARGET}, read elsewhere).
   */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  public record ModelRecord(ModelSpec spec, RunShape shape) {}

  /** The manifest model's key of the {@code --target} a forward program was compiled for, when not the default. */
  public static final String TARGET = "target";

  /** The target a forward artifact's program was compiled for ({@link #TARGET}; the default when absent). */
  public static Target target(Manifest manifest) {
    return manifest.model() != null && manifest.model().has(TARGET)
        ? Target.of(manifest.model().get(TARGET).asText())
        : Target.DEFAULT;
  }

  /**
   * The model and shape an artifact was compiled from, compiled again, with a check that this
   * compiler emits exactly the artifact's program: analyses of the result are analyses of the
   * program in the artifact.
   *
   * @throws IllegalArgumentException when the manifest records no model this compiler can read, or
   *     the program differs (another Torus version or a hand-edited artifact)
   */
  public static Compiled recompile(Artifact artifact) {
    Manifest manifest = artifact.manifest();
    if (manifest.model() != null && manifest.model().has("task") && !manifest.model().get("task").asText().equals("forward")) {
      throw new IllegalArgumentException("artifact " + artifact.dir() + " holds a " + manifest.model().get("task").asText()
          + " program; this analyses forward programs (compile one with --task forward)");
    }
    ModelRecord record;
    try {
      record = JsonMapper.builder().build().treeToValue(manifest.model(), ModelRecord.class);
    } catch (Exception e) {
      throw new IllegalArgumentException("artifact " + artifact.dir() + ": its manifest's model cannot be read back ("
          + e.getMessage().lines().findFirst().orElse("") + "); recompile it with Torus " + Torus.VERSION, e);
    }
    boolean countBlocks = manifest.entryPoint(EntryPoint.MAIN).outputs().stream()
        .anyMatch(o -> o.name().equals("executed_kv_blocks"));
    Compiled compiled = compile(record.spec(), record.shape(), countBlocks, target(manifest));
    String emitted = HloTextPrinter.print(compiled.module());
    if (!emitted.equals(artifact.programText(Artifact.HLO))) {
      throw new IllegalArgumentException("artifact " + artifact.dir() + ": this compiler (Torus " + Torus.VERSION
          + ") emits a different program.hlo for its model (written by Torus " + manifest.torusVersion()
          + "); recompile the artifact");
    }
    return compiled;
  }
}
