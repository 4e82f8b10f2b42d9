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

  /** The model, with its parameter type overridden by {@code paramType} (from {@code --dtype}) when not null. */
  static ModelSpec resolve(String model, DType paramType) {
    ModelSpec spec;
    Path dir = Path.of(model);
    if (Presets.isPreset(model)) {
      spec = Presets.named(model);
    } else if (Files.isRegularFile(dir.resolve("config.json"))) {
      spec = HfModels.fromDirectory(dir);
    } else {
      throw new UsageException("--model " + model + " is neither a built-in model (" + Presets.names()
          + ") nor a directory with a config.json");
    }
    return paramType == null ? spec : spec.toBuilder().paramType(paramType).build();
  }
}
