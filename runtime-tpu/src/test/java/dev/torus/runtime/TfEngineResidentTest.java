package dev.torus.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TfEngine} on a one-device artifact keeps its resident values as TensorFlow variables
 * ({@link ResidentSession}): a donated state written row by row ({@code dynamic_update_slice}, as a
 * KV cache) keeps every earlier row across runs, a non-donated resident (a weight) is read, and only
 * the non-donated results come back.
 */
class TfEngineResidentTest {
  /** state' = state with row i = x * w; sums = the row sums of state'. */
  private static final String WRITE_ROW =
      """
      module @write_row {
        func.func public @main(%x: tensor<1x8xf32>, %i: tensor<i32>, %w: tensor<1x8xf32>, %state: tensor<4x8xf32>) -> (tensor<4xf32>, tensor<4x8xf32>) {
          %0 = stablehlo.multiply %x, %w : tensor<1x8xf32>
          %z = stablehlo.constant dense<0> : tensor<i32>
          %1 = stablehlo.dynamic_update_slice %state, %0, %i, %z : (tensor<4x8xf32>, tensor<1x8xf32>, tensor<i32>, tensor<i32>) -> tensor<4x8xf32>
          %c = stablehlo.constant dense<0.0> : tensor<f32>
          %2 = stablehlo.reduce(%1 init: %c) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
          return %2, %1 : tensor<4xf32>, tensor<4x8xf32>
        }
      }
      """;

  private static Artifact artifact(Path dir) throws Exception {
    TensorSpec x = StableHloPrograms.f32("x", Role.ACTIVATION, 1, 8);
    TensorSpec i = TensorSpec.replicated("i", Role.POSITIONS, DType.S32, List.of());
    TensorSpec w = StableHloPrograms.f32("w", Role.WEIGHT, 1, 8);
    TensorSpec state = StableHloPrograms.f32("state", Role.KV_CACHE, 4, 8);
    TensorSpec sums = StableHloPrograms.f32("sums", Role.ACTIVATION, 4);
    EntryPoint main = EntryPoint.of(EntryPoint.MAIN, List.of(x, i, w, state), List.of(sums, state))
        .withDonations(List.of(new EntryPoint.Donation("state", "state")));
    Manifest manifest = Manifest.builder().torusVersion("test").name("write_row").entryPoint(main).build();
    return Artifact.write(dir, manifest, Map.of(Artifact.STABLEHLO, WRITE_ROW));
  }

  @Test
  void donatedStateIsUpdatedInPlaceAcrossRunsAndWeightsStayResident(@TempDir Path dir) throws Exception {
    Artifact artifact = artifact(dir);
    assertTrue(ResidentSession.supports(artifact));
    float[] w = {1, 2, 3, 4, 5, 6, 7, 8};
    try (TfEngine engine = TfEngine.open(artifact)) {
      engine.load(EntryPoint.MAIN);
      engine.put("w", List.of(HostTensor.ofFloats(w, 1, 8)));
      engine.put("state", List.of(HostTensor.zeros(DType.F32, 4, 8)));
      float[] expected = new float[32];
      for (int row = 0; row < 4; row++) {
        float scale = row + 1;
        float[] x = new float[8];
        java.util.Arrays.fill(x, scale);
        Map<String, HostTensor> out = engine.run(EntryPoint.MAIN,
            Map.of("x", List.of(HostTensor.ofFloats(x, 1, 8)), "i", List.of(HostTensor.ofInts(new int[] {row}))));
        assertEquals(List.of("sums"), List.copyOf(out.keySet()), "only the non-donated result comes back");
        float[] sums = new float[4];
        for (int k = 0; k < 8; k++) {
          expected[row * 8 + k] = scale * w[k];
        }
        for (int r = 0; r <= row; r++) {
          sums[r] = (r + 1) * 36f;
        }
        assertArrayEquals(sums, out.get("sums").toFloats(), "row sums after writing row " + row);
        assertArrayEquals(expected, engine.get("state").get(0).toFloats(), "state after writing row " + row);
      }
      assertArrayEquals(w, engine.get("w").get(0).toFloats(), "the weight is unchanged");
    }
  }

  @Test
  void aFedDonatedInputBecomesResidentAndMissingInputsAreNamed(@TempDir Path dir) throws Exception {
    Artifact artifact = artifact(dir);
    try (TfEngine engine = TfEngine.open(artifact)) {
      engine.load(EntryPoint.MAIN);
      engine.put("w", List.of(HostTensor.ofFloats(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, 1, 8)));
      HostTensor x = HostTensor.ofFloats(new float[] {2, 2, 2, 2, 2, 2, 2, 2}, 1, 8);
      IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
          () -> engine.run(EntryPoint.MAIN, Map.of("x", List.of(x), "i", List.of(HostTensor.ofInts(new int[] {0})))));
      assertTrue(missing.getMessage().contains("'state'"), missing.getMessage());
      float[] ones = new float[32];
      java.util.Arrays.fill(ones, 1);
      engine.run(EntryPoint.MAIN, Map.of("x", List.of(x), "i", List.of(HostTensor.ofInts(new int[] {3})),
          "state", List.of(HostTensor.ofFloats(ones, 4, 8))));
      float[] state = engine.get("state").get(0).toFloats();
      assertEquals(1f, state[0]);
      assertEquals(2f, state[3 * 8]);
      Map<String, HostTensor> again = engine.run(EntryPoint.MAIN,
          Map.of("x", List.of(x), "i", List.of(HostTensor.ofInts(new int[] {0}))));
      assertArrayEquals(new float[] {16, 8, 8, 16}, again.get("sums").toFloats(), "the fed state stayed resident");
    }
  }

  @Test
  void aMeshArtifactKeepsTheFedPath(@TempDir Path dir) throws Exception {
    assertFalse(ResidentSession.supports(StableHloPrograms.swapArtifact(dir, true)));
  }
}
