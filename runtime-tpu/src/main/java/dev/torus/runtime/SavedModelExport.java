package dev.torus.runtime;

import dev.torus.artifact.Role;
import dev.torus.hf.CheckpointWeights;
import dev.torus.artifact.SequenceOrder;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Mesh;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.hf.Checkpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.Scope;
import org.tensorflow.proto.DataType;

/**
 * Writes a forward artifact as a TensorFlow SavedModel: what TensorFlow and TF Serving load on a
 * host, TPU hosts included. The graph holds
 * <ul>
 *   <li>one variable per weight input, named {@code weights/<input name>}, at its global shape,
 *       restored from the SavedModel's {@code variables/} (the checkpoint's values);
 *   <li>the program in one {@code XlaCallModule} node with {@code platforms = ["CPU", "TPU"]}, its
 *       {@code @main} taking the platform index as a leading argument that the op supplies;
 *   <li>signature {@value #SIGNATURE}: {@code tokens: int32[batch, S]} in sequence order to
 *       {@code logits: float32[batch, S, vocab]} in sequence order.
 * </ul>
 * A multi-device artifact is exported in its single-device emulation (the artifact must hold
 * {@value Artifact#EMULATED_STABLEHLO}), since an {@code XlaCallModule} node has no device
 * assignment for collectives. The graph then does the host's part itself: it puts the tokens in
 * device order (striped layout, {@link SequenceOrder}), splits every input into the mesh's
 * per-device pieces stacked along a new leading dimension and gathers the logits back (the ops
 * {@link LoadedProgram} puts around an emulated program too).
 */
public final class SavedModelExport {
  /** The signature key TF Serving and {@code tf.saved_model.load(...).signatures} use by default. */
  public static final String SIGNATURE = "serving_default";
  /** The platforms the {@code XlaCallModule} node names; index 0 (CPU) is what this machine runs. */
  public static final ImmutableList<String> PLATFORMS = ImmutableList.of("CPU", "TPU");
  /** Prefix of the variables' names. */
  public static final String VARIABLE_SCOPE = "weights/";

  private static final Pattern MAIN = Pattern.compile("func\\.func public @main\\(");
  private static final String PLATFORM_INDEX = "%platform_index: tensor<i32> {jax.global_constant = \"_platform_index\"}";

  private SavedModelExport() {}

  /** What was written. */
  public record Summary(Path dir, String programFile, List<Long> tokens, List<Long> logits, int variables,
      long weightBytes) {}

