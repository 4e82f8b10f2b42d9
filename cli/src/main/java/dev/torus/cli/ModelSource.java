package dev.torus.cli;

import dev.torus.artifact.DType;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.hf.HfModels;
import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code --model} names: a built-in preset or a Hugging Face model directory with {@code config.json}. */
final class ModelSource {
  private ModelSource() {}

  /** The model, with its parameter type overridden by {@code --dtype} when given. */
  static ModelSpec resolve(String model, String dtype) {
    ModelSpec spec;
    Path dir = Path.of(model);
    if (Presets.isPreset(model)) {
      spec = Presets.named(model);
    } else if (Files.isRegularFile(dir.resolve("config.json"))) {
      spec = HfModels.fromDirectory(dir);
    } else {
      throw new TorusCli.UsageException("--model " + model + " is neither a built-in model (" + Presets.names()
          + ") nor a directory with a config.json");
    }
    if (dtype == null) {
      return spec;
    }
    DType t;
    try {
      t = DType.of(dtype);
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException("--dtype takes f32 or bf16, got '" + dtype + "'");
    }
    if (t != DType.F32 && t != DType.BF16) {
      throw new TorusCli.UsageException("--dtype takes f32 or bf16, got '" + dtype + "'");
    }
    return spec.toBuilder().paramType(t).build();
  }
}
