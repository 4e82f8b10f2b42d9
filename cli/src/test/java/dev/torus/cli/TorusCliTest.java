package dev.torus.cli;

import static dev.torus.cli.CliRun.torus;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED;
import static dev.torus.compiler.lower.ProgramNames.LAYERS;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.cli.CliRun.Outcome;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.Torus;
import dev.torus.dsl.Presets;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, one-line errors on stderr, and what compile writes. */
class TorusCliTest {
  @TempDir Path dir;

  /** {@code tiny}'s random checkpoint in {@code into}, with {@code norm.weight} filled with {@code value}. */
  private static void checkpointWithFinalNorm(Path into, float value) throws IOException {
    RandomCheckpoint.write(Presets.tiny(), into, 1);
    Map<String, HostTensor> tensors = new java.util.LinkedHashMap<>();
    try (Checkpoint ckpt = Checkpoint.open(into)) {
      for (String name : ckpt.tensorNames()) {
        tensors.put(name, ckpt.read(name, DType.F32, ckpt.info(name).shape()));
      }
    }
    float[] norm = new float[Math.toIntExact(tensors.get("model.norm.weight").elementCount())];
    java.util.Arrays.fill(norm, value);
    tensors.put("model.norm.weight", HostTensor.ofFloats(norm, norm.length));
    Safetensors.write(into.resolve(Checkpoint.SINGLE_FILE), tensors);
  }

  @Test
  void nonFiniteWeightsAndLogitsAreErrorsThatSayWhere() throws IOException {
    Path tokens = dir.resolve("ids.npy");
    Npy.write(tokens, HostTensor.ofInts(new int[16], 1, 16));
    Path nan = dir.resolve("nan");
    checkpointWithFinalNorm(nan, Float.NaN);
    Outcome weights = torus("run", "--model", nan.toString(), "--tokens-file", tokens.toString(), "--out",
        dir.resolve("a.npy").toString());
    assertEquals(1, weights.code(), weights.err());
    assertTrue(weights.err().contains("tensor 'model.norm.weight' in " + nan.resolve(Checkpoint.SINGLE_FILE)
        + " has 64 non-finite value(s) (NaN or infinite, the first at flat index 0, as f32)"), weights.err());
    Path huge = dir.resolve("huge");   // finite weights whose logits overflow
    checkpointWithFinalNorm(huge, 3e38f);
    Outcome logits = torus("run", "--model", huge.toString(), "--tokens-file", tokens.toString(), "--out",
        dir.resolve("b.npy").toString());
    assertEquals(1, logits.code(), logits.err());
    assertTrue(logits.err().contains("logits are NaN or infinite (the first at [batch 0, position 0, vocabulary "),
        logits.err());
    assertTrue(!Files.exists(dir.resolve("b.npy")), "no logits file");
    Outcome allowed = torus("run", "--model", huge.toString(), "--tokens-file", tokens.toString(), "--out",
        dir.resolve("b.npy").toString(), "--allow-non-finite");
    assertEquals(0, allowed.code(), allowed.err());
    assertTrue(Npy.read(dir.resolve("b.npy")).nonFinite().count() > 0);
  }

