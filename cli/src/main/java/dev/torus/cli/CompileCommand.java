package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.compiler.ArtifactAssembler;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.GenerateCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.compiler.analysis.BufferAnalysis;
import dev.torus.compiler.analysis.FusedAttentionReport;
import dev.torus.compiler.hardware.Target;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code torus compile --model M --seq S [...] --out ARTIFACT}: writes an artifact (the grammar of docs/ARCHITECTURE.md, Fixed interfaces). */
@Command(name = "compile", customSynopsis = {"torus compile --model M --seq S [options] --out ARTIFACT",
        "torus compile --model M --task generate --max-len M [--prompt-len P] [options] --out ARTIFACT"},
    description = {"compile a model (built-in name or Hugging Face directory) to an artifact", "",
        "Compiles the model's forward pass to an artifact directory: program.hlo (the SPMD per-device program),"
            + " program.stablehlo.mlir, program.emulated.stablehlo.mlir (rings of up to "
            + ArtifactAssembler.DEFAULT_EMULATION_LIMIT + " devices, or with --emulate) and manifest.json."})
final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "M", required = true, completionCandidates = OptionTypes.ModelNames.class,
      description = "a built-in model (${COMPLETION-CANDIDATES}) or a Hugging Face directory with config.json")
  String modelName;

  @Mixin RunShapeOptions shapeOptions;

  @Option(names = "--dp", paramLabel = "D", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "data-parallel replicas of the ring; the mesh is D x N (default ${DEFAULT-VALUE})")
  int dp;

  @Option(names = "--dtype", paramLabel = "TYPE", converter = OptionTypes.ParamType.class,
      completionCandidates = OptionTypes.ParamTypeNames.class,
      description = "f32 or bf16 parameters (default: the model's)")
  DType dtype;

  @Mixin TaskOptions task;

  @Option(names = "--precision", paramLabel = "P",
      description = "train: f32 (default) or bf16-mixed, as train --precision (bf16 forward and backward, f32 master"
          + " weights, moments and update)")
  String precision;

  @Option(names = "--remat", paramLabel = "POLICY",
      description = "train: what the layer loop keeps for the backward, as train --remat: layer-inputs (default),"
          + " projections or none")
  String remat;

  @Option(names = "--max-len", paramLabel = "M", converter = OptionTypes.Positive.class,
      description = "generate: the KV cache's length, prompt and generated tokens together (required with --task generate)")
  Integer maxLength;

  @Option(names = "--prompt-len", paramLabel = "P", converter = OptionTypes.Positive.class,
      description = "generate: the prefill's prompt length, shorter prompts right-padded (default: --seq, else --max-len / 2)")
  Integer promptLength;

  @Option(names = "--count-blocks", description = "add an output counting the key/value blocks each device attends")
  boolean countBlocks;

  @Option(names = "--cpu-decode-kernel", description = "generate: the decode step's cache attention as Torus's native"
      + " CPU kernel, which only the JAX engine on CPU devices runs (about 4x the XLA loop's speed; TensorFlow Java"
      + " cannot run it)")
  boolean cpuDecodeKernel;

  @Option(names = "--emulate", description = "write the single-device emulation for rings above "
      + ArtifactAssembler.DEFAULT_EMULATION_LIMIT + " devices too")
  boolean emulate;

  @Option(names = "--target", paramLabel = "T", defaultValue = "cpu", converter = TargetConverter.class,
      description = "cpu, tpu or gpu (default ${DEFAULT-VALUE}): the attention formulation. tpu (forward programs) computes"
          + " the softmax row sums on the matrix unit and defaults attention blocks to up to 1024; gpu (experimental) runs"
          + " each unmasked attention block pair, forward and backward, as XLA's cuDNN fused attention")
  Target target;

  /** {@code --target}'s spellings, with {@link Target#of}'s error. */
  static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      try {
        return Target.of(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Option(names = "--out", paramLabel = "ARTIFACT", required = true,
      description = "the directory to write: a new or empty one (an existing artifact is replaced only with --force)")
  Path artifactDir;

  @Option(names = "--force", description = "write into --out even when it holds an artifact or other files")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    OutputPaths.checkArtifactDirectory(artifactDir, "--out", force);
    ModelSpec model = ModelSource.resolve(modelName, dtype);
    if ((target == Target.TPU && task.train()) || (target != Target.CPU && task.generate())) {
      throw new UsageException("--target " + target.label() + " applies to --task forward"
          + (target == Target.GPU ? " and train" : "") + " programs so far; leave --target out for --task "
          + (task.train() ? "train" : "generate"));
    }
    if (!task.train() && (precision != null || remat != null)) {
      throw new UsageException("--precision and --remat belong to --task train");
    }
    if (task.generate()) {
      return generate(out, model);
    }
    if (maxLength != null || promptLength != null || cpuDecodeKernel) {
      throw new UsageException("--max-len, --prompt-len and --cpu-decode-kernel belong to --task generate");
    }
    RunShape shape = shapeOptions.runShapeWithBlockCap(dp, target.attentionBlockCap());
    long start = System.nanoTime();
    boolean train = task.train();
    ForwardCompiler.Compiled compiled = train ? TrainCompiler.compile(model, shape, task.optimizer(), false,
        stepOptions().withTarget(target)) : ForwardCompiler.compile(model, shape, countBlocks, target);
    boolean writeEmulation = emulate || shape.devices() <= ArtifactAssembler.DEFAULT_EMULATION_LIMIT;
    Artifact artifact = compiled.write(artifactDir, writeEmulation);
    double ms = (System.nanoTime() - start) / 1e6;
    out.printf(Locale.ROOT, "compiled %s%s for batch %d x %d tokens on %s (blocks q=%d kv=%d chunk=%d, %s parameters) in %.0f ms%n",
        model.name(), train ? "'s train step" : "", shape.batch(), shape.sequence(), shape.ring() == 1 ? "one device"
            : "a ring of " + shape.ring() + " (" + shape.localSequence() + " tokens each, " + shape.layout().label() + ")",
        shape.blocks().query(), shape.blocks().keyValue(), shape.blocks().chunk(), model.paramType(), ms);
    out.printf(Locale.ROOT, "  %d HLO instructions in %d computations; largest intermediate buffer %s%n",
        compiled.module().allInstructions().size(), compiled.module().computations().size(),
        BufferAnalysis.largestIntermediate(compiled.module()).map(Object::toString).orElse("none"));
    if (target.fusedAttention()) {
      out.println("  --target gpu (experimental): " + FusedAttentionReport.describe(compiled.module(), model));
    }
    out.println("  artifact " + artifact.dir() + " (sha256 " + artifact.manifest().sha256() + ")"
        + (shape.devices() > 1 && !writeEmulation ? "; no single-device emulation for " + shape.devices()
            + " devices (add --emulate to write it)" : ""));
    return 0;
  }

  /** {@code --precision} and {@code --remat} (their defaults when not given); a misspelling is a usage mistake. */
  private StepOptions stepOptions() {
    try {
      return new StepOptions(1, precision == null ? TrainPrecision.F32 : TrainPrecision.parse(precision),
          remat == null ? Remat.LAYER_INPUTS : Remat.parse(remat));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code --task generate}: the prefill and decode programs over a KV cache of {@code --max-len} tokens. */
  private int generate(PrintWriter out, ModelSpec model) throws java.io.IOException {
    if (maxLength == null) {
      throw new UsageException("--task generate needs --max-len M (the KV cache's length, prompt and generated tokens)");
    }
    int prompt = promptLength != null ? promptLength : shapeOptions.sequence != null ? shapeOptions.sequence
        : Math.max(1, maxLength / 2);
    GenerateShape g;
    try {
      g = new GenerateShape(shapeOptions.runShape(dp, prompt), maxLength);
      GenerateCompiler.check(model, g);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    long start = System.nanoTime();
    ForwardCompiler.Compiled compiled = GenerateCompiler.compile(model, g, countBlocks, cpuDecodeKernel);
    RunShape shape = g.prompt();
    boolean writeEmulation = emulate || shape.devices() <= ArtifactAssembler.DEFAULT_EMULATION_LIMIT;
    Artifact artifact = compiled.write(artifactDir, writeEmulation);
    double ms = (System.nanoTime() - start) / 1e6;
    out.printf(Locale.ROOT, "compiled %s's prefill and decode for batch %d, prompts of up to %d tokens, a KV cache of %d"
        + " on %s (blocks q=%d kv=%d chunk=%d, %s parameters) in %.0f ms%n", model.name(), shape.batch(),
        shape.sequence(), maxLength, shape.ring() == 1 ? "one device" : "a ring of " + shape.ring() + " ("
            + g.localCache() + " cache slots each)", shape.blocks().query(), shape.blocks().keyValue(),
        shape.blocks().chunk(), model.paramType(), ms);
    if (cpuDecodeKernel) {
      out.println("  decode attention: Torus's CPU kernel (" + GenerateCompiler.CPU_DECODE_KERNEL + "); run it with the"
          + " JAX engine on CPU devices (generate --devices cpu)");
    }
    out.println("  artifact " + artifact.dir() + " (sha256 " + artifact.manifest().sha256() + ")");
    return 0;
  }
}
