package dev.torus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.Role;
import dev.torus.compiler.analysis.TpuSchedule;
import dev.torus.compiler.hardware.Topology;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.harness.XlaHarness;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import dev.torus.compiler.lower.Remat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code torus tpu-check ARTIFACT --topology T [--json]}: compiles the artifact's SPMD program with
 * libtpu for a Cloud TPU topology, without a TPU, and says whether it fits, how much TPU memory each
 * device needs, and whether the compiled schedule overlaps every ring transfer with attention compute.
 * With {@code --max-context}, the longest context a model's train step fits ({@link MaxContext}).
 */
@Command(name = "tpu-check", modelTransformer = TpuCheckCommand.LibtpuFlagsInHelp.class,
    customSynopsis = {"torus tpu-check ARTIFACT --topology T [--json]",
        "       torus tpu-check --max-context --model M --topology T [--remat POLICY] [--json] [--keep DIR]"},
    description = {"compile an artifact with libtpu for a TPU topology (no TPU needed): fit, TPU memory, ring overlap", "",
        "Compiles ARTIFACT/program.hlo, the SPMD per-device program, for the first N devices of a Cloud TPU topology"
            + " with the real TPU compiler (libtpu, through the harness in harness/python; no TPU needed) and reports: whether it"
            + " fits (a program that does not fails to compile with RESOURCE_EXHAUSTED), the TPU memory per device"
            + " (arguments, output, temporaries), and from the compiled schedule whether every collective-permute-start"
            + " ... done overlaps attention compute. When the weights are sharded (compile --fsdp) it compiles with the"
            + " libtpu flags such a program should run with, " + TpuCheckCommand.LIBTPU_FLAGS + ", and reports whether"
            + " each all-gather of a layer's weights in the layer loops overlaps layer compute. These are the real"
            + " compiler's figures for the real program; timings are not (no TPU runs here).", "",
        "With --max-context: finds the longest context (a power of two tokens per device) at which the model's"
            + " train step compiles for the topology with the real TPU compiler without running out of HBM. The"
            + " program is the one `compile --task train --ring N --fsdp N --layout striped --dtype f32` writes for"
            + " all N devices of the topology, with the planner's block sizes, compiled with the FSDP libtpu flags."
            + " The search starts at the planner's prediction for this program (`torus plan`, \"Torus's own train"
            + " step\") and doubles or halves from there; each try prints its verdict and compile time. A try that"
            + " fits compiles fully (minutes for billions of parameters); one that does not fails fast."},
    footer = {"Exit status: 0 when it fits, 3 when it does not (with --max-context: when not even "
        + MaxContext.MIN_PER_DEVICE + " tokens per device fit), 2 for a mistake in the command line.",
        "Needs the venv of bash harness/python/setup.sh."})
final class TpuCheckCommand implements Callable<Integer> {
  /** Where the help names the FSDP libtpu flags, which {@link LibtpuFlagsInHelp} fills in. */
  static final String LIBTPU_FLAGS = "LIBTPU_FLAGS";

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ARTIFACT",
      description = "an artifact directory (torus compile writes one); not with --max-context")
  Path dir;

  @Option(names = "--topology", paramLabel = "T", required = true, completionCandidates = OptionTypes.TopologyNames.class,
      description = "${COMPLETION-CANDIDATES}")
  Topology pod;

  @Option(names = "--json", description = "print the result as JSON instead of a table")
  boolean json;

  @Option(names = "--max-context", description = "find the longest context the model's train step fits (no ARTIFACT)")
  boolean maxContext;

  @Option(names = "--model", paramLabel = "M", completionCandidates = OptionTypes.ModelNames.class,
      description = "--max-context: a built-in model or a Hugging Face directory (its parameters are made f32)")
  String model;

  @Option(names = "--remat", paramLabel = "POLICY", defaultValue = "layer-inputs",
      description = "--max-context: the train step's remat policy, as train --remat: layer-inputs (default),"
          + " projections or none; the planner's figure is for the same policy")
  String remat;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "--max-context: keep each try's HLO and compiled TPU HLO in DIR (default: a temporary directory)")
  Path keep;

  /** Puts {@link Fsdp#LIBTPU_FLAGS}, which an annotation cannot hold, into the help. */
  static final class LibtpuFlagsInHelp implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.usageMessage().description(Arrays.stream(spec.usageMessage().description())
          .map(line -> line.replace(LIBTPU_FLAGS, String.join(" ", Fsdp.LIBTPU_FLAGS))).toArray(String[]::new));
      return spec;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (maxContext) {
      if (dir != null) {
        throw new UsageException("--max-context takes no ARTIFACT (got " + dir + "); it compiles the --model's train"
            + " step itself");
      }
      Remat policy;
      try {
        policy = Remat.parse(remat);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      return MaxContext.run(UsageException.required(model, "--model"), pod, json, keep, out, policy);
    }
    if (model != null || keep != null || !"layer-inputs".equals(remat)) {
      throw new UsageException("--model, --remat and --keep go with --max-context; to check an artifact, give ARTIFACT");
    }
    UsageException.required(dir, "ARTIFACT");
    String topology = pod.name();
    Artifact artifact = ArtifactParameter.read(dir);
    XlaHarness harness = XlaHarness.locate();
    String missing = harness.unavailableReason().orElse(null);
    if (missing != null) {
      throw new UsageException("the XLA harness is not available: " + missing + "; " + XlaHarness.INSTALL_HINT);
    }
    int partitions = artifact.manifest().mesh().deviceCount();
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
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode o = mapper.createObjectNode().put("artifact", dir.toString()).put("topology", topology)
          .put("devices", partitions).put("fits", !exhausted);
      if (exhausted) {
        o.put("error", r.error().lines().findFirst().orElse(""));
      } else {
        o.set("memory", mapper.valueToTree(r.memory()));
        o.put("collectivePermutes", overlap.pairs().size()).put("overlapped",
            overlap.pairs().stream().filter(TpuSchedule.PermuteOverlap::overlapsAttention).count());
        o.put("layerLoopAllGathers", layerGathers.size()).put("allGathersOverlapped", gathersHidden);
        o.set("libtpuFlags", mapper.valueToTree(flags));
        o.put("tpuHlo", r.tpuHlo());
      }
      out.println(mapper.writeValueAsString(o));
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