  /**
   * Exports {@code artifact}'s forward program with the weights of {@code checkpoint} (read by the
   * manifest's Hugging Face names) into {@code out}, which must not exist or be empty.
   *
   * @throws UnsupportedProgramException for a multi-device artifact without its emulated program
   * @throws IllegalArgumentException for an artifact that is not a forward pass (tokens and weights
   *     in, logits out), or a checkpoint whose tensors do not match the manifest
   */
  public static Summary write(Artifact artifact, Checkpoint checkpoint, Path out) throws IOException {
    checkNotNull(checkpoint, "checkpoint");
    Manifest manifest = artifact.manifest();
    String label = "artifact " + manifest.name();
    EntryPoint main = manifest.entryPoint(EntryPoint.MAIN);
    manifest.checkTakesTokensOnly("export");
    checkForward(label, main);
    Mesh mesh = manifest.mesh();
    int devices = mesh.deviceCount();
    String programFile = LoadedProgram.singleDeviceProgram(artifact, main);
    String module = artifact.programText(programFile);
    SingleDeviceCheck.check(label + ": " + programFile, module);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("SavedModel directory " + out + " is a file");
    }
    if (Files.exists(out)) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("SavedModel directory " + out + " exists and is not empty");
        }
      }
    }
    TokenLayout layout = SequenceOrder.layoutOf(manifest);

    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Scope scope = g.baseScope();
      TensorSpec tokenSpec = main.inputs().stream().filter(s -> s.role() == Role.TOKENS).findFirst().orElseThrow();
      Output<?> tokens = g.opBuilder("Placeholder", "tokens", scope)
          .setAttr("dtype", TfTensors.programType(tokenSpec.dtype()))
          .setAttr("shape", TfTensors.shape(tokenSpec.globalShape()))
          .build().output(0);
      List<Output<?>> args = new ArrayList<>();
      List<Weight> weights = new ArrayList<>();
      for (TensorSpec spec : main.inputs()) {
        Operand<?> global;
        if (spec.role() == Role.TOKENS) {
          global = tokens;
        } else {
          Weight w = Weight.declare(g, scope, spec);
          weights.add(w);
          global = w.read();
        }
        args.add(MeshGraph.toProgram(tf, global, spec, mesh, layout).asOutput());
      }
      TensorSpec logitsSpec = main.outputs().get(0);
      List<Long> moduleLogits = devices == 1 ? logitsSpec.perDeviceShape() : MeshGraph.stackedShape(logitsSpec, devices);
      GraphOperation call = LoadedProgram.callModule(g, scope, args, withPlatformIndex(module), main.inputs(),
          List.of(logitsSpec), List.of(moduleLogits), PLATFORMS);
      Operand<?> logits = MeshGraph.fromProgram(tf, call.output(0), logitsSpec, mesh, layout);
      Operand<?> named = tf.withName("logits").identity(logits);

      long bytes = 0;
      try (Session session = new Session(g)) {
        for (Weight w : weights) {
          HostTensor value = CheckpointWeights.load(w.spec(), checkpoint);
          bytes += value.byteSize();
          try (Tensor t = TfTensors.toTensor(value)) {
            session.runner().feed(w.value(), t).addTarget(w.assign()).run();
          }
        }
        Signature signature = Signature.builder().key(SIGNATURE)
            .input("tokens", tokens)
            .output("logits", named)
            .build();
        Files.createDirectories(out);
        SavedModelBundle.exporter(out.toString()).withFunction(SessionFunction.create(signature, session)).export();
      }
      return new Summary(out, programFile, tokenSpec.globalShape(), logitsSpec.globalShape(), weights.size(), bytes);
    }
  }

  /**
   * {@code module} with a leading {@code %platform_index: tensor<i32>} argument on {@code @main}, as
   * an {@code XlaCallModule} node with several platforms passes it (the op feeds it; callers do not).
   */
  static String withPlatformIndex(String module) {
    Matcher m = MAIN.matcher(module);
    if (!m.find()) {
      throw new IllegalArgumentException("the module has no 'func.func public @main('");
    }
    int at = m.end();
    boolean noArgs = module.startsWith(")", at);
    return module.substring(0, at) + PLATFORM_INDEX + (noArgs ? "" : ", ") + module.substring(at);
  }

  /** A variable holding one weight, and the placeholder and assignment that set it once before export. */
  private record Weight(TensorSpec spec, Output<?> value, GraphOperation assign, Output<?> read) {
    static Weight declare(Graph g, Scope scope, TensorSpec spec) {
      String name = VARIABLE_SCOPE + spec.name().replaceAll("[^A-Za-z0-9_.\\-/]", "_");
      DataType type = TfTensors.programType(spec.dtype());
      Shape shape = TfTensors.shape(spec.globalShape());
      Output<?> variable = g.opBuilder("VariableV2", name, scope)
          .setAttr("dtype", type).setAttr("shape", shape).build().output(0);
      Output<?> value = g.opBuilder("Placeholder", name + "/value", scope)
          .setAttr("dtype", type).setAttr("shape", shape).build().output(0);
      GraphOperation assign = g.opBuilder("Assign", name + "/assign", scope)
          .addInput(variable).addInput(value).build();
      Output<?> read = g.opBuilder("Identity", name + "/read", scope).addInput(variable).build().output(0);
      return new Weight(spec, value, assign, read);
    }
  }

  /** Gathers {@code x}'s sequence axis (dimension 1) by {@code index}; the identity is left out. */
  private static void checkForward(String label, EntryPoint main) {
    long tokens = main.inputs().stream().filter(s -> s.role() == Role.TOKENS).count();
    List<Role> other = main.inputs().stream().map(TensorSpec::role)
        .filter(r -> r != Role.TOKENS && r != Role.WEIGHT).distinct().toList();
    if (tokens != 1 || !other.isEmpty() || main.outputs().size() != 1 || main.outputs().get(0).role() != Role.LOGITS) {
      throw new IllegalArgumentException(label + " is not a forward pass (one tokens input, weights, logits out): it takes "
          + main.inputs().stream().map(s -> s.name() + " (" + s.role() + ")").toList() + " and returns "
          + main.outputs().stream().map(s -> s.name() + " (" + s.role() + ")").toList()
          + "; export writes forward artifacts (compile --task forward)");
    }
    if (main.inputs().stream().anyMatch(s -> s.role() != Role.TOKENS && s.hfName() == null)) {
      throw new IllegalArgumentException(label + ": a weight input has no Hugging Face name in the manifest");
    }
  }
}
