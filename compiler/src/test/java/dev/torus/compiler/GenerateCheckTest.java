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
 * ({@link LayerRope} with a dynamic NTK scaling) have it.
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