  @Test
  void mistakesExitWithTwoAndOneLineThatSaysWhatToDo() {
    Outcome unknown = torus("trian");
    assertEquals(2, unknown.code());
    assertEquals("torus: unknown command 'trian' (did you mean train?); known commands: demo, compile, run, train,"
        + " report, tpu-check, plan, codegen, pod-run, pod-train, checkpoint-to-hf, export, generate, completion (see: torus help)\n", unknown.err());

    Outcome blocks = torus("compile", "--model", "tiny", "--seq", "64", "--block-q", "48", "--out", dir.toString());
    assertEquals(2, blocks.code());
    assertTrue(blocks.err().startsWith("torus compile: sequence length 64 must be a multiple of the query block 48"),
        blocks.err());

    Outcome noWeights = torus("run", "--model", "tiny", "--tokens-file", "x.npy", "--out", "y.npy");
    assertEquals(2, noWeights.code());
    assertTrue(noWeights.err().contains("built-in model 'tiny' has no weights"), noWeights.err());

    Outcome ring = torus("run", "--model", "tiny", "--tokens-file", "x.npy", "--out", "y.npy", "--ring", "4");
    assertEquals(2, ring.code());

    Outcome option = torus("compile", "--model", "tiny", "--seq", "64", "--sequence", "64");
    assertEquals(2, option.code());
    assertTrue(option.err().startsWith("torus compile: unknown option '--sequence'; compile takes --batch"), option.err());
    assertEquals(1, option.err().lines().count());
  }

  @Test
  void compileTargetTpuWritesTheRowSumOnTheMatrixUnitFormAndRefusesWhatItCannotDo() throws Exception {
    Outcome cpu = torus("compile", "--model", "tiny", "--seq", "32", "--block", "8", "--out", dir.resolve("cpu").toString());
    assertEquals(0, cpu.code(), cpu.err());
    Outcome tpu = torus("compile", "--model", "tiny", "--seq", "32", "--block", "8", "--target", "tpu",
        "--out", dir.resolve("tpu").toString());
    assertEquals(0, tpu.code(), tpu.err());
    String standard = Files.readString(dir.resolve("cpu").resolve(Artifact.HLO));
    String rowSum = Files.readString(dir.resolve("tpu").resolve(Artifact.HLO));
    // The query block's rows [B, Hkv, G * Bq, D] = [1, 2, 16, 16] carry the denominator as a 17th column.
    assertFalse(standard.contains("f32[1,2,16,17]"), "the default program has no [o | l] accumulator");
    assertTrue(rowSum.contains("f32[1,2,16,17]"), "--target tpu carries [o | l] through the key-block loop");

    Outcome blocks = torus("compile", "--model", "tiny", "--seq", "4096", "--ring", "2", "--target", "tpu",
        "--out", dir.resolve("tpu-blocks").toString());
    assertEquals(0, blocks.code(), blocks.err());
    assertTrue(blocks.out().contains("(blocks q=1024 kv=1024 chunk=512,"), "--target tpu's default blocks: " + blocks.out());

    Outcome bad = torus("compile", "--model", "tiny", "--seq", "32", "--target", "npu", "--out", dir.resolve("x").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("unknown --target 'npu', expected one of cpu, tpu, gpu"), bad.err());
    Outcome train = torus("compile", "--model", "tiny", "--seq", "32", "--task", "train", "--target", "tpu",
        "--out", dir.resolve("y").toString());
    assertEquals(2, train.code());
    assertTrue(train.err().contains("--target tpu applies to --task forward programs so far"), train.err());
    Outcome generate = torus("compile", "--model", "tiny", "--task", "generate", "--max-len", "64", "--prompt-len",
        "16", "--target", "gpu", "--out", dir.resolve("z").toString());
    assertEquals(new Outcome(2, "", "torus compile: --target gpu applies to --task forward and train programs so far;"
        + " leave --target out for --task generate\n"), generate);
    assertFalse(Files.exists(dir.resolve("z")), "refused before any output");
  }

