package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.harness.XlaHarness;
import dev.torus.hf.Checkpoint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus pod-run ARTIFACT --weights DIR --tokens-file T.npy --out LOGITS.npy}: runs the
 * artifact's SPMD program (program.hlo, N partitions) through JAX's PJRT client (the pinned jax
 * 0.10.2 of the harness in harness/python) on the devices JAX finds, or on N virtual CPU devices. The host
 * splits every input per the manifest's sharding (tokens put in device order for the striped
 * layout, FSDP weights cut into their shards), feeds device p its piece, and puts the logits back
 * together. Run on every host of a multi-host slice (--multi-process, or an explicit coordinator,
 * process count and id), each process feeds the devices it owns and gets all the logits back.
 */
@Command(name = "pod-run",
    customSynopsis = {"torus pod-run ARTIFACT --weights DIR --tokens-file T.npy --out LOGITS.npy [--devices cpu|jax]",
        "                     [--multi-process | --coordinator HOST:PORT --num-processes P --process-id I]"},
    description = {"run an artifact's SPMD program through JAX (PJRT) on the devices JAX sees or on virtual CPU devices", "",
        "Runs ARTIFACT/program.hlo, the per-device SPMD program, on N devices through JAX's PJRT client"
            + " (harness/python, jax 0.10.2 pinned), N being the artifact's mesh size. Each input is split as the"
            + " manifest says: tokens over the data-parallel and ring axes (in device order for the striped layout),"
            + " weights read by their Hugging Face names from DIR and, when FSDP-sharded, cut into their shards."
            + " Device p gets its pieces; the logits come back in sequence order as one .npy.", "",
        "Multi-host (a TPU pod slice): run the same command on every host, each with the same files, with"
            + " --multi-process or the explicit --coordinator, --num-processes and --process-id. Each process feeds"
            + " the devices it owns and gets all the logits back; every process writes --out. With --devices cpu,"
            + " each of P processes holds N / P virtual CPU devices (a test of the path on one machine; collectives"
            + " cross processes through gloo)."},
    footer = "Needs the venv of bash harness/python/setup.sh. Train artifacts are refused.")
final class PodRunCommand implements Callable<Integer> {
  /** Where the program runs. */
  enum Devices {
    /** N virtual CPU devices. */
    CPU,
    /** The devices JAX finds (a TPU VM's chips, GPUs). */
    JAX;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Mixin ArtifactParameter artifactParameter;

  @Option(names = "--weights", paramLabel = "DIR", required = true,
      description = "a Hugging Face checkpoint directory (config.json + safetensors)")
  Path weights;

  @Option(names = "--tokens-file", paramLabel = "T", required = true,
      description = "int32/int64 token ids [S] or [batch, S] (.npy, at most 256 MiB)")
  Path tokensFile;

  @Option(names = "--out", paramLabel = "LOGITS.npy", required = true,
      description = "where to write the f32 logits [batch, S, vocab]; an existing file there is replaced only if it"
          + " is a .npy (or with --force)")
  Path logitsFile;

  @Option(names = "--force", description = "overwrite a non-.npy --out, and run on virtual CPU devices even when the"
      + " pre-flight says the machine has too little free memory")
  boolean force;

  @Option(names = "--devices", paramLabel = "D", defaultValue = "cpu",
      description = "cpu (default): N virtual CPU devices; jax: the devices JAX finds (a TPU VM's chips, GPUs)")
  Devices devices;

  @Option(names = "--ignore-unused",
      description = "run even when the checkpoint holds tensors the program does not read (by default they are"
          + " refused, naming them)")
  boolean ignoreUnused;

  @Mixin ProcessOptions processOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    OutputPaths.checkNpyFile(logitsFile, "--out", force);
    Path artifactDir = artifactParameter.dir;
    Artifact artifact = artifactParameter.read();
    if (artifact.manifest().model() != null && artifact.manifest().model().path("task").asText("").equals("train")) {
      throw new UsageException(artifactDir + " is a train step; pod-run runs forward artifacts");
    }
    artifact.manifest().checkTakesTokensOnly("pod-run");
    XlaHarness harness = XlaHarness.locate();
    String missing = harness.unavailableReason().orElse(null);
    if (missing != null) {
      throw new UsageException("the XLA harness is not available: " + missing + "; " + XlaHarness.INSTALL_HINT);
    }
    int n = artifact.manifest().mesh().deviceCount();
    EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
    HostTensor tokens = TokensFile.read(tokensFile, "--tokens-file");
    if (devices == Devices.CPU) {
      long weightBytes = main.inputs().stream().filter(i -> i.role() == Role.WEIGHT)
          .mapToLong(i -> i.asGlobal().perDeviceBytes()).sum();
      // The host holds the global weights and each virtual device its pieces and working memory.
      OptionalLong needed = RunPreflight.runBytes(main, 0, n);
      if (needed.isPresent()) {
        RunPreflight.checkMemory("running " + artifactDir + " on " + n + " virtual CPU devices",
            weightBytes + needed.getAsLong(), force);
      }
    }
    try (TemporaryDirectory work = TemporaryDirectory.create("torus-pod-run-")) {
      return run(out, artifact, main, tokens, work.path());
    }
  }

  private int run(PrintWriter out, Artifact artifact, EntryPoint main, HostTensor tokens, Path work) throws Exception {
    Path artifactDir = artifactParameter.dir;
    XlaHarness harness = XlaHarness.locate();
    int n = artifact.manifest().mesh().deviceCount();
    XlaHarness.Program program;
    try (Checkpoint checkpoint = Checkpoint.open(weights)) {
      List<String> notes = new ArrayList<>();
      ModelRunner.checkUnused(main, checkpoint, artifact.manifest().name(), ignoreUnused, notes);
      notes.forEach(note -> System.err.println("pod-run: note: " + note));
      program = PodRun.program("program", artifact, checkpoint, tokens, work);
    }
    XlaHarness.Processes processes = processOptions.processes();
    System.err.printf(Locale.ROOT, "pod-run: %s on %d %s devices through JAX%s...%n", artifactDir, n,
        devices == Devices.CPU ? "virtual CPU" : "JAX", processes == null ? ""
            : processes.count() == null ? " (one of several processes)"
            : " (process " + processes.id() + " of " + processes.count() + ")");
    long start = System.nanoTime();
    HostTensor logits = PodRun.logits(artifact, harness.run(List.of(program), work, devices == Devices.JAX, processes)
        .program("program"));
    Npy.write(logitsFile, logits);
    out.printf(Locale.ROOT, "pod-run: logits %s written to %s (%d devices, %.0f ms with XLA compile)%n",
        HostTensor.typeString(logits.dtype(), logits.shape()), logitsFile, n, (System.nanoTime() - start) / 1e6);
    return 0;
  }
}
