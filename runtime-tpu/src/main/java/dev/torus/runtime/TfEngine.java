package dev.torus.runtime;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.TensorSpec;
import dev.torus.train.DeviceMemory;
import dev.torus.train.Engine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.tensorflow.Tensor;

/**
 * The {@link Engine} of one CPU through TensorFlow Java: every partition is local, and a mesh
 * program runs as its single-device emulation ({@link TorusRuntime}). A resident value (weights, a KV
 * cache) never crosses to the host between runs ({@link #get} copies one out). For a one-device
 * artifact the resident values are TensorFlow resource variables of one session
 * ({@link ResidentSession}) and each donated result is written back in place, so a decode step writes
 * its new cache row, not a copy of the cache. Otherwise (an emulated mesh, u32 values) they are held
 * as global TensorFlow tensors fed to the program at each run, and a donated result replaces its input
 * as the new tensor the run returned (a whole copy per run).
 */
public final class TfEngine implements Engine {
  private final Artifact artifact;
  private final TorusRuntime runtime = TorusRuntime.cpu();
  private final Map<String, LoadedProgram> programs = new HashMap<>();
  private final Set<String> loaded = new HashSet<>();
  /** Resident values as TensorFlow tensors (global, as the program takes them), owned by this engine. */
  private final Map<String, Tensor> resident = new LinkedHashMap<>();
  private final ImmutableList<Integer> partitions;
  /** Holds the resident values when the artifact allows (see {@link ResidentSession#supports}); else null. */
  private final ResidentSession variables;
  private boolean closed;