  @Test
  void compileWritesTheEmulationOnlyForSmallMeshesUnlessAsked() throws Exception {
    Outcome small = torus("compile", "--model", "tiny", "--seq", "64", "--ring", "4", "--layout", "striped",
        "--block-q", "8", "--block-kv", "8", "--chunk", "8", "--out", dir.resolve("r4").toString());
    assertEquals(0, small.code(), small.err());
    assertTrue(Files.exists(dir.resolve("r4").resolve(Artifact.EMULATED_STABLEHLO)));

    Outcome large = torus("compile", "--model", "tiny", "--seq", "256", "--ring", "32", "--block-q", "8",
        "--block-kv", "8", "--chunk", "8", "--out", dir.resolve("r32").toString());
    assertEquals(0, large.code(), large.err());
    assertFalse(Files.exists(dir.resolve("r32").resolve(Artifact.EMULATED_STABLEHLO)));
    assertTrue(large.out().contains("no single-device emulation for 32 devices (add --emulate to write it)"), large.out());
    Artifact artifact = Artifact.read(dir.resolve("r32"));
    assertEquals(32, artifact.manifest().mesh().deviceCount());
    assertEquals(TokenLayout.STRIPED, Artifact.read(dir.resolve("r4")).manifest().tokenLayout());
  }

  /** Every option of every command, spelt as docs/ARCHITECTURE.md (Fixed interfaces) and the README spell them. */
  private static final Set<String> TRAINING = Set.of("model", "steps", "batch", "seq", "ring", "dp", "fsdp", "layout",
      "block", "block-q", "block-kv", "chunk", "lr", "min-lr", "warmup", "decay-steps", "weight-decay", "clip", "data", "data-dtype", "documents", "eval-data",
      "eval-every", "eval-batches", "save-every", "seed", "out", "resume", "hardware", "accumulate", "precision", "remat",
      "force", "text-field");

  private static Set<String> plus(Set<String> base, String... more) {
    Set<String> all = new java.util.TreeSet<>(base);
    all.addAll(List.of(more));
    return all;
  }

  private static final Map<String, Set<String>> OPTIONS = Map.ofEntries(Map.entry("pod-train", plus(TRAINING, "devices",
          "multi-process", "coordinator", "num-processes", "process-id", "cache-dir", "heartbeat")),
      Map.entry("checkpoint-to-hf", Set.of("out", "force")),
      Map.entry("demo", Set.of("out")),
      Map.entry("compile", Set.of("model", "seq", "batch", "ring", "layout", "dp", "fsdp", "block", "block-q", "block-kv", "chunk", "dtype",
          "task", "out", "count-blocks", "emulate", "lr", "warmup", "total-steps", "force", "max-len", "prompt-len",
          "target", "precision", "remat", "cpu-decode-kernel")),
      Map.entry("run", Set.of("model", "tokens-file", "out", "artifact", "block", "block-q", "block-kv", "chunk", "dtype", "ring", "layout",
          "emulate", "allow-non-finite", "force", "ignore-unused")),
      Map.entry("train", plus(TRAINING, "emulate")),
      Map.entry("report", Set.of("hardware", "json")),
      Map.entry("tpu-check", Set.of("topology", "json", "max-context", "model", "keep", "remat", "precision")),
      Map.entry("plan", Set.of("model", "hardware", "devices", "ring", "json", "overlap-table", "task", "layout", "block")),
      Map.entry("codegen", Set.of("model", "seq", "batch", "ring", "layout", "block", "block-q", "block-kv", "chunk", "dtype", "package",
          "class", "out", "task", "lr", "warmup", "total-steps", "fsdp")),
      Map.entry("export", Set.of("model", "seq", "batch", "ring", "layout", "dp", "fsdp", "block", "block-q", "block-kv", "chunk", "dtype",
          "weights", "saved-model", "artifact")),
      Map.entry("generate", Set.of("model", "prompt", "prompt-file", "chat", "max-new-tokens", "max-len", "ring", "emulate",
          "devices", "temperature", "top-k", "top-p", "repetition-penalty", "seed", "stop", "artifact", "force", "block",
          "cpu-decode-kernel")),
      Map.entry("pod-run", Set.of("weights", "tokens-file", "out", "devices", "multi-process", "coordinator", "num-processes",
          "process-id", "force", "ignore-unused")));

