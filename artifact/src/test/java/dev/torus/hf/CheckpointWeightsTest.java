package dev.torus.hf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.TensorSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weights read window by window: stacked over layers, converted, checked, and the unused ones named. */
class CheckpointWeightsTest {
  @TempDir Path dir;

  private static final String Q = "model.layers." + TensorSpec.LAYER + ".self_attn.q_proj.weight";

  /** Three bf16 layers [5, 3] with distinct values (layer l, element i: l * 100 + i) and a bf16 embedding. */
  private Checkpoint threeLayers(Map<String, HostTensor> extra) throws IOException {
    Files.writeString(dir.resolve(Checkpoint.CONFIG), HfConfigTest.TRANSFORMERS_5);
    Map<String, HostTensor> tensors = new LinkedHashMap<>();
    for (int layer = 0; layer < 3; layer++) {
      float[] v = new float[15];
      for (int i = 0; i < v.length; i++) {
        v[i] = layer * 100 + i;
      }
      tensors.put(Q.replace(TensorSpec.LAYER, Integer.toString(layer)), HostTensor.bf16FromFloats(v, 5, 3));
    }
    tensors.put(CheckpointWeights.EMBEDDING, HostTensor.bf16FromFloats(new float[] {1, 2, 3, 4}, 2, 2));
    tensors.putAll(extra);
    SafetensorsFiles.write(dir.resolve(Checkpoint.SINGLE_FILE), tensors);
    return Checkpoint.open(dir);
  }

  private static TensorSpec stacked() {
    return TensorSpec.replicated("q", Role.WEIGHT, DType.F32, List.of(3L, 5L, 3L)).withHfName(Q, false);
  }

  @Test
  void aStackReadsInAnyWindowsAcrossLayersWidenedToTheProgramType() throws IOException {
    try (Checkpoint checkpoint = threeLayers(Map.of())) {
      TensorSource q = CheckpointWeights.source(stacked(), checkpoint);
      assertEquals("f32[3,5,3]", q.type());
      float[] whole = q.toHost().toFloats();
      for (int k = 0; k < whole.length; k++) {
        assertEquals(k / 15 * 100 + k % 15, whole[k], "element " + k);
      }
      ByteBuffer across = ByteBuffer.allocate(4 * 20).order(ByteOrder.LITTLE_ENDIAN);  // elements 10..29: layers 0-1
      q.read(40, across);
      across.flip();
      for (int k = 10; k < 30; k++) {
        assertEquals(whole[k], across.getFloat(), "element " + k);
      }
      Path npy = dir.resolve("q.npy");
      Npy.write(npy, q);   // streamed, byte-identical to the host tensor's file
      assertArrayEquals(Npy.toBytes(q.toHost()), Files.readAllBytes(npy));
      assertThrows(IllegalArgumentException.class, () -> q.read(2, ByteBuffer.allocate(4)), "unaligned");
    }
  }

  @Test
  void aNonFiniteValueFailsWhenReadNamingTheLayerTensor() throws IOException {
    try (Checkpoint checkpoint = threeLayers(Map.of())) {
      Files.delete(dir.resolve(Checkpoint.SINGLE_FILE));
    }
    Map<String, HostTensor> bad = Map.of("model.layers.1.self_attn.q_proj.weight",
        HostTensor.bf16FromFloats(new float[] {0, 0, 0, 0, Float.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0, Float.NaN}, 5, 3));
    try (Checkpoint checkpoint = threeLayers(bad)) {
      TensorSource q = CheckpointWeights.source(stacked(), checkpoint);
      q.read(0, ByteBuffer.allocate(60));   // layer 0 is finite
      InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, q::toHost);
      assertTrue(e.getMessage().contains("tensor 'model.layers.1.self_attn.q_proj.weight' in "
          + dir.resolve(Checkpoint.SINGLE_FILE) + " has 2 non-finite value(s) (NaN or infinite, the first at flat index 4,"
          + " as f32)"), e.getMessage());
    }
  }

  @Test
  void unusedTensorsAreNamedAndAHeadEqualToTheEmbeddingIsTied() throws IOException {
    HostTensor embedding = HostTensor.bf16FromFloats(new float[] {1, 2, 3, 4}, 2, 2);
    TensorSpec embed = TensorSpec.replicated("embed", Role.WEIGHT, DType.F32, List.of(2L, 2L))
        .withHfName(CheckpointWeights.EMBEDDING, false);
    EntryPoint tied = EntryPoint.of(EntryPoint.MAIN, List.of(embed, stacked()),
        List.of(TensorSpec.replicated("logits", Role.LOGITS, DType.F32, List.of(1L))));
    try (Checkpoint checkpoint = threeLayers(Map.of(CheckpointWeights.HEAD, embedding.to(DType.F32),
        "model.layers.0.self_attn.rotary_emb.inv_freq", HostTensor.ofFloats(new float[2], 2),
        "vision.proj", HostTensor.ofFloats(new float[2], 2)))) {
      assertTrue(!CheckpointWeights.hasSeparateHead(checkpoint), "equal values, stored as f32 and bf16");
      assertEquals(List.of("vision.proj"), List.copyOf(CheckpointWeights.unused(tied, checkpoint)));
    }
    Files.delete(dir.resolve(Checkpoint.SINGLE_FILE));
    try (Checkpoint checkpoint = threeLayers(Map.of(CheckpointWeights.HEAD,
        HostTensor.bf16FromFloats(new float[] {1, 2, 3, 5}, 2, 2)))) {
      assertTrue(CheckpointWeights.hasSeparateHead(checkpoint));
      assertEquals(List.of(CheckpointWeights.HEAD), List.copyOf(CheckpointWeights.unused(tied, checkpoint)));
    }
  }
}
