package com.example.custom;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Norm;
import dev.torus.dsl.Residual;
import dev.torus.dsl.RunShape;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A model that is not LLaMA, described with the Torus DSL: GPT-J/NeoX-style blocks, in which
 * attention and the feedforward read the same normalised input and both add to the residual
 * ({@link Residual#PARALLEL}), with LayerNorm, a GELU feedforward, attention biases and tied
 * embeddings. It is compiled for a ring of 2 devices holding 64 tokens each in the striped layout.
 *
 * <pre>{@code
 * ./torus mvn -q -pl examples/custom-model -am package -DskipTests
 * java -cp ... com.example.custom.ParallelBlockModel out/parallel   # writes the artifact
 * }</pre>
 */
public final class ParallelBlockModel {
  private ParallelBlockModel() {}

  /** The model: 2 layers of width 96, 6 heads, a vocabulary of 320. */
  public static ModelSpec model() {
    return ModelSpec.builder("parallel-block")
        .vocab(320).width(96).depth(2).heads(6)
        .rope(10000.0)
        .norm(Norm.layer(1e-5))
        .feedForward(FeedForward.gelu(384))
        .residual(Residual.PARALLEL)
        .attentionBias(true, true)
        .tiedEmbeddings(true)
        .build();
  }

  /** One sequence of 128 tokens, blocks of 32, a striped ring of 2 devices. */
  public static RunShape ringShape() {
    return RunShape.ring(1, 128, BlockSizes.uniform(32), 2, TokenLayout.STRIPED, 1);
  }

  /** The compiled forward pass: the SPMD per-device program and its manifest. */
  public static ForwardCompiler.Compiled compile() {
    return ForwardCompiler.compile(model(), ringShape(), false);
  }

  /** Writes the artifact (program files, its emulation, manifest) into the directory given, default {@code out/parallel}. */
  public static void main(String[] args) throws IOException {
    Artifact artifact = compile().write(Path.of(args.length > 0 ? args[0] : "out/parallel"));
    System.out.println("wrote " + artifact + " (" + artifact.manifest().mesh().deviceCount() + " devices, "
        + artifact.manifest().entryPoints().get(0).memory().peakBytes(0) / 1024 + " KiB per device at the peak)");
  }
}
