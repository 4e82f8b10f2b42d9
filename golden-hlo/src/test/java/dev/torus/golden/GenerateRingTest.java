package dev.torus.golden;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.GenerateCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.JaxEngine;
import dev.torus.harness.XlaHarness;
import dev.torus.runtime.TfEngine;
import dev.torus.train.GenerationFeeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GenerateTest}'s checks on a ring of 4: the prompt prefilled through the ring forward, the KV
 * cache split along the sequence (2 prompt slots and 10 generated-token slots per device), each
 * decode step's partial softmaxes combined by all-reduces. Run on 4 virtual CPU devices through the
 * JAX engine (GQA and MHA) and emulated through the TensorFlow engine (GQA): the same greedy tokens as
 * transformers, logits within 1e-4 of a full forward.
 */
class GenerateRingTest {
  @Test
  void greedyTokensMatchTransformersOnARingOfFourEmulatedAndThroughJax() throws Exception {
    List<GenerateTest.Reference> refs = GenerateTest.CASES.stream().map(GenerateTest::reference).toList();
    XlaHarness harness = XlaHarness.locate();
    for (int k = 0; k < GenerateTest.CASES.size(); k++) {
      GenerateTest.Case c = GenerateTest.CASES.get(k);
      ModelSpec model = HfModels.fromDirectory(GenerateTest.dir(c));
      GenerateShape g = new GenerateShape(RunShape.ring(GenerateTest.PROMPTS.length, GenerateTest.PROMPT_LENGTH,
          BlockSizes.uniform(2), 4, TokenLayout.CONTIGUOUS, 1), GenerateTest.MAX_LENGTH);
      Artifact artifact = GenerateCompiler.compile(model, g, false)
          .write(GenerateTest.WORK.resolve(c.id() + ".ring4"), true);
      if (k == 0) {   // the emulation of the same program: once is enough, and it is the slow part
        GenerateTest.check(c.id() + " ring 4 emulated", refs.get(k), g,
            () -> GenerationFeeds.open(TfEngine.open(artifact), GenerateTest.dir(c)));
      }
      GenerateTest.check(c.id() + " ring 4 JAX", refs.get(k), g,
          () -> GenerationFeeds.open(JaxEngine.start(harness, artifact, JaxEngine.Options.cpu()), GenerateTest.dir(c)));
    }
  }
}
