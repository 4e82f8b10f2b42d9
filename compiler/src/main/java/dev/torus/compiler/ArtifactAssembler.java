package dev.torus.compiler;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.compiler.analysis.MemoryAnalysis;
import dev.torus.compiler.emit.ArtifactEmitter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.pass.EmulateMeshPass;
import dev.torus.compiler.pass.PassPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Assembles compiled programs into an artifact: for each entry point it derives the single-device
 * emulation of a multi-device program ({@link EmulateMeshPass}, when asked) and the per-device
 * memory figures ({@link MemoryAnalysis}), records the figures in the manifest, and hands everything
 * to {@link ArtifactEmitter}, which prints.
 */
public final class ArtifactAssembler {
  private ArtifactAssembler() {}

  /**
   * The largest mesh whose emulation is written by default: the emulated program repeats the
   * per-device program for every device, so it grows with the mesh (a ring of 1024 made a 68 MB file).
   */
  public static final int DEFAULT_EMULATION_LIMIT = 16;

  /**
   * Writes the artifact of {@code programs} (entry point name to its SPMD module), with each
   * program's emulation when {@code emulate} and the mesh has more than one device.
   */
  public static Artifact write(Path dir, Manifest manifest, Map<String, HloModule> programs, boolean emulate)
      throws IOException {
    ImmutableList.Builder<EntryPoint> measured = ImmutableList.builder();
    ImmutableMap.Builder<String, ArtifactEmitter.Program> printed = ImmutableMap.builder();
    for (EntryPoint entry : manifest.entryPoints()) {
      HloModule module = programs.get(entry.name());
      if (module == null) {
        throw new IllegalArgumentException("artifact " + manifest.name() + ": no program for entry point '"
            + entry.name() + "'; programs: " + programs.keySet());
      }
      MemoryAnalysis.Report memory = MemoryAnalysis.analyse(module);
      measured.add(entry.withMemory(
          new EntryPoint.ProgramMemory(memory.argumentBytes(), memory.outputBytes(), memory.peakTempBytes())));
      HloModule emulated = emulate && module.numPartitions() > 1
          ? PassPipeline.of("emulate", new EmulateMeshPass()).run(module) : null;
      printed.put(entry.name(), new ArtifactEmitter.Program(module, emulated));
    }
    return ArtifactEmitter.write(dir, manifest.withEntryPoints(measured.build()), printed.buildOrThrow());
  }
}
