package dev.torus.cli.bench;

import dev.torus.artifact.DType;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.runtime.LoadedProgram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/**
 * Does the TensorFlow Java engine's path ({@link LoadedProgram#runResident}: a fed tensor into an
 * {@code XlaCallModule} node) copy its inputs at every call? Times two programs against the size of
 * one large f32 input of {@code N} elements: {@code read} returns {@code x[0] + y} (a non-donated
 * input it barely reads, as a decode step's weights are read once), {@code update} writes one element
 * of {@code x} with {@code dynamic_update_slice} and returns the new {@code x} (a donated KV cache;
 * the caller keeps the output and feeds it to the next call, as {@code TfEngine} does). A per-call
 * time that grows with {@code N} is a copy of {@code x}. Prints one line per (program, N): the median
 * ms per call of {@code REPS} calls after a warm-up, and ms per MB of {@code x}.
 * Usage: {@code FeedCopyBench REPS N...}.
 */
public final class FeedCopyBench {
  private FeedCopyBench() {}

  public static void main(String[] args) {
    int reps = Integer.parseInt(args[0]);
    for (int a = 1; a < args.length; a++) {
      long n = Long.parseLong(args[a]);
      for (String program : List.of("read", "update", "xwt", "wx", "sliced")) {
        double ms = time(program, n, reps);
        System.out.printf("%-6s N=%d (%.1f MB): %.3f ms/call, %.4f ms/MB%n", program, n, n * 4 / 1e6, ms,
            ms / (n * 4 / 1e6));
      }
    }
  }

  private static double time(String program, long n, int reps) {
    long q = n / 1024 / 12;
    String mlir = program.equals("sliced")
        ? """
          module @sliced {
            func.func public @main(%w: tensor<12xQx1024xf32>, %y: tensor<1x1024xf32>) -> tensor<Qx1xf32> {
              %z = stablehlo.constant dense<0.0> : tensor<Qx1xf32>
              %i0 = stablehlo.constant dense<0> : tensor<i32>
              %r:2 = stablehlo.while(%i = %i0, %acc = %z) : tensor<i32>, tensor<Qx1xf32>
              cond {
                %n = stablehlo.constant dense<12> : tensor<i32>
                %c = stablehlo.compare LT, %i, %n : (tensor<i32>, tensor<i32>) -> tensor<i1>
                stablehlo.return %c : tensor<i1>
              } do {
                %o = stablehlo.constant dense<0> : tensor<i32>
                %s = stablehlo.dynamic_slice %w, %i, %o, %o, sizes = [1, Q, 1024] : (tensor<12xQx1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1xQx1024xf32>
                %m = stablehlo.reshape %s : (tensor<1xQx1024xf32>) -> tensor<Qx1024xf32>
                %d = stablehlo.dot_general %m, %y, contracting_dims = [1] x [1] : (tensor<Qx1024xf32>, tensor<1x1024xf32>) -> tensor<Qx1xf32>
                %a = stablehlo.add %acc, %d : tensor<Qx1xf32>
                %one = stablehlo.constant dense<1> : tensor<i32>
                %j = stablehlo.add %i, %one : tensor<i32>
                stablehlo.return %j, %a : tensor<i32>, tensor<Qx1xf32>
              }
              return %r#1 : tensor<Qx1xf32>
            }
          }
          """.replace("Q", Long.toString(q))
        : program.equals("xwt")
        ? """
          module @xwt {
            func.func public @main(%x: tensor<Rx1024xf32>, %y: tensor<1x1024xf32>) -> tensor<1xRxf32> {
              %0 = stablehlo.dot_general %y, %x, contracting_dims = [1] x [1] : (tensor<1x1024xf32>, tensor<Rx1024xf32>) -> tensor<1xRxf32>
              return %0 : tensor<1xRxf32>
            }
          }
          """.replace("R", Long.toString(n / 1024))
        : program.equals("wx")
        ? """
          module @wx {
            func.func public @main(%x: tensor<Rx1024xf32>, %y: tensor<1x1024xf32>) -> tensor<1xRxf32> {
              %0 = stablehlo.dot_general %x, %y, contracting_dims = [1] x [1] : (tensor<Rx1024xf32>, tensor<1x1024xf32>) -> tensor<Rx1xf32>
              %1 = stablehlo.transpose %0, dims = [1, 0] : (tensor<Rx1xf32>) -> tensor<1xRxf32>
              return %1 : tensor<1xRxf32>
            }
          }
          """.replace("R", Long.toString(n / 1024))
        : program.equals("read")
        ? """
          module @read {
            func.func public @main(%x: tensor<Nxf32>, %y: tensor<1xf32>) -> tensor<1xf32> {
              %0 = stablehlo.slice %x [0:1] : (tensor<Nxf32>) -> tensor<1xf32>
              %1 = stablehlo.add %0, %y : tensor<1xf32>
              return %1 : tensor<1xf32>
            }
          }
          """.replace("N", Long.toString(n))
        : """
          module @update {
            func.func public @main(%x: tensor<Nxf32> {tf.aliasing_output = 0 : i32}, %y: tensor<1xf32>) -> tensor<Nxf32> {
              %i = stablehlo.constant dense<3> : tensor<i32>
              %0 = stablehlo.dynamic_update_slice %x, %y, %i : (tensor<Nxf32>, tensor<1xf32>, tensor<i32>) -> tensor<Nxf32>
              return %0 : tensor<Nxf32>
            }
          }
          """.replace("N", Long.toString(n));
    boolean vecmat = program.startsWith("x") || program.startsWith("w");
    boolean sliced = program.equals("sliced");
    TensorSpec x = TensorSpec.replicated("x", Role.STATE, DType.F32,
        sliced ? List.of(12L, q, 1024L) : vecmat ? List.of(n / 1024, 1024L) : List.of(n));
    TensorSpec y = TensorSpec.replicated("y", Role.ACTIVATION, DType.F32, vecmat || sliced ? List.of(1L, 1024L) : List.of(1L));
    TensorSpec out = sliced ? TensorSpec.replicated("out", Role.ACTIVATION, DType.F32, List.of(q, 1L)) : vecmat ? TensorSpec.replicated("out", Role.ACTIVATION, DType.F32, List.of(1L, n / 1024))
        : program.equals("read") ? TensorSpec.replicated("out", Role.ACTIVATION, DType.F32, List.of(1L))
        : TensorSpec.replicated("x_out", Role.STATE, DType.F32, List.of(n));
    try (LoadedProgram p = LoadedProgram.fromStableHlo(program, mlir, List.of(x, y), List.of(out));
        TFloat32 yv = TFloat32.tensorOf(vecmat || sliced ? Shape.of(1, 1024) : Shape.of(1))) {
      Tensor xv = TFloat32.tensorOf(sliced ? Shape.of(12, q, 1024) : vecmat ? Shape.of(n / 1024, 1024) : Shape.of(n));
      double[] ms = new double[reps];
      for (int r = -1; r < reps; r++) {
        long t0 = System.nanoTime();
        LoadedProgram.Outputs o = p.runResident(List.of(xv, yv), Set.of("x_out"));
        long t1 = System.nanoTime();
        if (o.kept().containsKey("x_out")) {
          xv.close();
          xv = o.kept().get("x_out");
        }
        if (r >= 0) {
          ms[r] = (t1 - t0) / 1e6;
        }
      }
      xv.close();
      Arrays.sort(ms);
      return ms[reps / 2];
    }
  }
}
