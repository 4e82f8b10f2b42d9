package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.hf.Checkpoint;
import dev.torus.runtime.SavedModelExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus export --model M --seq S [--weights DIR] --saved-model OUT}: compiles the model's
 * forward pass and writes it with its weights as a TensorFlow SavedModel ({@link SavedModelExport}).
 */
@Command(name = "export", customSynopsis = {"torus export --model M --seq S [--weights DIR] [--batch B] [--ring N"
    + " --layout L]", "                    --saved-model OUT"},
    description = {"write a model's forward pass and weights as a TensorFlow SavedModel (XlaCallModule, CPU and TPU)", "",
        "Compiles the model's forward pass as `torus compile` does and writes a TensorFlow SavedModel to OUT: the"
            + " weights as variables (weights/<name>, restored from OUT/variables), the program in one XlaCallModule"
            + " node for platforms CPU and TPU, and the signature serving_default (tokens: int32[B, S]) -> (logits:"
            + " float32[B, S, vocab]), both in sequence order. TensorFlow (Python or Java) and TF Serving load it with"
            + " the tag \"serve\".", "",
        "A ring (or dp, fsdp) program is exported as its single-device emulation: one device computes every ring"
            + " device's part, so it gives the ring's logits on the CPU or on one TPU chip, with no collectives."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "M", required = true, completionCandidates = OptionTypes.ModelNames.class,
      description = "a built-in model (${COMPLETION-CANDIDATES}) or a Hugging Face directory with config.json")
  String modelName;

  @Option(names = "--weights", paramLabel = "DIR",
      description = "the checkpoint (config.json + safetensors); default: --model when it has weights")
  Path weightsDir;

  @Mixin RunShapeOptions shapeOptions;

  @Option(names = "--dp", paramLabel = "D", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "data-parallel replicas of the ring; the mesh is D x N (default ${DEFAULT-VALUE})")
  int dp;

  @Option(names = "--dtype", paramLabel = "TYPE", converter = OptionTypes.ParamType.class,
      completionCandidates = OptionTypes.ParamTypeNames.class,
      description = "f32 or bf16 parameters (default: the model's)")
  DType dtype;

  @Option(names = "--saved-model", paramLabel = "OUT", required = true, description = "a new or empty directory")
  Path savedModel;

  @Option(names = "--artifact", paramLabel = "DIR", description = "also keep the compiled artifact there")
  Path keepArtifact;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelSpec model = ModelSource.resolve(modelName, dtype);
    RunShape shape = shapeOptions.runShape(dp);
    Path weights = weightsDir != null ? weightsDir : Path.of(modelName);
    if (weightsDir == null && Presets.isPreset(modelName)) {
      throw new UsageException("--model " + modelName + " is a built-in shape without weights; pass"
          + " --weights DIR, a Hugging Face checkpoint of it");
    }
    long start = System.nanoTime();
    Artifact artifact;
    SavedModelExport.Summary s;
    try (TemporaryDirectory work = TemporaryDirectory.create("torus-export-");
        Checkpoint checkpoint = Checkpoint.open(weights)) {
      artifact = ForwardCompiler.compile(model, shape, false)
          .write(keepArtifact != null ? keepArtifact : work.path().resolve("artifact"), true);
      s = SavedModelExport.write(artifact, checkpoint, savedModel);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    out.printf(Locale.ROOT, "exported %s (%s) as a SavedModel in %.1f s%n", model.name(),
        shape.devices() == 1 ? "one device" : "mesh " + artifact.manifest().mesh() + ", " + shape.layout().label()
            + ", as its single-device emulation", (System.nanoTime() - start) / 1e9);
    out.printf(Locale.ROOT, "  %s: signature %s (tokens: int32%s) -> (logits: float32%s)%n", s.dir(),
        SavedModelExport.SIGNATURE, s.tokens(), s.logits());
    out.printf(Locale.ROOT, "  %d weight variables, %.1f MB, from %s; program %s in XlaCallModule for %s%n",
        s.variables(), s.weightBytes() / 1e6, weights, s.programFile(), SavedModelExport.PLATFORMS);
    return 0;
  }
}
