package dev.torus.runtime;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.TensorSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tensorflow.ConcreteFunction;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Scope;
import org.tensorflow.proto.DataType;

/**
 * One TensorFlow graph and session that hold an engine's resident values (weights, KV caches,
 * optimizer state) as resource variables and run a one-device artifact's entry points on them, with
 * every donated result written back in place.
 *
 * <p>Each (entry point, set of fed inputs) gets a TensorFlow function, made on its first run: it reads
 * the resident inputs' variables, runs the program's {@code XlaCallModule}, assigns each donated
 * result to its input's variable and returns the other results. The node that calls it is marked
 * {@code _XlaMustCompile}, so XLA compiles the whole function as one computation whose variable
 * updates alias their parameters: a decode step's {@code dynamic-update-slice} into a KV cache then
 * writes one row where the cache lies. Fed into a plain {@code XlaCallModule} node instead (see
 * {@link LoadedProgram#runResident}), a donated value is copied whole at every call, because TensorFlow
 * aliases a compiled program's parameter to a result only for a variable it updates.
 *
 * <p>Only one-device artifacts whose element types cross TensorFlow's boundary unchanged (no u32) are
 * {@link #supports supported}. Not thread-safe: the engine serialises calls.
 */
final class ResidentSession implements AutoCloseable {
  private final Artifact artifact;
  private final Graph graph = new Graph();
  private final Session session;
  private final Scope scope;
  /** A resource variable per resident value, with the placeholder and op that assign it. */
  private final Map<String, Variable> variables = new LinkedHashMap<>();
  private final Map<String, Call> calls = new HashMap<>();
  private final List<AutoCloseable> owned = new ArrayList<>();
  private int nodes;

  private record Variable(Output<?> handle, Output<?> value, GraphOperation assign, Output<?> read, TensorSpec spec) {}

  /** An entry point's function call for one set of fed inputs. */
  private record Call(List<String> fed, Map<String, Output<?>> placeholders, List<TensorSpec> returned,
      GraphOperation node) {}

  ResidentSession(Artifact artifact) {
    checkArgument(supports(artifact), "artifact %s: resident variables need a one-device artifact without u32 values",
        artifact.manifest().name());
    this.artifact = artifact;
    this.scope = graph.baseScope();
    this.session = new Session(graph);
  }

  /** Whether {@code artifact} can run here: one device, and no element type TensorFlow feeds as another. */
  static boolean supports(Artifact artifact) {
    Manifest m = artifact.manifest();
    return m.mesh().deviceCount() == 1 && m.entryPoints().stream()
        .flatMap(e -> Stream.concat(e.inputs().stream(), e.outputs().stream()))
        .allMatch(s -> TfTensors.programType(s.dtype()) == TfTensors.transportType(s.dtype()));
  }

  boolean has(String name) {
    return variables.containsKey(name);
  }

  /** Sets the resident value {@code name} (of input spec {@code spec}) to a copy of {@code value}. */
  void put(TensorSpec spec, Tensor value) {
    Variable v = variables.computeIfAbsent(spec.name(), n -> variable(spec));
    session.runner().feed(v.value(), value).addTarget(v.assign()).run();
  }

  /** The resident value {@code name} as a host tensor. */
  HostTensor get(String name) {
    Variable v = variables.get(name);
    checkArgument(v != null, "no resident value named '%s'", name);
    try (Result r = session.runner().fetch(v.read()).run()) {
      return TfTensors.fromTensor(r.get(0), v.spec().dtype(), v.spec().perDeviceShape(), "resident value '" + name + "'");
    }
  }

  /**
   * Runs {@code entryPoint} with {@code fed} (tensors by input name; every other input must be
   * resident, and a donated input must be resident); returns the results that are not donated.
   */
  Map<String, HostTensor> run(String entryPoint, Map<String, Tensor> fed) {
    EntryPoint entry = artifact.manifest().entryPoint(entryPoint);
    List<String> fedNames = entry.inputs().stream().map(TensorSpec::name).filter(fed::containsKey).toList();
    String key = entryPoint + "\u0000" + String.join("\u0000", fedNames);
    Call call = calls.get(key);
    if (call == null) {
      call = call(entry, fedNames);
      calls.put(key, call);
    }
    Session.Runner runner = session.runner();
    for (String name : call.fed()) {
      runner.feed(call.placeholders().get(name), fed.get(name));
    }
    for (int i = 0; i < call.returned().size(); i++) {
      runner.fetch(call.node().output(i));
    }
    try (Result result = runner.run()) {
      Map<String, HostTensor> out = new LinkedHashMap<>();
      for (int i = 0; i < call.returned().size(); i++) {
        TensorSpec spec = call.returned().get(i);
        out.put(spec.name(), TfTensors.fromTensor(result.get(i), spec.dtype(), spec.perDeviceShape(),
            "output '" + spec.name() + "' of " + entryPoint));
      }
      return out;
    }
  }

  private Variable variable(TensorSpec spec) {
    String node = "var_" + nodes++;
    DataType type = TfTensors.programType(spec.dtype());
    Shape shape = TfTensors.shape(spec.perDeviceShape());
    Output<?> handle = graph.opBuilder("VarHandleOp", node, scope).setAttr("dtype", type).setAttr("shape", shape)
        .setAttr("shared_name", node).build().output(0);
    Output<?> value = placeholder(graph, node + "_value", type, shape);
    GraphOperation assign = graph.opBuilder("AssignVariableOp", node + "_assign", scope).addInput(handle).addInput(value)
        .setAttr("dtype", type).build();
    Output<?> read = graph.opBuilder("ReadVariableOp", node + "_read", scope).addInput(handle).setAttr("dtype", type)
        .build().output(0);
    return new Variable(handle, value, assign, read, spec);
  }

