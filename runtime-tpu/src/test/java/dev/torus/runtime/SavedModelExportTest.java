package dev.torus.runtime;

import dev.torus.artifact.SequenceOrder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.torus.artifact.TokenLayout;
import org.junit.jupiter.api.Test;

/** The parts of {@link SavedModelExport} that need no TensorFlow graph (the round trip is golden-hlo's SavedModelTest). */
class SavedModelExportTest {
  @Test
  void thePlatformIndexBecomesMainsFirstArgument() {
    String platform = "%platform_index: tensor<i32> {jax.global_constant = \"_platform_index\"}";
    assertEquals("module @m {\n  func.func public @main(" + platform + ", %arg0: tensor<2xf32>) -> (tensor<2xf32>) {",
        SavedModelExport.withPlatformIndex("module @m {\n  func.func public @main(%arg0: tensor<2xf32>) -> (tensor<2xf32>) {"));
    assertEquals("func.func public @main(" + platform + ") -> (tensor<f32>) {",
        SavedModelExport.withPlatformIndex("func.func public @main() -> (tensor<f32>) {"));
    assertThrows(IllegalArgumentException.class, () -> SavedModelExport.withPlatformIndex("func.func @f() {}"));
  }

  @Test
  void deviceOrderIndexIsThePermutationTheHostApplies() {
    // striped ring of 2 over 6 tokens: device 0 holds 0, 2, 4 and device 1 holds 1, 3, 5
    assertArrayEquals(new int[] {0, 2, 4, 1, 3, 5}, SequenceOrder.deviceOrderIndex(TokenLayout.STRIPED, 2, 6, true));
    assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, SequenceOrder.deviceOrderIndex(TokenLayout.STRIPED, 2, 6, false));
    assertArrayEquals(new int[] {0, 1, 2, 3}, SequenceOrder.deviceOrderIndex(TokenLayout.CONTIGUOUS, 2, 4, true));
  }
}
