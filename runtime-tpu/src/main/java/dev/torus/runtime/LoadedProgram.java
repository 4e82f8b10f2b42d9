package dev.torus.runtime;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Mesh;
import dev.torus.artifact.TensorSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Scope;
import org.tensorflow.proto.DataType;

/**
 * One StableHLO program ready to run on the CPU through TensorFlow's {@code XlaCallModule} op. It
 * owns a TensorFlow {@link Graph} and {@link Session}; close it to free them. XLA compiles the
 * module on the first {@link #run}; later runs reuse the compiled program. Safe to run from several
 * threads, but not while it is being closed.
 *
 * <p>Inputs are checked against the declared parameters (count, element type, shape) before
 * anything reaches TensorFlow. The module's parameters and results have each spec's
 * {@link TensorSpec#perDeviceShape()}. The emulated form of a multi-device artifact takes and
 * returns global tensors ({@link TensorSpec#asGlobal()}): the runtime splits each into the mesh's
 * per-device pieces and stacks them for the module (which runs every device's program), and
 * gathers the results back, as the manifest shards them.
 */
public final class LoadedProgram implements AutoCloseable {
  /** Serialization version of the {@code XlaCallModule} op this runtime builds. */
  static final long XLA_CALL_MODULE_VERSION = 9;

  private final String label;
  private final String programFile;
  private final ImmutableList<TensorSpec> inputs;
  private final ImmutableList<TensorSpec> outputs;
  private final Emulation emulation;
  private final Graph graph;
  private final Session session;
  private final ImmutableList<TensorSpec> moduleOutputs;
  private final ImmutableList<Output<?>> feeds;
  private final ImmutableList<Output<?>> fetches;
  private final Consumer<LoadedProgram> onClose;
  private volatile boolean closed;

  /**
   * How an emulated mesh program is fed: it takes and returns every tensor as the mesh's per-device
   * pieces stacked along a new leading dimension (partition order); callers give and get global
   * tensors, split and gathered as the manifest's specs shard them.
   */
  private record Emulation(Mesh mesh, ImmutableList<TensorSpec> inputs, ImmutableList<TensorSpec> outputs) {
    static TensorSpec stacked(TensorSpec spec, int devices) {
      List<Long> shape = new ArrayList<>(List.of((long) devices));
      shape.addAll(spec.perDeviceShape());
      return TensorSpec.replicated(spec.name(), spec.role(), spec.dtype(), shape);
    }
  }

  private LoadedProgram(String label, String programFile, String mlirText, List<TensorSpec> inputs,
      List<TensorSpec> outputs, Emulation emulation, Consumer<LoadedProgram> onClose) {
    this.label = label;
    this.programFile = programFile;
    this.emulation = emulation;
    this.inputs = ImmutableList.copyOf(emulation == null ? inputs : inputs.stream().map(TensorSpec::asGlobal).toList());
    this.outputs = ImmutableList.copyOf(emulation == null ? outputs : outputs.stream().map(TensorSpec::asGlobal).toList());
    List<TensorSpec> moduleInputs = emulation == null ? inputs
        : inputs.stream().map(t -> Emulation.stacked(t, emulation.mesh().deviceCount())).toList();
    this.moduleOutputs = ImmutableList.copyOf(emulation == null ? outputs
        : outputs.stream().map(t -> Emulation.stacked(t, emulation.mesh().deviceCount())).toList());
    this.onClose = onClose;
    SingleDeviceCheck.check(label + ": " + programFile, mlirText);
    Graph g = new Graph();
    try {
      Scope scope = g.baseScope();
      ImmutableList.Builder<Output<?>> feedList = ImmutableList.builder();
      List<Output<?>> args = new ArrayList<>();
      for (int i = 0; i < moduleInputs.size(); i++) {
        TensorSpec spec = moduleInputs.get(i);
        Output<?> fed = g.opBuilder("Placeholder", "input_" + i, scope)
            .setAttr("dtype", TfTensors.transportType(spec.dtype()))
            .setAttr("shape", TfTensors.shape(spec.perDeviceShape()))
            .build()
            .output(0);
        feedList.add(fed);
        args.add(bitcastIfNeeded(g, scope, fed, TfTensors.programType(spec.dtype()), "input_" + i + "_u32"));
      }
      GraphOperation call = g.opBuilder("XlaCallModule", "call", scope)
          .addInputList(args.toArray(new Output<?>[0]))
          .setAttr("version", XLA_CALL_MODULE_VERSION)
          .setAttr("module", mlirText)
          .setAttr("Tin", moduleInputs.stream().map(s -> TfTensors.programType(s.dtype())).toArray(DataType[]::new))
          .setAttr("Tout", moduleOutputs.stream().map(s -> TfTensors.programType(s.dtype())).toArray(DataType[]::new))
          .setAttr("Sout", moduleOutputs.stream().map(s -> TfTensors.shape(s.perDeviceShape())).toArray(Shape[]::new))
          .setAttr("dim_args_spec", new String[0])
          .setAttr("platforms", new String[] {TorusRuntime.PLATFORM})
          .build();
      ImmutableList.Builder<Output<?>> fetchList = ImmutableList.builder();
      for (int i = 0; i < this.outputs.size(); i++) {
        fetchList.add(bitcastIfNeeded(g, scope, call.output(i),
            TfTensors.transportType(this.outputs.get(i).dtype()), "output_" + i + "_s32"));
      }
      this.feeds = feedList.build();
      this.fetches = fetchList.build();
      this.session = new Session(g);
    } catch (RuntimeException e) {
      g.close();
      throw e;
    }
    this.graph = g;
  }

