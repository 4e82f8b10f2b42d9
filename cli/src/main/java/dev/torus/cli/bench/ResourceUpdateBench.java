package dev.torus.cli.bench;

import java.util.Arrays;
import org.tensorflow.ConcreteFunction;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Scope;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;

/**
 * Can TensorFlow Java 1.1.0 update a large value in place through {@code XlaCallModule}? The value
 * {@code x f32[N]} is a TensorFlow resource variable; a function reads it, runs a StableHLO module
 * that writes one element ({@code dynamic_update_slice}) and assigns the result back; a node calls
 * it with {@code _XlaMustCompile}, so XLA compiles the whole function as one computation whose
 * variable update aliases its parameter (what {@code dev.torus.runtime.ResidentSession} does). A
 * per-call time that does not grow with {@code N} is an in-place update. Prints the median ms per
 * call of {@code REPS} calls per {@code N}, and checks the written element.
 * Usage: {@code ResourceUpdateBench REPS N...}.
 */
public final class ResourceUpdateBench {
  private ResourceUpdateBench() {}

  public static void main(String[] args) {
    int reps = Integer.parseInt(args[0]);
    for (int a = 1; a < args.length; a++) {
      long n = Long.parseLong(args[a]);
      double ms = time(n, reps);
      System.out.printf("resource N=%d (%.1f MB): %.3f ms/call, %.4f ms/MB%n", n, n * 4 / 1e6, ms, ms / (n * 4 / 1e6));
    }
  }

  private static double time(long n, int reps) {
    String module = """
        module @update {
          func.func public @main(%x: tensor<Nxf32>, %y: tensor<1xf32>) -> tensor<Nxf32> {
            %i = stablehlo.constant dense<3> : tensor<i32>
            %0 = stablehlo.dynamic_update_slice %x, %y, %i : (tensor<Nxf32>, tensor<1xf32>, tensor<i32>) -> tensor<Nxf32>
            return %0 : tensor<Nxf32>
          }
        }
        """.replace("N", Long.toString(n));
    try (Graph fg = new Graph(); Graph g = new Graph()) {
      Scope fs = fg.baseScope();
      Output<?> y = fg.opBuilder("Placeholder", "y", fs).setAttr("dtype", DataType.DT_FLOAT)
          .setAttr("shape", Shape.of(1)).build().output(0);
      Output<?> h = fg.opBuilder("Placeholder", "h", fs).setAttr("dtype", DataType.DT_RESOURCE)
          .setAttr("shape", Shape.scalar()).build().output(0);
      Output<?> x = fg.opBuilder("ReadVariableOp", "read", fs).addInput(h).setAttr("dtype", DataType.DT_FLOAT)
          .build().output(0);
      GraphOperation call = fg.opBuilder("XlaCallModule", "call", fs).addInputList(new Output<?>[] {x, y})
          .setAttr("version", 9L).setAttr("module", module)
          .setAttr("Tin", new DataType[] {DataType.DT_FLOAT, DataType.DT_FLOAT})
          .setAttr("Tout", new DataType[] {DataType.DT_FLOAT}).setAttr("Sout", new Shape[] {Shape.of(n)})
          .setAttr("dim_args_spec", new String[0]).setAttr("platforms", new String[] {"CPU"}).build();
      GraphOperation assign = fg.opBuilder("AssignVariableOp", "assign", fs).addInput(h).addInput(call.output(0))
          .setAttr("dtype", DataType.DT_FLOAT).build();
      // A function keeps only what its results depend on: the result waits for the assignment.
      Output<?> done = fg.opBuilder("Identity", "done", fs).addInput(y).addControlInput(assign).build().output(0);
      ConcreteFunction step = ConcreteFunction.create(
          Signature.builder().input("y", op(y)).input("h", op(h)).output("done", op(done)).build(), fg);

      Scope s = g.baseScope();
      Output<?> handle = g.opBuilder("VarHandleOp", "x", s).setAttr("dtype", DataType.DT_FLOAT)
          .setAttr("shape", Shape.of(n)).setAttr("shared_name", "x").build().output(0);
      Output<?> init = g.opBuilder("Placeholder", "x_init", s).setAttr("dtype", DataType.DT_FLOAT)
          .setAttr("shape", Shape.of(n)).build().output(0);
      GraphOperation initOp = g.opBuilder("AssignVariableOp", "x_assign", s).addInput(handle).addInput(init)
          .setAttr("dtype", DataType.DT_FLOAT).build();
      Output<?> yIn = g.opBuilder("Placeholder", "y_in", s).setAttr("dtype", DataType.DT_FLOAT)
          .setAttr("shape", Shape.of(1)).build().output(0);
      g.attachFunction(step);
      GraphOperation launch = g.opBuilder(step.getDefinedName(), "launch", s).addInput(yIn).addInput(handle)
          .setAttr("_XlaMustCompile", true).build();
      Output<?> readBack = g.opBuilder("ReadVariableOp", "read_back", s).addInput(handle)
          .setAttr("dtype", DataType.DT_FLOAT).build().output(0);
      try (Session session = new Session(g); TFloat32 x0 = TFloat32.tensorOf(Shape.of(n));
          TFloat32 yv = TFloat32.scalarOf(0f)) {
        session.runner().feed(init, x0).addTarget(initOp).run();
        double[] ms = new double[reps];
        for (int r = -1; r < reps; r++) {
          float value = r + 2f;
          try (TFloat32 yr = TFloat32.tensorOf(Shape.of(1), d -> d.setFloat(value, 0))) {
            long t0 = System.nanoTime();
            try (Result out = session.runner().feed(yIn, yr).fetch(launch.output(0)).run()) {
              long t1 = System.nanoTime();
              if (r >= 0) {
                ms[r] = (t1 - t0) / 1e6;
              }
            }
          }
        }
        try (Result back = session.runner().fetch(readBack).run()) {
          TFloat32 v = (TFloat32) back.get(0);
          System.out.printf("x[3] = %s (expected %s), x[2] = %s%n", v.getFloat(3), reps + 1f, v.getFloat(2));
        }
        Arrays.sort(ms);
        return ms[reps / 2];
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static org.tensorflow.Operand op(Output<?> o) {
    return (org.tensorflow.Operand) o;
  }
}
