package dev.torus.dsl.hf;

import dev.torus.artifact.DType;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Norm;
import dev.torus.dsl.Presets;
import java.nio.file.Path;

/** Hugging Face LLaMA configurations as Torus model specs. */
public final class HfModels {
  private HfModels() {}

  /**
   * The spec of a LLaMA-family config: RMSNorm, rotate-half RoPE, GQA, SwiGLU with optional biases,
   * sequential residuals. Parameters stay in the checkpoint's type when it is bf16 or f32; f16
   * checkpoints are widened to f32 (Torus keeps parameters in f32 or bf16).
   */
  public static ModelSpec toSpec(String name, HfConfig c) {
    DType params = "bfloat16".equals(c.torchDtype()) ? DType.BF16 : DType.F32;
    return Presets.llama(name, c.vocabSize(), c.hiddenSize(), c.numHiddenLayers(), c.numAttentionHeads(),
            c.numKeyValueHeads(), c.intermediateSize(), c.rmsNormEps(), c.ropeTheta())
        .headDim(c.headDim())
        .attentionBias(c.attentionBias(), c.attentionBias())
        .feedForward(FeedForward.swiglu(c.intermediateSize()).withBias(c.mlpBias()))
        .norm(Norm.rms(c.rmsNormEps()))
        .tiedEmbeddings(c.tieWordEmbeddings())
        .paramType(params)
        .build();
  }

  /** The spec of the model in {@code dir} (its {@code config.json}), named after the directory. */
  public static ModelSpec fromDirectory(Path dir) {
    HfConfig config = HfConfig.read(dir.resolve("config.json"));
    String base = dir.toAbsolutePath().normalize().getFileName() == null ? "model"
        : dir.toAbsolutePath().normalize().getFileName().toString();
    String name = base.replaceAll("[^A-Za-z0-9_.-]", "_");
    return toSpec(name.matches("[A-Za-z_].*") ? name : "m_" + name, config);
  }
}
