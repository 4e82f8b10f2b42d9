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
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.SequenceOrder;
import dev.torus.artifact.TokenLayout;
import dev.torus.artifact.TensorSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.Scope;
import org.tensorflow.proto.DataType;

/**
 * One StableHLO program ready to run on the CPU through TensorFlow's {@code XlaCallModule} op. It
 * owns a TensorFlow {@link Graph} and {@link Session}; close it to free them. XLA compiles the
 * module on the first {@link #run}; later runs reuse the compiled program.
 *
 * <p>Inputs are checked against the declared parameters (count, element type, shape) before
 * anything reaches TensorFlow. The module's parameters and results have each spec's
 * {@link TensorSpec#perDeviceShape()}. The emulated form of a multi-device artifact takes and
 * returns global tensors ({@link TensorSpec#asGlobal()}) in sequence order: ops in the graph
 * ({@code MeshGraph}) put tokens in the manifest's token layout, split each tensor into the mesh's
 * per-device pieces stacked for the module (which runs every device's program), and gather the
 * results back, as the manifest shards them. Callers never reorder tokens or logits themselves.
 *
 * <p>Thread safety and lifetime: {@link #run} and the runs of a {@link Feed} may be called from any
 * number of threads at once; TensorFlow's session runs them concurrently, each with its own input
 * and result tensors. {@link #close} waits for runs in flight, then frees the native session, graph
 * and open feeds; any later call fails with an {@link IllegalStateException} saying the program is
 * closed, never a native crash.
 */
public final class LoadedProgram implements AutoCloseable {
  /** Serialization version of the {@code XlaCallModule} op this runtime builds. */
  static final long XLA_CALL_MODULE_VERSION = 9;

