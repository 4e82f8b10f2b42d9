package dev.torus.cli;

import dev.torus.artifact.Role;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Mesh;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.SequenceOrder;
import dev.torus.harness.XlaHarness;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code torus pod-run ARTIFACT --weights DIR --tokens-file T.npy --out LOGITS.npy}: runs the
 * artifact's SPMD program (program.hlo, N partitions) through JAX's PJRT client (the pinned jax
 * 0.10.2 of the harness in harness/python) on the devices JAX finds, or on N virtual CPU devices. The host
 * splits every input per the manifest's sharding (tokens put in device order for the striped
 * layout, FSDP weights cut into their shards), feeds device p its piece, and puts the logits back
 * together. Run on every host of a multi-host slice (--multi-process, or an explicit coordinator,
 * process count and id), each process feeds the devices it owns and gets all the logits back.
 */
final class PodRunCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("weights", "tokens-file", "out", "devices", "multi-process", "coordinator",
      "num-processes", "process-id");

  @Override
  public String summary() {
    return "run an artifact's SPMD program through JAX (PJRT) on the devices JAX sees or on virtual CPU devices";
  }

  @Override
  public String usage() {
    return """
        usage: torus pod-run ARTIFACT --weights DIR --tokens-file T.npy --out LOGITS.npy [--devices cpu|jax]
                             [--multi-process | --coordinator HOST:PORT --num-processes P --process-id I]
        Runs ARTIFACT/program.hlo, the per-device SPMD program, on N devices through JAX's PJRT client
        (harness/python, jax 0.10.2 pinned), N being the artifact's mesh size. Each input is split as
        the manifest says: tokens over the data-parallel and ring axes (in device order for the striped
        layout), weights read by their Hugging Face names from DIR and, when FSDP-sharded, cut into their
        shards. Device p gets its pieces; the logits come back in sequence order as one .npy.
          --weights DIR      a Hugging Face checkpoint directory (config.json + safetensors)
          --tokens-file T    int32/int64 token ids [batch, S] (.npy)
          --out LOGITS.npy   where to write the f32 logits [batch, S, vocab]
          --devices D        cpu (default): N virtual CPU devices; jax: the devices JAX finds (a TPU VM's
                             chips, GPUs)
        Multi-host (a TPU pod slice: run the same command on every host, each with the same files):
          --multi-process    jax.distributed.initialize() with what JAX finds on a Cloud TPU VM
          --coordinator HOST:PORT, --num-processes P, --process-id I
                             the same with explicit values (process 0's address; this host's index)
        Each process feeds the devices it owns and gets all the logits back; every process writes --out.
        With --devices cpu, each of P processes holds N / P virtual CPU devices (a test of the path on one
        machine; collectives cross processes through gloo).
        Needs the venv of bash harness/python/setup.sh. Train artifacts are refused.
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = Args.afterArtifact("pod-run", argv, OPTIONS,
        "torus pod-run ARTIFACT --weights DIR --tokens-file T.npy --out LOGITS.npy [--devices cpu|jax]");
    Artifact artifact = args.artifact();
    if (artifact.manifest().model() != null && artifact.manifest().model().path("task").asText("").equals("train")) {
      throw new TorusCli.UsageException(args.artifactDir() + " is a train step; pod-run runs forward artifacts");
    }
    String devices = args.get("devices", "cpu");
    if (!devices.equals("cpu") && !devices.equals("jax")) {
      throw new TorusCli.UsageException("--devices takes cpu or jax, got '" + devices + "'");
    }
    XlaHarness harness = XlaHarness.locate();
    String missing = harness.unavailableReason().orElse(null);
    if (missing != null) {
      throw new TorusCli.UsageException("the XLA harness is not available: " + missing + "; " + XlaHarness.INSTALL_HINT);
    }
    Mesh mesh = artifact.manifest().mesh();
    int n = mesh.deviceCount();
    int ring = SequenceOrder.ringOf(artifact.manifest());
    TokenLayout layout = SequenceOrder.layoutOf(artifact.manifest());
    EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
    HostTensor tokens = Npy.readIntegers(Path.of(args.required("tokens-file")));
    Path work = Files.createTempDirectory("torus-pod-run-");
    List<XlaHarness.Input> inputs = new ArrayList<>();
    try (Checkpoint checkpoint = Checkpoint.open(Path.of(args.required("weights")))) {
      for (TensorSpec spec : main.inputs()) {
        HostTensor global;
        if (spec.role() == Role.TOKENS) {
          if (!tokens.shape().equals(spec.globalShape())) {
            throw new TorusCli.UsageException("--tokens-file holds " + HostTensor.typeString(tokens.dtype(), tokens.shape())
                + " but the artifact takes tokens " + spec.globalShape());
          }
          global = SequenceOrder.toDeviceOrder(tokens, layout, ring);
        } else {
          global = CheckpointWeights.load(spec, checkpoint);
        }
        Path npy = work.resolve(spec.name() + ".npy");
        if (spec.sharding().isEmpty()) {
          Npy.write(npy, global);
          inputs.add(XlaHarness.Input.replicated(npy));
        } else {
          Npy.write(npy, MeshSharding.stack(MeshSharding.split(global, spec, mesh)));
          inputs.add(XlaHarness.Input.stacked(npy));
        }
      }
    }
    List<XlaHarness.Output> outputs = new ArrayList<>();
    for (TensorSpec spec : main.outputs()) {
      outputs.add(XlaHarness.Output.stack(work.resolve("out." + spec.name() + ".npy")));
    }
    XlaHarness.Processes processes = processes(args);
    System.err.printf(Locale.ROOT, "pod-run: %s on %d %s devices through JAX%s...%n", args.artifactDir(), n,
        devices.equals("cpu") ? "virtual CPU" : "JAX", processes == null ? ""
            : processes.count() == null ? " (one of several processes)"
            : " (process " + processes.id() + " of " + processes.count() + ")");
    long start = System.nanoTime();
    XlaHarness.ProgramResult r = harness.run(List.of(new XlaHarness.Program("program",
        args.artifactDir().resolve(Artifact.HLO).toAbsolutePath(), null, n, inputs, outputs, null)), work,
        devices.equals("jax"), processes).program("program");
    if (!r.ok()) {
      throw new IllegalStateException("the program did not run: " + r.error());
    }
    TensorSpec logitsSpec = main.outputs().get(0);
    HostTensor logits = MeshSharding.gather(MeshSharding.unstack(Npy.read(Path.of(r.outputs().get(0)))), logitsSpec,
        mesh);
    logits = SequenceOrder.toSequenceOrder(logits, layout, ring);
    Path outFile = Path.of(args.required("out"));
    Npy.write(outFile, logits);
    out.printf(Locale.ROOT, "pod-run: logits %s written to %s (%d devices, %.0f ms with XLA compile)%n",
        HostTensor.typeString(logits.dtype(), logits.shape()), outFile, n, (System.nanoTime() - start) / 1e6);
    return 0;
  }

  /** This process's place among several (--multi-process or the three explicit options), or null for one process. */
  private static XlaHarness.Processes processes(Args args) {
    boolean explicit = args.has("coordinator") || args.has("num-processes") || args.has("process-id");
    if (!explicit && !args.has("multi-process")) {
      return null;
    }
    if (explicit && args.has("multi-process")) {
      throw new TorusCli.UsageException("give --multi-process or --coordinator, --num-processes and --process-id, not both");
    }
    if (!explicit) {
      return new XlaHarness.Processes(null, null, null);
    }
    try {
      return new XlaHarness.Processes(args.required("coordinator"), args.positiveInt("num-processes", 1),
          args.intValue("process-id", -1));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException(e.getMessage());
    }
  }
}
