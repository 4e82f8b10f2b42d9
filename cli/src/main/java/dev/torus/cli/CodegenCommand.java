package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.cli.codegen.BindingGenerator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code torus codegen --model M --seq S [--ring N] [--task forward|train] --package P --out DIR}:
 * compiles the model's forward pass or train step and writes a typed Java binding for it (JavaPoet),
 * with the artifact as resources.
 */
final class CodegenCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("model", "seq", "batch", "ring", "layout", "block-q", "block-kv", "chunk",
      "dtype", "package", "class", "out", "task", "lr", "warmup", "total-steps", "fsdp");

  @Override
  public String summary() {
    return "generate a typed Java class (JavaPoet) that loads a compiled forward pass or train step and runs it";
  }

  @Override
  public String usage() {
    return """
        usage: torus codegen --model M --seq S [--batch B] [--ring N] [--layout L] [--task forward|train] --package P [--class C] --out DIR
        Compiles the model's forward pass (or train step) as `torus compile` does and writes, in Maven's layout
        under DIR, a Java class P.C (src/main/java) and the artifact it runs (src/main/resources/P/C/). The
        class has load(artifactDir, checkpointDir) and fromClasspath(checkpointDir) factories and close().
        A forward binding has float[][][] forward(int[][] tokens), which checks the tokens' shape and ids and
        returns the logits. A train-step binding has trainStep(int[][] tokens, int[][] targets), which returns
        the step's loss, gradient norm and learning rate and keeps the updated weights and AdamW moments,
        nextStep() and save(dir); loading a directory save wrote resumes. The class pins the artifact's
        SHA-256 and refuses any other artifact. A ring program runs as its single-device emulation on the CPU.
        The source says "generated, do not edit": run codegen again.
          --model M          a built-in model or a Hugging Face directory with config.json
          --seq S            tokens per sequence
          --batch B          sequences per call (default 1)
          --ring N           devices in the ring (default 1)
          --layout L         contiguous (default) or striped
          --block-q Q, --block-kv K, --chunk C   block sizes (default min(S / N, 512))
          --dtype T          f32 or bf16 parameters (default: the model's)
          --task T           forward (default) or train
          --lr, --warmup, --total-steps, --fsdp   the train step's AdamW schedule and FSDP, as for `torus compile`
          --package P        the Java package, e.g. com.acme.model
          --class C          the class name (default: the model's name in CamelCase + "Forward")
          --out DIR          where to write src/main/java and src/main/resources
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = new Args("codegen", argv, OPTIONS);
    ModelSpec model = ModelSource.resolve(args.required("model"), args.get("dtype", null));
    RunShape shape = CompileCommand.runShape(args);
    String pkg = args.required("package");
    boolean train = args.get("task", "forward").equals("train");
    String cls = args.get("class", className(model.name(), train ? "TrainStep" : "Forward"));
    Path dir = Path.of(args.required("out"));
    Path artifactDir = Files.createTempDirectory("torus-codegen-");
    ForwardCompiler.Compiled compiled = train ? TrainCompiler.compile(model, shape, CompileCommand.optimizer(args))
        : ForwardCompiler.compile(model, shape, false);
    Artifact artifact = compiled.write(artifactDir, true);
    Path source;
    try {
      source = BindingGenerator.write(artifact, artifactDir, pkg, cls, dir);
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException(e.getMessage());
    }
    out.printf(Locale.ROOT, "generated %s.%s: %s for %s%s%n  source %s%n  artifact resources %s%n",
        pkg, cls, String.format(Locale.ROOT, train ? "trainStep(int[%d][%d] tokens, int[%1$d][%2$d] targets)"
            : "forward(int[%d][%d])", shape.batch(), shape.sequence()), model.name(),
        shape.ring() > 1 ? " on a ring of " + shape.ring() + " (" + shape.layout().label() + ", emulated)" : "",
        source, dir.resolve("src/main/resources").resolve(pkg.replace('.', '/')).resolve(cls));
    return 0;
  }

  /** ("llama2-7b", "Forward") -> "Llama27bForward". */
  static String className(String modelName, String suffix) {
    StringBuilder s = new StringBuilder();
    for (String part : modelName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s.insert(0, "Model");
    }
    return s + suffix;
  }
}
