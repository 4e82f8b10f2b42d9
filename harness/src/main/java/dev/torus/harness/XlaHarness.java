package dev.torus.harness;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs per-device SPMD programs (HLO text or StableHLO text) through real XLA, by way of the module
 * {@code torus_harness.harness} of {@link PythonProject harness/python} in the pinned Python
 * environment (jax/jaxlib 0.10.2, libtpu 0.0.42.1), or computes their independent NumPy reference
 * outputs.
 *
 * <p>{@link #run} compiles each program for N partitions on N virtual CPU devices and executes it:
 * every device runs the program as written on its own shard ({@code partition-id()} is the device
 * index, collectives with {@code channel_id} go across partitions). {@link #compileForTpu} compiles
 * each program, without a TPU, for the first N devices of a Cloud TPU topology and reports memory
 * use, the compiled TPU HLO and its collectives. {@link #reference} feeds the same per-device inputs
 * to a NumPy function of {@code torus_harness.numpy_reference} (float64 math, no jax) and
 * saves its outputs as {@link #run} would. One harness process handles a whole batch; a program
 * that fails is reported in its {@link ProgramResult#error()} and does not stop the others.
 *
 * <p>The Python is {@code $TORUS_PYTHON}, else {@code <repoRoot>/.venv/bin/python}; the checkout is
 * the one {@link PythonProject#locate()} finds.
 */
public final class XlaHarness {
  /** How the setup script is named in every "unavailable" message. */
  public static final String INSTALL_HINT = PythonProject.INSTALL_HINT;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
  private static final int STDERR_TAIL_CHARS = 4000;

  private final Path python;
  private final PythonProject project;
  private final Duration timeout;
  private Optional<String> unavailable;

  private XlaHarness(Path python, PythonProject project, Duration timeout) {
    this.python = python;
    this.project = project;
    this.timeout = timeout;
  }

  /**
   * The harness of this checkout, with a 10-minute limit per batch. Never fails: a missing
   * harness or Python shows in {@link #unavailableReason()}.
   */
  public static XlaHarness locate() {
    PythonProject project = PythonProject.locate();
    Path python =
        Optional.ofNullable(System.getenv("TORUS_PYTHON"))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElse(project.venvPython());
    return new XlaHarness(python, project, Duration.ofMinutes(10));
  }

  /** This harness with another time limit for one batch (process start to summary). */
  public XlaHarness withTimeout(Duration limit) {
    checkArgument(!limit.isNegative() && !limit.isZero(), "timeout must be positive, got %s", limit);
    return new XlaHarness(python, project, limit);
  }

  public Path python() {
    return python;
  }

  /** The Python project this harness runs, in its checkout. */
  public PythonProject project() {
    return project;
  }

  /**
   * Why the harness cannot run here (no harness/python, no Python, or jax/jaxlib/libtpu missing or not
   * the pinned versions), or empty when it can. Asks Python once per instance.
   */
  public synchronized Optional<String> unavailableReason() {
    if (unavailable == null) {
      unavailable = probe();
    }
    return unavailable;
  }

  private Optional<String> probe() {
    if (!project.present()) {
      return Optional.of("no " + project.directory() + " (set -Dtorus.repoRoot to the Torus checkout)");
    }
    if (!Files.isExecutable(python)) {
      return Optional.of("no Python at " + python + " (set TORUS_PYTHON or create the venv)");
    }
    try {
      Path log = Files.createTempFile("xla-harness-check", ".txt");
      try {
        int rc = exec(List.of("check"), log, CHECK_TIMEOUT);
        return rc == 0 ? Optional.empty() : Optional.of("version check failed: " + tail(log));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException | HarnessException e) {
      return Optional.of("cannot start " + python + ": " + e.getMessage());
    }
  }



  /**
   * Compiles and runs every program on N virtual CPU devices (N its numPartitions) and writes the
   * outputs the programs name. The request, summary and stderr log go to {@code workDir}.
   */
  public Summary run(List<Program> programs, Path workDir) {
    requireSources(programs, "run");
    return call(programs, workDir, "run", "run", List.of());
  }

  /**
   * The same on the devices JAX finds ({@code onDevicesJaxFinds}: a TPU VM's chips, GPUs, or the
   * CPU) instead of N virtual CPU devices.
   */
  public Summary run(List<Program> programs, Path workDir, boolean onDevicesJaxFinds) {
    return run(programs, workDir, onDevicesJaxFinds, null);
  }

  /**
   * The same as one of several processes ({@code processes}; null for one process): each process
   * runs the same programs on the global device list, feeds the devices it owns and gets every
   * output, gathered across processes. On virtual CPU devices each process holds N / count of them.
   */
  public Summary run(List<Program> programs, Path workDir, boolean onDevicesJaxFinds, Processes processes) {
    requireSources(programs, "run");
    List<String> args = new ArrayList<>(List.of("--devices", onDevicesJaxFinds ? "default" : "cpu"));
    if (processes != null) {
      args.addAll(processes.arguments());
    }
    return call(programs, workDir, "run", "run", args);
  }

  /**
   * One process of a multi-process (multi-host) run, for {@code jax.distributed.initialize}: process
   * 0's {@code coordinator} address, the process {@code count} and this process's {@code id}. All
   * three null: JAX finds them (a Cloud TPU VM's slice metadata).
   */
  public record Processes(String coordinator, Integer count, Integer id) {
    public Processes {
      checkArgument((coordinator == null) == (count == null) && (count == null) == (id == null),
          "give the coordinator, the process count and the process id together, or none of them");
      checkArgument(count == null || (count >= 1 && id >= 0 && id < count),
          "process id %s of %s processes: expected 0 <= id < count", id, count);
    }

    /** The harness's options for this process. */
    List<String> arguments() {
      return coordinator == null ? List.of("--multi-process")
          : List.of("--coordinator", coordinator, "--num-processes", count.toString(), "--process-id", id.toString());
    }
  }

  /**
   * Compiles every program for the first N devices of a Cloud TPU topology ({@code v4-8},
   * {@code v4-1024}, {@code v5litepod-8}, {@code v5litepod-256}, {@code v5p-8}, {@code v6e-8}).
   * Inputs and outputs are ignored. The compiled TPU HLO of each program lands in {@code workDir}.
   */
  public Summary compileForTpu(List<Program> programs, String topology, Path workDir) {
    return compileForTpu(programs, topology, workDir, List.of());
  }

  /**
   * The same, with libtpu flags (as in {@code LIBTPU_INIT_ARGS}: {@code --name=value}) that the
   * programs are meant to run with; the summary's {@code libtpuFlags} says what was used.
   */
  public Summary compileForTpu(List<Program> programs, String topology, Path workDir, List<String> libtpuFlags) {
    checkNotNull(topology, "topology");
    requireSources(programs, "compileForTpu");
    List<String> extra = new ArrayList<>(List.of("--topology", topology));
    for (String flag : libtpuFlags) {
      checkArgument(flag.matches("--[A-Za-z0-9_]+(=\\S*)?"), "libtpu flag %s: expected --name or --name=value", flag);
      extra.add("--libtpu-flag=" + flag);
    }
    return call(programs, workDir, "tpu", "tpu-" + topology, extra);
  }

  /**
   * Computes every program's NumPy reference: its {@link Program#reference()} function gets the
   * per-device inputs, split exactly as in {@link #run} (floats as float64), and its per-device
   * outputs are combined and saved as in {@link #run}, floats as float32 unless a float input was
   * float64. The HLO/StableHLO files are not read (they may be null). A program without a
   * reference fails with "parse: no reference function named ...". Needs numpy only, and starts
   * no XLA. The request and summary are {@code workDir/reference-request.json} and {@code
   * -summary.json}.
   */
  public Summary reference(List<Program> programs, Path workDir) {
    return call(programs, workDir, "reference", "reference", List.of());
  }

  /**
   * XLA's cost analysis of every program's HLO text as written (before optimisation; a while body
   * counted once) and, from compiling it for N virtual CPU devices, its memory statistics.
   */
  public Summary cost(List<Program> programs, Path workDir) {
    for (Program p : programs) {
      checkArgument(p.hlo() != null, "program %s has no HLO text; cost needs it", p.id());
    }
    return call(programs, workDir, "cost", "cost", List.of());
  }

  private static void requireSources(List<Program> programs, String mode) {
    for (Program p : programs) {
      checkArgument(
          p.hlo() != null || p.stablehlo() != null,
          "program %s has neither hlo nor stablehlo; %s needs one", p.id(), mode);
    }
  }

  private Summary call(
      List<Program> programs, Path workDir, String mode, String name, List<String> extra) {
    try {
      Files.createDirectories(workDir);
      Path request = workDir.resolve(name + "-request.json");
      Path summary = workDir.resolve(name + "-summary.json");
      Path log = workDir.resolve(name + "-stderr.txt");
      Files.writeString(request, requestJson(programs));
      Files.deleteIfExists(summary);
      List<String> args = new ArrayList<>(List.of(mode, "--request", request.toString(), "--out", summary.toString()));
      args.addAll(extra);
      int rc = exec(args, log, timeout);
      if (rc != 0) {
        String hint = rc == 3 ? " (" + INSTALL_HINT + ")" : "";
        throw new HarnessException(
            "xla-harness " + mode + " exited " + rc + hint + "; stderr tail:\n" + tail(log));
      }
      return JSON.readValue(summary.toFile(), Summary.class);
    } catch (IOException e) {
      throw new HarnessException("xla-harness " + mode + " in " + workDir + ": " + e.getMessage(), e);
    }
  }

  /** The request JSON for {@code programs}, exactly as harness.py reads it. */
  public static String requestJson(List<Program> programs) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("programs");
    for (Program p : programs) {
      ObjectNode o = list.addObject();
      o.put("id", p.id());
      if (p.hlo() != null) {
        o.put("hlo", p.hlo().toAbsolutePath().toString());
      }
      if (p.stablehlo() != null) {
        o.put("stablehlo", p.stablehlo().toAbsolutePath().toString());
      }
      o.put("numPartitions", p.numPartitions());
      ArrayNode ins = o.putArray("inputs");
      for (Input in : p.inputs()) {
        ObjectNode i = ins.addObject().put("npy", in.npy().toAbsolutePath().toString()).put("shardedDim", in.shardedDim());
        if (in.stacked()) {
          i.put("stacked", true);
        }
      }
      ArrayNode outs = o.putArray("outputs");
      for (Output out : p.outputs()) {
        outs.addObject()
            .put("npy", out.npy().toAbsolutePath().toString())
            .put("combine", out.combine().json())
            .put("shardedDim", out.shardedDim());
      }
      if (p.reference() != null) {
        o.putObject("reference")
            .put("fn", p.reference().fn())
            .set("args", JSON.valueToTree(p.reference().args()));
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code python -m torus_harness.harness args} with stdout and stderr to log; its exit code. */
  private int exec(List<String> args, Path log, Duration limit) throws IOException {
    ProcessBuilder builder = project.process(python, PythonProject.Module.HARNESS, args);
    List<String> cmd = builder.command();
    Process proc = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!proc.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        proc.descendants().forEach(ProcessHandle::destroyForcibly);
        proc.destroyForcibly();
        throw new HarnessException(
            "xla-harness took longer than " + limit + " and was killed: " + cmd + "\n" + tail(log));
      }
      return proc.exitValue();
    } catch (InterruptedException e) {
      proc.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while waiting for xla-harness", e);
    }
  }

  private static String tail(Path log) {
    try {
      String s = Files.readString(log, StandardCharsets.UTF_8).strip();
      return s.length() <= STDERR_TAIL_CHARS ? s : "..." + s.substring(s.length() - STDERR_TAIL_CHARS);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The harness could not run or did not write its summary (per-program failures are not this). */
  public static final class HarnessException extends RuntimeException {
    HarnessException(String message) {
      super(message);
    }

    HarnessException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** How the per-device results of one output become the one array saved. */
  public enum Combine {
    /** Concatenated along the output's shardedDim, in device order. */
    CONCAT,
    /** Stacked along a new leading axis of size N, in device order. */
    STACK,
    /** Device 0's result only. */
    FIRST;

    @JsonValue
    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One program parameter, from a {@code .npy} file: split evenly along {@code shardedDim} with
   * piece d on device d, or the whole array on every device when {@code shardedDim} is null.
   */
  public record Input(Path npy, Integer shardedDim, boolean stacked) {
    public Input {
      checkNotNull(npy, "npy");
      checkArgument(shardedDim == null || shardedDim >= 0, "shardedDim %s < 0", shardedDim);
      checkArgument(!stacked || shardedDim == null, "a stacked input has no shardedDim");
    }

    /** Pieces stacked along a new leading dimension [N, ...]: device i gets piece i. */
    public static Input stacked(Path npy) {
      return new Input(npy, null, true);
    }

    public static Input sharded(Path npy, int dim) {
      return new Input(npy, dim, false);
    }

    public static Input replicated(Path npy) {
      return new Input(npy, null, false);
    }
  }

  /**
   * One program result (a top-level tuple element, or the root array), saved to {@code npy}.
   * bf16 results are saved as float32.
   */
  public record Output(Path npy, Combine combine, Integer shardedDim) {
    public Output {
      checkNotNull(npy, "npy");
      checkNotNull(combine, "combine");
      checkArgument(
          combine != Combine.CONCAT || (shardedDim != null && shardedDim >= 0),
          "combine CONCAT needs shardedDim >= 0, got %s for %s", shardedDim, npy);
    }

    public static Output concat(Path npy, int dim) {
      return new Output(npy, Combine.CONCAT, dim);
    }

    public static Output stack(Path npy) {
      return new Output(npy, Combine.STACK, null);
    }

    public static Output first(Path npy) {
      return new Output(npy, Combine.FIRST, null);
    }
  }

  /**
   * A per-device program run on {@code numPartitions} devices, with its data files. The program
   * is HLO text ({@code hlo}, parameters named as in the HLO) or StableHLO text ({@code
   * stablehlo}, MLIR with a {@code func.func @main}; parameters named {@code arg0}, {@code arg1},
   * ...): never both, and one of them for {@link #run} and {@link #compileForTpu}. {@code
   * reference} (nullable) names the NumPy function {@link #reference} uses; the other modes
   * ignore it.
   */
  public record Program(
      String id,
      Path hlo,
      Path stablehlo,
      int numPartitions,
      List<Input> inputs,
      List<Output> outputs,
      Reference reference) {
    public Program {
      checkArgument(id != null && !id.isEmpty(), "program id must be non-empty");
      checkArgument(
          hlo == null || stablehlo == null,
          "program %s: give hlo %s or stablehlo %s, not both", id, hlo, stablehlo);
      checkArgument(numPartitions >= 1, "program %s: numPartitions %s < 1", id, numPartitions);
      inputs = ImmutableList.copyOf(inputs);
      outputs = ImmutableList.copyOf(outputs);
    }

    /** An HLO text program without a reference. */
    public Program(
        String id, Path hlo, int numPartitions, List<Input> inputs, List<Output> outputs) {
      this(
          id, checkNotNull(hlo, "hlo of program %s", id), null, numPartitions, inputs, outputs,
          null);
    }

    /** A StableHLO text program without a reference. */
    public static Program stablehlo(
        String id, Path stablehlo, int numPartitions, List<Input> inputs, List<Output> outputs) {
      checkNotNull(stablehlo, "stablehlo of program %s", id);
      return new Program(id, null, stablehlo, numPartitions, inputs, outputs, null);
    }

    /** A program for {@link #compileForTpu}, which needs no data. */
    public static Program compileOnly(String id, Path hlo, int numPartitions) {
      return new Program(id, hlo, numPartitions, List.of(), List.of());
    }

    /** This program with {@code reference} (null for none). */
    public Program withReference(Reference reference) {
      return new Program(id, hlo, stablehlo, numPartitions, inputs, outputs, reference);
    }

    /** This program saving its results to {@code outputs} instead. */
    public Program withOutputs(List<Output> outputs) {
      return new Program(id, hlo, stablehlo, numPartitions, inputs, outputs, reference);
    }
  }

  /**
   * A NumPy reference: {@code fn} is a name in {@code numpy_reference.FUNCTIONS}, called as {@code
   * fn(per_device_inputs, **args)}. {@code args} values must be JSON-serialisable (numbers,
   * strings, booleans, lists, maps); e.g. {@code permute_loop} takes {@code steps} and {@code
   * pairs}, a list of {@code [source, target]} lists.
   */
  public record Reference(String fn, Map<String, Object> args) {
    public Reference {
      checkArgument(fn != null && !fn.isEmpty(), "reference fn must be non-empty");
      args = args == null ? ImmutableMap.of() : ImmutableMap.copyOf(args);
    }

    public static Reference of(String fn) {
      return new Reference(fn, ImmutableMap.of());
    }

    public static Reference of(String fn, Map<String, Object> args) {
      return new Reference(fn, args);
    }
  }

  /**
   * What one harness process did with a batch. {@code mode}: run, tpu or reference. {@code jax},
   * {@code jaxlib}: null in reference mode. {@code libtpu}, {@code topology}: tpu mode only.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Summary(
      String mode,
      String jax,
      String jaxlib,
      String numpy,
      String libtpu,
      String topology,
      List<ProgramResult> programs,
      Counts counts) {
    public Summary {
      programs = programs == null ? ImmutableList.of() : ImmutableList.copyOf(programs);
    }

    /** The result of the program with this id. */
    public ProgramResult program(String id) {
      return programs.stream()
          .filter(p -> p.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no program " + id + " in the summary"));
    }
  }

  /**
   * One program's outcome. {@code error}: null, or {@code "<stage>: <first line>"} and detail lines
   * (stages parse, validate, compile, run). {@code memory}: bytes per device from
   * {@code get_compiled_memory_stats()} (tpu mode). {@code asyncCollectives}: how often each
   * collective op ({@code collective-permute-start}, {@code all-reduce}, ...) occurs in the compiled
   * TPU HLO. {@code costEstimate}: the TPU cost model's estimates ({@code flops},
   * {@code optimal_seconds}, ...; a while body counted once), not measurements. {@code xlaCost}
   * (cost mode): XLA's {@code HloCostAnalysis} of the module as written ({@code flops},
   * {@code transcendentals}, {@code bytes accessed}; a while body counted once).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ProgramResult(
      String id,
      boolean parsed,
      boolean compiled,
      boolean ran,
      String error,
      double seconds,
      List<String> outputs,
      Map<String, Long> memory,
      String tpuHlo,
      Map<String, Integer> asyncCollectives,
      Map<String, Object> costEstimate,
      Map<String, Double> xlaCost) {
    public ProgramResult {
      xlaCost = xlaCost == null ? ImmutableMap.of() : ImmutableMap.copyOf(xlaCost);
      outputs = outputs == null ? ImmutableList.of() : ImmutableList.copyOf(outputs);
      memory = memory == null ? ImmutableMap.of() : ImmutableMap.copyOf(memory);
      asyncCollectives =
          asyncCollectives == null ? ImmutableMap.of() : ImmutableMap.copyOf(asyncCollectives);
      costEstimate = costEstimate == null ? ImmutableMap.of() : ImmutableMap.copyOf(costEstimate);
    }

    public boolean ok() {
      return error == null;
    }
  }

  /**
   * How many programs got how far. {@code ran} is 0 in tpu mode. In reference mode {@code parsed}
   * counts programs whose function exists and {@code compiled} those whose inputs loaded.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Counts(int programs, int parsed, int compiled, int ran) {}
}
