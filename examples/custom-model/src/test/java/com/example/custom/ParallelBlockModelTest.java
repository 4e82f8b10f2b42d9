package com.example.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.golden.GoldenHlo;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's checks: the emitted program equals its golden files (refresh on purpose with
 * {@code -Dgolden.update=true}), and the artifact is a ring program with its emulation.
 */
class ParallelBlockModelTest {
  @TempDir Path tmp;

  @Test
  void theRingProgramMatchesItsGoldenFiles() {
    GoldenHlo.assertMatches(ParallelBlockModel.compile().module(), Path.of("golden"));
  }

  @Test
  void theArtifactIsARingProgramWithItsEmulation() throws IOException {
    Artifact artifact = ParallelBlockModel.compile().write(tmp.resolve("parallel"));
    String hlo = HloTextPrinter.print(ParallelBlockModel.compile().module());
    assertTrue(hlo.contains("num_partitions=2"), "an SPMD program for 2 devices");
    assertTrue(hlo.contains("collective-permute("), "key/value blocks travel around the ring");
    assertTrue(artifact.hasEmulatedProgram(), "a ring of 2 gets its single-device emulation");
    EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
    assertEquals(64L, main.input("tokens").perDeviceShape().get(1), "each device holds 64 of the 128 tokens");
    assertTrue(main.memory().peakBytes(main.donatedBytes()) > main.memory().argumentBytes(), "memory figures recorded");
  }
}