  private TfEngine(Artifact artifact) {
    this.artifact = artifact;
    this.variables = ResidentSession.supports(artifact) ? new ResidentSession(artifact) : null;
    this.partitions = IntStream.range(0, artifact.manifest().mesh().deviceCount()).boxed()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * An engine for {@code artifact} on this process's CPU.
   *
   * @throws UnsupportedProgramException for an artifact compiled with {@code --cpu-decode-kernel}, whose
   *     decode program calls a kernel only the JAX engine registers
   */
  public static TfEngine open(Artifact artifact) {
    com.fasterxml.jackson.databind.JsonNode model = artifact.manifest().model();
    if (model != null && "cpu-kernel".equals(model.path("decodeAttention").asText())) {
      throw new UnsupportedProgramException("artifact " + artifact.manifest().name() + " was compiled with"
          + " --cpu-decode-kernel: its decode step calls Torus's CPU kernel, which only the JAX engine runs; run it"
          + " there (generate --devices cpu), or compile without --cpu-decode-kernel for TensorFlow Java");
    }
    return new TfEngine(artifact);
  }

  @Override
  public String description() {
    int n = partitions.size();
    return "TensorFlow Java on the CPU" + (n == 1 ? "" : " (the single-device emulation of " + n + " devices)");
  }

  @Override
  public int processIndex() {
    return 0;
  }

  @Override
  public int processCount() {
    return 1;
  }

  @Override
  public List<Integer> localPartitions() {
    return partitions;
  }

  @Override
  public Artifact artifact() {
    return artifact;
  }

  /** The host's available memory shared by the emulated devices (one program holds them all). */
  @Override
  public Optional<DeviceMemory> deviceMemory() {
    int n = partitions.size();
    return DeviceMemory.hostShare("cpu", n, n == 1 ? "device" : "emulated devices in one program");
  }

  @Override
  public synchronized Map<String, Long> load(String entryPoint) {
    checkOpen();
    if (variables == null) {
      programs.computeIfAbsent(entryPoint, e -> runtime.load(artifact, e));
    } else {
      artifact.manifest().entryPoint(entryPoint);   // fails naming the known ones
      loaded.add(entryPoint);
    }
    return Map.of();
  }

  @Override
  public synchronized void put(String name, List<HostTensor> localPieces) {
    checkOpen();
    Tensor value = TfTensors.toTensor(MeshSharding.fromDevices(artifact.manifest(), spec(name), localPieces));
    if (variables != null) {
      try (value) {
        variables.put(spec(name), value);
      }
      return;
    }
    Tensor before = resident.put(name, value);
    if (before != null) {
      before.close();
    }
  }

  @Override
  public synchronized Map<String, HostTensor> run(String entryPoint, Map<String, List<HostTensor>> feeds) {
    checkOpen();
    if (variables != null) {
      checkState(loaded.contains(entryPoint), "entry point %s is not loaded", entryPoint);
      return runOnVariables(entryPoint, feeds);
    }
    LoadedProgram program = programs.get(entryPoint);
    checkState(program != null, "entry point %s is not loaded", entryPoint);
    EntryPoint entry = artifact.manifest().entryPoint(entryPoint);
    List<Tensor> args = new ArrayList<>();
    List<Tensor> temporary = new ArrayList<>();
    LoadedProgram.Outputs out;
    try {
      for (TensorSpec spec : entry.inputs()) {
        List<HostTensor> fed = feeds.get(spec.name());
        Tensor value;
        if (fed != null) {
          value = TfTensors.toTensor(MeshSharding.fromDevices(artifact.manifest(), spec, fed));
          temporary.add(value);
        } else {
          value = resident.get(spec.name());
        }
        checkArgument(value != null, "input '%s' of %s is neither fed nor resident", spec.name(), entryPoint);
        args.add(value);
      }
      Map<String, String> donatedTo = new LinkedHashMap<>();
      entry.donations().forEach(d -> donatedTo.put(d.output(), d.input()));
      out = program.runResident(args, donatedTo.keySet());
      out.kept().forEach((output, tensor) -> {
        Tensor before = resident.put(donatedTo.get(output), tensor);
        if (before != null) {
          before.close();
        }
      });
    } finally {
      temporary.forEach(Tensor::close);
    }
    return new LinkedHashMap<>(out.host());
  }

  /** {@link #run} on the resident variables: a fed value that the program donates becomes resident first. */
  private Map<String, HostTensor> runOnVariables(String entryPoint, Map<String, List<HostTensor>> feeds) {
    EntryPoint entry = artifact.manifest().entryPoint(entryPoint);
    Map<String, Tensor> fed = new LinkedHashMap<>();
    try {
      for (TensorSpec spec : entry.inputs()) {
        List<HostTensor> pieces = feeds.get(spec.name());
        if (pieces == null) {
          checkArgument(variables.has(spec.name()), "input '%s' of %s is neither fed nor resident", spec.name(),
              entryPoint);
        } else if (entry.donations().stream().anyMatch(d -> d.input().equals(spec.name()))) {
          put(spec.name(), pieces);
        } else {
          fed.put(spec.name(), TfTensors.toTensor(MeshSharding.fromDevices(artifact.manifest(), spec, pieces)));
        }
      }
      return new LinkedHashMap<>(variables.run(entryPoint, fed));
    } finally {
      fed.values().forEach(Tensor::close);
    }
  }

  @Override
  public synchronized List<HostTensor> get(String name) {
    checkOpen();
    if (variables != null) {
      TensorSpec spec = spec(name);
      return MeshSharding.toDevices(artifact.manifest(), spec, variables.get(name));
    }
    Tensor value = resident.get(name);
    checkArgument(value != null, "no resident value named '%s'", name);
    TensorSpec spec = spec(name);
    return MeshSharding.toDevices(artifact.manifest(), spec,
        TfTensors.fromTensor(value, spec.dtype(), spec.globalShape(), "resident value '" + name + "'"));
  }

  @Override
  public void barrier(String name) {}

  /** Frees the programs and resident values; idempotent. Calls in flight finish first (every call holds this engine). */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (variables != null) {
      variables.close();
    }
    resident.values().forEach(Tensor::close);
    resident.clear();
    programs.clear();
    runtime.close();
  }

  private void checkOpen() {
    checkState(!closed, "the TensorFlow engine of artifact %s is closed", artifact.manifest().name());
  }

  /** The input spec named {@code name} in any entry point. */
  private TensorSpec spec(String name) {
    return artifact.manifest().entryPoints().stream().flatMap(e -> e.inputs().stream())
        .filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entry point of " + artifact.manifest().name()
            + " takes an input named '" + name + "'"));
  }
}
