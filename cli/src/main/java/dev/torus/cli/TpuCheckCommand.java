package dev.torus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Role;
import dev.torus.compiler.analysis.TpuSchedule;
import dev.torus.compiler.hardware.Topology;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.harness.XlaHarness;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.train.TrainPrecision;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code torus tpu-check ARTIFACT --topology T [--json]}: compiles each of the artifact's SPMD programs with
 * libtpu for a Cloud TPU topology, without a TPU, and says whether it fits, how much TPU memory each
 * device needs, and whether the compiled schedule overlaps every ring transfer with attention compute.
 * With {@code --max-context}, the longest context a model's train step fits ({@link MaxContext}).
 */
@Command(name = "tpu-check", modelTransformer = TpuCheckCommand.LibtpuFlagsInHelp.class,
    customSynopsis = {"torus tpu-check ARTIFACT --topology T [--json]",
        "       torus tpu-check --max-context --model M --topology T [--precision P] [--remat POLICY] [--json] [--keep DIR]"},
    description = {"compile an artifact with libtpu for a TPU topology (no TPU needed): fit, TPU memory, ring overlap", "",
        "Compiles each program of ARTIFACT (program.hlo, the SPMD per-device program, and a generate artifact's"
            + " decode.hlo) for the first N devices of a Cloud TPU topology"
            + " with the real TPU compiler (libtpu, through the harness in harness/python; no TPU needed) and reports: whether it"
            + " fits (a program that does not fails to compile with RESOURCE_EXHAUSTED), the TPU memory per device"
            + " (arguments, output, temporaries; what the outputs alias of donated arguments, such as a train"
            + " step's state or a KV cache, is counted once), and from the compiled schedule whether every collective-permute-start"
            + " ... done overlaps attention compute. When the weights are sharded (compile --fsdp) it compiles with the"
            + " libtpu flags such a program should run with, " + TpuCheckCommand.LIBTPU_FLAGS + ", and reports whether"
            + " each all-gather of a layer's weights in the layer loops overlaps layer compute. These are the real"
            + " compiler's figures for the real program; timings are not (no TPU runs here).", "",
        "With --max-context: finds the longest context (a power of two tokens per device) at which the model's"
            + " train step compiles for the topology with the real TPU compiler without running out of HBM. The"
            + " program is the one `compile --task train --ring N --fsdp N --layout striped --dtype f32 --precision P"
            + " --remat POLICY` writes into an artifact for all N devices of the topology (parameters and moments"
            + " aliased to the updated ones, so counted once), with the planner's block sizes, compiled with the FSDP"
            + " libtpu flags."
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

  @Option(names = "--precision", paramLabel = "P", defaultValue = "bf16-mixed",
      description = "--max-context: the train step's compute, as train --precision: bf16-mixed (default: bf16"
          + " forward and backward, f32 master weights and moments) or f32")
  String precision;

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
      TrainPrecision compute;
      try {
        policy = Remat.parse(remat);
        compute = TrainPrecision.parse(precision);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      return MaxContext.run(UsageException.required(model, "--model"), pod, json, keep, out, policy, compute);
    }
    if (model != null || keep != null || !"layer-inputs".equals(remat) || !"bf16-mixed".equals(precision)) {
      throw new UsageException("--model, --remat, --precision and --keep go with --max-context; to check an artifact,"
          + " give ARTIFACT");
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
    List<EntryPoint> entries = artifact.manifest().entryPoints();
    System.err.printf(Locale.ROOT, "tpu-check: compiling %d-device program%s for %s with libtpu%s...%n", partitions,
        entries.size() == 1 ? "" : "s " + entries.stream().map(EntryPoint::name).toList(), topology,
        flags.isEmpty() ? "" : " " + String.join(" ", flags));
    Path work = Files.createTempDirectory("torus-tpu-check-");
    List<XlaHarness.Program> programs = entries.stream().map(e -> XlaHarness.Program.compileOnly(e.name(),
        dir.resolve(Artifact.programFiles(e).hlo()).toAbsolutePath(), partitions)).toList();
    XlaHarness.Summary summary = harness.compileForTpu(programs, topology, work, flags);
    List<Checked> checked = new ArrayList<>();
    for (EntryPoint e : entries) {
      checked.add(Checked.of(e.name(), dir.resolve(Artifact.programFiles(e).hlo()), topology,
          summary.program(e.name())));
    }
    boolean fits = checked.stream().allMatch(Checked::fits);
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode o = mapper.createObjectNode().put("artifact", dir.toString()).put("topology", topology)
          .put("devices", partitions).put("fits", fits);
      checked.get(0).json(mapper, o, flags);   // the main program's figures at the top, as before
      if (checked.size() > 1) {
        ArrayNode each = o.putArray("programs");
        for (Checked c : checked) {
          ObjectNode p = each.addObject().put("name", c.name()).put("fits", c.fits());
          c.json(mapper, p, flags);
        }
      }
      out.println(mapper.writeValueAsString(o));
      return fits ? 0 : 3;
    }
    out.printf(Locale.ROOT, "tpu-check: %s on %s (%s), %d devices: %s%n", dir, topology, pod.description(),
        partitions, fits ? "fits" : "DOES NOT FIT");
    for (Checked c : checked) {
      String indent = checked.size() == 1 ? "  " : "    ";
      if (checked.size() > 1) {
        out.printf(Locale.ROOT, "  program %s (%s): %s%n", c.name(), c.hlo().getFileName(),
            c.fits() ? "fits" : "DOES NOT FIT");
      }
      c.print(out, indent, sharded, flags);
    }
    return fits ? 0 : 3;
  }

  /** One entry point's libtpu compile: its fit, memory, and the overlap of its collectives in the schedule. */
  private record Checked(String name, Path hlo, XlaHarness.ProgramResult result, TpuSchedule.OverlapReport overlap,
      List<TpuSchedule.PermuteOverlap> layerGathers) {
    static Checked of(String name, Path hlo, String topology, XlaHarness.ProgramResult r) throws java.io.IOException {
      boolean exhausted = r.error() != null && r.error().contains("RESOURCE_EXHAUSTED");
      if (r.error() != null && !exhausted) {
        throw new IllegalStateException("libtpu could not compile " + hlo + " for " + topology + ": "
            + r.error().lines().findFirst().orElse(""));
      }
      if (exhausted) {
        return new Checked(name, hlo, r, null, List.of());
      }
      String tpuHlo = Files.readString(Path.of(r.tpuHlo()));
      TpuSchedule.OverlapReport gathers = TpuSchedule.overlap(tpuHlo, ProgramNames.LAYER_OPS, "all-gather");
      return new Checked(name, hlo, r, TpuSchedule.overlap(tpuHlo, ProgramNames.SELF_ATTENTION_OP),
          gathers.pairs().stream().filter(TpuSchedule.PermuteOverlap::loopBody).toList());
    }

    boolean fits() {
      return overlap != null;
    }

    long gathersHidden() {
      return layerGathers.stream().filter(TpuSchedule.PermuteOverlap::overlapsAttention).count();
    }

    String error() {
      return result.error().lines().findFirst().orElse("");
    }

    void json(ObjectMapper mapper, ObjectNode o, List<String> flags) {
      if (!fits()) {
        o.put("error", error());
        return;
      }
      o.set("memory", mapper.valueToTree(result.memory()));
      o.put("collectivePermutes", overlap.pairs().size()).put("overlapped",
          overlap.pairs().stream().filter(TpuSchedule.PermuteOverlap::overlapsAttention).count());
      o.put("layerLoopAllGathers", layerGathers.size()).put("allGathersOverlapped", gathersHidden());
      o.set("libtpuFlags", mapper.valueToTree(flags));
      o.put("tpuHlo", result.tpuHlo());
    }

    void print(PrintWriter out, String indent, boolean sharded, List<String> flags) {
      if (!fits()) {
        out.println(indent + "libtpu: " + error());
        return;
      }
      Map<String, Long> m = result.memory();
      out.printf(Locale.ROOT, "%sTPU memory per device: arguments %s, output %s, temporaries %s, code %s%n", indent,
          ReportCommand.bytes(m.getOrDefault("argument_size_in_bytes", 0L)),
          ReportCommand.bytes(m.getOrDefault("output_size_in_bytes", 0L)),
          ReportCommand.bytes(m.getOrDefault("temp_size_in_bytes", 0L)),
          ReportCommand.bytes(m.getOrDefault("generated_code_size_in_bytes", 0L)));
      if (m.getOrDefault("alias_size_in_bytes", 0L) > 0) {
        out.printf(Locale.ROOT, "%s  of which aliased (donated arguments that the outputs reuse): %s%n", indent,
            ReportCommand.bytes(m.get("alias_size_in_bytes")));
      }
      long overlapped = overlap.pairs().stream().filter(TpuSchedule.PermuteOverlap::overlapsAttention).count();
      out.printf(Locale.ROOT, "%sring overlap in the TPU schedule: %d of %d collective-permute-start ... done pairs have"
          + " attention compute between them%s%n", indent, overlapped, overlap.pairs().size(),
          overlap.pairs().isEmpty() ? " (no ring in this program)" : overlapped == overlap.pairs().size() ? ": hidden" : "");
      if (sharded) {
        out.printf(Locale.ROOT, "%sFSDP weight gathers in layer loops: %d of %d all-gather-start ... done pairs have layer"
            + " compute between them%s (compiled with %s; run with the same LIBTPU_INIT_ARGS)%n", indent, gathersHidden(),
            layerGathers.size(), gathersHidden() == layerGathers.size() ? ": hidden" : "", String.join(" ", flags));
      }
      out.println(indent + "compiled TPU program: " + result.tpuHlo());
    }
  }
}