  /** Loads the program an artifact's manifest selects (see {@link TorusRuntime#load(Artifact)}). */
  static LoadedProgram fromArtifact(Artifact artifact, Consumer<LoadedProgram> onClose) {
    Manifest manifest = artifact.manifest();
    String label = "artifact " + manifest.name();
    EntryPoint main = manifest.entryPoint(EntryPoint.MAIN);
    int devices = manifest.mesh().deviceCount();
    if (devices == 1) {
      return new LoadedProgram(label, Artifact.STABLEHLO, artifact.programText(Artifact.STABLEHLO),
          main.inputs(), main.outputs(), null, onClose);
    }
    if (!artifact.hasEmulatedProgram()) {
      throw new UnsupportedProgramException(
          label + " is a " + devices + "-device SPMD program (mesh " + manifest.mesh() + "); the single-device"
              + " CPU runtime cannot run collectives. Compile with --emulate or run it with the XLA harness");
    }
    return new LoadedProgram(label, Artifact.EMULATED_STABLEHLO, artifact.programText(Artifact.EMULATED_STABLEHLO),
        main.inputs(), main.outputs(), new Emulation(manifest.mesh(), main.inputs(), main.outputs()), onClose);
  }

  /**
   * Loads StableHLO text that has no artifact directory. {@code inputs} and {@code outputs} describe
   * {@code @main}'s parameters and results in order, at their {@link TensorSpec#perDeviceShape()};
   * {@code name} labels the program in messages. The same checks as for artifacts apply: a module
   * with collectives or more than one partition is refused with {@link UnsupportedProgramException}.
   */
  public static LoadedProgram fromStableHlo(
      String name, String mlirText, List<TensorSpec> inputs, List<TensorSpec> outputs) {
    return fromStableHlo(name, mlirText, inputs, outputs, p -> {});
  }

  static LoadedProgram fromStableHlo(String name, String mlirText, List<TensorSpec> inputs,
      List<TensorSpec> outputs, Consumer<LoadedProgram> onClose) {
    checkNotNull(name, "name");
    checkNotNull(mlirText, "mlirText");
    EntryPoint.of(EntryPoint.MAIN, inputs, outputs); // checks names are unique
    return new LoadedProgram("program " + name, "StableHLO module", mlirText, inputs, outputs, null, onClose);
  }

  /** The program's parameters in order, at the shapes it takes. */
  public ImmutableList<TensorSpec> inputs() {
    return inputs;
  }

  /** The program's results in order, at the shapes it returns. */
  public ImmutableList<TensorSpec> outputs() {
    return outputs;
  }

  /** Which module runs: an artifact file name such as {@value Artifact#EMULATED_STABLEHLO}. */
  public String programFile() {
    return programFile;
  }

  /** Runs the program on {@code args}, one per input in order; returns one tensor per output. */
  public ImmutableList<HostTensor> run(List<HostTensor> args) {
    checkState(!closed, "%s is closed", label);
    checkArgument(
        args.size() == inputs.size(), "%s takes %s inputs %s, got %s",
        label, inputs.size(), names(inputs), args.size());
    try (Feed feed = feed()) {
      for (int i = 0; i < args.size(); i++) {
        feed.set(i, args.get(i));
      }
      return feed.run();
    }
  }

  /** A {@link Feed} for one run of this program. */
  public Feed feed() {
    checkState(!closed, "%s is closed", label);
    return new Feed();
  }

