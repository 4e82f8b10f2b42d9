package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.ArtifactAssembler;
import dev.torus.compiler.analysis.BufferAnalysis;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code torus compile --model M --seq S [...] --out ARTIFACT}: writes an artifact (DESIGN's grammar). */
final class CompileCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("model", "seq", "batch", "ring", "layout", "dp", "fsdp", "block-q",
      "block-kv", "chunk", "dtype", "task", "out", "count-blocks", "emulate", "lr", "warmup", "total-steps");
  /** Default block size, capped by the sequence length. */
  static final int DEFAULT_BLOCK = 512;

  @Override
  public String summary() {
    return "compile a model (built-in name or Hugging Face directory) to an artifact";
  }

  @Override
  public String usage() {
    return """
        usage: torus compile --model M --seq S [options] --out ARTIFACT
        Compiles the model's forward pass to an artifact directory: program.hlo (the SPMD per-device
        program), program.stablehlo.mlir, program.emulated.stablehlo.mlir (rings of up to %d devices, or
        with --emulate) and manifest.json.
          --model M          a built-in model (%s) or a Hugging Face directory with config.json
          --seq S            tokens per sequence (all devices together)
          --batch B          sequences (default 1)
          --ring N           devices in the ring the sequence is sharded over (default 1: one device)
          --layout L         contiguous or striped token layout over the ring (default contiguous)
          --dp D             data-parallel replicas of the ring; the mesh is D x N (default 1)
          --block-q Q        query block (default min(S / N, %d))
          --block-kv K       key/value block (same default)
          --chunk C          feedforward and LM-head chunk (same default)
          --dtype T          f32 or bf16 parameters (default: the model's)
          --task T           forward (default): logits; train: one training step (loss, gradients, clipping,
                             AdamW), inputs tokens, targets, step, weights and moments
          --lr X             train: peak learning rate (default 3e-4; LLaMA's AdamW betas, eps, decay, clip)
          --warmup W         train: warmup steps before the cosine decay (default 100)
          --total-steps N    train: steps of the schedule (default 10000)
          --fsdp F           shard the weights (and a train step's moments) over one mesh axis: F is 1
                             (default, whole weights on every device), the ring size N (over the ring)
                             or the data-parallel size D (over the replicas: FSDP without a ring)
          --count-blocks     add an output counting the key/value blocks each device attends
          --emulate          write the single-device emulation for rings above %d devices too
          --out ARTIFACT     the directory to write
        """.formatted(ArtifactAssembler.DEFAULT_EMULATION_LIMIT, dev.torus.dsl.Presets.names(), DEFAULT_BLOCK,
        ArtifactAssembler.DEFAULT_EMULATION_LIMIT);
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = new Args("compile", argv, OPTIONS);
    ModelSpec model = ModelSource.resolve(args.required("model"), args.get("dtype", null));
    RunShape shape = runShape(args);
    Path dir = Path.of(args.required("out"));
    long start = System.nanoTime();
    boolean train = args.get("task", "forward").equals("train");
    ForwardCompiler.Compiled compiled = train ? TrainCompiler.compile(model, shape, optimizer(args))
        : ForwardCompiler.compile(model, shape, args.has("count-blocks"));
    boolean emulate = args.has("emulate") || shape.devices() <= ArtifactAssembler.DEFAULT_EMULATION_LIMIT;
    Artifact artifact = compiled.write(dir, emulate);
    double ms = (System.nanoTime() - start) / 1e6;
    out.printf(Locale.ROOT, "compiled %s%s for batch %d x %d tokens on %s (blocks q=%d kv=%d chunk=%d, %s parameters) in %.0f ms%n",
        model.name(), train ? "'s train step" : "", shape.batch(), shape.sequence(), shape.ring() == 1 ? "one device"
            : "a ring of " + shape.ring() + " (" + shape.localSequence() + " tokens each, " + shape.layout().label() + ")",
        shape.blocks().query(), shape.blocks().keyValue(), shape.blocks().chunk(), model.paramType(), ms);
    out.printf(Locale.ROOT, "  %d HLO instructions in %d computations; largest intermediate buffer %s%n",
        compiled.module().allInstructions().size(), compiled.module().computations().size(),
        BufferAnalysis.largestIntermediate(compiled.module()).map(Object::toString).orElse("none"));
    out.println("  artifact " + artifact.dir() + " (sha256 " + artifact.manifest().sha256() + ")"
        + (shape.devices() > 1 && !emulate ? "; no single-device emulation for " + shape.devices()
            + " devices (add --emulate to write it)" : ""));
    return 0;
  }

  /** AdamW from --lr (peak, default 3e-4), --warmup (default 100) and --total-steps (default 10000). */
  static AdamW optimizer(Args args) {
    try {
      return AdamW.llamaDefaults(Double.parseDouble(args.get("lr", "3e-4")), args.intValue("warmup", 100),
          args.positiveInt("total-steps", 10000));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException(e.getMessage());
    }
  }

  /** The run shape from --batch, --seq, --ring, --layout, --dp and the block options. */
  static RunShape runShape(Args args) {
    refuseUnimplemented(args);
    int seq = args.positiveInt("seq", 0);
    int ring = args.positiveInt("ring", 1);
    int block = Math.max(1, Math.min(seq / ring, DEFAULT_BLOCK));
    BlockSizes blocks = BlockSizes.of(args.positiveInt("block-q", block), args.positiveInt("block-kv", block),
        args.positiveInt("chunk", block));
    try {
      return RunShape.ring(args.positiveInt("batch", 1), seq, blocks, ring, TokenLayout.of(args.get("layout", "contiguous")),
          args.positiveInt("dp", 1)).withFsdp(args.positiveInt("fsdp", 1));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException(e.getMessage());
    }
  }

  private static void refuseUnimplemented(Args args) {
    String task = args.get("task", "forward");
    if (!task.equals("forward") && !task.equals("train")) {
      throw new TorusCli.UsageException("--task takes forward or train, got '" + task + "'");
    }
    String layout = args.get("layout", "contiguous");
    if (!layout.equals("contiguous") && !layout.equals("striped")) {
      throw new TorusCli.UsageException("--layout takes contiguous or striped, got '" + layout + "'");
    }
  }

}