  @Test
  void everyCommandTakesExactlyItsOptionsAndItsHelpNamesThem() {
    var commands = TorusCli.commandLine().getSubcommands();
    assertEquals(Set.of("demo", "compile", "run", "train", "report", "tpu-check", "plan", "codegen", "pod-run", "pod-train",
        "checkpoint-to-hf", "export", "generate", "completion", "help"), commands.keySet());
    OPTIONS.forEach((command, names) -> {
      Set<String> taken = commands.get(command).getCommandSpec().options().stream()
          .filter(o -> !o.usageHelp() && !o.versionHelp()).map(o -> o.longestName().substring(2))
          .collect(Collectors.toSet());
      assertEquals(names, taken, command);
      Outcome help = torus(command, "--help");
      assertEquals(0, help.code(), command);
      assertTrue(help.out().startsWith("usage: torus " + command), help.out());
      for (String name : names) {
        assertTrue(help.out().contains("--" + name + " "), command + " --help does not mention --" + name);
      }
    });
  }

  @Test
  void versionAndHelpShowTheVersionAndTheDefaults() {
    assertEquals(new Outcome(0, "Torus " + Torus.VERSION + "\n", ""), torus("--version"));
    assertEquals(new Outcome(0, "Torus " + Torus.VERSION + "\n", ""), torus("plan", "--version"));
    Outcome help = torus("compile", "--help");
    assertTrue(help.out().lines().anyMatch(l -> l.matches(" +--batch B +sequences \\(default 1\\)")), help.out());
    assertTrue(help.out().lines().anyMatch(l -> l.matches(" +--total-steps N +.*\\(default 10000\\)")), help.out());
    assertTrue(torus("report", "--help").out().contains("(default tpu-v4)"));
    Outcome list = torus("help");
    assertEquals(0, list.code());
    assertTrue(list.out().contains("tpu-check") && list.out().contains("completion"), list.out());
    assertEquals(2, torus().code());
  }

  @Test
  void misspeltOptionsAndMissingOnesSayWhatToType() {
    Outcome misspelt = torus("compile", "--sek", "64");
    assertEquals(2, misspelt.code());
    assertTrue(misspelt.err().startsWith("torus compile: unknown option '--sek'; compile takes --batch, "), misspelt.err());
    assertTrue(misspelt.err().endsWith("; did you mean --seq?\n"), misspelt.err());
    assertEquals(1, misspelt.err().lines().count());

    Outcome command = torus("comple");
    assertEquals(2, command.code());
    assertTrue(command.err().startsWith("torus: unknown command 'comple' (did you mean compile?)"), command.err());

    Outcome missing = torus("compile", "--model", "tiny", "--seq", "64");
    assertEquals(new Outcome(2, "", "torus compile: --out is required; see torus compile --help\n"), missing);
    Outcome two = torus("train", "--batch", "2");
    assertEquals(new Outcome(2, "", "torus train: --model and --steps are required; see torus train --help\n"), two);
    Outcome noValue = torus("compile", "--model", "tiny", "--seq");
    assertEquals(new Outcome(2, "", "torus compile: --seq needs a value: --seq S\n"), noValue);
    Outcome planned = torus("plan", "--hardware", "tpu-v4", "--devices", "8");
    assertEquals(new Outcome(2, "", "torus plan: --model is required\n"), planned);

    assertEquals("torus compile: --ring: must be positive, got 0\n",
        torus("compile", "--model", "tiny", "--seq", "64", "--ring", "0", "--out", "x").err());
    assertEquals("torus compile: --layout: expected contiguous or striped, got 'diagonal'\n",
        torus("compile", "--model", "tiny", "--seq", "64", "--layout", "diagonal", "--out", "x").err());
    assertEquals("torus run: --dtype: expected f32 or bf16, got 'f16'\n",
        torus("run", "--model", "m", "--tokens-file", "t", "--out", "o", "--dtype", "f16").err());
  }

