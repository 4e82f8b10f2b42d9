package dev.torus.compiler.emit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloVerifier;
import dev.torus.compiler.ir.Instruction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints compiled programs into an artifact directory ({@link Artifact}; docs/ARCHITECTURE.md,
 * "The artifact"): for each entry point its HLO text, its StableHLO and, when given, the StableHLO of
 * its single-device emulation, then the manifest, after checking that each entry point describes
 * exactly its module's parameters and results. It only prints: the compiler assembles what it is
 * given (the emulation pass, the memory figures) in {@code dev.torus.compiler.ArtifactAssembler}.
 */
public final class ArtifactEmitter {
  private ArtifactEmitter() {}

  /**
   * One entry point's program: the SPMD per-device module and, or null, its single-device
   * emulation (the {@code emulate-mesh} pass's output).
   */
  public record Program(HloModule module, @Nullable HloModule emulated) {
    public Program {
      checkNotNull(module, "module");
    }
  }

  /** Writes the artifact: {@code programs} maps every entry point of {@code manifest} to its program. */
  public static Artifact write(Path dir, Manifest manifest, Map<String, Program> programs) throws IOException {
    checkArgument(programs.keySet().equals(manifest.entryPoints().stream().map(EntryPoint::name)
            .collect(java.util.stream.Collectors.toSet())),
        "artifact %s: the manifest's entry points %s and the programs %s differ", manifest.name(),
        manifest.entryPoints().stream().map(EntryPoint::name).toList(), programs.keySet());
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    for (EntryPoint entry : manifest.entryPoints()) {
      Program program = programs.get(entry.name());
      HloModule module = program.module();
      HloVerifier.verify(module);
      checkArgument(manifest.mesh().deviceCount() == module.numPartitions(),
          "artifact %s: the mesh has %s devices, program '%s' has num_partitions=%s",
          manifest.name(), manifest.mesh().deviceCount(), entry.name(), module.numPartitions());
      checkSpecs(entry, "input", entry.inputs(), module.entry().parameters().stream().map(Instruction::arrayShape).toList());
      checkSpecs(entry, "output", entry.outputs(), module.entry().resultShape().leaves());
      checkArgument(module.aliases().equals(aliases(entry)),
          "entry point '%s': the manifest donates %s, the program aliases %s", entry.name(), entry.donations(),
          module.aliases());
      Artifact.ProgramFiles names = Artifact.programFiles(entry);
      files.put(names.hlo(), HloTextPrinter.print(module)).put(names.stableHlo(), StableHloPrinter.print(module));
      if (program.emulated() != null) {
        files.put(names.emulatedStableHlo(), StableHloPrinter.print(program.emulated()));
      }
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

  /** {@code entry}'s donations as the module's aliases: output and parameter by position. */
  public static List<HloModule.Alias> aliases(EntryPoint entry) {
    List<String> inputs = entry.inputs().stream().map(TensorSpec::name).toList();
    return entry.donations().stream()
        .map(d -> new HloModule.Alias(entry.outputIndex(d.output()), inputs.indexOf(d.input()))).toList();
  }

  private static void checkSpecs(EntryPoint entry, String kind, List<TensorSpec> specs, List<ArrayShape> program) {
    checkArgument(specs.size() == program.size(), "entry point '%s': the manifest lists %s %ss, the program has %s",
        entry.name(), specs.size(), kind, program.size());
    for (int k = 0; k < specs.size(); k++) {
      TensorSpec spec = specs.get(k);
      ArrayShape s = program.get(k);
      checkArgument(spec.dtype() == s.elementType() && spec.perDeviceShape().equals(s.dims()),
          "entry point '%s': %s %s '%s': the manifest says %s per device, the program has %s", entry.name(), kind, k, spec.name(),
          spec.perDeviceType(), s);
    }
  }
}
