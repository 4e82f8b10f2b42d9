package dev.torus.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrintersTest {

  /** x * scale + bias with a 12-element constant (XLA's own printer would elide it as {...}). */
  private static HloModule affine() {
    HloModuleBuilder m = new HloModuleBuilder("affine", 1);
    Computation max = XlaBuilder.scalarReducer(m, "max", Opcode.MAXIMUM, DType.F32);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 3, 4), "x");
    double[] values = IntStream.range(0, 12).mapToDouble(i -> i * 0.5 - 1).toArray();
    Instruction scale = b.named("scale", b.constant(Literal.of(Shape.array(DType.F32, 3, 4), values)));
    Instruction y = b.multiply(x, scale);
    Instruction peak = b.reduce(y, b.constant(DType.F32, Double.NEGATIVE_INFINITY), max, 0, 1);
    Instruction eps = b.constant(DType.F32, 1e-6);
    return m.build(b.build(b.tuple(y, b.add(peak, eps))));
  }

  @Test
  void hloTextIsExactAndDeterministic() {
    String expected = """
        HloModule affine, entry_computation_layout={(f32[3,4]{1,0})->(f32[3,4]{1,0}, f32[])}

        max {
          lhs = f32[] parameter(0)
          rhs = f32[] parameter(1)
          ROOT maximum = f32[] maximum(lhs, rhs)
        }

        ENTRY main {
          x = f32[3,4]{1,0} parameter(0)
          scale = f32[3,4]{1,0} constant({{-1, -0.5, 0, 0.5}, {1, 1.5, 2, 2.5}, {3, 3.5, 4, 4.5}})
          multiply = f32[3,4]{1,0} multiply(x, scale)
          constant = f32[] constant(-inf)
          reduce = f32[] reduce(multiply, constant), dimensions={0,1}, to_apply=max
          constant.1 = f32[] constant(1.0e-6)
          add = f32[] add(reduce, constant.1)
          ROOT tuple = (f32[3,4]{1,0}, f32[]) tuple(multiply, add)
        }
        """;
    assertEquals(expected, HloTextPrinter.print(affine()));
    assertEquals(HloTextPrinter.print(affine()), HloTextPrinter.print(affine()));
  }

  @Test
  void stableHloFlattensTuplesAndSpellsNonFiniteConstantsAsBits() {
    String expected = """
        module @affine attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
          func.func public @main(%arg0: tensor<3x4xf32>) -> (tensor<3x4xf32>, tensor<f32>) {
            %0 = "stablehlo.constant"() {value = dense<[[-1.0, -0.5, 0.0, 0.5], [1.0, 1.5, 2.0, 2.5], [3.0, 3.5, 4.0, 4.5]]> : tensor<3x4xf32>} : () -> tensor<3x4xf32>
            %1 = "stablehlo.multiply"(%arg0, %0) : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
            %2 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
            %3 = "stablehlo.reduce"(%1, %2) ({
            ^bb0(%4: tensor<f32>, %5: tensor<f32>):
              %6 = "stablehlo.maximum"(%4, %5) : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%6) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 0, 1>} : (tensor<3x4xf32>, tensor<f32>) -> tensor<f32>
            %7 = "stablehlo.constant"() {value = dense<1.0E-6> : tensor<f32>} : () -> tensor<f32>
            %8 = "stablehlo.add"(%3, %7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            return %1, %8 : tensor<3x4xf32>, tensor<f32>
          }
        }
        """;
    assertEquals(expected, StableHloPrinter.print(affine()));
  }

  @Test
  void collectivesCarryChannelIdsGroupsAndPairs() {
    HloModuleBuilder m = new HloModuleBuilder("coll", 2);
    Computation add = XlaBuilder.scalarReducer(m, "add", Opcode.ADD, DType.F32);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Instruction p = b.collectivePermute(x, List.of(new Attrs.SourceTarget(0, 1), new Attrs.SourceTarget(1, 0)));
    Instruction g = b.allGather(p, 0, List.of(List.of(0, 1)));
    Instruction s = b.reduceScatter(g, add, 0, List.of(List.of(0, 1)));
    HloModule module = m.build(b.build(b.allReduce(s, add, List.of(List.of(0, 1)))));
    String hlo = HloTextPrinter.print(module);
    assertTrue(hlo.contains("num_partitions=2"), hlo);
    assertTrue(hlo.contains("collective-permute(x), channel_id=1, source_target_pairs={{0,1},{1,0}}"), hlo);
    assertTrue(hlo.contains("f32[8]{0} all-gather(collective-permute), channel_id=2, replica_groups={{0,1}}, "
        + "dimensions={0}, use_global_device_ids=true"), hlo);
    assertTrue(hlo.contains("f32[4]{0} reduce-scatter(all-gather), channel_id=3, replica_groups={{0,1}}, "
        + "dimensions={0}, use_global_device_ids=true, to_apply=add"), hlo);
    assertTrue(hlo.contains("all-reduce(reduce-scatter), channel_id=4, replica_groups={{0,1}}, "
        + "use_global_device_ids=true, to_apply=add"), hlo);
    String mlir = StableHloPrinter.print(module);
    assertTrue(mlir.contains("channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, "
        + "source_target_pairs = dense<[[0, 1], [1, 0]]> : tensor<2x2xi64>"), mlir);
    assertTrue(mlir.contains("all_gather_dim = 0 : i64, channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, "
        + "replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>, use_global_device_ids"), mlir);
  }

  /**
   * A multi-device program carries its shardings, so XLA's SPMD pipeline compiles it as written:
   * every HLO instruction {@code {manual}} (a tuple per leaf), every StableHLO argument, result and
   * op {@code mhlo.sharding = "{manual}"} (one for all of a loop's results). One device: none.
   */
  /** Donations: XLA's input_output_alias in HLO, tf.aliasing_output on the donated argument in StableHLO. */
  @Test
  void donatedArgumentsAreAliasedToTheirOutputs() {
    HloModuleBuilder m = new HloModuleBuilder("step", 1);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Instruction w = b.parameter(1, Shape.array(DType.F32, 4), "w");
    HloModule module = m.build(b.build(b.tuple(b.add(x, w), b.add(w, w))))
        .withAliases(List.of(new HloModule.Alias(1, 1)));
    assertTrue(HloTextPrinter.print(module).startsWith(
        "HloModule step, input_output_alias={ {1}: (1, {}, may-alias) }, entry_computation_layout="),
        HloTextPrinter.print(module));
    assertTrue(StableHloPrinter.print(module).contains(
        "%arg1: tensor<4xf32> {tf.aliasing_output = 1 : i32}"), StableHloPrinter.print(module));
    // The manifest's donations and the program's aliases must agree before anything is written.
    TensorSpec f4x = TensorSpec.replicated("x", Role.ACTIVATION, DType.F32, List.of(4L));
    TensorSpec f4w = TensorSpec.replicated("w", Role.WEIGHT, DType.F32, List.of(4L));
    TensorSpec f4y = TensorSpec.replicated("y", Role.ACTIVATION, DType.F32, List.of(4L));
    Manifest manifest = Manifest.builder().torusVersion("t").name("step").entryPoint(EntryPoint.of(EntryPoint.MAIN,
        List.of(f4x, f4w), List.of(f4y, f4w)).withDonations(List.of(new EntryPoint.Donation("w", "w")))).build();
    assertEquals("entry point 'main': the manifest donates [Donation[input=w, output=w]], the program aliases []",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ArtifactEmitter.write(
            java.nio.file.Files.createTempDirectory("donations"), manifest,
            java.util.Map.of(EntryPoint.MAIN, new ArtifactEmitter.Program(module.withAliases(List.of()), null))))
            .getMessage());
    assertEquals("module step: result 0 (f32[4]) cannot live in parameter 0 (f32[8])",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> {
          HloModuleBuilder other = new HloModuleBuilder("step", 1);
          XlaBuilder ob = other.computation("main");
          Instruction big = ob.parameter(0, Shape.array(DType.F32, 8), "big");
          other.build(ob.build(ob.sliceInDim(big, 0, 4, 0))).withAliases(List.of(new HloModule.Alias(0, 0)));
        }).getMessage());
  }

  @Test
  void multiDeviceProgramsAreShardedManual() {
    for (int partitions : new int[] {1, 2}) {
      HloModuleBuilder m = new HloModuleBuilder("loop", partitions);
      XlaBuilder b = m.computation("main");
      Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
      List<Instruction> out = dev.torus.compiler.lower.CountedLoop.run(m, b, "steps", 2, List.of(x),
          (body, step, c) -> List.of(body.add(c.get(0), c.get(0))));
      HloModule module = m.build(b.build(out.get(0)));
      String hlo = HloTextPrinter.print(module);
      String mlir = StableHloPrinter.print(module);
      List<String> lines = hlo.lines().filter(l -> l.contains(" = ")).toList();
      if (partitions == 1) {
        assertTrue(!hlo.contains("sharding") && !mlir.contains("sharding"), hlo + mlir);
        continue;
      }
      for (String line : lines) {
        String shape = line.substring(line.indexOf(" = ") + 3);
        long leaves = shape.startsWith("(") ? shape.substring(0, shape.indexOf(')')).split("\\[").length - 1 : 1;
        String sharding = leaves == 1 && !shape.startsWith("(") ? "{manual}"
            : java.util.stream.Stream.generate(() -> "{manual}").limit(leaves)
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        assertTrue(line.contains("sharding=" + sharding), line);
      }
      assertTrue(mlir.contains("@main(%arg0: tensor<4xf32> {mhlo.sharding = \"{manual}\"}) -> "
          + "(tensor<4xf32> {mhlo.sharding = \"{manual}\"})"), mlir);
      assertTrue(mlir.contains("}) {mhlo.sharding = \"{manual}\"} : ("), "one {manual} for the loop's results: " + mlir);
      mlir.lines().filter(l -> l.contains("= \"stablehlo.") && !l.contains("\"stablehlo.while\"")).forEach(l ->
          assertTrue(l.contains("mhlo.sharding = \"{manual}\""), l));
    }
  }

  /** (x, y) through an optimization barrier, then x' + x' and y'. */
  private static HloModule barrier(int partitions) {
    HloModuleBuilder m = new HloModuleBuilder("barrier", partitions);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 2), "x");
    Instruction y = b.parameter(1, Shape.array(DType.BF16, 3), "y");
    Instruction kept = b.optimizationBarrier(x, y);
    Instruction x1 = b.getTupleElement(kept, 0);
    return m.build(b.build(b.tuple(b.add(x1, x1), b.getTupleElement(kept, 1))));
  }

  @Test
  void anOptimizationBarrierIsXlasOptBarrierOverATupleAndStableHlosOverItsLeaves() {
    HloModule one = barrier(1);
    Instruction kept = one.entry().instructions().stream().filter(i -> i.opcode() == Opcode.OPTIMIZATION_BARRIER)
        .findFirst().orElseThrow();
    assertEquals(kept.operand(0).shape(), kept.shape(), "the barrier's result is its operand tuple");
    String hlo = HloTextPrinter.print(one);
    assertTrue(hlo.contains("  tuple = (f32[2]{0}, bf16[3]{0}) tuple(x, y)\n"
        + "  opt-barrier = (f32[2]{0}, bf16[3]{0}) opt-barrier(tuple)\n"
        + "  get-tuple-element = f32[2]{0} get-tuple-element(opt-barrier), index=0\n"), hlo);
    assertTrue(hlo.contains("get-tuple-element(opt-barrier), index=1"), hlo);
    String mlir = StableHloPrinter.print(one);
    assertTrue(mlir.contains("    %0:2 = \"stablehlo.optimization_barrier\"(%arg0, %arg1) : (tensor<2xf32>, tensor<3xbf16>)"
        + " -> (tensor<2xf32>, tensor<3xbf16>)\n"
        + "    %1 = \"stablehlo.add\"(%0#0, %0#0) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>\n"
        + "    return %1, %0#1 : tensor<2xf32>, tensor<3xbf16>\n"), mlir);
    HloModule two = barrier(2);
    assertTrue(HloTextPrinter.print(two).contains("opt-barrier(tuple), sharding={{manual}, {manual}}"),
        HloTextPrinter.print(two));
    assertTrue(StableHloPrinter.print(two).contains("\"stablehlo.optimization_barrier\"(%arg0, %arg1) {mhlo.sharding"
        + " = \"{manual}\"} : ("), StableHloPrinter.print(two));
    // One value alone: one result, no #k.
    HloModuleBuilder m = new HloModuleBuilder("single", 1);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 2), "x");
    String single = StableHloPrinter.print(m.build(b.build(b.getTupleElement(b.optimizationBarrier(x), 0))));
    assertTrue(single.contains("%0 = \"stablehlo.optimization_barrier\"(%arg0) : (tensor<2xf32>) -> tensor<2xf32>\n"
        + "    return %0 : tensor<2xf32>"), single);
  }

  @Test
  void literalSpellingsRoundTrip() {
    assertEquals("1", LiteralText.hlo(DType.F32, 1.0));
    assertEquals("-0.0", LiteralText.hlo(DType.F32, -0.0));
    assertEquals("nan", LiteralText.hlo(DType.F32, Double.NaN));
    assertEquals("true", LiteralText.hlo(DType.PRED, 1));
    assertEquals("0x7F80", LiteralText.mlir(DType.BF16, Double.POSITIVE_INFINITY));
    assertEquals("0xFC00", LiteralText.mlir(DType.F16, Double.NEGATIVE_INFINITY));
    assertEquals("4294967295", LiteralText.mlir(DType.U32, 4294967295.0));
    float third = 1f / 3;
    assertEquals(third, Float.parseFloat(LiteralText.hlo(DType.F32, third)));
  }
}
