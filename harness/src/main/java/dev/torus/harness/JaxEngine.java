package dev.torus.harness;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSpec;
import dev.torus.train.DeviceMemory;
import dev.torus.train.Engine;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Engine} of N devices through JAX's PJRT client: a long-lived Python process
 * ({@code python -m torus_harness.engine}, jax 0.10.2 pinned) per host that compiles the artifact's
 * SPMD {@code <entry>.hlo} for N partitions and keeps the resident values on the devices, a program's
 * donated inputs given to XLA ({@code input_output_alias}), so per run only the fed inputs go in and
 * the scalars come out. This process talks to it one JSON line at a time; tensors travel as
 * {@code .npy} files of this process's pieces, in a private temporary directory.
 *
 * <p>Several processes (the hosts of a pod slice, or P processes on one machine with N / P virtual
 * CPU devices each) each start their own engine with the same {@link Options#processes}; JAX
 * connects them, and collectives cross processes. When one process dies, JAX's heartbeat
 * ({@link Options#heartbeatSeconds}) stops the others, and their calls fail naming it; an engine
 * whose Java process died leaves at once (it does not wait at JAX's shutdown barrier).
 */
public final class JaxEngine implements Engine {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LOG_LINES = 40;
  /** Native log lines that say nothing about the run. */
  private static final List<String> NOISE = List.of("GSPMD sharding propagation is going to be deprecated",
      "An NVIDIA GPU may be present", "Platform 'cuda'", "Unable to initialize backend");
  /** JAX's coordination service on a process whose heartbeats stopped (jax 0.10.2's wording). */
  private static final Pattern HEARTBEAT_LOST = Pattern.compile(
      "Task (\\d+) heartbeat timeout|stopped sending heartbeats\\):\\s*(\\d+)");
  /** An older wording: a task's full name and a failure. */
  private static final Pattern TASK_FAILED = Pattern.compile(
      "/job:jax_worker/replica:0/task:(\\d+)[^\\n]*(heartbeat|[Uu]navailable|disconnected|failed|error)");
  /** A collective whose peer went away (gloo's wording on virtual CPU devices). */
  private static final Pattern PEER_CONNECTION_LOST = Pattern.compile(
      "Connection closed by peer|Connection reset by peer|Gloo [a-z-]+ failed");
  /** A process that lost process 0, where the coordination service runs. */
  private static final Pattern COORDINATOR_LOST = Pattern.compile(
      "Failed to send RPC to coordination service|the leader task was preempted/died|Coordination service has (stopped|been shut down)");

  /**
   * Where and how the engine runs: on the devices JAX finds (a TPU VM's chips) or on N virtual CPU
   * devices; {@code processes} null for one process; {@code cacheDir} a persistent compilation cache
   * (null: none); {@code heartbeatSeconds} how long a silent process may go before the others stop.
   */
  public record Options(boolean devicesJaxFinds, XlaHarness.@Nullable Processes processes, @Nullable Path cacheDir,
      int heartbeatSeconds) {
    public Options {
      checkArgument(heartbeatSeconds >= 1, "heartbeatSeconds must be at least 1, got %s", heartbeatSeconds);
    }

    /** One process on N virtual CPU devices, no cache. */
    public static Options cpu() {
      return new Options(false, null, null, 20);
    }
  }

  private final Artifact artifact;
  private final Process process;
  private final BufferedWriter requests;
  private final BufferedReader replies;
  private final Path work;
  private final Deque<String> log = new ArrayDeque<>();
  private final Thread logReader;
  private final String description;
  private final int processIndex;
  private final int processCount;
  private final ImmutableList<Integer> local;
  private final Set<String> loaded = new HashSet<>();
  private final @Nullable DeviceMemory deviceMemory;
  private final int heartbeatSeconds;
  private boolean closed;

  private JaxEngine(Artifact artifact, Process process, Path work, String label, int heartbeatSeconds) {
    this.artifact = artifact;
    this.heartbeatSeconds = heartbeatSeconds;
    this.process = process;
    this.work = work;
    this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.logReader = Thread.ofPlatform().daemon().name("jax-engine-log").start(() -> forwardLog(label));
    JsonNode hello = reply("start");
    this.processIndex = hello.path("processIndex").asInt();
    this.processCount = hello.path("processCount").asInt();
    ImmutableList.Builder<Integer> parts = ImmutableList.builder();
    hello.path("localPartitions").forEach(p -> parts.add(p.asInt()));
    this.local = parts.build();
    JsonNode memory = hello.path("deviceMemory");
    this.deviceMemory = memory.path("bytes").asLong() > 0
        ? new DeviceMemory(memory.path("bytes").asLong(), hello.path("platform").asText() + " device "
            + hello.path("deviceKind").asText(), memory.path("source").asText())
        : null;
    int n = artifact.manifest().mesh().deviceCount();
    this.description = String.format(Locale.ROOT, "JAX %s on %d %s device%s%s", hello.path("jax").asText(), n,
        hello.path("platform").asText(), n == 1 ? "" : "s",
        processCount == 1 ? "" : " (process " + processIndex + " of " + processCount + ", " + local.size() + " local)");
  }

  /**
   * Starts the engine process for {@code artifact}'s mesh with {@code harness}'s Python.
   *
   * @throws XlaHarness.HarnessException when the harness is not installed or the engine cannot start
   */
  public static JaxEngine start(XlaHarness harness, Artifact artifact, Options options) {
    String missing = harness.unavailableReason().orElse(null);
    if (missing != null) {
      throw new XlaHarness.HarnessException("the JAX engine is not available: " + missing + "; " + XlaHarness.INSTALL_HINT);
    }
    List<String> args = new ArrayList<>(List.of("--partitions", Integer.toString(artifact.manifest().mesh().deviceCount()),
        "--devices", options.devicesJaxFinds() ? "default" : "cpu",
        "--heartbeat-seconds", Integer.toString(options.heartbeatSeconds())));
    if (options.processes() != null) {
      args.addAll(options.processes().arguments());
    }
    if (options.cacheDir() != null) {
      args.addAll(List.of("--cache-dir", options.cacheDir().toAbsolutePath().toString()));
    }
    Path work = null;
    try {
      Path shm = Path.of("/dev/shm");
      work = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "torus-engine-")
          : Files.createTempDirectory("torus-engine-");
      args.addAll(List.of("--work-dir", work.toString()));
      Process process = harness.project().process(harness.python(), PythonProject.Module.ENGINE, args).start();
      String label = options.processes() == null || options.processes().id() == null ? "engine"
          : "engine " + options.processes().id();
      try {
        return new JaxEngine(artifact, process, work, label, options.heartbeatSeconds());
      } catch (RuntimeException e) {
        process.destroyForcibly();
        throw e;
      }
    } catch (IOException e) {
      deleteQuietly(work);
      throw new XlaHarness.HarnessException("cannot start the JAX engine: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(work);
      throw e;
    }
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public int processIndex() {
    return processIndex;
  }

  @Override
  public int processCount() {
    return processCount;
  }

  @Override
  public List<Integer> localPartitions() {
    return local;
  }

  @Override
  public Artifact artifact() {
    return artifact;
  }

  /** The device's {@code memory_stats()} limit, or on CPU devices the host's available memory shared by this process's devices. */
  @Override
  public Optional<DeviceMemory> deviceMemory() {
    return Optional.ofNullable(deviceMemory);
  }

  @Override
  public synchronized Map<String, Long> load(String entryPoint) {
    EntryPoint entry = artifact.manifest().entryPoint(entryPoint);
    ObjectNode req = request("load").put("name", entryPoint)
        .put("hlo", artifact.dir().resolve(Artifact.programFiles(entry).hlo()).toAbsolutePath().toString())
        .put("numPartitions", artifact.manifest().mesh().deviceCount());
    ArrayNode donations = req.putArray("donations");
    for (EntryPoint.Donation d : entry.donations()) {
      donations.addArray().add(inputIndex(entry, d.input())).add(entry.outputIndex(d.output()));
    }
    JsonNode r = call(req, "load " + entryPoint);
    loaded.add(entryPoint);
    Map<String, Long> memory = new LinkedHashMap<>();
    r.path("memory").fields().forEachRemaining(f -> memory.put(f.getKey(), f.getValue().asLong()));
    memory.put("compile_milliseconds", Math.round(r.path("compileSeconds").asDouble() * 1000));
    memory.put("compilation_cache_hit", r.path("cacheHit").asBoolean() ? 1L : 0L);
    return memory;
  }

  @Override
  public synchronized void put(String name, List<HostTensor> localPieces) {
    checkArgument(localPieces.size() == local.size(), "'%s': %s pieces for %s local partitions", name,
        localPieces.size(), local.size());
    // A replicated value (every weight without FSDP, zero moments) crosses once, not once per device: the
    // staging file lives in /dev/shm, that is in the same memory the devices use on a CPU host.
    HostTensor first = localPieces.get(0);
    boolean replicated = localPieces.stream().allMatch(first::equals);
    Path npy = replicated ? write(name, first) : write(name, localPieces);
    try {
      call(request("put").put("name", name).put("npy", npy.toString()).put("replicated", replicated), "put " + name);
    } finally {
      deleteQuietly(npy);
    }
  }

  @Override
  public synchronized Map<String, HostTensor> run(String entryPoint, Map<String, List<HostTensor>> feeds) {
    checkState(loaded.contains(entryPoint), "entry point %s is not loaded", entryPoint);
    EntryPoint entry = artifact.manifest().entryPoint(entryPoint);
    ObjectNode req = request("run").put("program", entryPoint);
    ArrayNode names = req.putArray("outputNames");
    entry.outputs().forEach(t -> names.add(t.name()));
    ObjectNode fed = req.putObject("feeds");
    for (Map.Entry<String, List<HostTensor>> f : feeds.entrySet()) {
      List<HostTensor> pieces = f.getValue();
      if (pieces.get(0).rank() == 0 && pieces.stream().allMatch(pieces.get(0)::equals) && pieces.get(0).dtype() == DType.S32) {
        fed.putObject(f.getKey()).put("value", pieces.get(0).toInts()[0]).put("dtype", "int32");
      } else {
        fed.putObject(f.getKey()).put("npy", write(f.getKey(), pieces).toString());
      }
    }
    // Outputs of rank > 0 that no input takes back come as .npy files of this process's pieces.
    ObjectNode files = req.putObject("outputs");
    Map<String, Path> arrays = new LinkedHashMap<>();
    for (TensorSpec t : entry.outputs()) {
      boolean donated = entry.donations().stream().anyMatch(d -> d.output().equals(t.name()));
      if (!donated && !t.globalShape().isEmpty()) {
        Path npy = work.resolve("out." + safe(t.name()) + ".npy");
        arrays.put(t.name(), npy);
        files.put(t.name(), npy.toString());
      }
    }
    JsonNode r = call(req, "run " + entryPoint);
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Path> a : arrays.entrySet()) {
      TensorSpec spec = entry.outputs().get(entry.outputIndex(a.getKey()));
      try {
        List<HostTensor> pieces = MeshSharding.unstack(Npy.read(a.getValue()));
        Files.delete(a.getValue());
        out.put(a.getKey(), spec.sharding().isEmpty() ? pieces.get(0)
            : MeshSharding.fromDevices(artifact.manifest(), spec, pieces));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = r.path("values").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> v = it.next();
      TensorSpec spec = entry.outputs().get(entry.outputIndex(v.getKey()));
      JsonNode value = v.getValue();
      out.put(v.getKey(), switch (spec.dtype()) {
        case S32, U32 -> HostTensor.ofInts(new int[] {value.asInt()});
        default -> HostTensor.ofFloats(new float[] {value.isNumber() ? (float) value.asDouble() : Float.parseFloat(value.asText())})
            .to(spec.dtype());
      });
    }
    return out;
  }

  @Override
  public synchronized List<HostTensor> get(String name) {
    Path npy = work.resolve("get." + safe(name) + ".npy");
    call(request("get").put("name", name).put("npy", npy.toString()), "get " + name);
    try {
      HostTensor stacked = Npy.read(npy);
      Files.delete(npy);
      return MeshSharding.unstack(stacked);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void barrier(String name) {
    call(request("barrier").put("name", name), "barrier " + name);
  }

  /** With several processes the agreed step lives in JAX's coordination service (the first proposal wins). */
  @Override
  public synchronized int proposeStop(int step) {
    if (processCount() == 1) {
      return step;
    }
    return call(request("stop").put("step", step), "stop after step " + step).path("step").asInt();
  }

  @Override
  public synchronized OptionalInt agreedStop() {
    if (processCount() == 1) {
      return OptionalInt.empty();
    }
    JsonNode step = call(request("stopStep"), "stopStep").path("step");
    return step.isInt() ? OptionalInt.of(step.asInt()) : OptionalInt.empty();
  }

  /** Live device bytes, resident bytes and the engine process's resident set size, by name. */
  public synchronized Map<String, Long> memory() {
    JsonNode r = call(request("memory"), "memory");
    Map<String, Long> out = new LinkedHashMap<>();
    r.fields().forEachRemaining(f -> {
      if (f.getValue().isNumber()) {
        out.put(f.getKey(), f.getValue().asLong());
      }
    });
    return out;
  }

  /** The engine process's id (for tests that stop it). */
  public long pid() {
    return process.pid();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (process.isAlive()) {
        requests.write("{\"cmd\": \"exit\"}\n");
        requests.flush();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      deleteQuietly(work);
    }
  }

  // ---------------------------------------------------------------- protocol

  private ObjectNode request(String cmd) {
    checkState(!closed, "this JaxEngine is closed");
    return JSON.createObjectNode().put("cmd", cmd);
  }

  private JsonNode call(ObjectNode req, String what) {
    try {
      requests.write(JSON.writeValueAsString(req));
      requests.write('\n');
      requests.flush();
    } catch (IOException e) {
      throw died(what);
    }
    return reply(what);
  }

  private JsonNode reply(String what) {
    String line;
    try {
      line = replies.readLine();
    } catch (IOException e) {
      line = null;
    }
    if (line == null) {
      throw died(what);
    }
    JsonNode r;
    try {
      r = JSON.readTree(line);
    } catch (IOException e) {
      throw new XlaHarness.HarnessException("the JAX engine answered " + what + " with a line that is not JSON: " + line);
    }
    if (!r.path("ok").asBoolean()) {
      String error = r.path("error").asText();
      String peer = deadPeer(error);
      if (peer == null && processCount > 1 && PEER_CONNECTION_LOST.matcher(error).find()) {
        // Gloo sees a dead peer's socket close before the coordination service misses its heartbeats;
        // within the heartbeat the service ends this engine with a log line that names the process.
        try {
          if (process.waitFor(heartbeatSeconds + 15, TimeUnit.SECONDS)) {
            throw died(what + " (" + error + ")");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        peer = "a peer process stopped (its connection closed)";
      }
      throw new XlaHarness.HarnessException((peer != null ? peer + ": " : "") + "the JAX engine failed to " + what
          + ": " + error);
    }
    return r;
  }

  /**
   * The engine process ended: its exit code and the last lines it logged. When those name a process
   * of a multi-process run that died (see {@link #deadPeer}), the message starts with it.
   */
  private XlaHarness.HarnessException died(String what) {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
      logReader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String code = process.isAlive() ? "still running" : "exit code " + process.exitValue();
    List<String> lines;
    synchronized (log) {
      lines = List.copyOf(log);
    }
    String peer = deadPeer(String.join("\n", lines));
    String ended = "the JAX engine ended during " + what + " (" + code + ")";
    String head = peer == null ? ended
        : peer + "; process " + processIndex + " stops too (" + ended + "); resume from the last checkpoint";
    return new XlaHarness.HarnessException(head + "\n" + String.join("\n", lines));
  }

  /**
   * Which process of a multi-process run died, from the log of JAX's coordination service (jax
   * 0.10.2): the coordinator (in process 0) names a task whose heartbeats stopped; the other processes
   * lose the coordinator's RPCs when process 0 dies. Null when the log names neither.
   */
  static @Nullable String deadPeer(String log) {
    Matcher m = HEARTBEAT_LOST.matcher(log);
    if (m.find()) {
      return "process " + (m.group(1) != null ? m.group(1) : m.group(2))
          + " stopped (JAX's coordination service got no heartbeat from it within --heartbeat)";
    }
    m = TASK_FAILED.matcher(log);
    if (m.find()) {
      return "process " + m.group(1) + " stopped (JAX's coordination service lost it)";
    }
    if (COORDINATOR_LOST.matcher(log).find()) {
      return "process 0 stopped (it holds JAX's coordination service, which no longer answers)";
    }
    return null;
  }

  private void forwardLog(String label) {
    try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = err.readLine()) != null; ) {
        String l = line;
        if (NOISE.stream().anyMatch(l::contains) || l.startsWith("    @ ")) {
          continue;
        }
        synchronized (log) {
          log.addLast(line);
          if (log.size() > LOG_LINES) {
            log.removeFirst();
          }
        }
        if (Boolean.getBoolean("torus.engine.verbose")) {
          System.err.println("[" + label + "] " + line);
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private Path write(String name, List<HostTensor> pieces) {
    checkArgument(pieces.size() == local.size(), "'%s': %s pieces for %s local partitions", name, pieces.size(), local.size());
    return write(name, MeshSharding.stack(pieces));
  }

  private Path write(String name, HostTensor tensor) {
    Path npy = work.resolve("in." + safe(name) + ".npy");
    try {
      Npy.write(npy, tensor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return npy;
  }

  private static int inputIndex(EntryPoint entry, String name) {
    for (int i = 0; i < entry.inputs().size(); i++) {
      if (entry.inputs().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("entry point " + entry.name() + " has no input '" + name + "'");
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private static void deleteQuietly(@Nullable Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary directory
    }
  }
}
