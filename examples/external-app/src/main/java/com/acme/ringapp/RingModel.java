package com.acme.ringapp;

import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.ir.HloModule;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Norm;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;

/** A user's model, described with the Torus DSL and compiled for a ring of 4 devices. */
public final class RingModel {
  private RingModel() {}

  /** A small grouped-query-attention LLaMA-style model. */
  public static ModelSpec model() {
    return ModelSpec.builder("acme-small")
        .vocab(512).width(128).depth(2).heads(4).kvHeads(2)
        .rope(10000.0).norm(Norm.rms(1e-5)).feedForward(FeedForward.swiglu(352))
        .build();
  }

  /** Its forward pass, 1 x 256 tokens on a striped ring of 4 with blocks of 32. */
  public static HloModule forwardOnRing() {
    RunShape shape = RunShape.ring(1, 256, BlockSizes.uniform(32), 4, TokenLayout.STRIPED, 1);
    return ForwardCompiler.compile(model(), shape, false).module();
  }

  public static void main(String[] args) {
    HloModule m = forwardOnRing();
    System.out.println(m.name() + ": " + m.allInstructions().size() + " HLO instructions, " + m.numPartitions()
        + " partitions");
  }
}
