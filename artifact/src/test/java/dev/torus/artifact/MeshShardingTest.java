package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeshShardingTest {
  private static final Mesh MESH = Mesh.rowMajor(new Mesh.Axis("dp", 2), new Mesh.Axis("ring", 3));

  @Test
  void eachPartitionGetsItsBatchAndSequenceSlice() {
    int[] ids = new int[4 * 6];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    HostTensor tokens = HostTensor.ofInts(ids, 4, 6);   // batch 4, sequence 6
    TensorSpec spec = TensorSpec.sharded("tokens", Role.TOKENS, DType.S32, List.of(4L, 6L), List.of(2L, 2L),
        List.of(new TensorSpec.Sharding(0, "dp"), new TensorSpec.Sharding(1, "ring")));
    List<HostTensor> pieces = MeshSharding.split(tokens, spec, MESH);
    assertEquals(6, pieces.size());
    // partition 4 = (dp 1, ring 1): rows 2..3, columns 2..3
    assertArrayEquals(new int[] {14, 15, 20, 21}, pieces.get(4).toInts());
    assertArrayEquals(new int[] {0, 1, 6, 7}, pieces.get(0).toInts());
    assertEquals(tokens, MeshSharding.gather(pieces, spec, MESH));
    assertEquals(pieces, MeshSharding.unstack(MeshSharding.stack(pieces)));
  }

  @Test
  void stripedOrderRoundTrips() {
    HostTensor t = HostTensor.ofInts(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 1, 8);
    HostTensor device = SequenceOrder.toDeviceOrder(t, TokenLayout.STRIPED, 4);
    assertArrayEquals(new int[] {0, 4, 1, 5, 2, 6, 3, 7}, device.toInts());
    assertEquals(t, SequenceOrder.toSequenceOrder(device, TokenLayout.STRIPED, 4));
  }

  @Test
  void devicesGetTokensInTheManifestsLayoutAndWeightsAsTheyAre() {
    TensorSpec tokens = TensorSpec.sharded("tokens", Role.TOKENS, DType.S32, List.of(1L, 8L), List.of(1L, 2L), 1, "ring");
    TensorSpec w = TensorSpec.sharded("w", Role.WEIGHT, DType.S32, List.of(8L), List.of(2L), 0, "ring");
    Manifest striped = Manifest.builder().torusVersion("t").name("striped")
        .mesh(Mesh.rowMajor(new Mesh.Axis("ring", 4))).tokenLayout(TokenLayout.STRIPED)
        .entryPoint(EntryPoint.of(EntryPoint.MAIN, List.of(tokens, w), List.of())).build();
    int[] ids = {0, 1, 2, 3, 4, 5, 6, 7};
    List<HostTensor> pieces = MeshSharding.toDevices(striped, tokens, HostTensor.ofInts(ids, 1, 8));
    assertArrayEquals(new int[] {1, 5}, pieces.get(1).toInts(), "ring device 1 holds tokens 1 and 5");
    assertEquals(HostTensor.ofInts(ids, 1, 8), MeshSharding.fromDevices(striped, tokens, pieces));
    assertArrayEquals(new int[] {2, 3}, MeshSharding.toDevices(striped, w, HostTensor.ofInts(ids, 8)).get(1).toInts(),
        "an FSDP weight over the ring is split, never put in the token layout");
  }

  @Test
  void aPaddedWeightOverBothAxesSplitsWithZerosPastItsTrueSizeAndGathersBackWithoutThem() {
    // [5, 2] over dp x ring (6 pieces): padded to 6 rows, one per partition; partition 5 holds only pad.
    TensorSpec w = TensorSpec.sharded("w", Role.WEIGHT, DType.S32, List.of(5L, 2L), List.of(1L, 2L),
        List.of(new TensorSpec.Sharding(0, "dp", com.google.common.collect.ImmutableList.of("ring"), 1)));
    Manifest m = Manifest.builder().torusVersion("t").name("padded").mesh(MESH).tokenLayout(TokenLayout.CONTIGUOUS)
        .entryPoint(EntryPoint.of(EntryPoint.MAIN, List.of(w), List.of())).build();
    assertEquals(List.of(6L, 2L), w.paddedShape());
    assertEquals(List.of("dp", "ring"), w.sharding().get(0).axes());
    assertEquals(4, w.sharding().get(0).piece(MESH, 4), "partition 4 = (dp 1, ring 1) holds piece 1 x 3 + 1");
    HostTensor global = HostTensor.ofInts(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 5, 2);
    List<HostTensor> pieces = MeshSharding.toDevices(m, w, global);
    assertArrayEquals(new int[] {8, 9}, pieces.get(4).toInts());
    assertArrayEquals(new int[] {0, 0}, pieces.get(5).toInts(), "the last piece is all pad");
    assertEquals(global, MeshSharding.fromDevices(m, w, pieces));
    assertEquals(List.of(0L, 2L), MeshSharding.trueShape(w, MESH, 5));
    HostTensor truePart = MeshSharding.withoutPad(pieces.get(5), w, MESH, 5);
    assertEquals(List.of(0L, 2L), truePart.shape());
    assertEquals(pieces.get(5), MeshSharding.withPad(truePart, w, MESH, 5));
    assertEquals(pieces.get(4), MeshSharding.withoutPad(pieces.get(4), w, MESH, 4), "a piece without pad is itself");
  }

  @Test
  void aManifestChecksThePaddedSizeAndWritesThePadOnlyWhenThereIsOne() throws Exception {
    TensorSpec wrong = TensorSpec.sharded("w", Role.WEIGHT, DType.F32, List.of(5L), List.of(1L),
        List.of(new TensorSpec.Sharding(0, "dp", com.google.common.collect.ImmutableList.of("ring"), 2)));
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> Manifest.builder()
        .torusVersion("t").name("bad").mesh(MESH).entryPoint(EntryPoint.of(EntryPoint.MAIN, List.of(wrong),
            List.of())).build());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("globalShape[0] = 5 plus pad 2 must equal"
        + " perDeviceShape[0] = 1 x mesh axes [dp, ring] size 6"), e.getMessage());
    String plain = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new TensorSpec.Sharding(0, "dp"));
    assertEquals("{\"dim\":0,\"axis\":\"dp\"}", plain, "an unpadded one-axis sharding reads as before");
  }
}