  @Test
  void completionIsABashScriptForEveryCommandAndOption() {
    Outcome script = torus("completion");
    assertEquals(0, script.code(), script.err());
    assertTrue(script.out().startsWith("#!/usr/bin/env bash"), script.out().lines().findFirst().orElse(""));
    assertTrue(script.out().contains(
        "local commands=\"demo compile run train report tpu-check plan codegen pod-run pod-train checkpoint-to-hf export generate completion help\""),
        script.out());
    assertTrue(script.out().contains("complete -F _complete_torus"), script.out());
    assertTrue(script.out().contains("(\"v4-1024\" \"v4-8\""), "topology names complete");
  }

  @Test
  void planPrintsEveryMethodWithItsAssumptionsAndAsJson() throws Exception {
    Outcome plan = torus("plan", "--model", "llama-7b", "--hardware", "tpu-v4", "--devices", "1024", "--ring", "128");
    assertEquals(0, plan.code(), plan.err());
    for (String method : List.of("vanilla attention", "memory-efficient attention", "blockwise (BPT)", "ring attention")) {
      assertTrue(plan.out().contains(method), plan.out());
    }
    assertTrue(plan.out().contains("assumptions:") && plan.out().contains("FSDP-sharded over all 1024 devices"), plan.out());

    Outcome json = torus("plan", "--model", "llama-7b", "--hardware", "tpu-v4", "--devices", "1024", "--ring", "128", "--json");
    assertEquals(0, json.code(), json.err());
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertEquals(128, tree.get("ring").asInt());
    assertEquals(4, tree.get("methods").size());
    var ring = tree.get("methods").get(3);
    assertEquals("RING", ring.get("method").asText());
    assertEquals(128 * ring.get("perDevice").asLong(), ring.get("maxContext").asLong());
    assertTrue(ring.get("memory").get("total").asLong() <= tree.get("hbmBytes").asLong());
    assertTrue(plan.out().contains(String.format(java.util.Locale.ROOT, "%,dK", ring.get("maxContext").asLong() / 1024)),
        "table and JSON disagree: " + plan.out());

    Outcome table2 = torus("plan", "--overlap-table");
    assertEquals(0, table2.code());
    assertTrue(table2.out().contains("24.96K") && table2.out().contains("24.5K"), table2.out());

    Outcome bad = torus("plan", "--model", "llama-7b", "--hardware", "tpu-v9", "--devices", "8");
    assertEquals(2, bad.code());
    assertEquals("torus plan: --hardware: unknown hardware 'tpu-v9'; known: tpu-v3, tpu-v4, tpu-v5e, tpu-v5p, tpu-v6e,"
        + " a100, a100-ib, h100, h200\n", bad.err());
  }

