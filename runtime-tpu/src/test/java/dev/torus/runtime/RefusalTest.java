package dev.torus.runtime;

import dev.torus.artifact.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.InvalidArtifactException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the runtime refuses, with the message it gives; the JVM survives all of it. */
class RefusalTest {
  @TempDir static Path tmp;
  static TorusRuntime runtime;
  static LoadedProgram addDot;

  static final HostTensor X = HostTensor.zeros(DType.F32, 4, 8);
  static final HostTensor W = HostTensor.zeros(DType.F32, 8, 3);

  @BeforeAll
  static void load() throws IOException {
    runtime = TorusRuntime.cpu();
    addDot = runtime.load(StableHloPrograms.addDotArtifact(tmp.resolve("mlp"), "mlp", StableHloPrograms.ADD_DOT));
  }

  @AfterAll
  static void close() {
    runtime.close();
  }

  @Test
  void wrongShape() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> addDot.run(List.of(X, HostTensor.zeros(DType.F32, 4, 9), W)));
    assertEquals("input 'y' of artifact mlp: expected f32[4,8], got f32[4,9]", e.getMessage());
  }

  @Test
  void wrongDtype() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> addDot.run(List.of(HostTensor.zeros(DType.BF16, 4, 8), X, W)));
    assertEquals("input 'x' of artifact mlp: expected f32[4,8], got bf16[4,8]", e.getMessage());
  }

  @Test
  void wrongInputCount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> addDot.run(List.of(X, X)));
    assertEquals("artifact mlp takes 3 inputs [x, y, w], got 2", e.getMessage());
  }

  @Test
  void wrongInputNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> addDot.run(Map.of("x", X, "y", X, "bias", W)));
    assertEquals("artifact mlp takes inputs [x, y, w]; missing [w], unknown [bias]", e.getMessage());
  }

  @Test
  void tamperedArtifact() throws IOException {
    Path dir = tmp.resolve("tampered");
    StableHloPrograms.addDotArtifact(dir, "tampered", StableHloPrograms.ADD_DOT);
    Path program = dir.resolve("program.stablehlo.mlir");
    Files.writeString(program, Files.readString(program).replace("stablehlo.add", "stablehlo.subtract"));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> runtime.load(dir));
    assertTrue(e.getMessage().startsWith("artifact " + dir + ": sha256 mismatch: manifest says "), e.getMessage());
  }

  @Test
  void otherFormatVersion() throws IOException {
    Path dir = tmp.resolve("future");
    StableHloPrograms.addDotArtifact(dir, "future", StableHloPrograms.ADD_DOT);
    Path manifest = dir.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 2", "\"formatVersion\" : 7"));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> runtime.load(dir));
    assertEquals("artifact " + dir + " has formatVersion 7, this Torus reads 2; recompile it with this Torus",
        e.getMessage());
  }

  @Test
  void collectivePermuteNeverReachesXla() throws IOException {
    String mlir = StableHloPrograms.SWAP_SPMD.replace("mhlo.num_partitions = 2", "mhlo.num_partitions = 1");
    List<dev.torus.artifact.TensorSpec> x = List.of(LoadedProgramTest.spec("x", DType.F32, 2, 8));
    UnsupportedProgramException e = assertThrows(UnsupportedProgramException.class,
        () -> LoadedProgram.fromStableHlo("swap", mlir, x, x));
    assertEquals("program swap: StableHLO module contains stablehlo.collective_permute (line 3); the single-device"
        + " CPU runtime cannot run collectives: a single-device XlaCallModule has no device assignment, and XLA"
        + " would crash the JVM (SIGSEGV in DeviceAssignment::LogicalIdForDevice). Compile with --emulate or run"
        + " it with the XLA harness", e.getMessage());
    Path dir = tmp.resolve("sneaky");
    StableHloPrograms.addDotArtifact(dir, "sneaky", StableHloPrograms.ADD_DOT.replace(
        "return %0, %1", "%2 = \"stablehlo.all_reduce\"(%0) : (tensor<4x8xf32>) -> tensor<4x8xf32>\n return %0, %1"));
    UnsupportedProgramException fromArtifact =
        assertThrows(UnsupportedProgramException.class, () -> runtime.load(dir));
    assertTrue(fromArtifact.getMessage().startsWith(
        "artifact sneaky: program.stablehlo.mlir contains stablehlo.all_reduce (line 5);"), fromArtifact.getMessage());
    assertEquals(2, addDot.run(List.of(X, X, W)).size(), "the JVM and the runtime are still fine");
  }

  @Test
  void morePartitionsThanOne() {
    String mlir = StableHloPrograms.ADD_DOT.replace(
        "module @add_dot {", "module @add_dot attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {");
    UnsupportedProgramException e = assertThrows(UnsupportedProgramException.class,
        () -> LoadedProgram.fromStableHlo(
            "p4", mlir, StableHloPrograms.addDotInputs(), StableHloPrograms.addDotOutputs()));
    assertTrue(e.getMessage().startsWith("program p4: StableHLO module declares mhlo.num_partitions = 4 (line 1);"),
        e.getMessage());
  }

  @Test
  void multiDeviceArtifactWithoutEmulation() throws IOException {
    StableHloPrograms.swapArtifact(tmp.resolve("swap"), false);
    UnsupportedProgramException e =
        assertThrows(UnsupportedProgramException.class, () -> runtime.load(tmp.resolve("swap")));
    assertEquals("artifact swap is a 2-device SPMD program (mesh [ring=2]) without its single-device emulation; an"
        + " XlaCallModule node cannot run collectives. Compile with --emulate, or run it on 2 devices with torus"
        + " pod-run", e.getMessage());
  }

  @Test
  void signatureThatDisagreesWithTheModuleFailsWithAnException() {
    List<dev.torus.artifact.TensorSpec> outputs =
        List.of(StableHloPrograms.f32("sum", Role.ACTIVATION, 4, 8), StableHloPrograms.f32("proj", Role.LOGITS, 4, 4));
    try (LoadedProgram wrong = runtime.loadStableHlo(
        "wrong", StableHloPrograms.ADD_DOT, StableHloPrograms.addDotInputs(), outputs)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrong.run(List.of(X, X, W)));
      assertEquals("output 'proj' of program wrong: XLA returned DT_FLOAT [4, 3], the program declares f32[4,4]",
          e.getMessage());
    }
    List<dev.torus.artifact.TensorSpec> inputs = List.of(StableHloPrograms.f32("x", Role.ACTIVATION, 4, 9),
        StableHloPrograms.f32("y", Role.ACTIVATION, 4, 8), StableHloPrograms.f32("w", Role.WEIGHT, 8, 3));
    try (LoadedProgram wrong = runtime.loadStableHlo(
        "wrong_in", StableHloPrograms.ADD_DOT, inputs, StableHloPrograms.addDotOutputs())) {
      RuntimeException e = assertThrows(RuntimeException.class,
          () -> wrong.run(List.of(HostTensor.zeros(DType.F32, 4, 9), X, W)));
      assertTrue(e.getMessage().startsWith("Call parameter must match argument; got parameter 0 shape: f32[4,8],"
          + " argument shape: f32[4,9]"), e.getMessage());
    }
  }
}
