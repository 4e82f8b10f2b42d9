package dev.torus.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.EntryPoint;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.LayerRope;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RopeScaling;
import dev.torus.dsl.RunShape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GenerateCompiler#check}: a per-layer RoPE and soft caps compile for generate; a RoPE whose
 * frequencies change with the length is refused whether the whole attention or only some layers
 * ({@link LayerRope} with a dynamic NTK scaling) have it. With the CPU decode kernel the decode
 * program calls it (a typed-FFI custom call) in every layer in place of the key-block loop.
 */
class GenerateCheckTest {
  private static final GenerateShape SHAPE = new GenerateShape(RunShape.of(1, 16, BlockSizes.uniform(4)), 64);

  @Test
  void perLayerRopeAndSoftCapsCompile() {
    ModelSpec gemmaLike = Presets.tiny().toBuilder().logitSoftCap(5.0).finalLogitSoftCap(30.0)
        .layerRope(LayerRope.plain(100, List.of(true, false))).build();
    ForwardCompiler.Compiled c = GenerateCompiler.compile(gemmaLike, SHAPE, false);
    assertEquals(2, c.manifest().entryPoints().size());
    assertTrue(c.manifest().entryPoints().stream().anyMatch(e -> e.name().equals(EntryPoint.MAIN)));
  }

  @Test
  void cpuDecodeKernelReplacesTheKeyBlockLoopWithATypedFfiCall() {
    ModelSpec capped = Presets.tiny().toBuilder().logitSoftCap(5.0).build();
    ForwardCompiler.Compiled c = GenerateCompiler.compile(capped, SHAPE, true, true);
    assertEquals("cpu-kernel", c.manifest().model().path("decodeAttention").asText());
    String hlo = dev.torus.compiler.emit.HloTextPrinter.print(c.programs().get(GenerateCompiler.DECODE));
    long calls = hlo.lines().filter(l -> l.contains("custom_call_target=\"" + GenerateCompiler.CPU_DECODE_KERNEL + "\"")
        && l.contains("api_version=API_VERSION_TYPED_FFI")
        && l.contains("backend_config={block = 4 : i64, soft_cap = 5.000000e+00 : f32}")).count();
    assertEquals(capped.depth(), calls, hlo);
    assertTrue(!hlo.contains("decode_kv_blocks"), "no key-block loop is left");
    String mlir = dev.torus.compiler.emit.StableHloPrinter.print(c.programs().get(GenerateCompiler.DECODE));
    assertTrue(mlir.contains("api_version = 4 : i32, backend_config = {block = 4 : i64, soft_cap = 5.000000e+00 : f32},"
        + " call_target_name = \"torus_decode_attention\""), mlir);
    // The prefill and a build without the kernel keep XLA's own program.
    assertTrue(!dev.torus.compiler.emit.HloTextPrinter.print(c.programs().get(dev.torus.artifact.EntryPoint.MAIN))
        .contains("custom-call"));
    ForwardCompiler.Compiled plain = GenerateCompiler.compile(capped, SHAPE, true);
    assertTrue(plain.manifest().model().path("decodeAttention").isMissingNode());
    assertTrue(dev.torus.compiler.emit.HloTextPrinter.print(plain.programs().get(GenerateCompiler.DECODE))
        .contains("decode_kv_blocks"));
  }

  @Test
  void refusesALengthDependentRopeInSomeLayersOnly() {
    ModelSpec windowedDynamic = Presets.tiny().toBuilder()
        .layerRope(new LayerRope(100, new RopeScaling.DynamicNtk(2, 16), List.of(false, true))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenerateCompiler.check(windowedDynamic, SHAPE));
    assertTrue(e.getMessage().contains("rope scaling changes its frequencies with the sequence length"), e.getMessage());
    // The same scaling within the prompt's and the cache's length changes nothing: accepted.
    GenerateCompiler.check(Presets.tiny().toBuilder()
        .layerRope(new LayerRope(100, new RopeScaling.DynamicNtk(2, 64), List.of(false, true))).build(), SHAPE);
  }
}