  private final String label;
  private final String programFile;
  private final ImmutableList<TensorSpec> inputs;
  private final ImmutableList<TensorSpec> outputs;
  private final Graph graph;
  private final Session session;
  private final ImmutableList<Output<?>> feeds;
  private final ImmutableList<Output<?>> fetches;
  private final Consumer<LoadedProgram> onClose;
  /** Runs hold the read lock, so runs are concurrent; {@link #close} takes the write lock. */
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final Set<Feed> openFeeds = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private LoadedProgram(String label, String programFile, String mlirText, List<TensorSpec> inputs,
      List<TensorSpec> outputs, @Nullable Mesh emulated, TokenLayout layout, Consumer<LoadedProgram> onClose) {
    this.label = label;
    this.programFile = programFile;
    this.inputs = ImmutableList.copyOf(emulated == null ? inputs : inputs.stream().map(TensorSpec::asGlobal).toList());
    this.outputs = ImmutableList.copyOf(emulated == null ? outputs : outputs.stream().map(TensorSpec::asGlobal).toList());
    List<List<Long>> moduleOutputs = outputs.stream().map(t -> moduleShape(t, emulated)).toList();
    this.onClose = onClose;
    SingleDeviceCheck.check(label + ": " + programFile, mlirText);
    Graph g = new Graph();
    try {
      Ops tf = Ops.create(g);
      Scope scope = g.baseScope();
      ImmutableList.Builder<Output<?>> feedList = ImmutableList.builder();
      List<Output<?>> args = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        TensorSpec spec = inputs.get(i);
        Output<?> fed = g.opBuilder("Placeholder", "input_" + i, scope)
            .setAttr("dtype", TfTensors.transportType(spec.dtype()))
            .setAttr("shape", TfTensors.shape(this.inputs.get(i).perDeviceShape()))
            .build()
            .output(0);
        feedList.add(fed);
        Output<?> module = emulated == null ? fed : MeshGraph.toProgram(tf, fed, spec, emulated, layout).asOutput();
        args.add(bitcastIfNeeded(g, scope, module, TfTensors.programType(spec.dtype()), "input_" + i + "_u32"));
      }
      GraphOperation call = callModule(g, scope, args, mlirText, inputs, outputs, moduleOutputs,
          List.of(TorusRuntime.PLATFORM));
      ImmutableList.Builder<Output<?>> fetchList = ImmutableList.builder();
      for (int i = 0; i < outputs.size(); i++) {
        Output<?> result = bitcastIfNeeded(g, scope, call.output(i), TfTensors.transportType(outputs.get(i).dtype()),
            "output_" + i + "_s32");
        fetchList.add(emulated == null ? result
            : MeshGraph.fromProgram(tf, result, outputs.get(i), emulated, layout).asOutput());
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

  /** The shape the module takes or returns: per device, or stacked over the devices of an emulated mesh. */
  private static List<Long> moduleShape(TensorSpec spec, Mesh emulated) {
    return emulated == null ? spec.perDeviceShape() : MeshGraph.stackedShape(spec, emulated.deviceCount());
  }

  /**
   * The {@code XlaCallModule} node that runs {@code module} on {@code args}: parameters of the
   * {@code inputs}' types, results of the {@code outputs}' types at {@code outputShapes}, compiled
   * for {@code platforms} (with several, {@code @main} takes the platform index first).
   */
  static GraphOperation callModule(Graph g, Scope scope, List<Output<?>> args, String module, List<TensorSpec> inputs,
      List<TensorSpec> outputs, List<List<Long>> outputShapes, List<String> platforms) {
    return g.opBuilder("XlaCallModule", "call", scope)
        .addInputList(args.toArray(new Output<?>[0]))
        .setAttr("version", XLA_CALL_MODULE_VERSION)
        .setAttr("module", module)
        .setAttr("Tin", inputs.stream().map(s -> TfTensors.programType(s.dtype())).toArray(DataType[]::new))
        .setAttr("Tout", outputs.stream().map(s -> TfTensors.programType(s.dtype())).toArray(DataType[]::new))
        .setAttr("Sout", outputShapes.stream().map(TfTensors::shape).toArray(Shape[]::new))
        .setAttr("dim_args_spec", new String[0])
        .setAttr("platforms", platforms.toArray(String[]::new))
        .build();
  }

  /**
   * The program file of {@code entry} in {@code artifact} that one {@code XlaCallModule} node runs:
   * its StableHLO on one device, else its single-device emulation of the mesh.
   *
   * @throws UnsupportedProgramException for a multi-device artifact written without its emulation
   */
  static String singleDeviceProgram(Artifact artifact, EntryPoint entry) {
    Manifest manifest = artifact.manifest();
    int devices = manifest.mesh().deviceCount();
    Artifact.ProgramFiles files = Artifact.programFiles(entry);
    if (devices == 1) {
      return files.stableHlo();
    }
    if (!artifact.hasProgram(files.emulatedStableHlo())) {
      throw new UnsupportedProgramException("artifact " + manifest.name() + " is a " + devices
          + "-device SPMD program (mesh " + manifest.mesh() + ") without its single-device emulation; an"
          + " XlaCallModule node cannot run collectives. Compile with --emulate, or run it on " + devices
          + " devices with torus pod-run");
    }
    return files.emulatedStableHlo();
  }

  /** Loads the program of an artifact's entry point (see {@link TorusRuntime#load(Artifact, String)}). */
  static LoadedProgram fromArtifact(Artifact artifact, String entryPoint, Consumer<LoadedProgram> onClose) {
    Manifest manifest = artifact.manifest();
    EntryPoint entry = manifest.entryPoint(entryPoint);
    String file = singleDeviceProgram(artifact, entry);
    return new LoadedProgram("artifact " + manifest.name() + (entryPoint.equals(EntryPoint.MAIN) ? "" : " (" + entryPoint + ")"),
        file, artifact.programText(file), entry.inputs(), entry.outputs(),
        manifest.mesh().deviceCount() == 1 ? null : manifest.mesh(), SequenceOrder.layoutOf(manifest), onClose);
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
    return new LoadedProgram("program " + name, "StableHLO module", mlirText, inputs, outputs, null,
        TokenLayout.CONTIGUOUS, onClose);
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

  /** A {@link Feed} for runs of this program; closing the program closes it. */
  public Feed feed() {
    checkState(!closed, "%s is closed", label);
    Feed feed = new Feed();
    openFeeds.add(feed);
    if (closed) { // closed while this feed was being made: close() may not have seen it
      feed.close();
      throw new IllegalStateException(label + " is closed");
    }
    return feed;
  }

  /**
   * Runs the session on {@code fed} (one tensor per input), {@code override} in place of input
   * {@code overridden} when that is not -1, and hands the results to {@code use} while TensorFlow
   * holds them. Holds the lifecycle's read lock, so {@link #close} waits for it and a run after
   * close fails as closed.
   */
  private <T> T execute(Tensor[] fed, int overridden, @Nullable Tensor override, OutputUse<T> use)
      throws IOException {
    lifecycle.readLock().lock();
    try {
      checkState(!closed, "%s is closed", label);
      Session.Runner runner = session.runner();
      for (int i = 0; i < fed.length; i++) {
        runner.feed(feeds.get(i), i == overridden ? override : fed[i]);
      }
      fetches.forEach(runner::fetch);
      try (Result result = runner.run()) {
        ImmutableList.Builder<TensorSource> out = ImmutableList.builder();
        for (int i = 0; i < outputs.size(); i++) {
          TensorSpec spec = outputs.get(i);
          out.add(TfTensors.source(result.get(i), spec.dtype(), spec.perDeviceShape(),
              "output '" + spec.name() + "' of " + label));
        }
        return use.apply(out.build());
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * A run's outputs: those the caller asked to keep as TensorFlow tensors (the caller owns and closes
   * them), the others copied to the host.
   */
  public record Outputs(ImmutableMap<String, HostTensor> host, ImmutableMap<String, Tensor> kept) {}

  /**
   * Runs on {@code args} (one TensorFlow tensor per input, in order; the caller keeps owning them, a
   * program output it kept before may be one) and keeps the outputs named in {@code keep} in
   * TensorFlow's memory: an engine's resident state (a KV cache, weights) then never crosses to the
   * host between runs.
   */
  public Outputs runResident(List<Tensor> args, Set<String> keep) {
    checkArgument(args.size() == inputs.size(), "%s takes %s inputs %s, got %s", label, inputs.size(), names(inputs),
        args.size());
    lifecycle.readLock().lock();
    try {
      checkState(!closed, "%s is closed", label);
      Session.Runner runner = session.runner();
      for (int i = 0; i < args.size(); i++) {
        TensorSpec spec = inputs.get(i);
        Tensor t = checkNotNull(args.get(i), "input '%s' of %s is null", spec.name(), label);
        checkArgument(t.shape().equals(TfTensors.shape(spec.perDeviceShape())), "input '%s' of %s: expected %s, got shape %s",
            spec.name(), label, spec.perDeviceType(), t.shape());
        runner.feed(feeds.get(i), t);
      }
      fetches.forEach(runner::fetch);
      // The result is not closed as a whole: that would free the kept tensors; each other one is closed here.
      Result result = runner.run();
      ImmutableMap.Builder<String, HostTensor> host = ImmutableMap.builder();
      ImmutableMap.Builder<String, Tensor> kept = ImmutableMap.builder();
      for (int i = 0; i < outputs.size(); i++) {
        TensorSpec spec = outputs.get(i);
        Tensor t = result.get(i);
        if (keep.contains(spec.name())) {
          kept.put(spec.name(), t);
        } else {
          try {
            host.put(spec.name(), TfTensors.fromTensor(t, spec.dtype(), spec.perDeviceShape(),
                "output '" + spec.name() + "' of " + label));
          } finally {
            t.close();
          }
        }
      }
      return new Outputs(host.buildOrThrow(), kept.buildOrThrow());
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** The outputs copied into host memory (each at most 2 GiB). */
  private static ImmutableList<HostTensor> toHost(ImmutableList<TensorSource> outputs) {
    return outputs.stream().map(TensorSource::toHost).collect(ImmutableList.toImmutableList());
  }

  /**
   * The inputs of runs, given one at a time: each is checked and copied into a TensorFlow tensor at
   * once, so the caller need not keep its host copy (a model's weights then exist once, in
   * TensorFlow). {@link #run} runs the program and frees the fed tensors; {@link #runKeepingInputs}
   * keeps them for further runs; {@link #runWith} runs with one input replaced for that run only.
   * Close a feed that is not {@link #run}; a closed feed refuses further use.
   *
   * <p>Thread safety: several threads may {@link #runKeepingInputs} or {@link #runWith} one feed at
   * once (their runs are concurrent); {@link #set} and {@link #close} wait for runs in flight, so no
   * run reads a tensor that is being freed.
   */
  public final class Feed implements AutoCloseable {
    private final Tensor[] fed = new Tensor[inputs.size()];
    /** Runs hold the read lock; {@link #set} and {@link #close}, which replace or free tensors, the write lock. */
    private final ReentrantReadWriteLock tensors = new ReentrantReadWriteLock();
    private boolean feedClosed;

    private Feed() {}

    /**
     * Sets input {@code i} (in declaration order); a source not in host memory is copied into
     * TensorFlow window by window, so it may have any size.
     */
    public Feed set(int i, TensorSource arg) {
      checkInput(i, arg);
      Tensor tensor = TfTensors.toTensor(arg);
      tensors.writeLock().lock();
      try {
        if (closed || feedClosed) {
          tensor.close();
          throw new IllegalStateException(closed ? label + " is closed" : "a closed feed of " + label + " cannot be set");
        }
        if (fed[i] != null) {
          fed[i].close();
        }
        fed[i] = tensor;
      } finally {
        tensors.writeLock().unlock();
      }
      return this;
    }

    /** Sets the input called {@code name}. */
    public Feed set(String name, TensorSource arg) {
      return set(indexOf(name), arg);
    }

    /** Runs the program on the inputs set; returns one tensor per output. */
    public ImmutableList<HostTensor> run() {
      try {
        return runKeepingInputs();
      } finally {
        close();
      }
    }

    /**
     * Runs the program on the inputs set and keeps them for the next run, so a caller that runs
     * many times sets only what changes and its weights stay in TensorFlow. Close the feed when done.
     */
    public ImmutableList<HostTensor> runKeepingInputs() {
      return unchecked(() -> runReplacing(-1, null, LoadedProgram::toHost));
    }

    /**
     * Runs the program on the inputs set and frees them; {@code use} gets the outputs while they are
     * still in TensorFlow's memory (valid only during the call), to stream outputs of any size.
     */
    public <T> T run(OutputUse<T> use) throws IOException {
      try {
        return runReplacing(-1, null, use);
      } finally {
        close();
      }
    }

    /**
     * Runs the program on the inputs set, with input {@code name} taking {@code arg} for this run
     * only; the feed is unchanged, so threads may each run their own tokens against weights set once.
     */
    public ImmutableList<HostTensor> runWith(String name, HostTensor arg) {
      checkState(!closed, "%s is closed", label);
      int i = indexOf(name);
      checkInput(i, arg);
      try (Tensor tensor = TfTensors.toTensor(arg)) {
        return unchecked(() -> runReplacing(i, tensor, LoadedProgram::toHost));
      }
    }

    private <T> T runReplacing(int overridden, @Nullable Tensor override, OutputUse<T> use) throws IOException {
      tensors.readLock().lock();
      try {
        checkState(!closed, "%s is closed", label);
        checkState(!feedClosed, "a closed feed of %s cannot run", label);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fed.length; i++) {
          if (fed[i] == null && i != overridden) {
            missing.add(inputs.get(i).name());
          }
        }
        checkState(missing.isEmpty(), "%s: inputs %s were not set", label, missing);
        return execute(fed, overridden, override, use);
      } finally {
        tensors.readLock().unlock();
      }
    }

    private void checkInput(int i, TensorSource arg) {
      checkArgument(i >= 0 && i < inputs.size(), "%s has no input %s (it takes %s)", label, i, inputs.size());
      TensorSpec spec = inputs.get(i);
      checkNotNull(arg, "input '%s' of %s is null", spec.name(), label);
      checkArgument(
          arg.dtype() == spec.dtype() && arg.shape().equals(spec.perDeviceShape()),
          "input '%s' of %s: expected %s, got %s",
          spec.name(), label, spec.perDeviceType(), arg.type());
    }

    private int indexOf(String name) {
      List<String> names = names(inputs);
      int i = names.indexOf(name);
      checkArgument(i >= 0, "%s has no input '%s'; its inputs are %s", label, name, names);
      return i;
    }

    /** Frees the tensors fed, after any run in flight on this feed; idempotent. */
    @Override
    public void close() {
      tensors.writeLock().lock();
      try {
        feedClosed = true;
        for (int i = 0; i < fed.length; i++) {
          if (fed[i] != null) {
            fed[i].close();
            fed[i] = null;
          }
        }
      } finally {
        tensors.writeLock().unlock();
        openFeeds.remove(this);
      }
    }
  }

  /** What a caller does with a run's outputs while TensorFlow holds them (see {@link Feed#run(OutputUse)}). */
  @FunctionalInterface
  public interface OutputUse<T> {
    /** {@code outputs}: one per program output, in order, readable only during this call. */
    T apply(ImmutableList<TensorSource> outputs) throws IOException;
  }

  /** A run whose outputs are copied to the host, which does no I/O. */
  private interface HostRun<T> {
    T run() throws IOException;
  }

  private static <T> T unchecked(HostRun<T> run) {
    try {
      return run.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // copying outputs to the host does no I/O
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

  /**
   * Frees the session, the graph and the tensors of every open {@link Feed}; idempotent. Waits for
   * runs in flight to finish; a run that starts later fails with an {@link IllegalStateException}
   * saying the program is closed.
   */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
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
    } finally {
      lifecycle.writeLock().unlock();
    }
    // Outside the program's lock: a run holds its feed's lock while it waits for the program's.
    List.copyOf(openFeeds).forEach(Feed::close);
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
