package dev.torus.cli;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.ModelRunner;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code torus run --model DIR --tokens-file T.npy --out LOGITS.npy [--artifact DIR] [--block-q Q
 * --block-kv K --chunk C] [--dtype f32|bf16] [--ring N --layout contiguous|striped --emulate]}:
 * compile, load the Hugging Face weights, run on the CPU (a ring program as its emulation).
 */
final class RunCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("model", "tokens-file", "out", "artifact", "block-q", "block-kv", "chunk",
      "dtype", "ring", "layout", "emulate");

  @Override
  public String summary() {
    return "run a Hugging Face model directory on token ids (.npy) and write the logits (.npy)";
  }

  @Override
  public String usage() {
    return """
        usage: torus run --model DIR --tokens-file T.npy --out LOGITS.npy [options]
        Compiles the model for the tokens' shape, loads its safetensors weights and runs it on the CPU
        through TensorFlow Java's XLA; writes f32 logits [batch, seq, vocab] as .npy.
          --model DIR        a Hugging Face model directory (config.json + *.safetensors)
          --tokens-file T    token ids, int32 or int64 .npy of shape [seq] or [batch, seq]
          --out LOGITS.npy   where to write the logits
          --artifact DIR     keep the compiled artifact there (default: a temporary directory)
          --ring N           compile for a ring of N devices and run its emulation (needs --emulate)
          --layout L         contiguous or striped token layout over the ring (default contiguous)
          --emulate          run a ring program as its single-device emulation of all N devices
          --block-q Q        query block (default: %s)
          --block-kv K       key/value block (same default)
          --chunk C          feedforward and LM-head chunk (same default)
          --dtype T          f32 or bf16 parameters (default: the checkpoint's config)
        """.formatted("the largest divisor of the tokens per device up to 512");
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = new Args("run", argv, OPTIONS);
    String modelArg = args.required("model");
    if (Presets.isPreset(modelArg)) {
      throw new TorusCli.UsageException("built-in model '" + modelArg + "' has no weights; pass a Hugging Face model"
          + " directory (config.json + safetensors), e.g. the one ./torus demo writes");
    }
    int ring = args.positiveInt("ring", 1);
    if (ring > 1 && !args.has("emulate")) {
      throw new TorusCli.UsageException("--ring " + ring + " compiles an SPMD program for " + ring + " devices, which one CPU"
          + " cannot run as such; add --emulate to run its single-device emulation of all devices (or run program.hlo"
          + " with the XLA harness, harness/python)");
    }
    ModelSpec model = ModelSource.resolve(modelArg, args.get("dtype", null));
    Path tokensFile = Path.of(args.required("tokens-file"));
    HostTensor tokens = Npy.readIntegers(tokensFile);
    BlockSizes blocks = null;
    if (args.has("block-q") || args.has("block-kv") || args.has("chunk")) {
      int seq = Math.toIntExact(tokens.shape().get(tokens.rank() - 1));
      BlockSizes d = ModelRunner.defaultBlocks(Math.max(1, seq / ring));
      blocks = BlockSizes.of(args.positiveInt("block-q", d.query()), args.positiveInt("block-kv", d.keyValue()),
          args.positiveInt("chunk", d.chunk()));
    }
    Path artifact = args.has("artifact") ? Path.of(args.get("artifact", null)) : Files.createTempDirectory("torus-run-");
    TokenLayout layout;
    try {
      layout = TokenLayout.of(args.get("layout", "contiguous"));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException("--layout takes contiguous or striped, got '" + args.get("layout", "") + "'");
    }
    ModelRunner.Result r = ModelRunner.run(model, Path.of(modelArg), tokens, new ModelRunner.Options(blocks, ring, layout),
        artifact);
    Path outFile = Path.of(args.required("out"));
    Npy.write(outFile, r.logits());
    out.printf(Locale.ROOT, "%s%s: logits %s written to %s (compile %.0f ms, load weights %.0f ms, XLA compile + run %.0f ms)%n",
        model.name(), ring == 1 ? "" : " on an emulated ring of " + ring + " (" + layout.label() + ")",
        HostTensor.typeString(r.logits().dtype(), r.logits().shape()), outFile, r.compileMs(), r.loadMs(), r.runMs());
    return 0;
  }
}