  @Test
  void reportAnalysesTheArtifactAndDrawsCountablePictures() throws Exception {
    Path art = dir.resolve("ring");
    assertEquals(0, torus("compile", "--model", "tiny", "--seq", "64", "--ring", "4", "--block-q", "8", "--block-kv", "8",
        "--chunk", "8", "--out", art.toString()).code());
    Outcome table = torus("report", art.toString(), "--hardware", "tpu-v5e");
    assertEquals(0, table.code(), table.err() + table.out());
    assertTrue(table.out().contains("6 of 16 cells fully masked"), table.out());
    assertTrue(table.out().contains("ring steps per layer: 3 of 3 run, 0 skipped"), table.out());
    assertTrue(table.out().contains(String.join("/", LAYERS, RING_STEPS, QUERY_BLOCKS, KV_BLOCKS_MASKED)), table.out());

    Outcome json = torus("report", art.toString(), "--json");
    assertEquals(0, json.code(), json.err());
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertEquals("tpu-v4", tree.get("hardware").asText());
    assertEquals(4, tree.get("perDevice").size());
    // Contiguous causal ring of 4: device d holds no visible keys of the N - 1 - d later shards.
    assertEquals(6, tree.get("ring").get("maskedCells").asInt());
    assertEquals(3, tree.get("busiestDevice").asInt());
    assertTrue(tree.get("fits").asBoolean());
    assertEquals(3, tree.get("ringStepsRun").asInt());
    assertEquals("every layer", tree.get("layerKinds").get(0).get("kind").asText());
    assertEquals(1, tree.get("layerKinds").size());
    assertTrue(tree.get("layerKinds").get(0).get("attentionFlops") == null, "the one kind's cells are the ring's");

    var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    var timeline = xml.newDocumentBuilder().parse(art.resolve("report/ring-timeline.svg").toFile());
    var groups = timeline.getElementsByTagName("g");
    java.util.Map<String, int[]> perLayout = new java.util.HashMap<>();   // layout -> {cells, masked}
    for (int i = 0; i < groups.getLength(); i++) {
      var g = (org.w3c.dom.Element) groups.item(i);
      if (g.getAttribute("class").startsWith("cell")) {
        String layout = ((org.w3c.dom.Element) g.getParentNode()).getAttribute("data-layout");
        int[] counts = perLayout.computeIfAbsent(layout, k -> new int[2]);
        counts[0]++;
        counts[1] += g.getAttribute("class").equals("cell masked") ? 1 : 0;
      }
    }
    assertEquals(16, perLayout.get("contiguous")[0]);
    assertEquals(tree.get("ring").get("maskedCells").asInt(), perLayout.get("contiguous")[1]);
    // The striped panel: every device sees some keys of every shard, so no cell is fully masked.
    assertEquals(16, perLayout.get("striped")[0]);
    assertEquals(0, perLayout.get("striped")[1]);

    var chart = xml.newDocumentBuilder().parse(art.resolve("report/memory-vs-context.svg").toFile());
    assertEquals(3, chart.getElementsByTagName("polyline").getLength());

    String dot = Files.readString(art.resolve("report/program.dot"));
    long clusters = dot.lines().filter(l -> l.strip().startsWith("subgraph \"cluster_")).count();
    // One per model layer: embed, input_layernorm, self_attn, post_attention_layernorm, mlp, norm, lm_head.
    assertEquals(7, clusters, dot.lines().filter(l -> l.contains("cluster_")).toList().toString());
  }

  /**
   * A Mistral config (window 12 in every layer) on a contiguous ring of 4 with 16 tokens per device:
   * only the first ring step can hold a key some local query sees, and {@code report} says that one
   * step of three runs, in the table and in the JSON.
   */
  @Test
  void reportSaysHowManyRingStepsAWindowLeavesToRun() throws Exception {
    Path model = Files.createDirectories(dir.resolve("tiny-mistral"));
    Files.writeString(model.resolve("config.json"), "{\"model_type\": \"mistral\", \"hidden_size\": 64,"
        + " \"intermediate_size\": 128, \"num_attention_heads\": 4, \"num_key_value_heads\": 2,"
        + " \"num_hidden_layers\": 2, \"vocab_size\": 128, \"rms_norm_eps\": 1e-6, \"rope_theta\": 10000.0,"
        + " \"max_position_embeddings\": 256, \"sliding_window\": 12, \"hidden_act\": \"silu\","
        + " \"tie_word_embeddings\": false}");
    Path art = dir.resolve("mistral-ring");
    Outcome compiled = torus("compile", "--model", model.toString(), "--seq", "64", "--ring", "4", "--layout",
        "contiguous", "--block", "8", "--out", art.toString());
    assertEquals(0, compiled.code(), compiled.err());
    Outcome table = torus("report", art.toString(), "--hardware", "tpu-v5e");
    assertEquals(0, table.code(), table.err() + table.out());
    assertTrue(table.out().contains("ring steps per layer: 1 of 3 run, 2 skipped with their transfers"), table.out());
    Outcome json = torus("report", art.toString(), "--json");
    assertEquals(0, json.code(), json.err());
    assertEquals(1, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("ringStepsRun").asInt());
  }

