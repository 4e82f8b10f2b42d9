package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PaddedFsdpTest}'s check without a ring: weights sharded padded over 4 data-parallel
 * replicas, for a model of 5 key/value heads and for {@link PaddedFsdpTest#MODEL}, which has one.
 * One key/value head without a ring once failed XLA's verifier ("Inconsistent while sharding") with
 * whole weights too: the transposes of its keys and values moved only dimensions of size 1, and
 * jaxlib rewrote them into reshapes that dropped their {@code {manual}} sharding (now emitted as
 * reshapes, {@code XlaBuilder#transpose}).
 */
class PaddedFsdpReplicasTest {
  static final ModelSpec MODEL = Presets.llama("padded-mha", 90, 30, 2, 5, 5, 90, 1e-6, 10000).build();

  @Test
  void paddedShardsOverTheReplicasGiveTheNumbersOfWholeWeights() throws Exception {
    int padded = PaddedFsdpTest.check("padded-fsdp-replicas", MODEL,
        List.of(new PaddedFsdpTest.Case("dp4", 1, 4, TokenLayout.CONTIGUOUS)));
    assertEquals(ModelWeights.of(MODEL).size(), padded, "4 replicas pad every weight");
  }

  @Test
  void oneKeyValueHeadOverTheReplicasCompilesAndGivesTheNumbersOfWholeWeights() throws Exception {
    int padded = PaddedFsdpTest.check("padded-fsdp-replicas-mqa", PaddedFsdpTest.MODEL,
        List.of(new PaddedFsdpTest.Case("dp4", 1, 4, TokenLayout.CONTIGUOUS)));
    assertEquals(ModelWeights.of(PaddedFsdpTest.MODEL).size(), padded, "4 replicas pad every weight");
  }
}
