package dev.torus.compiler;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.emit.ArtifactEmitter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a model's forward pass for one device into a program and its manifest: inputs
 * {@code tokens s32[B, S]} then the weights (Hugging Face names, {@code {layer}} for stacked
 * per-layer weights), output {@code logits f32[B, S, V]} (and, in a debug build,
 * {@code executed_kv_blocks s32[]}).
 */
public final class ForwardCompiler {
  private ForwardCompiler() {}

  /** A compiled forward pass: the program and the manifest that describes it (no hash yet). */
  public record Compiled(HloModule module, Manifest manifest) {
    public Artifact write(Path dir) throws IOException {
      return ArtifactEmitter.write(dir, module, manifest);
    }
  }

  public static Compiled compile(ModelSpec model, RunShape shape, boolean countBlocks) {
    ModelLowering.Forward f = ModelLowering.forward(model, shape, countBlocks);
    List<TensorSpec> inputs = new ArrayList<>();
    inputs.add(TensorSpec.replicated("tokens", "tokens", DType.S32, List.of((long) shape.batch(), (long) shape.sequence())));
    for (WeightSpec w : f.weights()) {
      inputs.add(TensorSpec.replicated(w.name(), "weight", w.dtype(), w.shape()).withHfName(w.hfName(), false));
    }
    List<TensorSpec> outputs = new ArrayList<>();
    outputs.add(TensorSpec.replicated("logits", "logits", DType.F32,
        List.of((long) shape.batch(), (long) shape.sequence(), (long) model.vocabSize())));
    if (countBlocks) {
      outputs.add(TensorSpec.replicated("executed_kv_blocks", "debug", DType.S32, ImmutableList.of()));
    }
    Manifest manifest = Manifest.builder().torusVersion(Torus.VERSION).name(f.module().name())
        .model(JsonMapper.builder().build().valueToTree(new ModelRecord(model, shape)))
        .tokenLayout(Manifest.LAYOUT_CONTIGUOUS)
        .blockSize("blockQ", shape.blocks().query()).blockSize("blockKv", shape.blocks().keyValue())
        .blockSize("chunk", shape.blocks().chunk())
        .entryPoint(EntryPoint.of(EntryPoint.MAIN, inputs, outputs)).build();
    return new Compiled(f.module(), manifest);
  }

  /** What the manifest records of the model: the spec and the shape it was compiled for. */
  record ModelRecord(ModelSpec spec, RunShape shape) {}
}
