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
}
