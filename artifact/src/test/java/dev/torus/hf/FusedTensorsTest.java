package dev.torus.hf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.TensorSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weights stored as row ranges of one checkpoint tensor (Phi-3's qkv_proj): read, joined back, bad ranges refused. */
class FusedTensorsTest {
  @TempDir Path dir;

  private static final String QKV = "model.layers." + TensorSpec.LAYER + ".self_attn.qkv_proj.weight";

  /** Layer l's fused [8, 3] bf16 tensor, element i = l * 100 + i: rows 0-3 q, 4-5 k, 6-7 v. */
  private Checkpoint fusedLayers() throws IOException {
    Files.writeString(dir.resolve(Checkpoint.CONFIG), HfConfigTest.TRANSFORMERS_5);
    Map<String, HostTensor> tensors = new LinkedHashMap<>();
    for (int layer = 0; layer < 2; layer++) {
      tensors.put(QKV.replace(TensorSpec.LAYER, Integer.toString(layer)), HostTensor.bf16FromFloats(values(layer), 8, 3));
    }
    SafetensorsFiles.write(dir.resolve(Checkpoint.SINGLE_FILE), tensors);
    return Checkpoint.open(dir);
  }

  private static float[] values(int layer) {
    float[] v = new float[24];
    for (int i = 0; i < v.length; i++) {
      v[i] = layer * 100 + i;
    }
    return v;
  }

  private static TensorSpec part(String name, long start, long end) {
    return TensorSpec.replicated(name, Role.WEIGHT, DType.F32, List.of(2L, end - start, 3L)).withHfRows(QKV, start, end);
  }

  @Test
  void eachPartReadsItsRowsOfEveryLayerInAnyWindow() throws IOException {
    try (Checkpoint checkpoint = fusedLayers()) {
      long[][] ranges = {{0, 4}, {4, 6}, {6, 8}};
      for (long[] r : ranges) {
        TensorSource s = CheckpointWeights.source(part("p" + r[0], r[0], r[1]), checkpoint);
        assertEquals("f32[2," + (r[1] - r[0]) + ",3]", s.type());
        float[] got = s.toHost().toFloats();
        int perLayer = (int) (r[1] - r[0]) * 3;
        for (int k = 0; k < got.length; k++) {
          int layer = k / perLayer;
          assertEquals(layer * 100 + r[0] * 3 + k % perLayer, got[k], "rows " + Arrays.toString(r) + " element " + k);
        }
        // a window that starts inside a layer and crosses into the next
        ByteBuffer window = ByteBuffer.allocate(2 * 4).order(ByteOrder.LITTLE_ENDIAN);
        s.read((perLayer - 1) * 4L, window);
        assertEquals(got[perLayer - 1], window.getFloat(0));
        assertEquals(got[perLayer], window.getFloat(4));
      }
      EntryPoint entry = EntryPoint.of(EntryPoint.MAIN, List.of(part("q", 0, 4), part("k", 4, 6), part("v", 6, 8)),
          List.of());
      assertEquals(List.of(), List.copyOf(CheckpointWeights.unused(entry, checkpoint)), "the fused tensors are read");
    }
  }

  @Test
  void hfRowsRoundTripThroughTheManifestAndBadOnesNameTheField() throws IOException {
    dev.torus.artifact.Manifest m = dev.torus.artifact.Manifest.builder().torusVersion("t").name("fused")
        .entryPoint(EntryPoint.of(EntryPoint.MAIN, List.of(part("k", 4, 6)), List.of())).build();
    String json = m.toJson();
    assertTrue(json.contains("\"hfRows\" : [ 4, 6 ]"), json);
    assertEquals(m, dev.torus.artifact.Manifest.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), "m.json"));
    String bad = json.replace("\"hfRows\" : [ 4, 6 ]", "\"hfRows\" : [ 6, 4 ]");
    Exception e = assertThrows(RuntimeException.class,
        () -> dev.torus.artifact.Manifest.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(bad), "m.json"));
    assertTrue(e.getMessage().contains("entryPoints[0].inputs[0]") && e.getMessage().contains("hfRows [6, 4] must be "
        + "[start, end) with 0 <= start < end"), e.getMessage());
    String old = dev.torus.artifact.Manifest.builder().torusVersion("t").name("whole").entryPoint(EntryPoint.of(
        EntryPoint.MAIN, List.of(TensorSpec.replicated("q", Role.WEIGHT, DType.F32, List.of(4L, 3L))
            .withHfName("q.weight", false)), List.of())).build().toJson();
    assertEquals(false, old.contains("hfRows"), "a manifest without fused weights is written as before");
  }

  @Test
  void joinRebuildsTheStoredTensorFromItsParts() {
    HostTensor whole = HostTensor.ofFloats(values(1), 8, 3);
    float[] v = values(1);
    HostTensor q = HostTensor.ofFloats(Arrays.copyOfRange(v, 0, 12), 4, 3);
    HostTensor k = HostTensor.ofFloats(Arrays.copyOfRange(v, 12, 18), 2, 3);
    HostTensor val = HostTensor.ofFloats(Arrays.copyOfRange(v, 18, 24), 2, 3);
    HostTensor joined = FusedTensors.join("qkv",
        List.of(new FusedTensors.Part(6, val), new FusedTensors.Part(0, q), new FusedTensors.Part(4, k)));
    assertEquals(whole.shape(), joined.shape());
    assertArrayEquals(whole.toFloats(), joined.toFloats());
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> FusedTensors.join("qkv", List.of(new FusedTensors.Part(0, q), new FusedTensors.Part(5, k))));
    assertEquals("fused tensor 'qkv': a part starts at row 5, expected 4 (parts must tile the rows without gaps or "
        + "overlaps)", gap.getMessage());
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> FusedTensors.join("qkv",
        List.of(new FusedTensors.Part(0, q), new FusedTensors.Part(4, HostTensor.ofFloats(new float[4], 2, 2)))));
    assertEquals("fused tensor 'qkv': part at row 4 is f32[2,2], the part at row 0 is f32[4,3]", mixed.getMessage());
  }

  @Test
  void badRangesAreRefusedNamingTheTensorAndTheRows() throws IOException {
    try (Checkpoint checkpoint = fusedLayers()) {
      InvalidCheckpointException past = assertThrows(InvalidCheckpointException.class,
          () -> CheckpointWeights.source(part("v", 6, 9), checkpoint));
      assertEquals("tensor 'model.layers.0.self_attn.qkv_proj.weight' is f32[8,3]; rows [6, 9) of it were expected "
          + "(a fused weight), which are not within its 8 rows", past.getMessage());
      TensorSpec wide = TensorSpec.replicated("q", Role.WEIGHT, DType.F32, List.of(2L, 4L, 5L)).withHfRows(QKV, 0, 4);
      InvalidCheckpointException shape = assertThrows(InvalidCheckpointException.class,
          () -> CheckpointWeights.source(wide, checkpoint));
      assertTrue(shape.getMessage().contains("has shape bf16[8,3], expected f32[8,5]"), shape.getMessage());
    }
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> part("q", 4, 4));
    assertEquals("tensor 'q': hfRows [4, 4] must be [start, end) with 0 <= start < end", empty.getMessage());
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> TensorSpec.replicated("q", Role.WEIGHT, DType.F32, List.of(2L, 4L, 3L)).withHfRows(QKV, 0, 3));
    assertEquals("tensor 'q': hfRows [0, 3] hold 3 rows of '" + QKV + "', but globalShape [2, 4, 3] has 4 there",
        count.getMessage());
    assertThrows(InvalidCheckpointException.class,
        () -> FusedTensors.rows("t", HostTensor.ofFloats(new float[] {1}), 0, 1));
  }
}
