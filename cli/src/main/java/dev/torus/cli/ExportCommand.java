package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.hf.Checkpoint;
import dev.torus.runtime.SavedModelExport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code torus export --model M --seq S [--weights DIR] --saved-model OUT}: compiles the model's
 * forward pass and writes it with its weights as a TensorFlow SavedModel ({@link SavedModelExport}).
 */
final class ExportCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("model", "seq", "batch", "ring", "layout", "dp", "fsdp", "block-q",
      "block-kv", "chunk", "dtype", "weights", "saved-model", "artifact");

  @Override
  public String summary() {
    return "write a model's forward pass and weights as a TensorFlow SavedModel (XlaCallModule, CPU and TPU)";
  }

  @Override
  public String usage() {
    return """
        usage: torus export --model M --seq S [--weights DIR] [--batch B] [--ring N --layout L] --saved-model OUT
        Compiles the model's forward pass as `torus compile` does and writes a TensorFlow SavedModel to OUT:
        the weights as variables (weights/<name>, restored from OUT/variables), the program in one
        XlaCallModule node for platforms CPU and TPU, and the signature serving_default
        (tokens: int32[B, S]) -> (logits: float32[B, S, vocab]), both in sequence order. TensorFlow
        (Python or Java) and TF Serving load it with the tag "serve".
        A ring (or dp, fsdp) program is exported as its single-device emulation: one device computes every
        ring device's part, so it gives the ring's logits on the CPU or on one TPU chip, with no collectives.
          --model M          a built-in model or a Hugging Face directory with config.json
          --weights DIR      the checkpoint (config.json + safetensors); default: --model when it has weights
          --seq S, --batch B, --ring N, --layout L, --dp D, --fsdp F, --block-q Q, --block-kv K, --chunk C,
          --dtype T          as for `torus compile`
          --saved-model OUT  a new or empty directory
          --artifact DIR     also keep the compiled artifact there
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = new Args("export", argv, OPTIONS);
    String modelArg = args.required("model");
    ModelSpec model = ModelSource.resolve(modelArg, args.get("dtype", null));
    RunShape shape = CompileCommand.runShape(args);
    Path savedModel = Path.of(args.required("saved-model"));
    Path weights = Path.of(args.get("weights", modelArg));
    if (!args.has("weights") && Presets.isPreset(modelArg)) {
      throw new TorusCli.UsageException("--model " + modelArg + " is a built-in shape without weights; pass"
          + " --weights DIR, a Hugging Face checkpoint of it");
    }
    Path artifactDir = args.has("artifact") ? Path.of(args.get("artifact", null))
        : Files.createTempDirectory("torus-export-");
    long start = System.nanoTime();
    Artifact artifact = ForwardCompiler.compile(model, shape, false).write(artifactDir, true);
    SavedModelExport.Summary s;
    try (Checkpoint checkpoint = Checkpoint.open(weights)) {
      s = SavedModelExport.write(artifact, checkpoint, savedModel);
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException(e.getMessage());
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
