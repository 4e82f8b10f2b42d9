package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.lower.ModelWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PaddedFsdpTest}'s check on 4 devices, where every weight of its model pads: a ring of 4 with
 * the weights sharded over the ring, and a ring of 2 times 2 data-parallel replicas with the weights
 * sharded over both mesh axes (FSDP 4: one all-gather over all 4 devices, shard p on partition p),
 * also run as its single-device emulation through TF Java.
 */
class PaddedFsdpMeshTest {
  @Test
  void paddedShardsOverTheRingAndOverBothMeshAxesGiveTheNumbersOfWholeWeights() throws Exception {
    int padded = PaddedFsdpTest.check("padded-fsdp-mesh", List.of(
        new PaddedFsdpTest.Case("ring4", 4, 1, TokenLayout.STRIPED),
        new PaddedFsdpTest.Case("ring2xdp2", 2, 2, TokenLayout.STRIPED, true)));
    assertEquals(2 * ModelWeights.of(PaddedFsdpTest.MODEL).size(), padded, "4 devices pad every weight");
  }
}
