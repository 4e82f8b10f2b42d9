package dev.torus.compiler.emit;

import dev.torus.artifact.Role;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloVerifier;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.pass.EmulateMeshPass;
import dev.torus.compiler.pass.PassPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a compiled module as an artifact directory (docs/ARCHITECTURE.md, "Fixed interfaces"):
 * the HLO text, the StableHLO, for a multi-device program its single-device emulation when asked
 * (derived from the exact SPMD module by {@link EmulateMeshPass}; every device's pieces stacked
 * along a new leading dimension),
 * and the manifest, after checking that the manifest's {@code main} entry point describes
 * exactly the module's parameters and results.
 */
public final class ArtifactEmitter {
  private ArtifactEmitter() {}

  /**
   * The largest mesh whose emulation is written by default: the emulated program repeats the
   * per-device program for every device, so it grows with the mesh (a ring of 1024 made a 68 MB file).
   */
  public static final int DEFAULT_EMULATION_LIMIT = 16;

  /** Writes the artifact, with the emulation for meshes up to {@link #DEFAULT_EMULATION_LIMIT} devices. */
  public static Artifact write(Path dir, HloModule module, Manifest manifest) throws IOException {
    return write(dir, module, manifest, module.numPartitions() <= DEFAULT_EMULATION_LIMIT);
  }

  /** Writes the artifact; {@code emulate} asks for the single-device emulation of a multi-device program. */
  public static Artifact write(Path dir, HloModule module, Manifest manifest, boolean emulate) throws IOException {
    HloVerifier.verify(module);
    checkArgument(manifest.mesh().deviceCount() == module.numPartitions(),
        "artifact %s: the mesh has %s devices, the program has num_partitions=%s",
        manifest.name(), manifest.mesh().deviceCount(), module.numPartitions());
    EntryPoint main = manifest.entryPoint(EntryPoint.MAIN);
    checkSpecs("input", main.inputs(), module.entry().parameters().stream().map(Instruction::arrayShape).toList());
    checkSpecs("output", main.outputs(), module.entry().resultShape().leaves());
    ImmutableMap.Builder<String, String> files = ImmutableMap.<String, String>builder()
        .put(Artifact.HLO, HloTextPrinter.print(module))
        .put(Artifact.STABLEHLO, StableHloPrinter.print(module));
    if (module.numPartitions() > 1 && emulate) {
      HloModule emulated = PassPipeline.of("emulate", new EmulateMeshPass()).run(module);
      files.put(Artifact.EMULATED_STABLEHLO, StableHloPrinter.print(emulated));
    }
    return Artifact.write(dir, manifest, files.build());
  }

  /**
   * The main entry point of a single-device program as its parameters and results say: inputs named
   * after the parameters, outputs {@code output} (or {@code output0, output1...} for a tuple root),
   * all replicated and of the given role.
   */
  public static EntryPoint describeSingleDevice(HloModule module, Role inputRole, Role outputRole) {
    checkArgument(module.numPartitions() == 1,
        "module %s has %s partitions; describe its sharding explicitly", module.name(), module.numPartitions());
    List<TensorSpec> inputs = new ArrayList<>();
    for (Instruction p : module.entry().parameters()) {
      ArrayShape s = p.arrayShape();
      inputs.add(TensorSpec.replicated(p.name(), inputRole, s.elementType(), s.dims()));
    }
    ImmutableList<ArrayShape> results = module.entry().resultShape().leaves();
    List<TensorSpec> outputs = new ArrayList<>();
    for (int k = 0; k < results.size(); k++) {
      String name = results.size() == 1 ? "output" : "output" + k;
      outputs.add(TensorSpec.replicated(name, outputRole, results.get(k).elementType(), results.get(k).dims()));
    }
    return EntryPoint.of(EntryPoint.MAIN, inputs, outputs);
  }

  private static void checkSpecs(String kind, List<TensorSpec> specs, List<ArrayShape> program) {
    checkArgument(specs.size() == program.size(), "the manifest lists %s %ss, the program has %s",
        specs.size(), kind, program.size());
    for (int k = 0; k < specs.size(); k++) {
      TensorSpec spec = specs.get(k);
      ArrayShape s = program.get(k);
      checkArgument(spec.dtype() == s.elementType() && spec.perDeviceShape().equals(s.dims()),
          "%s %s '%s': the manifest says %s per device, the program has %s", kind, k, spec.name(),
          spec.perDeviceType(), s);
    }
  }
}
