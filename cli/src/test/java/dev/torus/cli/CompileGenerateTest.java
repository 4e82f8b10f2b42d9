package dev.torus.cli;

import static dev.torus.cli.CliRun.torus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.cli.CliRun.Outcome;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code torus compile --task generate}: the artifact's two entry points, and its refusals, one line each. */
class CompileGenerateTest {
  @Test
  void writesPrefillAndDecodeOverADonatedShardedCacheWithoutSeq(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("gen");
    Outcome o = torus("compile", "--model", "tiny", "--task", "generate", "--max-len", "64", "--prompt-len", "16",
        "--batch", "2", "--ring", "4", "--block", "4", "--out", dir.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().startsWith("compiled tiny's prefill and decode for batch 2, prompts of up to 16 tokens, a KV cache"
        + " of 64 on a ring of 4 (16 cache slots each)"), o.out());
    Artifact artifact = Artifact.read(dir);
    EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
    EntryPoint decode = artifact.manifest().entryPoint("decode");
    for (EntryPoint e : List.of(main, decode)) {
      TensorSpec cache = e.inputs().stream().filter(t -> t.name().equals("cache_k")).findFirst().orElseThrow();
      assertEquals(Role.KV_CACHE, cache.role());
      assertEquals(64L, cache.globalShape().get(3), e.name());
      assertEquals(16L, cache.perDeviceShape().get(3), e.name());
      assertTrue(e.donations().contains(new EntryPoint.Donation("cache_k", "cache_k")), e.name());
      assertTrue(e.donations().contains(new EntryPoint.Donation("cache_v", "cache_v")), e.name());
      assertEquals(List.of(2L, (long) dev.torus.dsl.Presets.tiny().vocabSize()), e.outputs().get(0).globalShape(),
          e.name() + " logits [B, V]");
    }
    assertTrue(artifact.programText(Artifact.HLO).contains("input_output_alias"), "prefill aliases its caches");
    assertEquals("generate", artifact.manifest().model().get("task").asText());
    assertEquals(64, artifact.manifest().model().get("maxLength").asInt());
  }

  @Test
  void decodeHoldsNoBufferAlongTheCacheButTheCacheItself(@TempDir Path tmp) throws Exception {
    // 24 cache slots per device, a number no other dimension of tiny's program has.
    Path dir = tmp.resolve("gen");
    Outcome o = torus("compile", "--model", "tiny", "--task", "generate", "--max-len", "96", "--prompt-len", "16",
        "--batch", "2", "--ring", "4", "--block", "4", "--out", dir.toString());
    assertEquals(0, o.code(), o.err());
    Artifact artifact = Artifact.read(dir);
    TensorSpec cache = artifact.manifest().entryPoint("decode").inputs().stream()
        .filter(t -> t.name().equals("cache_k")).findFirst().orElseThrow();
    String cacheShape = "f32" + cache.perDeviceShape().toString().replace(" ", "");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("= ([a-z0-9]+\\[[0-9,]*\\])")
        .matcher(artifact.programText(Artifact.programFiles(artifact.manifest().entryPoint("decode")).hlo()));
    java.util.Set<String> alongCache = new java.util.TreeSet<>();
    while (m.find()) {
      if (java.util.Arrays.asList(m.group(1).replaceAll("[^0-9,]", "").split(",")).contains("24")) {
        alongCache.add(m.group(1));
      }
    }
    // The cache (aliased in place), its slots' positions and the visibility test of one block's edges: no scores.
    assertTrue(alongCache.contains(cacheShape), alongCache.toString());
    assertTrue(java.util.Set.of(cacheShape, "s32[24]", "pred[24]").containsAll(alongCache), alongCache.toString());
  }

  /**
   * Both programs take each layer's weights as their own inputs, named after the checkpoint's tensors,
   * and run the layers unrolled: no layer loop, and no weight sliced (a dynamic slice of a stacked
   * parameter is a copy of it per call on XLA CPU).
   */
  @Test
  void generateProgramsReadPerLayerWeightsWithoutALayerLoop(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("gen");
    Outcome o = torus("compile", "--model", "tiny", "--task", "generate", "--max-len", "64", "--prompt-len", "16",
        "--batch", "2", "--block", "8", "--out", dir.toString());
    assertEquals(0, o.code(), o.err());
    Artifact artifact = Artifact.read(dir);
    dev.torus.dsl.ModelSpec tiny = dev.torus.dsl.Presets.tiny();
    for (EntryPoint e : artifact.manifest().entryPoints()) {
      List<TensorSpec> weights = e.inputs().stream().filter(t -> t.role() == Role.WEIGHT).toList();
      for (int layer = 0; layer < tiny.depth(); layer++) {
        String name = "layers." + layer + ".self_attn.q_proj.weight";
        TensorSpec q = weights.stream().filter(t -> t.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError(e.name() + " has no input " + name + ": " + weights));
        assertEquals("model." + name, q.hfName(), e.name());
        assertEquals(List.of((long) tiny.attention().heads() * tiny.attention().headDim(), (long) tiny.width()),
            q.globalShape(), e.name());
      }
      assertTrue(weights.stream().noneMatch(t -> t.hfName().contains(TensorSpec.LAYER)), e.name() + ": " + weights);
      String hlo = artifact.programText(Artifact.programFiles(e).hlo());
      assertTrue(!hlo.contains("op_name=\"layers/layers\""), e.name() + " still loops over its layers");
      java.util.Set<String> weightNames = new java.util.HashSet<>(weights.stream().map(TensorSpec::name).toList());
      java.util.regex.Matcher slice = java.util.regex.Pattern.compile("dynamic-slice\\(([^,)]+)").matcher(hlo);
      while (slice.find()) {
        assertTrue(!weightNames.contains(slice.group(1).trim()), e.name() + " slices weight " + slice.group(1));
      }
    }
  }

