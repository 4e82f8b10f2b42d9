package dev.torus.compiler.pass;

import dev.torus.compiler.samples.HloSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloVerifier;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PassPipelineTest {

  private record Named(String name, UnaryOperator<HloModule> f) implements Pass {
    @Override
    public HloModule run(HloModule module) {
      return f.apply(module);
    }
  }

  private static Pass renaming(String name, String suffix) {
    return new Named(name, m -> new HloModule(m.name() + suffix, m.computations(), m.numPartitions()));
  }

  @Test
  void runsThePassesInOrder() {
    PassPipeline p = PassPipeline.of("two-renames", renaming("add-a", "_a"), renaming("add-b", "_b"));
    assertEquals("ring_rotation_a_b", p.run(HloSamples.ringRotation(2, 1, 1, 2)).name());
    assertEquals(List.of("add-a", "add-b"), p.passes().stream().map(Pass::name).toList());
  }

  @Test
  void verifiesAfterEachPassAndNamesTheOneThatBrokeTheModule() {
    Pass duplicate = new Named("duplicate-entry", m -> new HloModule(m.name(),
        ImmutableList.<dev.torus.compiler.ir.Computation>builder().addAll(m.computations()).add(m.entry()).build(),
        m.numPartitions()));
    PassPipeline p = PassPipeline.of("broken", renaming("rename", "_x"), duplicate, new EmulateMeshPass());
    HloVerifier.VerificationError e = assertThrows(HloVerifier.VerificationError.class,
        () -> p.run(HloSamples.ringRotation(2, 1, 1, 2)));
    assertTrue(e.getMessage().startsWith("pipeline broken: pass duplicate-entry produced an invalid module"
        + " ring_rotation_x: module ring_rotation_x: computation name main is used twice"), e.getMessage());
  }

  @Test
  void aRefusalIsPrefixedWithThePassName() {
    Pass refusing = new Named("refusing", m -> {
      throw new IllegalArgumentException("no, because");
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PassPipeline.of("p", refusing).run(HloSamples.ringRotation(2, 1, 1, 2)));
    assertEquals("refusing: no, because", e.getMessage());
  }

  @Test
  void namesAreKebabCaseAndDistinct() {
    assertThrows(IllegalArgumentException.class, () -> PassPipeline.of("p", renaming("EmulateMesh", "")));
    assertThrows(IllegalArgumentException.class, () -> PassPipeline.of("p", renaming("a", ""), renaming("a", "")));
    assertThrows(IllegalArgumentException.class, () -> PassPipeline.of("Not_Kebab"));
    assertEquals("emulate-mesh", new EmulateMeshPass().name());
  }

  @Test
  void theEmulationPipelineVerifies() {
    HloModule e = PassPipeline.of("emulate", new EmulateMeshPass()).run(HloSamples.partialPermutation(3, 1, 2));
    assertEquals(1, e.numPartitions());
  }
}
