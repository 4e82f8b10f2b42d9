package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Mesh;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
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
}
