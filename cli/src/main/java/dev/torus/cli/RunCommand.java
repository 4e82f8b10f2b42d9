package dev.torus.cli;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.TokenLayout;
import java.io.IOException;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus run --model DIR --tokens-file T.npy --out LOGITS.npy [--artifact DIR] [--block-q Q
 * --block-kv K --chunk C] [--dtype f32|bf16] [--ring N --layout contiguous|striped --emulate]
 * [--allow-non-finite] [--ignore-unused] [--force]}: compile, load the Hugging Face weights, run on the
 * CPU (a ring program as its emulation). Before any work it checks {@code --out}, {@code --artifact}
 * and the tokens file, then the checkpoint against the config, the time and the memory
 * ({@link RunPreflight}).
 */
@Command(name = "run", customSynopsis = "torus run --model DIR --tokens-file T.npy --out LOGITS.npy [options]",
    description = {"run a Hugging Face model directory on token ids (.npy) and write the logits (.npy)", "",
        "Compiles the model for the tokens' shape, loads its safetensors weights and runs it on the CPU through"
            + " TensorFlow Java's XLA; writes f32 logits [batch, seq, vocab] as .npy.", "",
        "Before compiling it checks --out, --artifact and the tokens file, every tensor of the checkpoint against the"
            + " shape config.json implies, the parameter bytes against this machine's free memory and the time the"
            + " CPU needs; before loading, the compiled program's memory figure. A failed check exits 3 (2 for a"
            + " mistake in the options); --force runs anyway."},
    footer = "Exit status: 0 ok, 1 error, 2 a mistake in the command line, 3 it does not fit this machine.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "DIR", required = true,
      description = "a Hugging Face model directory (config.json + *.safetensors)")
  Path model;

  @Option(names = "--tokens-file", paramLabel = "T", required = true,
      description = "token ids, int32 or int64 .npy of shape [seq] (one sequence) or [batch, seq], at most 256 MiB")
  Path tokensFile;

  @Option(names = "--out", paramLabel = "LOGITS.npy", required = true,
      description = "where to write the logits; an existing file there is replaced only if it is a .npy (or with"
          + " --force)")
  Path logitsFile;

  @Option(names = "--artifact", paramLabel = "DIR",
      description = "keep the compiled artifact in DIR, a new or empty directory (default: a temporary directory,"
          + " removed after the run)")
  Path artifact;

  @Option(names = "--force",
      description = "overwrite a non-.npy --out or a non-empty --artifact, and run even when the pre-flight says the"
          + " machine has too little free memory or the CPU would take over an hour")
  boolean force;

  @Option(names = "--ring", paramLabel = "N", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "compile for a ring of N devices and run its emulation (needs --emulate)")
  int ring;

  @Option(names = "--layout", paramLabel = "L", defaultValue = "contiguous",
      completionCandidates = OptionTypes.LayoutNames.class,
      description = "${COMPLETION-CANDIDATES}: the token layout over the ring (default ${DEFAULT-VALUE})")
  TokenLayout layout;

  @Option(names = "--emulate", description = "run a ring program as its single-device emulation of all N devices")
  boolean emulate;

  @Mixin BlockOptions blockOptions;

  @Option(names = "--dtype", paramLabel = "TYPE", converter = OptionTypes.ParamType.class,
      completionCandidates = OptionTypes.ParamTypeNames.class,
      description = "f32 or bf16 parameters (default: the checkpoint's config)")
  DType dtype;

  @Option(names = "--allow-non-finite",
      description = "write the logits even when some are NaN or infinite (by default that is an error, exit 1)")
  boolean allowNonFinite;

  @Option(names = "--ignore-unused",
      description = "run even when the checkpoint holds tensors the model does not read (by default they are"
          + " refused, naming them)")
  boolean ignoreUnused;

  /**
   * Checks the logits window by window and writes them to {@code --out} (any size, never whole in
   * memory); returns their type. Non-finite logits fail unless {@code --allow-non-finite}.
   */
  private String writeLogits(TensorSource logits) throws IOException {
    HostTensor.NonFinite bad = logits.nonFinite();
    if (bad.count() > 0 && !allowNonFinite) {
      List<Long> shape = logits.shape();
      long v = shape.get(shape.size() - 1);
      long s = shape.get(shape.size() - 2);
      throw new IllegalStateException(String.format(Locale.ROOT, "%d of %d logits are NaN or infinite (the first at"
          + " [batch %d, position %d, vocabulary %d]); %s not written. The weights were finite when loaded, so the"
          + " program overflowed: try --dtype f32, or pass --allow-non-finite to write them anyway", bad.count(),
          HostTensor.elementCount(shape), bad.first() / (s * v), bad.first() / v % s, bad.first() % v, logitsFile));
    }
    Npy.write(logitsFile, logits);
    return logits.type();
  }

  @Override
  public Integer call() throws Exception {
    if (Presets.isPreset(model.toString())) {
      throw new UsageException("built-in model '" + model + "' has no weights; pass a Hugging Face model"
          + " directory (config.json + safetensors), e.g. the one ./torus demo writes");
    }
    if (ring > 1 && !emulate) {
      throw new UsageException("--ring " + ring + " compiles an SPMD program for " + ring + " devices, which one CPU"
          + " cannot run as such; add --emulate to run its single-device emulation of all devices (or run program.hlo"
          + " with the XLA harness, harness/python)");
    }
    OutputPaths.checkNpyFile(logitsFile, "--out", force);
    if (artifact != null) {
      OutputPaths.checkArtifactDirectory(artifact, "--artifact", force);
    }
    HostTensor tokens = TokensFile.read(tokensFile, "--tokens-file");
    ModelSpec modelSpec = ModelSource.resolve(model.toString(), dtype);
    long batch = tokens.shape().get(0);
    int seq = Math.toIntExact(tokens.shape().get(1));
    double seconds = RunPreflight.checkCpuTime(modelSpec, batch, seq, force);
    if (seconds > 60) {
      spec.commandLine().getErr().printf(Locale.ROOT, "run: %d x %d tokens of %s: at least %s on a CPU at %.0f GFLOP/s%n",
          batch, seq, modelSpec.name(), RunPreflight.duration(seconds), RunPreflight.CPU_FLOPS_PER_SECOND / 1e9);
    }
    BlockSizes blocks = blockOptions.given() ? blockOptions.blocks(seq / ring) : null;
    ModelRunner.Options options = new ModelRunner.Options(blocks, ring, layout, force, ignoreUnused);
    ModelRunner.Streamed<String> r;
    // The stop scope encloses TensorFlow, the output and the cleanup: a signal's exit waits for all three.
    try (GracefulStop stop = GracefulStop.install("stopping at the next safe point (" + logitsFile + " is not written)")) {
      ModelRunner.LogitsUse<String> write = logits -> {
        stop.throwIfRequested("after running, before writing " + logitsFile);
        return writeLogits(logits);
      };
      if (artifact != null) {
        r = ModelRunner.run(modelSpec, model, tokens, options, artifact, write, stop);
      } else {
        try (TemporaryDirectory work = TemporaryDirectory.create("torus-run-")) {
          r = ModelRunner.run(modelSpec, model, tokens, options, work.path(), write, stop);
        }
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    r.notes().forEach(note -> err.println("torus run: note: " + note));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%s: %s parameters, logits %s written to %s (compile %.0f ms, load weights %.0f ms,"
        + " XLA compile + run %.0f ms)%n", r.model().name(), ring == 1 ? "" : " on an emulated ring of " + ring + " ("
        + layout.label() + ")", r.model().paramType().xlaName(), r.value(), logitsFile, r.compileMs(), r.loadMs(),
        r.runMs());
    return 0;
  }
}