  /** The function of {@code entry} with {@code fedNames} fed and the other inputs resident, and the node that calls it. */
  private Call call(EntryPoint entry, List<String> fedNames) {
    Map<String, String> donatedTo = new LinkedHashMap<>();
    for (EntryPoint.Donation d : entry.donations()) {
      donatedTo.put(d.output(), d.input());
    }
    Set<String> fed = ImmutableSet.copyOf(fedNames);
    for (String input : donatedTo.values()) {
      checkArgument(!fed.contains(input) && variables.containsKey(input),
          "input '%s' of %s is donated, so it must be resident (put) and not fed", input, entry.name());
    }
    String program = LoadedProgram.singleDeviceProgram(artifact, entry);
    String mlir = artifact.programText(program);
    SingleDeviceCheck.check("artifact " + artifact.manifest().name() + ": " + program, mlir);

    Graph fg = new Graph();
    owned.add(fg);
    Scope fs = fg.baseScope();
    Signature.Builder signature = Signature.builder();
    List<Output<?>> args = new ArrayList<>();
    Map<String, Output<?>> handles = new LinkedHashMap<>();
    List<String> residentNames = new ArrayList<>();
    List<Output<?>> fedArgs = new ArrayList<>();
    for (TensorSpec spec : entry.inputs()) {
      DataType type = TfTensors.programType(spec.dtype());
      String name = spec.name();
      int i = args.size();
      if (fed.contains(name)) {
        Output<?> in = placeholder(fg, "in_" + i, type, TfTensors.shape(spec.perDeviceShape()));
        fedArgs.add(in);
        args.add(in);
      } else {
        checkArgument(variables.containsKey(name), "input '%s' of %s is neither fed nor resident", name, entry.name());
        Output<?> handle = placeholder(fg, "var_" + i, DataType.DT_RESOURCE, Shape.scalar());
        handles.put(name, handle);
        residentNames.add(name);
        args.add(fg.opBuilder("ReadVariableOp", "read_" + i, fs).addInput(handle).setAttr("dtype", type).build()
            .output(0));
      }
    }
    // The function's parameters: the fed values, then the variables, as the calling node passes them.
    // TensorFlow orders a signature's inputs by key, so the keys are numbered with a fixed width.
    List<Output<?>> parameters = new ArrayList<>(fedArgs);
    parameters.addAll(handles.values());
    for (int i = 0; i < parameters.size(); i++) {
      signature.input(String.format("arg_%05d", i), operand(parameters.get(i)));
    }
    List<TensorSpec> outputs = entry.outputs();
    GraphOperation module = LoadedProgram.callModule(fg, fs, args, mlir, entry.inputs(), outputs,
        outputs.stream().<List<Long>>map(TensorSpec::perDeviceShape).toList(), List.of(TorusRuntime.PLATFORM));
    List<GraphOperation> assigns = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      String input = donatedTo.get(outputs.get(i).name());
      if (input != null) {
        assigns.add(fg.opBuilder("AssignVariableOp", "assign_" + i, fs).addInput(handles.get(input))
            .addInput(module.output(i)).setAttr("dtype", TfTensors.programType(outputs.get(i).dtype())).build());
      }
    }
    // A function keeps only the ops its results depend on: each result waits for every assignment.
    List<TensorSpec> returned = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      TensorSpec spec = outputs.get(i);
      if (!donatedTo.containsKey(spec.name())) {
        var identity = fg.opBuilder("Identity", "out_" + i, fs).addInput(module.output(i));
        assigns.forEach(identity::addControlInput);
        signature.output(String.format("out_%05d", returned.size()), operand(identity.build().output(0)));
        returned.add(spec);
      }
    }
    checkState(!returned.isEmpty(), "%s returns only donated values; a resident call needs one other result", entry.name());
    ConcreteFunction function = ConcreteFunction.create(signature.build(), fg);
    owned.add(function);
    graph.attachFunction(function);

    String node = "call_" + nodes++;
    Map<String, Output<?>> placeholders = new LinkedHashMap<>();
    var builder = graph.opBuilder(function.getDefinedName(), node, scope);
    for (String name : fedNames) {
      TensorSpec spec = entry.inputs().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
      Output<?> p = placeholder(graph, node + "_in_" + placeholders.size(), TfTensors.programType(spec.dtype()),
          TfTensors.shape(spec.perDeviceShape()));
      placeholders.put(name, p);
      builder.addInput(p);
    }
    residentNames.forEach(name -> builder.addInput(variables.get(name).handle()));
    GraphOperation call = builder.setAttr("_XlaMustCompile", true).build();
    return new Call(ImmutableList.copyOf(fedNames), ImmutableMap.copyOf(placeholders), ImmutableList.copyOf(returned),
        call);
  }

  private Output<?> placeholder(Graph g, String name, DataType type, Shape shape) {
    return g.opBuilder("Placeholder", name, g.baseScope()).setAttr("dtype", type).setAttr("shape", shape).build()
        .output(0);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Operand<?> operand(Output<?> o) {
    return (Operand) o;
  }

  @Override
  public void close() {
    session.close();
    for (AutoCloseable c : owned.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing a resident session's function", e);
      }
    }
    graph.close();
  }
}
