package dev.torus.cli;

import dev.torus.artifact.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.compiler.analysis.TpuSchedule;
import dev.torus.compiler.hardware.Topology;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.harness.XlaHarness;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code torus tpu-check ARTIFACT --topology T [--json]}: compiles the artifact's SPMD program with
 * libtpu for a Cloud TPU topology, without a TPU, and says whether it fits, how much TPU memory each
 * device needs, and whether the compiled schedule overlaps every ring transfer with attention compute.
 */
final class TpuCheckCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("topology", "json");

  @Override
  public String summary() {
    return "compile an artifact with libtpu for a TPU topology (no TPU needed): fit, TPU memory, ring overlap";
  }

  @Override
  public String usage() {
    return """
        usage: torus tpu-check ARTIFACT --topology T [--json]
        Compiles ARTIFACT/program.hlo, the SPMD per-device program, for the first N devices of a Cloud
        TPU topology with the real TPU compiler (libtpu, through tools/xla-harness; no TPU needed) and
        reports: whether it fits (a program that does not fails to compile with RESOURCE_EXHAUSTED),
        the TPU memory per device (arguments, output, temporaries), and from the compiled schedule
        whether every collective-permute-start ... done overlaps attention compute. When the weights
        are sharded (compile --fsdp) it compiles with the libtpu flags such a program should run with,
          %s
        and reports whether each all-gather of a layer's weights in the layer loops overlaps layer
        compute. These are the real compiler's figures for the real program; timings are not (no TPU
        runs here).
          --topology T   %s
          --json         print the result as JSON instead of a table
        Exit status: 0 when it fits, 3 when it does not, 2 for a mistake in the command line.
        Needs the venv of bash tools/xla-harness/setup.sh.

        """.formatted(String.join(" ", Fsdp.LIBTPU_FLAGS), Topology.names())
        + MaxContext.USAGE.formatted(Topology.names(), MaxContext.MIN_PER_DEVICE);
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    if (argv.contains("--max-context")) {
      return MaxContext.run(argv, out);
    }
    Args args = Args.afterArtifact("tpu-check", argv, OPTIONS, "torus tpu-check ARTIFACT --topology T [--json]");
    Path dir = args.artifactDir();
    String topology = args.required("topology");
    Topology pod = Topology.named(topology).orElseThrow(() -> new TorusCli.UsageException(
        "--topology " + topology + " is not known; use one of " + Topology.names()));
    Artifact artifact = args.artifact();
    int partitions = artifact.manifest().mesh().deviceCount();
    XlaHarness harness = XlaHarness.locate();
    String missing = harness.unavailableReason().orElse(null);
    if (missing != null) {
      throw new TorusCli.UsageException("the XLA harness is not available: " + missing + "; " + XlaHarness.INSTALL_HINT);
    }
    // Sharded weights: compile with the flags that make their gathers asynchronous (Fsdp.LIBTPU_FLAGS).
    boolean sharded = artifact.manifest().entryPoints().stream().flatMap(e -> e.inputs().stream())
        .anyMatch(t -> t.role() == Role.WEIGHT && !t.sharding().isEmpty());
    List<String> flags = sharded ? Fsdp.LIBTPU_FLAGS : List.of();
    System.err.printf(Locale.ROOT, "tpu-check: compiling %d-device program for %s with libtpu%s...%n", partitions,
        topology, flags.isEmpty() ? "" : " " + String.join(" ", flags));
    Path work = Files.createTempDirectory("torus-tpu-check-");
    XlaHarness.ProgramResult r = harness.compileForTpu(List.of(XlaHarness.Program.compileOnly("program",
        dir.resolve(Artifact.HLO).toAbsolutePath(), partitions)), topology, work, flags).program("program");
    boolean exhausted = r.error() != null && r.error().contains("RESOURCE_EXHAUSTED");
    if (r.error() != null && !exhausted) {
      throw new IllegalStateException("libtpu could not compile " + dir.resolve(Artifact.HLO) + " for " + topology + ": "
          + r.error().lines().findFirst().orElse(""));
    }
    String tpuHlo = exhausted ? null : Files.readString(Path.of(r.tpuHlo()));
    TpuSchedule.OverlapReport overlap = exhausted ? null : TpuSchedule.overlap(tpuHlo, ProgramNames.SELF_ATTENTION_OP);
    TpuSchedule.OverlapReport gathers = exhausted ? null : TpuSchedule.overlap(tpuHlo, ProgramNames.LAYER_OPS, "all-gather");
    List<TpuSchedule.PermuteOverlap> layerGathers = exhausted ? List.of()
        : gathers.pairs().stream().filter(TpuSchedule.PermuteOverlap::loopBody).toList();
    long gathersHidden = layerGathers.stream().filter(TpuSchedule.PermuteOverlap::overlapsAttention).count();
    if (args.has("json")) {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode o = json.createObjectNode().put("artifact", dir.toString()).put("topology", topology)
          .put("devices", partitions).put("fits", !exhausted);
      if (exhausted) {
        o.put("error", r.error().lines().findFirst().orElse(""));
      } else {
        o.set("memory", json.valueToTree(r.memory()));
        o.put("collectivePermutes", overlap.pairs().size()).put("overlapped",
            overlap.pairs().stream().filter(TpuSchedule.PermuteOverlap::overlapsAttention).count());
        o.put("layerLoopAllGathers", layerGathers.size()).put("allGathersOverlapped", gathersHidden);
        o.set("libtpuFlags", json.valueToTree(flags));
        o.put("tpuHlo", r.tpuHlo());
      }
      out.println(json.writeValueAsString(o));
      return exhausted ? 3 : 0;
    }
    out.printf(Locale.ROOT, "tpu-check: %s on %s (%s), %d devices: %s%n", dir, topology, pod.description(),
        partitions, exhausted ? "DOES NOT FIT" : "fits");
    if (exhausted) {
      out.println("  libtpu: " + r.error().lines().findFirst().orElse(""));
      return 3;
    }
    Map<String, Long> m = r.memory();
    out.printf(Locale.ROOT, "  TPU memory per device: arguments %s, output %s, temporaries %s, code %s%n",
        ReportCommand.bytes(m.getOrDefault("argument_size_in_bytes", 0L)),
        ReportCommand.bytes(m.getOrDefault("output_size_in_bytes", 0L)),
        ReportCommand.bytes(m.getOrDefault("temp_size_in_bytes", 0L)),
        ReportCommand.bytes(m.getOrDefault("generated_code_size_in_bytes", 0L)));
    long overlapped = overlap.pairs().stream().filter(TpuSchedule.PermuteOverlap::overlapsAttention).count();
    out.printf(Locale.ROOT, "  ring overlap in the TPU schedule: %d of %d collective-permute-start ... done pairs have"
        + " attention compute between them%s%n", overlapped, overlap.pairs().size(),
        overlap.pairs().isEmpty() ? " (no ring in this program)" : overlapped == overlap.pairs().size() ? ": hidden" : "");
    if (sharded) {
      out.printf(Locale.ROOT, "  FSDP weight gathers in layer loops: %d of %d all-gather-start ... done pairs have layer"
          + " compute between them%s (compiled with %s; run with the same LIBTPU_INIT_ARGS)%n", gathersHidden,
          layerGathers.size(), gathersHidden == layerGathers.size() ? ": hidden" : "", String.join(" ", flags));
    }
    out.println("  compiled TPU program: " + r.tpuHlo());
    return 0;
  }
}