  /**
   * Gemma 2 (attention and final soft caps, alternating windows) and Gemma 3 (per-layer RoPE, q/k
   * norms) compile for generate: both programs implement their parts ({@code GemmaGenerateTest} runs them).
   */
  @Test
  void compilesGemma2AndGemma3ForGenerate(@TempDir Path tmp) throws Exception {
    for (String preset : List.of("gemma2-9b", "gemma3-4b")) {
      Path dir = tmp.resolve(preset);
      Outcome o = torus("compile", "--model", preset, "--task", "generate", "--max-len", "64", "--prompt-len", "16",
          "--out", dir.toString());
      assertEquals(0, o.code(), preset + ": " + o.err());
      Artifact artifact = Artifact.read(dir);
      assertEquals(List.of(EntryPoint.MAIN, "decode"),
          artifact.manifest().entryPoints().stream().map(EntryPoint::name).toList(), preset);
    }
  }

  @Test
  void refusesWhatTheCacheCannotHoldInOneLine(@TempDir Path tmp) throws Exception {
    String out = tmp.resolve("x").toString();
    Outcome longPrompt = torus("compile", "--model", "tiny", "--task", "generate", "--max-len", "32", "--prompt-len",
        "64", "--out", out);
    assertEquals(new Outcome(2, "", "torus compile: generate: the prompt length 64 is longer than --max-len 32\n"),
        longPrompt);
    Outcome noMax = torus("compile", "--model", "tiny", "--task", "generate", "--out", out);
    assertEquals(2, noMax.code());
    assertTrue(noMax.err().contains("--task generate needs --max-len M"), noMax.err());
    Outcome striped = torus("compile", "--model", "tiny", "--task", "generate", "--max-len", "64", "--prompt-len", "16",
        "--ring", "4", "--layout", "striped", "--out", out);
    assertEquals(2, striped.code());
    assertTrue(striped.err().contains("striped token layout is not supported"), striped.err());
    Path dynamic = tmp.resolve("tiny-dynamic-ntk");
    java.nio.file.Files.createDirectories(dynamic);
    java.nio.file.Files.writeString(dynamic.resolve("config.json"), "{\"model_type\": \"llama\", \"hidden_size\": 64,"
        + " \"intermediate_size\": 128, \"num_attention_heads\": 4, \"num_key_value_heads\": 2,"
        + " \"num_hidden_layers\": 2, \"vocab_size\": 128, \"rms_norm_eps\": 1e-6, \"rope_theta\": 10000.0,"
        + " \"max_position_embeddings\": 32, \"rope_scaling\": {\"rope_type\": \"dynamic\", \"factor\": 2.0},"
        + " \"hidden_act\": \"silu\", \"tie_word_embeddings\": false}");
    Outcome lengthDependent = torus("compile", "--model", dynamic.toString(), "--task", "generate", "--max-len", "64",
        "--prompt-len", "16", "--out", out);
    assertEquals(2, lengthDependent.code(), lengthDependent.err());
    assertTrue(lengthDependent.err().contains("rope scaling changes its frequencies with the sequence length"),
        lengthDependent.err());
    assertEquals(1, lengthDependent.err().lines().count(), lengthDependent.err());
    Outcome noSeq = torus("compile", "--model", "tiny", "--out", out);
    assertEquals(2, noSeq.code());
    assertTrue(noSeq.err().contains("--seq is required"), noSeq.err());
    Outcome kernelForward = torus("compile", "--model", "tiny", "--seq", "16", "--cpu-decode-kernel", "--out", out);
    assertEquals(2, kernelForward.code());
    assertTrue(kernelForward.err().contains("--cpu-decode-kernel belong to --task generate"), kernelForward.err());
  }

  @Test
  void cpuDecodeKernelIsRecordedAndNamed(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("gen");
    Outcome o = torus("compile", "--model", "tiny", "--task", "generate", "--max-len", "64", "--prompt-len", "16",
        "--block", "4", "--cpu-decode-kernel", "--out", dir.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("decode attention: Torus's CPU kernel (torus_decode_attention)"), o.out());
    assertEquals("cpu-kernel", Artifact.read(dir).manifest().model().get("decodeAttention").asText());
  }
}
