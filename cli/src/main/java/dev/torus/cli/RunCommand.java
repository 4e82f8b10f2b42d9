package dev.torus.cli;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus run --model DIR --tokens-file T.npy --out LOGITS.npy [--artifact DIR] [--block-q Q
 * --block-kv K --chunk C] [--dtype f32|bf16] [--ring N --layout contiguous|striped --emulate]}:
 * compile, load the Hugging Face weights, run on the CPU (a ring program as its emulation).
 */
@Command(name = "run", customSynopsis = "torus run --model DIR --tokens-file T.npy --out LOGITS.npy [options]",
    description = {"run a Hugging Face model directory on token ids (.npy) and write the logits (.npy)", "",
        "Compiles the model for the tokens' shape, loads its safetensors weights and runs it on the CPU through"
            + " TensorFlow Java's XLA; writes f32 logits [batch, seq, vocab] as .npy."})
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "DIR", required = true,
      description = "a Hugging Face model directory (config.json + *.safetensors)")
  Path model;

  @Option(names = "--tokens-file", paramLabel = "T", required = true,
      description = "token ids, int32 or int64 .npy of shape [seq] or [batch, seq]")
  Path tokensFile;

  @Option(names = "--out", paramLabel = "LOGITS.npy", required = true, description = "where to write the logits")
  Path logitsFile;

  @Option(names = "--artifact", paramLabel = "DIR",
      description = "keep the compiled artifact there (default: a temporary directory)")
  Path artifact;

  @Option(names = "--ring", paramLabel = "N", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "compile for a ring of N devices and run its emulation (needs --emulate)")
  int ring;

  @Option(names = "--layout", paramLabel = "L", defaultValue = "contiguous",
      completionCandidates = OptionTypes.LayoutNames.class,
      description = "${COMPLETION-CANDIDATES}: the token layout over the ring (default ${DEFAULT-VALUE})")
  TokenLayout layout;

  @Option(names = "--emulate", description = "run a ring program as its single-device emulation of all N devices")
  boolean emulate;

  @Option(names = "--block-q", paramLabel = "Q", converter = OptionTypes.Positive.class,
      description = "query block (default: the largest divisor of the tokens per device up to 512)")
  Integer blockQuery;

  @Option(names = "--block-kv", paramLabel = "K", converter = OptionTypes.Positive.class,
      description = "key/value block (same default)")
  Integer blockKeyValue;

  @Option(names = "--chunk", paramLabel = "C", converter = OptionTypes.Positive.class,
      description = "feedforward and LM-head chunk (same default)")
  Integer chunk;

  @Option(names = "--dtype", paramLabel = "TYPE", converter = OptionTypes.ParamType.class,
      completionCandidates = OptionTypes.ParamTypeNames.class,
      description = "f32 or bf16 parameters (default: the checkpoint's config)")
  DType dtype;

  @Option(names = "--allow-non-finite",
      description = "write the logits even when some are NaN or infinite (by default that is an error, exit 1)")
  boolean allowNonFinite;

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
    ModelSpec modelSpec = ModelSource.resolve(model.toString(), dtype);
    HostTensor tokens = Npy.readIntegers(tokensFile);
    BlockSizes blocks = null;
    if (blockQuery != null || blockKeyValue != null || chunk != null) {
      int seq = Math.toIntExact(tokens.shape().get(tokens.rank() - 1));
      BlockSizes d = ModelRunner.defaultBlocks(Math.max(1, seq / ring));
      blocks = BlockSizes.of(blockQuery != null ? blockQuery : d.query(),
          blockKeyValue != null ? blockKeyValue : d.keyValue(), chunk != null ? chunk : d.chunk());
    }
    // The stop scope encloses TensorFlow, the output and the cleanup: a signal's exit waits for all three.
    try (GracefulStop stop = GracefulStop.install("stopping at the next safe point (" + logitsFile + " is not written)")) {
      Path artifactDir = artifact != null ? artifact : Files.createTempDirectory("torus-run-");
      ModelRunner.Result r;
      try {
        r = ModelRunner.run(modelSpec, model, tokens, new ModelRunner.Options(blocks, ring, layout), artifactDir, stop);
      } finally {
        if (artifact == null) {
          TrainRun.deleteTree(artifactDir);
        }
      }
      stop.throwIfRequested("after running, before writing " + logitsFile);
      write(modelSpec, r);
    }
    return 0;
  }

  private void write(ModelSpec modelSpec, ModelRunner.Result r) throws IOException {
    HostTensor.NonFinite bad = r.logits().nonFinite();
    if (bad.count() > 0 && !allowNonFinite) {
      List<Long> shape = r.logits().shape();
      long v = shape.get(shape.size() - 1);
      long s = shape.get(shape.size() - 2);
      throw new IllegalStateException(String.format(Locale.ROOT, "%d of %d logits are NaN or infinite (the first at"
          + " [batch %d, position %d, vocabulary %d]); %s not written. The weights were finite when loaded, so the"
          + " program overflowed: try --dtype f32, or pass --allow-non-finite to write them anyway", bad.count(),
          r.logits().elementCount(), bad.first() / (s * v), bad.first() / v % s, bad.first() % v, logitsFile));
    }
    Npy.write(logitsFile, r.logits());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%s: logits %s written to %s (compile %.0f ms, load weights %.0f ms, XLA compile + run %.0f ms)%n",
        modelSpec.name(), ring == 1 ? "" : " on an emulated ring of " + ring + " (" + layout.label() + ")",
        HostTensor.typeString(r.logits().dtype(), r.logits().shape()), logitsFile, r.compileMs(), r.loadMs(), r.runMs());
  }
}
