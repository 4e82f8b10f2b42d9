package dev.torus.runtime;

import dev.torus.artifact.Role;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Mesh;
import dev.torus.artifact.TensorSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Hand-written StableHLO modules and artifacts around them, shared by the runtime tests. */
final class StableHloPrograms {
  private StableHloPrograms() {}

  /** {@code sum = x + y; proj = sum . w} with x, y: f32[4,8], w: f32[8,3]. */
  static final String ADD_DOT =
      """
      module @add_dot {
        func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>, %arg2: tensor<8x3xf32>) -> (tensor<4x8xf32>, tensor<4x3xf32>) {
          %0 = stablehlo.add %arg0, %arg1 : tensor<4x8xf32>
          %1 = stablehlo.dot_general %0, %arg2, contracting_dims = [1] x [0] : (tensor<4x8xf32>, tensor<8x3xf32>) -> tensor<4x3xf32>
          return %0, %1 : tensor<4x8xf32>, tensor<4x3xf32>
        }
      }
      """;

  /** One op per element type: s32 a+a, u32 b+b, pred not c, f16 d*d, bf16 e*e. */
  static final String TYPES =
      """
      module @types {
        func.func public @main(%a: tensor<3xi32>, %b: tensor<3xui32>, %c: tensor<3xi1>, %d: tensor<3xf16>, %e: tensor<2x2xbf16>) -> (tensor<3xi32>, tensor<3xui32>, tensor<3xi1>, tensor<3xf16>, tensor<2x2xbf16>) {
          %0 = stablehlo.add %a, %a : tensor<3xi32>
          %1 = stablehlo.add %b, %b : tensor<3xui32>
          %2 = stablehlo.not %c : tensor<3xi1>
          %3 = stablehlo.multiply %d, %d : tensor<3xf16>
          %4 = stablehlo.multiply %e, %e : tensor<2x2xbf16>
          return %0, %1, %2, %3, %4 : tensor<3xi32>, tensor<3xui32>, tensor<3xi1>, tensor<3xf16>, tensor<2x2xbf16>
        }
      }
      """;

  /** bf16 in, f32 in, bf16 out: {@code bf16(f32(x) + y)}. */
  static final String BF16_MIXED =
      """
      module @bf16_mixed {
        func.func public @main(%x: tensor<2x4xbf16>, %y: tensor<2x4xf32>) -> tensor<2x4xbf16> {
          %0 = stablehlo.convert %x : (tensor<2x4xbf16>) -> tensor<2x4xf32>
          %1 = stablehlo.add %0, %y : tensor<2x4xf32>
          %2 = stablehlo.convert %1 : (tensor<2x4xf32>) -> tensor<2x4xbf16>
          return %2 : tensor<2x4xbf16>
        }
      }
      """;

  /** Per-device program of a 2-device swap: each device sends its f32[2,8] block to the other. */
  static final String SWAP_SPMD =
      """
      module @swap attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
        func.func public @main(%arg0: tensor<2x8xf32>) -> tensor<2x8xf32> {
          %0 = "stablehlo.collective_permute"(%arg0) <{channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 0]]> : tensor<2x2xi64>}> : (tensor<2x8xf32>) -> tensor<2x8xf32>
          return %0 : tensor<2x8xf32>
        }
      }
      """;

  /** The single-device emulation of {@link #SWAP_SPMD}: both devices' pieces stacked, f32[2, 2, 8]. */
  static final String SWAP_EMULATED =
      """
      module @swap_emulated {
        func.func public @main(%arg0: tensor<2x2x8xf32>) -> tensor<2x2x8xf32> {
          %0 = stablehlo.slice %arg0 [0:1, 0:2, 0:8] : (tensor<2x2x8xf32>) -> tensor<1x2x8xf32>
          %1 = stablehlo.slice %arg0 [1:2, 0:2, 0:8] : (tensor<2x2x8xf32>) -> tensor<1x2x8xf32>
          %2 = stablehlo.concatenate %1, %0, dim = 0 : (tensor<1x2x8xf32>, tensor<1x2x8xf32>) -> tensor<2x2x8xf32>
          return %2 : tensor<2x2x8xf32>
        }
      }
      """;

  static TensorSpec f32(String name, Role role, long... shape) {
    return TensorSpec.replicated(name, role, DType.F32, com.google.common.primitives.Longs.asList(shape));
  }

  static List<TensorSpec> addDotInputs() {
    return List.of(f32("x", Role.ACTIVATION, 4, 8), f32("y", Role.ACTIVATION, 4, 8), f32("w", Role.WEIGHT, 8, 3));
  }

  static List<TensorSpec> addDotOutputs() {
    return List.of(f32("sum", Role.ACTIVATION, 4, 8), f32("proj", Role.LOGITS, 4, 3));
  }

  /** A one-device artifact named {@code name} running {@code mlir} with the add_dot signature. */
  static Artifact addDotArtifact(Path dir, String name, String mlir) throws IOException {
    Manifest manifest = Manifest.builder().torusVersion("test").name(name)
        .entryPoint(EntryPoint.of(EntryPoint.MAIN, addDotInputs(), addDotOutputs())).build();
    return Artifact.write(dir, manifest, Map.of(Artifact.STABLEHLO, mlir));
  }

  /** The 2-device swap artifact, with or without its emulated program. */
  static Artifact swapArtifact(Path dir, boolean withEmulated) throws IOException {
    TensorSpec x = TensorSpec.sharded("x", Role.ACTIVATION, DType.F32, List.of(4L, 8L), List.of(2L, 8L), 0, "ring");
    TensorSpec y = TensorSpec.sharded("y", Role.ACTIVATION, DType.F32, List.of(4L, 8L), List.of(2L, 8L), 0, "ring");
    Manifest manifest = Manifest.builder().torusVersion("test").name("swap")
        .mesh(Mesh.rowMajor(new Mesh.Axis("ring", 2)))
        .tokenLayout(dev.torus.artifact.TokenLayout.CONTIGUOUS)
        .entryPoint(EntryPoint.of(EntryPoint.MAIN, List.of(x), List.of(y))).build();
    return Artifact.write(dir, manifest, withEmulated
        ? Map.of(Artifact.STABLEHLO, SWAP_SPMD, Artifact.EMULATED_STABLEHLO, SWAP_EMULATED)
        : Map.of(Artifact.STABLEHLO, SWAP_SPMD));
  }
}
