package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.torus.runtime.UnsupportedProgramException;
import dev.torus.train.GenerationFeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The decode step with {@code --cpu-decode-kernel}: its cache attention is Torus's native CPU kernel
 * (harness/python/torus_harness/native/decode_attention.cc, built with the machine's g++ and registered
 * in the JAX engine) instead of XLA's key-block loop. {@link GenerateTest}'s checks through the JAX
 * engine on CPU devices: transformers' greedy tokens and logits within 1e-4 of a full forward (GQA on
 * one device with the kernel's block count, and on a ring of 4 whose partial softmaxes the kernel
 * computes per device; a Mistral window; Gemma 2's soft cap with alternating windows; a bf16 cache,
 * teacher-forced within 2e-2), and TensorFlow Java refusing such an artifact by name.
 */
class DecodeKernelTest {
  private static GenerationFeeds jax(Artifact artifact, Path model) throws Exception {
    return GenerationFeeds.open(JaxEngine.start(XlaHarness.locate(), artifact, JaxEngine.Options.cpu()), model);
  }

  private static Artifact compile(ModelSpec model, GenerateShape g, boolean countBlocks, Path out) throws Exception {
    Artifact artifact = GenerateCompiler.compile(model, g, countBlocks, true).write(out, true);
    String decode = Files.readString(artifact.dir().resolve("decode.hlo"));
    assertTrue(decode.contains("custom_call_target=\"" + GenerateCompiler.CPU_DECODE_KERNEL + "\""), out.toString());
    assertFalse(decode.contains("decode_kv_blocks"), out + ": the key-block loop is gone");
    return artifact;
  }

  private static GenerateShape oneDevice() {
    return new GenerateShape(RunShape.of(GenerateTest.PROMPTS.length, GenerateTest.PROMPT_LENGTH,
        BlockSizes.uniform(4)), GenerateTest.MAX_LENGTH);
  }

  @Test
  void kernelDecodeMatchesTransformersOnOneDeviceAndARingOfFour() throws Exception {
    GenerateTest.Case c = GenerateTest.CASES.get(0);
    GenerateTest.Reference ref = GenerateTest.reference(c);
    ModelSpec model = HfModels.fromDirectory(GenerateTest.dir(c));
    GenerateShape one = oneDevice();
    Artifact a1 = compile(model, one, true, GenerateTest.WORK.resolve(c.id() + ".kernel.ring1"));
    GenerateTest.check(c.id() + " kernel, one device", ref, one, () -> jax(a1, GenerateTest.dir(c)));
    GenerateShape ring = new GenerateShape(RunShape.ring(GenerateTest.PROMPTS.length, GenerateTest.PROMPT_LENGTH,
        BlockSizes.uniform(2), 4, TokenLayout.CONTIGUOUS, 1), GenerateTest.MAX_LENGTH);
    Artifact a4 = compile(model, ring, false, GenerateTest.WORK.resolve(c.id() + ".kernel.ring4"));
    GenerateTest.check(c.id() + " kernel, ring 4 JAX", ref, ring, () -> jax(a4, GenerateTest.dir(c)));
  }

  @Test
  void kernelFollowsWindowsSoftCapsAndABf16Cache() throws Exception {
    GenerateTest.Case w = GenerateTest.WINDOWED;
    GenerateTest.Reference windowed = GenerateTest.reference(w);
    Artifact aw = compile(HfModels.fromDirectory(GenerateTest.dir(w)), oneDevice(), true,
        GenerateTest.WORK.resolve(w.id() + ".kernel.ring1"));
    GenerateTest.check(w.id() + " kernel", windowed, oneDevice(), () -> jax(aw, GenerateTest.dir(w)), w.window());

    GenerateTest.Case h = GenerateTest.BF16;
    GenerateTest.Reference half = GenerateTest.reference(h);
    Artifact ah = compile(HfModels.fromDirectory(GenerateTest.dir(h)), oneDevice(), true,
        GenerateTest.WORK.resolve(h.id() + ".kernel.ring1"));
    GenerateTest.check(h.id() + " kernel", half, oneDevice(), () -> jax(ah, GenerateTest.dir(h)), 0,
        GenerateTest.BF16_TOLERANCE, true);

    GemmaGenerateTest.Case gemma = GemmaGenerateTest.GEMMA2;
    GenerateTest.Reference capped = GemmaGenerateTest.references().get(0);
    ModelSpec model = HfModels.fromDirectory(GemmaGenerateTest.dir(gemma));
    assertEquals(1.0, model.attention().logitSoftCap().doubleValue());
    GenerateShape g = new GenerateShape(RunShape.of(GenerateTest.PROMPTS.length, GenerateTest.PROMPT_LENGTH,
        BlockSizes.uniform(2)), GenerateTest.MAX_LENGTH);
    Artifact ag = compile(model, g, true, GemmaGenerateTest.WORK.resolve(gemma.id() + ".kernel.ring1"));
    GenerateTest.check(gemma.id() + " kernel", capped, g, () -> jax(ag, GemmaGenerateTest.dir(gemma)),
        gemma.layerWindows(), GenerateTest.LOGITS_TOLERANCE, false);
  }

  @Test
  void tensorFlowJavaRefusesAKernelArtifactByName() throws Exception {
    GenerateTest.Case c = GenerateTest.CASES.get(0);
    GenerateTest.reference(c);
    Artifact artifact = compile(HfModels.fromDirectory(GenerateTest.dir(c)), oneDevice(), false,
        GenerateTest.WORK.resolve(c.id() + ".kernel.tf"));
    String message = assertThrows(UnsupportedProgramException.class, () -> TfEngine.open(artifact)).getMessage();
    assertTrue(message.contains("--cpu-decode-kernel") && message.contains("JAX engine")
        && message.contains(artifact.manifest().name()), message);
  }
}
