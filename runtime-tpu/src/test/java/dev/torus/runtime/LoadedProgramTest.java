package dev.torus.runtime;

import dev.torus.artifact.Role;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TensorSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers from real XLA through XlaCallModule, compared exactly with Java arithmetic. */
class LoadedProgramTest {
  @TempDir static Path tmp;
  static TorusRuntime runtime;
  static LoadedProgram addDot;

  @BeforeAll
  static void load() throws IOException {
    runtime = TorusRuntime.cpu();
    StableHloPrograms.addDotArtifact(tmp.resolve("add_dot"), "add_dot", StableHloPrograms.ADD_DOT);
    addDot = runtime.load(tmp.resolve("add_dot"));
  }

  @AfterAll
  static void close() {
    runtime.close();
  }

  @Test
  void addAndDotGiveExactNumbers() {
    float[] x = new float[32];
    float[] y = new float[32];
    float[] w = new float[24];
    for (int i = 0; i < 32; i++) {
      x[i] = i % 7 - 3;
      y[i] = (i * 5) % 11 * 0.5f;
    }
    for (int i = 0; i < 24; i++) {
      w[i] = i % 5 - 2;
    }
    List<HostTensor> out = addDot.run(List.of(
        HostTensor.ofFloats(x, 4, 8), HostTensor.ofFloats(y, 4, 8), HostTensor.ofFloats(w, 8, 3)));
    float[] sum = new float[32];
    for (int i = 0; i < 32; i++) {
      sum[i] = x[i] + y[i];
    }
    float[] proj = new float[12];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 3; c++) {
        for (int k = 0; k < 8; k++) {
          proj[r * 3 + c] += sum[r * 8 + k] * w[k * 3 + c];
        }
      }
    }
    assertEquals(HostTensor.ofFloats(sum, 4, 8), out.get(0));
    assertEquals(HostTensor.ofFloats(proj, 4, 3), out.get(1));
    assertEquals(Artifact.STABLEHLO, addDot.programFile());
  }

  @Test
  void runsByName() {
    HostTensor ones = HostTensor.ofFloats(filled(32, 1f), 4, 8);
    HostTensor w = HostTensor.ofFloats(filled(24, 0.5f), 8, 3);
    ImmutableMap<String, HostTensor> out = addDot.run(Map.of("w", w, "y", ones, "x", ones));
    assertEquals(ImmutableList.of("sum", "proj"), out.keySet().asList());
    assertArrayEquals(filled(32, 2f), out.get("sum").toFloats());
    assertArrayEquals(filled(12, 8f), out.get("proj").toFloats());
  }

  @Test
  void everyElementTypeCrossesTheBoundary() {
    List<TensorSpec> in = List.of(
        spec("a", DType.S32, 3), spec("b", DType.U32, 3), spec("c", DType.PRED, 3), spec("d", DType.F16, 3),
        spec("e", DType.BF16, 2, 2));
    List<TensorSpec> out = List.of(
        spec("a2", DType.S32, 3), spec("b2", DType.U32, 3), spec("notc", DType.PRED, 3), spec("d2", DType.F16, 3),
        spec("e2", DType.BF16, 2, 2));
    try (LoadedProgram types = runtime.loadStableHlo("types", StableHloPrograms.TYPES, in, out)) {
      List<HostTensor> result = types.run(List.of(
          HostTensor.ofInts(new int[] {-5, 0, 1 << 29}, 3),
          HostTensor.ofUnsignedInts(new int[] {0x7FFFFFFF, 0x80000001, 3}, 3),
          HostTensor.ofBooleans(new boolean[] {true, false, true}, 3),
          HostTensor.f16FromFloats(new float[] {1.5f, -0.25f, 100f}, 3),
          HostTensor.bf16FromFloats(new float[] {1.5f, -3.25f, 0.0078125f, 255f}, 2, 2)));
      assertEquals(HostTensor.ofInts(new int[] {-10, 0, 1 << 30}, 3), result.get(0));
      assertEquals(HostTensor.ofUnsignedInts(new int[] {0xFFFFFFFE, 2, 6}, 3), result.get(1));
      assertEquals(HostTensor.ofBooleans(new boolean[] {false, true, false}, 3), result.get(2));
      assertEquals(HostTensor.f16FromFloats(new float[] {2.25f, 0.0625f, 10000f}, 3), result.get(3));
      assertEquals(
          HostTensor.bf16FromFloats(new float[] {2.25f, 10.5625f, 0.00006103515625f, 65025f}, 2, 2), result.get(4));
    }
  }

  @Test
  void bf16InAndOutRoundsToNearestEven() {
    float[] x = {1f, -2f, 3.5f, 100f, 0.5f, 256f, -1f, 7f};
    float[] y = {0x1p-8f, 0x1p-9f, 0.25f, -0.375f, 0x1p-9f, 1f, 3f * 0x1p-9f, 1e-3f};
    float[] expected = new float[8];
    for (int i = 0; i < 8; i++) {
      expected[i] = x[i] + y[i];
    }
    List<TensorSpec> in = List.of(spec("x", DType.BF16, 2, 4), spec("y", DType.F32, 2, 4));
    try (LoadedProgram mixed = runtime.loadStableHlo(
        "bf16_mixed", StableHloPrograms.BF16_MIXED, in, List.of(spec("z", DType.BF16, 2, 4)))) {
      HostTensor z = mixed.run(List.of(HostTensor.bf16FromFloats(x, 2, 4), HostTensor.ofFloats(y, 2, 4))).get(0);
      assertEquals(HostTensor.bf16FromFloats(expected, 2, 4), z);
      assertArrayEquals(new float[] {1f, -2f, 3.75f, 99.5f, 0.5f, 256f, -0.9921875f, 7f}, z.toFloats());
    }
  }

  @Test
  void multiDeviceArtifactRunsItsEmulationOnGlobalShapes() throws IOException {
    StableHloPrograms.swapArtifact(tmp.resolve("swap"), true);
    try (LoadedProgram swap = runtime.load(tmp.resolve("swap"))) {
      assertEquals(Artifact.EMULATED_STABLEHLO, swap.programFile());
      float[] x = new float[32];
      for (int i = 0; i < 32; i++) {
        x[i] = i;
      }
      float[] expected = new float[32];
      for (int i = 0; i < 32; i++) {
        expected[i] = (i + 16) % 32;
      }
      assertEquals(HostTensor.ofFloats(expected, 4, 8), swap.run(List.of(HostTensor.ofFloats(x, 4, 8))).get(0));
      IllegalArgumentException perDevice = assertThrows(IllegalArgumentException.class,
          () -> swap.run(List.of(HostTensor.zeros(DType.F32, 2, 8))));
      assertEquals("input 'x' of artifact swap: expected f32[4,8], got f32[2,8]", perDevice.getMessage());
    }
  }

  @Test
  void closingTheRuntimeClosesItsPrograms() {
    TorusRuntime own = TorusRuntime.cpu();
    LoadedProgram p = own.loadStableHlo(
        "add_dot", StableHloPrograms.ADD_DOT, StableHloPrograms.addDotInputs(), StableHloPrograms.addDotOutputs());
    own.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(List.of()));
    assertEquals("program add_dot is closed", e.getMessage());
    assertThrows(IllegalStateException.class, () -> own.load(addDotArtifactOrNull()));
  }

  private static Artifact addDotArtifactOrNull() throws IOException {
    return Artifact.read(tmp.resolve("add_dot"));
  }

  static TensorSpec spec(String name, DType dtype, long... shape) {
    return TensorSpec.replicated(name, Role.ACTIVATION, dtype, com.google.common.primitives.Longs.asList(shape));
  }

  private static float[] filled(int n, float v) {
    float[] out = new float[n];
    java.util.Arrays.fill(out, v);
    return out;
  }
}
