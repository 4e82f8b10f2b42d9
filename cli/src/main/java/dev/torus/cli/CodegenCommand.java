package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.cli.codegen.BindingGenerator;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus codegen --model M --seq S [--ring N] [--task forward|train] --package P --out DIR}:
 * compiles the model's forward pass or train step and writes a typed Java binding for it (JavaPoet),
 * with the artifact as resources.
 */
@Command(name = "codegen", customSynopsis = {"torus codegen --model M --seq S [--batch B] [--ring N] [--layout L]"
    + " [--task forward|train]", "                     --package P [--class C] --out DIR"},
    description = {"generate a typed Java class (JavaPoet) that loads a compiled forward pass or train step and runs it", "",
        "Compiles the model's forward pass (or train step) as `torus compile` does and writes, in Maven's layout under"
            + " DIR, a Java class P.C (src/main/java) and the artifact it runs (src/main/resources/P/C/). The class has"
            + " load(artifactDir, checkpointDir) and fromClasspath(checkpointDir) factories and close().", "",
        "A forward binding has float[][][] forward(int[][] tokens), which checks the tokens' shape and ids and returns"
            + " the logits. A train-step binding has trainStep(int[][] tokens, int[][] targets), which returns the"
            + " step's loss, gradient norm and learning rate and keeps the updated weights and AdamW moments,"
            + " nextStep() and save(dir); loading a directory save wrote resumes. The class pins the artifact's"
            + " SHA-256 and refuses any other artifact. A ring program runs as its single-device emulation on the CPU.", "",
        "The source says \"generated, do not edit\": run codegen again."})
final class CodegenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "M", required = true, completionCandidates = OptionTypes.ModelNames.class,
      description = "a built-in model (${COMPLETION-CANDIDATES}) or a Hugging Face directory with config.json")
  String modelName;

  @Mixin RunShapeOptions shapeOptions;

  @Option(names = "--dtype", paramLabel = "TYPE", converter = OptionTypes.ParamType.class,
      completionCandidates = OptionTypes.ParamTypeNames.class,
      description = "f32 or bf16 parameters (default: the model's)")
  DType dtype;

  @Mixin TaskOptions task;

  @Option(names = "--package", paramLabel = "P", required = true, description = "the Java package, e.g. com.acme.model")
  String pkg;

  @Option(names = "--class", paramLabel = "C",
      description = "the class name (default: the model's name in CamelCase + \"Forward\" or \"TrainStep\")")
  String className;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "where to write src/main/java and"
      + " src/main/resources")
  Path dir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (task.generate()) {
      throw new UsageException("codegen writes bindings for --task forward or train; a generate artifact is run"
          + " through dev.torus.train.GenerationFeeds");
    }
    ModelSpec model = ModelSource.resolve(modelName, dtype);
    RunShape shape = shapeOptions.runShape(1);
    boolean train = task.train();
    String cls = className != null ? className : className(model.name(), train ? "TrainStep" : "Forward");
    ForwardCompiler.Compiled compiled = train ? TrainCompiler.compile(model, shape, task.optimizer())
        : ForwardCompiler.compile(model, shape, false);
    Path source;
    try (TemporaryDirectory artifactDir = TemporaryDirectory.create("torus-codegen-")) {
      Artifact artifact = compiled.write(artifactDir.path(), true);
      source = BindingGenerator.write(artifact, artifactDir.path(), pkg, cls, dir);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
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
