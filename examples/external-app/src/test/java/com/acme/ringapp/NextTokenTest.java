package com.acme.ringapp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.ringapp.generated.TinyRingForward;
import dev.torus.artifact.HostTensor;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.RandomTensors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binding generated at build time gives the logits Torus's own runner gives for the same ring program. */
class NextTokenTest {
  @TempDir Path dir;

  @Test
  void theGeneratedBindingPredictsWhatTheRunnerComputes() throws Exception {
    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(Presets.tiny(), checkpoint, 3);
    HostTensor tokens = RandomTensors.randomTokens(9, TinyRingForward.VOCAB, 1, TinyRingForward.SEQUENCE);
    HostTensor want = ModelRunner.run(Presets.tiny(), checkpoint, tokens,
        new ModelRunner.Options(BlockSizes.uniform(8), 2, TokenLayout.STRIPED), dir.resolve("run")).logits();
    float[] logits = want.toFloats();
    int[] expected = new int[TinyRingForward.SEQUENCE];
    for (int s = 0; s < expected.length; s++) {
      for (int v = 1; v < TinyRingForward.VOCAB; v++) {
        if (logits[s * TinyRingForward.VOCAB + v] > logits[s * TinyRingForward.VOCAB + expected[s]]) {
          expected[s] = v;
        }
      }
    }
    try (NextToken next = new NextToken(checkpoint);
        TinyRingForward model = TinyRingForward.fromClasspath(checkpoint)) {
      assertArrayEquals(expected, next.predict(tokens.toInts()));
      float[][][] got = model.forward(new int[][] {tokens.toInts()});
      for (int s = 0; s < TinyRingForward.SEQUENCE; s++) {
        for (int v = 0; v < TinyRingForward.VOCAB; v++) {
          assertEquals(logits[s * TinyRingForward.VOCAB + v], got[0][s][v], "logit [" + s + ", " + v + "]");
        }
      }
      var e = assertThrows(IllegalArgumentException.class, () -> next.predict(new int[] {1, 2}));
      assertTrue(e.getMessage().contains("row 0 has 2 tokens, expected 32"), e.getMessage());
    }
  }
}