  /**
   * The inputs of one run, given one at a time: each is checked and copied into a TensorFlow tensor
   * at once, so the caller need not keep its host copy (a model's weights then exist once, in
   * TensorFlow). {@link #run} runs the program and frees the fed tensors; close a feed that is not run.
   */
  public final class Feed implements AutoCloseable {
    private final Tensor[] fed = new Tensor[inputs.size()];

    private Feed() {}

    /** Sets input {@code i} (in declaration order). */
    public Feed set(int i, HostTensor arg) {
      checkArgument(i >= 0 && i < inputs.size(), "%s has no input %s (it takes %s)", label, i, inputs.size());
      TensorSpec spec = inputs.get(i);
      checkNotNull(arg, "input '%s' of %s is null", spec.name(), label);
      checkArgument(
          arg.dtype() == spec.dtype() && arg.shape().equals(spec.perDeviceShape()),
          "input '%s' of %s: expected %s, got %s",
          spec.name(), label, spec.perDeviceType(), HostTensor.typeString(arg.dtype(), arg.shape()));
      HostTensor module = emulation == null ? arg
          : MeshSharding.stack(MeshSharding.split(arg, emulation.inputs().get(i), emulation.mesh()));
      if (fed[i] != null) {
        fed[i].close();
      }
      fed[i] = TfTensors.toTensor(module);
      return this;
    }

    /** Sets the input called {@code name}. */
    public Feed set(String name, HostTensor arg) {
      List<String> names = names(inputs);
      int i = names.indexOf(name);
      checkArgument(i >= 0, "%s has no input '%s'; its inputs are %s", label, name, names);
      return set(i, arg);
    }

    /** Runs the program on the inputs set; returns one tensor per output. */
    public ImmutableList<HostTensor> run() {
      checkState(!closed, "%s is closed", label);
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < fed.length; i++) {
        if (fed[i] == null) {
          missing.add(inputs.get(i).name());
        }
      }
      checkState(missing.isEmpty(), "%s: inputs %s were not set", label, missing);
      try {
        Session.Runner runner = session.runner();
        for (int i = 0; i < fed.length; i++) {
          runner.feed(feeds.get(i), fed[i]);
        }
        fetches.forEach(runner::fetch);
        try (Result result = runner.run()) {
          ImmutableList.Builder<HostTensor> out = ImmutableList.builder();
          for (int i = 0; i < outputs.size(); i++) {
            TensorSpec spec = moduleOutputs.get(i);
            HostTensor got = TfTensors.fromTensor(result.get(i), spec.dtype(), spec.perDeviceShape(),
                "output '" + spec.name() + "' of " + label);
            out.add(emulation == null ? got
                : MeshSharding.gather(MeshSharding.unstack(got), emulation.outputs().get(i), emulation.mesh()));
          }
          return out.build();
        }
      } finally {
        close();
      }
    }

    /** Frees the tensors fed so far; idempotent. */
    @Override
    public void close() {
      for (int i = 0; i < fed.length; i++) {
        if (fed[i] != null) {
          fed[i].close();
          fed[i] = null;
        }
      }
    }
  }

  /**
   * Runs the program on inputs given by name (exactly the input names); returns the outputs by name
   * in declaration order.
   */
  public ImmutableMap<String, HostTensor> run(Map<String, HostTensor> args) {
    Set<String> expected = new LinkedHashSet<>(names(inputs));
    if (!expected.equals(args.keySet())) {
      throw new IllegalArgumentException(
          label + " takes inputs " + expected + "; missing " + Sets.difference(expected, args.keySet())
              + ", unknown " + Sets.difference(args.keySet(), expected));
    }
    ImmutableList<HostTensor> results = run(inputs.stream().map(s -> args.get(s.name())).toList());
    ImmutableMap.Builder<String, HostTensor> out = ImmutableMap.builder();
    for (int i = 0; i < outputs.size(); i++) {
      out.put(outputs.get(i).name(), results.get(i));
    }
    return out.buildOrThrow();
  }

  /** Frees the session and graph; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      session.close();
      graph.close();
    } finally {
      onClose.accept(this);
    }
  }

  @Override
  public String toString() {
    return label + " (" + programFile + ")";
  }

  private static Output<?> bitcastIfNeeded(Graph g, Scope scope, Output<?> x, DataType to, String name) {
    if (x.dataType() == to) {
      return x;
    }
    return g.opBuilder("Bitcast", name, scope).addInput(x).setAttr("type", to).build().output(0);
  }

  private static List<String> names(List<TensorSpec> specs) {
    return specs.stream().map(TensorSpec::name).collect(Collectors.toList());
  }
}
