package com.acme.ringapp;

import dev.torus.golden.GoldenHlo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The user's golden-file test of the HLO Torus emits for their model (-Dgolden.update=true to refresh). */
class RingModelGoldenTest {
  @Test
  void theRingProgramMatchesItsGoldenFiles() {
    GoldenHlo.assertMatches(RingModel.forwardOnRing(), Path.of("golden"));
  }
}
