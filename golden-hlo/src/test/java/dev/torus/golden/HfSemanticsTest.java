package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.RandomTensors;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import dev.torus.hf.InvalidCheckpointException;
import dev.torus.hf.Safetensors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a checkpoint and its config disagree, Torus does what transformers does, or refuses. */
class HfSemanticsTest {
  static final Path WORK = Path.of("target/hf-semantics").toAbsolutePath();
  static final ModelRunner.Options OPTIONS = new ModelRunner.Options(BlockSizes.uniform(8), 1, TokenLayout.CONTIGUOUS);

  /**
   * {@code tie_word_embeddings: true} with a different {@code lm_head.weight} in the file:
   * transformers 5 does not tie them and uses the file's head; so does Torus (with a note). With an
   * {@code lm_head.weight} equal to the embedding, both tie.
   */
  @Test
  void aSeparateHeadUnderTiedEmbeddingsIsTheHeadAsInTransformers() throws Exception {
    Files.createDirectories(WORK);
    Path dir = WORK.resolve("tied-with-head");
    Path config = WORK.resolve("tied.config.json");
    HfReference.JSON.writeValue(config.toFile(),
        HfReference.tinyConfig("tied-with-head", "{\"tie_word_embeddings\":true,\"num_hidden_layers\":2}"));
    ArrayNode make = HfReference.JSON.createArrayNode();
    make.addObject().put("mode", "make-checkpoint").put("out", dir.toString()).put("config", config.toString());
    HfReference.runBatch(XlaHarness.locate(), make, WORK);
    Path file = dir.resolve(Checkpoint.SINGLE_FILE);
    Map<String, HostTensor> tensors = readAll(file);
    HostTensor embedding = tensors.get(CheckpointWeights.EMBEDDING);
    float[] head = embedding.toFloats();
    for (int i = 0; i < head.length; i++) {
      head[i] = (float) Math.sin(i) * 0.2f;
    }
    tensors.put(CheckpointWeights.HEAD, HostTensor.ofFloats(head, 128, 64));
    Safetensors.write(file, tensors);
    Path tokens = WORK.resolve("tied.tokens.npy");
    Npy.write(tokens, RandomTensors.randomTokens(7, 128, 1, 16));
    ArrayNode logits = HfReference.JSON.createArrayNode();
    logits.addObject().put("mode", "logits").put("model", dir.toString()).put("tokens", tokens.toString())
        .put("out", WORK.resolve("tied.hf.npy").toString());
    HfReference.runBatch(XlaHarness.locate(), logits, WORK);

    ModelSpec model = HfModels.fromDirectory(dir);
    assertTrue(model.tiedEmbeddings(), "the config ties");
    ModelRunner.Streamed<HostTensor> r = ModelRunner.run(model, dir, Npy.readIntegers(tokens), OPTIONS,
        WORK.resolve("tied.artifact"), TensorSource::toHost);
    double rel = RealXlaGoldenTest.assertClose(Npy.read(WORK.resolve("tied.hf.npy")).toFloats(), r.value().toFloats(),
        1e-4, "separate head vs Hugging Face");
    System.out.printf(Locale.ROOT, "[hf] tied config + separate lm_head: max |torus - hf| / max |hf| = %.2e%n", rel);
    assertTrue(!r.model().tiedEmbeddings() && names(r).contains(CheckpointWeights.HEAD), "the program has its own head");
    assertTrue(r.notes().get(0).contains("differs from model.embed_tokens.weight; it is the head, as transformers"),
        r.notes().toString());

    tensors.put(CheckpointWeights.HEAD, embedding);   // the same values: tied, and lm_head.weight counts as read
    Safetensors.write(file, tensors);
    ModelRunner.Streamed<HostTensor> same = ModelRunner.run(model, dir, Npy.readIntegers(tokens), OPTIONS,
        WORK.resolve("tied-same.artifact"), TensorSource::toHost);
    assertTrue(same.model().tiedEmbeddings() && !names(same).contains(CheckpointWeights.HEAD), "tied");
    assertEquals(List.of(), same.notes());
  }

  /**
   * A tensor the model does not read is refused, naming it, unless ignored on purpose; rotary
   * buffers, which transformers derives from the config too, are not counted.
   */
  @Test
  void unusedTensorsAreRefusedByNameUnlessIgnored() throws Exception {
    ModelSpec model = Presets.tiny();
    Path dir = WORK.resolve("unused");
    RandomCheckpoint.write(model, dir, 3);
    Path file = dir.resolve(Checkpoint.SINGLE_FILE);
    Map<String, HostTensor> tensors = readAll(file);
    tensors.put("model.layers.0.self_attn.rotary_emb.inv_freq", HostTensor.ofFloats(new float[4], 4));
    tensors.put("model.vision_tower.proj.weight", HostTensor.ofFloats(new float[6], 2, 3));
    Safetensors.write(file, tensors);
    HostTensor tokens = HostTensor.ofInts(new int[16], 1, 16);
    InvalidCheckpointException refused = assertThrows(InvalidCheckpointException.class,
        () -> ModelRunner.run(model, dir, tokens, OPTIONS, WORK.resolve("unused.artifact"), TensorSource::type));
    assertTrue(refused.getMessage().contains("holds 1 tensor(s) that model tiny does not read:"
        + " model.vision_tower.proj.weight; Torus refuses rather than ignore them"), refused.getMessage());
    assertTrue(refused.getMessage().contains("pass --ignore-unused"), refused.getMessage());
    ModelRunner.Streamed<String> ignored = ModelRunner.run(model, dir, tokens,
        new ModelRunner.Options(BlockSizes.uniform(8), 1, TokenLayout.CONTIGUOUS, false, true), WORK.resolve("unused.artifact"),
        TensorSource::type);
    assertEquals(List.of("ignoring 1 tensor(s) that model tiny does not read: model.vision_tower.proj.weight"),
        ignored.notes());
  }

  private static List<String> names(ModelRunner.Streamed<?> r) {
    return r.artifact().manifest().entryPoint(EntryPoint.MAIN).inputs().stream().map(TensorSpec::hfName).toList();
  }

  private static Map<String, HostTensor> readAll(Path file) {
    Map<String, HostTensor> tensors = new LinkedHashMap<>();
    try (Safetensors s = Safetensors.open(file)) {
      s.names().forEach(n -> tensors.put(n, s.read(n)));
    }
    return tensors;
  }
}
