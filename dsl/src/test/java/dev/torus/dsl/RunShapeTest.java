package dev.torus.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import org.junit.jupiter.api.Test;

/** The mesh axes a run is compiled for, and the messages for sizes that do not fit together. */
class RunShapeTest {
  static RunShape mesh(int ring, int dp) {
    return RunShape.ring(dp, 64 * ring, BlockSizes.uniform(8), ring, TokenLayout.STRIPED, dp);
  }

  @Test
  void packedDocumentsAreWrittenOnlyWhenPackedAndReadBack() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    RunShape plain = mesh(4, 2).withFsdp(4);
    assertFalse(json.writeValueAsString(plain).contains("packed"), json.writeValueAsString(plain));
    assertEquals(plain, json.readValue(json.writeValueAsString(plain), RunShape.class));
    RunShape packed = plain.packedDocuments();
    assertTrue(packed.packed() && packed.withFsdp(1).packed());
    assertEquals(packed, json.readValue(json.writeValueAsString(packed), RunShape.class));
  }

  @Test
  void fsdpRunsOverTheRingOrOverTheReplicas() {
    assertTrue(mesh(4, 2).withFsdp(4).fsdpOverRing());
    assertFalse(mesh(4, 2).withFsdp(2).fsdpOverRing());
    assertFalse(mesh(1, 4).withFsdp(4).fsdpOverRing());
    assertFalse(mesh(4, 1).fsdpOverRing());
    assertTrue(mesh(4, 2).withFsdp(8).fsdpOverMesh());
    assertFalse(mesh(4, 2).withFsdp(8).fsdpOverRing());
    assertFalse(mesh(4, 2).withFsdp(4).fsdpOverMesh());
    assertFalse(mesh(1, 4).withFsdp(4).fsdpOverMesh());
  }

  @Test
  void badSizesNameWhatDoesNotDivideWhat() {
    assertEquals("fsdp 3: weights are sharded over one mesh axis or both, so fsdp must be 1, the ring size 4, the"
        + " data-parallel size 2 or their product 8", assertThrows(IllegalArgumentException.class, () -> mesh(4, 2).withFsdp(3)).getMessage());
    assertEquals("batch 3 must be a multiple of the data-parallel size 2", assertThrows(IllegalArgumentException.class,
        () -> RunShape.ring(3, 64, BlockSizes.uniform(8), 1, TokenLayout.STRIPED, 2)).getMessage());
    assertEquals("sequence length 60 must be a multiple of the ring size 8", assertThrows(IllegalArgumentException.class,
        () -> RunShape.ring(1, 60, BlockSizes.uniform(4), 8, TokenLayout.STRIPED, 1)).getMessage());
  }
}
