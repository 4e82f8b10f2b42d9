package dev.torus.hf;

import static dev.torus.hf.SafetensorsTest.fails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
  @TempDir Path dir;

  private static final String Q = "model.layers.0.self_attn.q_proj.weight";
  private static final String EMBED = "model.embed_tokens.weight";
  private static final String NORM = "model.norm.weight";
  private static final float[] Q_VALUES = {1f, -2.5f, 3.0078125f, 1e-3f, 0.1f, 65536.5f};
  private static final HostTensor Q_F32 = HostTensor.ofFloats(Q_VALUES, 2, 3);
  private static final HostTensor EMBED_BF16 = HostTensor.bf16FromFloats(new float[] {0.5f, -1f, 2f, 4f}, 2, 2);
  private static final HostTensor NORM_F16 = HostTensor.f16FromFloats(new float[] {1f, 0.75f}, 2);

  @BeforeEach
  void writeConfig() throws IOException {
    Files.writeString(dir.resolve(Checkpoint.CONFIG), HfConfigTest.TRANSFORMERS_5);
  }

  @Test
  void readsOneFileAndConverts() throws IOException {
    SafetensorsFiles.write(
        dir.resolve(Checkpoint.SINGLE_FILE), ImmutableMap.of(Q, Q_F32, EMBED, EMBED_BF16, NORM, NORM_F16));
    try (Checkpoint ckpt = Checkpoint.open(dir)) {
      assertEquals(64, ckpt.config().hiddenSize());
      assertEquals(ImmutableSet.of(Q, EMBED, NORM), ckpt.tensorNames());
      assertEquals(Q_F32, ckpt.read(Q, DType.F32, List.of(2L, 3L)));
      assertEquals(HostTensor.bf16FromFloats(Q_VALUES, 2, 3), ckpt.read(Q, DType.BF16, List.of(2L, 3L)));
      // 65536.5 does not fit f16: read as f16 it would be infinite, which is refused by name.
      assertTrue(fails(() -> ckpt.read(Q, DType.F16, List.of(2L, 3L))).contains("tensor '" + Q + "' in "
          + dir.resolve(Checkpoint.SINGLE_FILE) + " has 1 non-finite value(s) (NaN or infinite, the first at flat index"
          + " 5, as f16)"));
      assertArrayEquals(new float[] {0.5f, -1f, 2f, 4f}, ckpt.read(EMBED, DType.F32, List.of(2L, 2L)).toFloats());
      assertEquals(HostTensor.bf16FromFloats(new float[] {1f, 0.75f}, 2), ckpt.read(NORM, DType.BF16, List.of(2L)));
      assertEquals(new TensorInfo(EMBED, DType.BF16, ImmutableList.of(2L, 2L)), ckpt.info(EMBED));
    }
  }

  @Test
  void convertsBetweenFloatTypesOnly() {
    HostTensor f16 = HostTensor.f16FromFloats(new float[] {1f, -0.333f, 65504f}, 3);
    assertEquals(f16, f16.to(DType.F16));
    assertArrayEquals(f16.toFloats(), f16.to(DType.F32).toFloats());
    assertEquals(HostTensor.bf16FromFloats(f16.toFloats(), 3), f16.to(DType.BF16));
    assertArrayEquals(new float[] {Float.POSITIVE_INFINITY}, HostTensor.ofFloats(new float[] {1e6f}).to(DType.F16)
        .toFloats());
    assertEquals("to(f32): only f32, bf16 and f16 convert into each other, this tensor is HostTensor s32[1]",
        assertThrows(IllegalStateException.class, () -> HostTensor.ofInts(new int[] {1}, 1).to(DType.F32))
            .getMessage());
  }

  @Test
  void namesMissingAndMisshapenTensors() throws IOException {
    Path file = dir.resolve(Checkpoint.SINGLE_FILE);
    SafetensorsFiles.write(file, ImmutableMap.of(Q, Q_F32));
    try (Checkpoint ckpt = Checkpoint.open(dir)) {
      assertEquals("missing tensor '" + EMBED + "' (expected f32[64,64]) in " + dir,
          fails(() -> ckpt.read(EMBED, DType.F32, List.of(64L, 64L))));
      assertEquals("tensor '" + Q + "' in " + file + " has shape f32[2,3], expected bf16[3,2]",
          fails(() -> ckpt.read(Q, DType.BF16, List.of(3L, 2L))));
    }
  }

  @Test
  void readsShardsThroughTheIndex() throws IOException {
    SafetensorsFiles.write(dir.resolve("model-00001-of-00002.safetensors"), ImmutableMap.of(Q, Q_F32, NORM, NORM_F16));
    SafetensorsFiles.write(dir.resolve("model-00002-of-00002.safetensors"), ImmutableMap.of(EMBED, EMBED_BF16));
    writeIndex(ImmutableMap.of(EMBED, "model-00002-of-00002.safetensors", Q, "model-00001-of-00002.safetensors",
        NORM, "model-00001-of-00002.safetensors"));
    try (Checkpoint ckpt = Checkpoint.open(dir)) {
      assertEquals(ImmutableSet.of(EMBED, Q, NORM), ckpt.tensorNames());
      assertEquals(Q_F32, ckpt.read(Q, DType.F32, List.of(2L, 3L)));
      assertEquals(EMBED_BF16, ckpt.read(EMBED, DType.BF16, List.of(2L, 2L)));
      assertEquals(NORM_F16.to(DType.F32), ckpt.read(NORM, DType.F32, List.of(2L)));
    }
  }

  @Test
  void refusesBadIndexes() throws IOException {
    Path index = dir.resolve(Checkpoint.INDEX);
    SafetensorsFiles.write(dir.resolve("a.safetensors"), ImmutableMap.of(Q, Q_F32));
    SafetensorsFiles.write(dir.resolve("b.safetensors"), ImmutableMap.of(EMBED, EMBED_BF16));
    writeIndex(ImmutableMap.of(Q, "b.safetensors", EMBED, "b.safetensors"));
    assertEquals(index + ": weight_map maps tensor '" + Q + "' to b.safetensors, but that file does not contain it", openFails());
    writeIndex(ImmutableMap.of(Q, "../a.safetensors"));
    assertEquals(index + ": weight_map: tensor '" + Q + "' is mapped to '../a.safetensors', which is not a plain file name "
        + "inside " + dir, openFails());
    writeIndex(ImmutableMap.of(Q, "/etc/passwd"));
    assertEquals(index + ": weight_map: tensor '" + Q + "' is mapped to '/etc/passwd', which is not a plain file name inside "
        + dir, openFails());
    writeIndex(ImmutableMap.of(Q, "c.safetensors"));
    assertEquals(index + ": weight_map names shard c.safetensors, which is not a file in " + dir, openFails());
    writeIndex(ImmutableMap.of(Q, "a.safetensors"));
    Files.writeString(index, "{\"weights\": {}}");
    assertEquals(index + ": weight_map: expected a JSON object with a \"weight_map\" object", openFails());
    writeIndex(ImmutableMap.of(EMBED, "b.safetensors", "lm_head.weight", "a.safetensors"));
    assertEquals(index + ": weight_map maps tensor 'lm_head.weight' to a.safetensors, but that file does not contain it",
        openFails());
    writeIndex(ImmutableMap.of(Q, "a.safetensors"));
    SafetensorsFiles.write(dir.resolve("a.safetensors"), ImmutableMap.of(Q, Q_F32, NORM, NORM_F16));
    assertEquals(dir.resolve("a.safetensors") + " holds tensor '" + NORM + "', which " + Checkpoint.INDEX
        + "'s weight_map maps to no file", openFails());
  }

  @Test
  void refusesAmbiguousOrEmptyDirectories() throws IOException {
    assertEquals("checkpoint " + dir + " has neither model.safetensors nor model.safetensors.index.json", openFails());
    Files.writeString(dir.resolve("pytorch_model.bin"), "pickle");
    assertEquals("checkpoint " + dir + " has neither model.safetensors nor model.safetensors.index.json; it has "
        + "pytorch_model.bin, which Torus does not read: re-save it with save_pretrained (safetensors is the "
        + "default)", openFails());
    SafetensorsFiles.write(dir.resolve(Checkpoint.SINGLE_FILE), ImmutableMap.of(Q, Q_F32));
    writeIndex(ImmutableMap.of(Q, Checkpoint.SINGLE_FILE));
    assertEquals("checkpoint " + dir + " has both model.safetensors and model.safetensors.index.json; remove the one "
        + "that is stale", openFails());
    Files.delete(dir.resolve(Checkpoint.CONFIG));
    assertEquals("checkpoint " + dir + " has no config.json", openFails());
    assertEquals("checkpoint " + dir.resolve("nope") + " is not a directory (it does not exist)",
        fails(() -> Checkpoint.open(dir.resolve("nope"))));
  }

  private void writeIndex(ImmutableMap<String, String> weightMap) throws IOException {
    new ObjectMapper().writeValue(dir.resolve(Checkpoint.INDEX).toFile(),
        ImmutableMap.of("metadata", ImmutableMap.of("total_size", 0), "weight_map", weightMap));
  }

  private String openFails() {
    return fails(() -> Checkpoint.open(dir).close());
  }
}
