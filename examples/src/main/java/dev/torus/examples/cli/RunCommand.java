package dev.torus.examples.cli;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.examples.ModelRunner;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code torus run --model DIR --tokens-file T.npy --out LOGITS.npy [--artifact DIR] [--block-q Q
 * --block-kv K --chunk C] [--dtype f32|bf16]}: compile, load the Hugging Face weights, run on the CPU.
 */
final class RunCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("model", "tokens-file", "out", "artifact", "block-q", "block-kv", "chunk",
      "dtype", "ring", "layout", "emulate");

  @Override
  public String summary() {
    return "run a Hugging Face model directory on token ids (.npy) and write the logits (.npy)";
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = new Args("run", argv, OPTIONS);
    String modelArg = args.required("model");
    if (Presets.isPreset(modelArg)) {
      throw new TorusCli.UsageException("built-in model '" + modelArg + "' has no weights; pass a Hugging Face model"
          + " directory (config.json + safetensors), e.g. the one ./torus demo writes");
    }
    if (args.intValue("ring", 1) != 1 || args.has("emulate")) {
      throw new TorusCli.UsageException("multi-device runs (--ring above 1, --emulate) are not implemented in this version");
    }
    ModelSpec model = ModelSource.resolve(modelArg, args.get("dtype", null));
    Path tokensFile = Path.of(args.required("tokens-file"));
    HostTensor tokens = Npy.readIntegers(tokensFile);
    BlockSizes blocks = null;
    if (args.has("block-q") || args.has("block-kv") || args.has("chunk")) {
      int seq = Math.toIntExact(tokens.shape().get(tokens.rank() - 1));
      BlockSizes d = ModelRunner.defaultBlocks(seq);
      blocks = BlockSizes.of(args.positiveInt("block-q", d.query()), args.positiveInt("block-kv", d.keyValue()),
          args.positiveInt("chunk", d.chunk()));
    }
    Path artifact = args.has("artifact") ? Path.of(args.get("artifact", null)) : Files.createTempDirectory("torus-run-");
    ModelRunner.Result r = ModelRunner.run(model, Path.of(modelArg), tokens, blocks, artifact);
    Path outFile = Path.of(args.required("out"));
    Npy.write(outFile, r.logits());
    out.printf(Locale.ROOT, "%s: logits %s written to %s (compile %.0f ms, load weights %.0f ms, XLA compile + run %.0f ms)%n",
        model.name(), HostTensor.typeString(r.logits().dtype(), r.logits().shape()), outFile, r.compileMs(), r.loadMs(),
        r.runMs());
    return 0;
  }
}