  /**
   * A Gemma-2-style config (window 12 on layers 0 and 2, none on layer 1) on a contiguous ring of 4:
   * {@code report} lists each kind of layer with its ring steps (the windowed layers run one, the
   * global layer three) and critical path, the windowed layers' shorter, and the timeline draws a
   * panel per kind.
   */
  @Test
  void reportListsTheRingOfEachKindOfLayer() throws Exception {
    Path model = Files.createDirectories(dir.resolve("tiny-gemma2"));
    Files.writeString(model.resolve("config.json"), """
        {"attention_bias": false, "attention_dropout": 0.0, "attn_logit_softcapping": null, "bos_token_id": 2,
         "eos_token_id": 1, "final_logit_softcapping": null, "head_dim": 16, "hidden_activation": "gelu_pytorch_tanh",
         "hidden_size": 48, "initializer_range": 0.02, "intermediate_size": 96,
         "layer_types": ["sliding_attention", "full_attention", "sliding_attention"], "max_position_embeddings": 8192,
         "model_type": "gemma2", "num_attention_heads": 4, "num_hidden_layers": 3, "num_key_value_heads": 2,
         "pad_token_id": 0, "query_pre_attn_scalar": 24, "rms_norm_eps": 1e-06,
         "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "sliding_window": 12,
         "tie_word_embeddings": true, "transformers_version": "5.17.0", "use_cache": true, "vocab_size": 256}
        """);
    Path art = dir.resolve("gemma2-ring");
    Outcome compiled = torus("compile", "--model", model.toString(), "--seq", "64", "--ring", "4", "--layout",
        "contiguous", "--block", "8", "--out", art.toString());
    assertEquals(0, compiled.code(), compiled.err());
    Outcome table = torus("report", art.toString(), "--hardware", "tpu-v5e");
    assertEquals(0, table.code(), table.err() + table.out());
    java.util.regex.Matcher windowed = java.util.regex.Pattern.compile(
        "layers with window 12 \\(2 of 3\\): 1 of 3 ring steps run, critical path (\\S+) attention FLOPs").matcher(table.out());
    java.util.regex.Matcher global = java.util.regex.Pattern.compile(
        "layers with no window \\(1 of 3\\): 3 of 3 ring steps run, critical path (\\S+) attention FLOPs").matcher(table.out());
    assertTrue(windowed.find() && global.find(), table.out());
    assertTrue(Double.parseDouble(windowed.group(1)) < Double.parseDouble(global.group(1)), table.out());
    assertTrue(table.out().contains("attention FLOPs (mean over 3 layers)"), table.out());
    // each kind runs its own ring-step loop: the windowed layers one step (window 12 < 16 tokens each)
    assertTrue(table.out().contains("ring steps per layer: each kind of layer runs its own window's"), table.out());
    String svg = Files.readString(art.resolve("report/ring-timeline.svg"));
    assertEquals(3, svg.split("class=\"panel\"", -1).length - 1, "a panel per kind and one for the other layout");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(torus("report", art.toString(), "--json").out());
    assertEquals(2, json.get("layerKinds").size());
    assertEquals(12, json.get("layerKinds").get(0).get("window").asInt());
  }

  @Test
  void reportRefusesWhatIsNotThisCompilersArtifact() throws Exception {
    Outcome missing = torus("report", dir.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("is not an artifact"), missing.err());

    Path art = dir.resolve("one");
    assertEquals(0, torus("compile", "--model", "tiny", "--seq", "32", "--out", art.toString()).code());
    Path hlo = art.resolve(Artifact.HLO);
    Files.writeString(hlo, Files.readString(hlo).replace("f32[1,32,256]", "f32[1,32,257]"));
    Outcome edited = torus("report", art.toString());
    assertEquals(1, edited.code());
    assertTrue(edited.err().contains("sha256"), edited.err());
    assertEquals(1, edited.err().lines().count());
  }
}
