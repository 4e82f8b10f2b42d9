package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class HostTensorTest {
  @Test
  void floatsRoundTripWithShape() {
    HostTensor t = HostTensor.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertEquals(DType.F32, t.dtype());
    assertEquals(ImmutableList.of(2L, 3L), t.shape());
    assertEquals(6, t.elementCount());
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, t.toFloats());
    assertEquals("HostTensor f32[2,3]", t.toString());
  }

  @Test
  void dataLengthMustMatchShape() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HostTensor.ofFloats(new float[5], 2, 3));
    assertEquals("f32[2,3] tensor data has 20 bytes, but 6 elements x 4 bytes = 24 bytes are needed", e.getMessage());
  }

  @Test
  void bf16RoundsToNearestEven() {
    // 1 + 2^-8 lies halfway between bf16 1.0 and 1 + 2^-7: ties go to the even mantissa (1.0).
    // 1 + 3 * 2^-8 lies halfway between 1 + 2^-7 and 1 + 2^-6: ties go to 1 + 2^-6.
    float[] in = {1f + 0x1p-8f, 1f + 3 * 0x1p-8f, 1f + 0x1p-8f + 0x1p-20f, -2.5f, Float.NaN, Float.POSITIVE_INFINITY};
    float[] out = HostTensor.bf16FromFloats(in, 6).toFloats();
    assertArrayEquals(
        new float[] {1f, 1f + 0x1p-6f, 1f + 0x1p-7f, -2.5f, Float.NaN, Float.POSITIVE_INFINITY}, out);
    assertEquals(12, HostTensor.bf16FromFloats(in, 6).bytes().length);
  }

  @Test
  void f16IntsBooleansAndZeros() {
    assertArrayEquals(new float[] {0.5f, -65504f}, HostTensor.f16FromFloats(new float[] {0.5f, -65504f}, 2).toFloats());
    assertArrayEquals(new int[] {-1, 7}, HostTensor.ofInts(new int[] {-1, 7}, 2).toInts());
    assertArrayEquals(new int[] {-1}, HostTensor.ofUnsignedInts(new int[] {-1}, 1).toInts());
    assertArrayEquals(new boolean[] {true, false}, HostTensor.ofBooleans(new boolean[] {true, false}, 2).toBooleans());
    HostTensor z = HostTensor.zeros(DType.BF16, 2, 2);
    assertArrayEquals(new float[4], z.toFloats());
    assertEquals(HostTensor.zeros(DType.F32), HostTensor.ofFloats(new float[] {0}));
  }

  @Test
  void equalityIsByTypeShapeAndBytes() {
    HostTensor a = HostTensor.ofInts(new int[] {1, 2, 3, 4}, 2, 2);
    assertEquals(a, HostTensor.ofInts(new int[] {1, 2, 3, 4}, 2, 2));
    assertEquals(a.hashCode(), HostTensor.ofInts(new int[] {1, 2, 3, 4}, 2, 2).hashCode());
    assertNotEquals(a, HostTensor.ofInts(new int[] {1, 2, 3, 4}, 4));
    assertNotEquals(a, HostTensor.ofUnsignedInts(new int[] {1, 2, 3, 4}, 2, 2));
  }

  @Test
  void bytesAreDefensiveCopies() {
    byte[] raw = {1, 0, 0, 0};
    HostTensor t = HostTensor.of(DType.S32, raw, 1);
    raw[0] = 9;
    t.bytes()[0] = 9;
    assertArrayEquals(new int[] {1}, t.toInts());
  }

  @Test
  void readersRefuseOtherTypes() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> HostTensor.ofInts(new int[] {1}, 1).toFloats());
    assertEquals("toFloats() needs a floating tensor, this one is HostTensor s32[1]", e.getMessage());
  }

  @Test
  void nonFiniteElementsAreCountedFromTheBitsOfEveryFloatType() {
    float[] v = {1f, Float.NaN, 2f, Float.NEGATIVE_INFINITY, 65504f};
    assertEquals(new HostTensor.NonFinite(2, 1), HostTensor.ofFloats(v, 5).nonFinite());
    assertEquals(new HostTensor.NonFinite(2, 1), HostTensor.bf16FromFloats(v, 5).nonFinite());
    assertEquals(new HostTensor.NonFinite(2, 1), HostTensor.f16FromFloats(v, 5).nonFinite());
    assertEquals(new HostTensor.NonFinite(1, 0), HostTensor.f16FromFloats(new float[] {1e6f}, 1).nonFinite(),
        "1e6 overflows f16 to infinity");
    assertEquals(new HostTensor.NonFinite(0, -1), HostTensor.ofInts(new int[] {-1, 0x7fc00000}, 2).nonFinite());
  }
}
