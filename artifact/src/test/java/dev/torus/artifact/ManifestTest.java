package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {
  static Manifest ringManifest() {
    ObjectNode model = new ObjectMapper().createObjectNode().put("hidden_size", 64).put("num_layers", 2);
    return Manifest.builder()
        .torusVersion("0.1.0-SNAPSHOT")
        .name("tiny-ring")
        .model(model)
        .mesh(Mesh.rowMajor(new Mesh.Axis("dp", 2), new Mesh.Axis("ring", 4)))
        .tokenLayout(TokenLayout.STRIPED)
        .blockSize("blockQ", 16)
        .blockSize("blockKv", 32)
        .entryPoint(EntryPoint.of(
            EntryPoint.MAIN,
            List.of(
                TensorSpec.sharded("tokens", Role.TOKENS, DType.S32, List.of(2L, 128L), List.of(2L, 32L), 1, "ring"),
                TensorSpec.replicated("wq", Role.WEIGHT, DType.BF16, List.of(64L, 64L))
                    .withHfName("model.layers.0.self_attn.q_proj.weight", true)),
            List.of(TensorSpec.sharded(
                "logits", Role.LOGITS, DType.F32, List.of(2L, 128L, 100L), List.of(2L, 32L, 100L), 1, "ring"))))
        .build();
  }

  @Test
  void jsonRoundTrip() {
    Manifest m = ringManifest().withSha256("ab".repeat(32));
    String json = m.toJson();
    assertTrue(json.startsWith("{\n  \"formatVersion\" : 2,\n  \"torusVersion\" : \"0.1.0-SNAPSHOT\""), json);
    assertTrue(json.contains("\"hfName\" : \"model.layers.0.self_attn.q_proj.weight\""), json);
    Manifest back = Manifest.fromJson(Manifest.parseTree(json, "m.json"), "m.json");
    assertEquals(m, back);
    assertEquals(8, back.mesh().deviceCount());
    assertEquals(json, back.toJson());
  }

  @Test
  void handBuiltManifestHasNoModel() {
    Manifest m = Manifest.builder().torusVersion("t").name("add").entryPoint(EntryPoint.of("main", List.of(), List.of()))
        .build();
    assertNull(m.model());
    Manifest back = Manifest.fromJson(Manifest.parseTree(m.toJson(), "m.json"), "m.json");
    assertEquals(m, back);
    assertEquals(1, back.mesh().deviceCount());
    assertEquals(
        "{\"blockSizes\":{},\"entryPoints\":[{\"donations\":[],\"inputs\":[],\"name\":\"main\",\"outputs\":[]}],\"formatVersion\":2,"
            + "\"mesh\":{\"axes\":[],\"partitionIdOrder\":\"row-major over axes\"},\"name\":\"add\",\"torusVersion\":\"t\"}",
        m.withSha256("00".repeat(32)).canonicalJson());
  }

  @Test
  void canonicalJsonSortsEverythingAndDropsTheHash() {
    String canonical = ringManifest().withSha256("ab".repeat(32)).canonicalJson();
    assertEquals(ringManifest().canonicalJson(), canonical);
    assertTrue(canonical.startsWith("{\"blockSizes\":{\"blockKv\":32,\"blockQ\":16},\"entryPoints\":"), canonical);
    assertTrue(canonical.contains("\"model\":{\"hidden_size\":64,\"num_layers\":2}"), canonical);
    assertTrue(canonical.contains("{\"dtype\":\"s32\",\"globalShape\":[2,128],\"name\":\"tokens\","
        + "\"perDeviceShape\":[2,32],\"role\":\"tokens\",\"sharding\":[{\"axis\":\"ring\",\"dim\":1}]}"), canonical);
    assertTrue(!canonical.contains("sha256") && !canonical.contains("\": ") && !canonical.contains("\n"), canonical);
  }

  @Test
  void modelIsDefensivelyCopied() {
    Manifest m = ringManifest();
    ((ObjectNode) m.model()).put("hidden_size", 1);
    assertEquals(64, m.model().get("hidden_size").intValue());
  }

  @Test
  void shardingIsCheckedAgainstTheMesh() {
    EntryPoint bad = EntryPoint.of("main",
        List.of(TensorSpec.sharded("x", Role.ACTIVATION, DType.F32, List.of(16L, 8L), List.of(8L, 8L), 0, "ring")),
        List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Manifest.builder().torusVersion("t").name("m").mesh(Mesh.rowMajor(new Mesh.Axis("ring", 4)))
            .entryPoint(bad).build());
    assertEquals("entryPoints[0].inputs[0].globalShape: tensor 'x': globalShape[0] = 16 must equal perDeviceShape[0]"
        + " = 8 x mesh axis 'ring' size 4",
        e.getMessage());
    IllegalArgumentException noAxis = assertThrows(IllegalArgumentException.class,
        () -> Manifest.builder().torusVersion("t").name("m").entryPoint(bad).build());
    assertEquals("entryPoints[0].inputs[0].sharding[0].axis: tensor 'x' is sharded over mesh axis 'ring', which mesh"
        + " [] lacks", noAxis.getMessage());
  }

  @Test
  void tensorSpecChecksRankAndRange() {
    IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
        () -> TensorSpec.sharded("x", Role.ACTIVATION, DType.F32, List.of(16L, 8L), List.of(8L), 0, "ring"));
    assertEquals("tensor 'x': perDeviceShape [8] has rank 1, globalShape [16, 8] has rank 2", rank.getMessage());
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> TensorSpec.sharded("x", Role.ACTIVATION, DType.F32, List.of(16L), List.of(8L), 1, "ring"));
    assertEquals("tensor 'x': sharding[0].dim 1 is out of range for rank 1", range.getMessage());
  }

  @Test
  void invalidJsonNamesTheSource() {
    String json = ringManifest().toJson().replace("\"striped\"", "\"diagonal\"");
    InvalidManifestException e = assertThrows(InvalidManifestException.class,
        () -> Manifest.fromJson(Manifest.parseTree(json, "a/manifest.json"), "a/manifest.json"));
    assertEquals("a/manifest.json: tokenLayout: token layout 'diagonal' is neither contiguous nor striped",
        e.getMessage());
  }

  @Test
  void aNumberBeyondADoubleIsRefusedNamingItsPath() {
    // Found by ManifestFuzzTest: 1e400 read as infinity, which JSON cannot write back.
    InvalidManifestException e = assertThrows(InvalidManifestException.class,
        () -> Manifest.parseTree("{\"model\": {\"spec\": {\"eps\": [1, 1e400]}}}", "m.json"));
    assertEquals("m.json: model.spec.eps[1]: a number out of the range of a double", e.getMessage());
  }
}
