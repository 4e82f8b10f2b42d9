package dev.torus.cli;

import com.google.common.hash.Hashing;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.GenerateCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.JaxEngine;
import dev.torus.harness.XlaHarness;
import dev.torus.runtime.TfEngine;
import dev.torus.text.ChatTemplate;
import dev.torus.text.Tokenizer;
import dev.torus.text.generate.EosIds;
import dev.torus.text.generate.Generation;
import dev.torus.text.generate.Generator;
import dev.torus.text.generate.SamplingOptions;
import dev.torus.train.Engine;
import dev.torus.train.GenerationFeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code torus generate --model DIR --prompt P | --prompt-file F [--chat] [--max-new-tokens N] [--max-len M]
 * [--ring R --emulate | --devices cpu|jax] [--temperature T --top-k K --top-p P --repetition-penalty X --seed S]
 * [--stop STR]... [--block K] [--artifact DIR]}: text in, text out. Checks the prompts, the tokenizer, the chat
 * template and the memory before any work, compiles the generate artifact (or reuses the one in {@code --artifact}
 * compiled for the same model and shape), streams the text to stdout, and the figures to stderr.
 */
@Command(name = "generate", customSynopsis = "torus generate --model DIR --prompt TEXT | --prompt-file F [options]",
    description = {"generate text from a prompt with a Hugging Face model directory (config.json, safetensors,"
        + " tokenizer.json)", "",
        "Compiles the model's prefill and decode programs over a KV cache of --max-len tokens, runs the prompt"
            + " through the prefill and decodes one token per step, streaming the text to stdout; prefill time,"
            + " decode tokens/s and the cache size go to stderr. Several --prompt/--prompt-file run as one batch."},
    footer = "Exit status: 0 ok, 1 error, 2 a mistake in the command line, 3 it does not fit this machine.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "DIR", required = true,
      description = "a Hugging Face model directory: config.json, *.safetensors and tokenizer.json")
  Path model;

  @Option(names = "--prompt", paramLabel = "TEXT", description = "a prompt (repeat for a batch)")
  List<String> prompts = new ArrayList<>();

  @Option(names = "--prompt-file", paramLabel = "F", description = "a UTF-8 file whose text is one prompt (repeatable)")
  List<Path> promptFiles = new ArrayList<>();

  @Option(names = "--chat", description = "wrap each prompt as a user message in the model's chat template")
  boolean chat;

  @Option(names = "--max-new-tokens", paramLabel = "N", defaultValue = "64", converter = OptionTypes.Positive.class,
      description = "the most tokens generated per prompt (default ${DEFAULT-VALUE})")
  int maxNewTokens;

  @Option(names = "--max-len", paramLabel = "M", converter = OptionTypes.Positive.class,
      description = "the KV cache's length, prompt and generated tokens together (default: the longest prompt plus"
          + " --max-new-tokens, rounded up to the cache's block)")
  Integer maxLength;

  @Option(names = "--ring", paramLabel = "R", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "shard the prompt and the cache over a ring of R devices (with --emulate or --devices)")
  int ring;

  @Option(names = "--emulate", description = "run a ring program as its single-device emulation (TensorFlow Java)")
  boolean emulate;

  @Option(names = "--devices", paramLabel = "D",
      description = "run through the JAX engine: cpu, R virtual CPU devices; jax, the devices JAX finds (default:"
          + " TensorFlow Java on this CPU)")
  PodRunCommand.Devices devices;

  @Option(names = "--cpu-decode-kernel", description = "with --devices cpu: the decode step's cache attention as"
      + " Torus's native CPU kernel (built with the machine's g++ on first use; about 4x the XLA loop's speed)")
  boolean cpuDecodeKernel;

  @Option(names = "--temperature", paramLabel = "T", defaultValue = "0",
      description = "0 (default): greedy; above 0: sample from the logits divided by T")
  double temperature;

  @Option(names = "--top-k", paramLabel = "K", defaultValue = "0", description = "sample among the K most likely"
      + " tokens and their ties (0, default: all)")
  int topK;

  @Option(names = "--top-p", paramLabel = "P", defaultValue = "1", description = "sample among the fewest most likely"
      + " tokens whose probabilities add up to P (1, default: all)")
  double topP;

  @Option(names = "--repetition-penalty", paramLabel = "X", defaultValue = "1",
      description = "divide the positive (multiply the negative) logits of tokens already seen by X (1, default: none)")
  double repetitionPenalty;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "the sampling seed (default 0)")
  long seed;

  @Option(names = "--stop", paramLabel = "STR", description = "stop a prompt's generation at this text, which is not"
      + " printed (repeatable)")
  List<String> stops = new ArrayList<>();

  @Option(names = "--artifact", paramLabel = "DIR", description = "keep the compiled artifact in DIR and reuse it when"
      + " it was compiled for the same model and shape (default: a temporary directory)")
  Path artifactDir;

  @Option(names = "--force", description = "run even when the pre-flight says the machine has too little free memory")
  boolean force;

  @Option(names = "--block", paramLabel = "K", converter = OptionTypes.Positive.class,
      description = "the query and key/value block and the feedforward chunk (default: a quarter of the longest"
          + " prompt's tokens per device, as a power of two from " + SMALLEST_BLOCK + " to " + LARGEST_BLOCK + ")")
  Integer block;

  /** The default block's bounds: small prompts pad little, long ones take blocks XLA runs efficiently. */
  static final int SMALLEST_BLOCK = 16;
  static final int LARGEST_BLOCK = 128;

  /** The file next to a cached artifact that says what it was compiled for. */
  static final String KEY_FILE = "generate-key.txt";

  @Override
  public Integer call() throws Exception {
    SamplingOptions options;
    try {
      options = new SamplingOptions(temperature, topK, topP, repetitionPenalty, seed, maxNewTokens,
          com.google.common.collect.ImmutableList.copyOf(stops));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (Presets.isPreset(model.toString())) {
      throw new UsageException("built-in model '" + model + "' has no weights or tokenizer; pass a Hugging Face model"
          + " directory (config.json, safetensors, tokenizer.json)");
    }
    if (prompts.isEmpty() && promptFiles.isEmpty()) {
      throw new UsageException("give a prompt: --prompt TEXT or --prompt-file F");
    }
    if (ring > 1 && !emulate && devices == null) {
      throw new UsageException("--ring " + ring + " needs --emulate (its single-device emulation on this CPU) or"
          + " --devices cpu|jax (the JAX engine on " + ring + " devices)");
    }
    if (cpuDecodeKernel && devices != PodRunCommand.Devices.CPU) {
      throw new UsageException("--cpu-decode-kernel runs in the JAX engine on CPU devices: add --devices cpu");
    }
    if (!Tokenizer.isPresent(model)) {
      throw new UsageException("--model " + model + " has no " + Tokenizer.TOKENIZER_JSON + "; generate needs the"
          + " model's fast tokenizer (transformers' save_pretrained writes it)");
    }
    List<String> texts = new ArrayList<>(prompts);
    for (Path f : promptFiles) {
      if (!Files.isRegularFile(f)) {
        throw new UsageException("--prompt-file " + f + " is not a file");
      }
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    ModelSpec modelSpec = ModelSource.resolve(model.toString(), null);
    Tokenizer tokenizer = Tokenizer.open(model);
    try {
      List<int[]> ids = encode(tokenizer, texts);
      int longest = ids.stream().mapToInt(a -> a.length).max().orElseThrow();
      GenerateShape shape = shape(modelSpec, ids.size(), longest);
      long cache = 2L * modelSpec.depth() * shape.prompt().batch() * modelSpec.attention().kvHeads()
          * shape.maxLength() * modelSpec.attention().headDim() * modelSpec.paramType().byteSize();
      long weights = Files.list(model).filter(p -> p.toString().endsWith(".safetensors")).mapToLong(p -> p.toFile()
          .length()).sum();
      RunPreflight.checkMemory("generate: the KV cache of " + shape.prompt().batch() + " x " + shape.maxLength()
          + " tokens (" + bytes(cache) + ") and the weights", cache + 2 * weights, force);
      EosIds eos = EosIds.read(model, tokenizer);
      if (artifactDir != null) {
        return run(ids, shape, modelSpec, options, eos, tokenizer, artifactDir);
      }
      try (TemporaryDirectory work = TemporaryDirectory.create("torus-generate-")) {
        return run(ids, shape, modelSpec, options, eos, tokenizer, work.path().resolve("artifact"));
      }
    } finally {
      tokenizer.close();
    }
  }

  private List<int[]> encode(Tokenizer tokenizer, List<String> texts) {
    ChatTemplate template = null;
    if (chat) {
      template = tokenizer.chatTemplate().orElseThrow(() -> new UsageException("--chat: " + model + " has no chat"
          + " template (neither chat_template.jinja nor a chat_template in tokenizer_config.json); drop --chat"));
    }
    List<int[]> ids = new ArrayList<>();
    for (String text : texts) {
      int[] p = template == null ? tokenizer.encode(text, true)
          : tokenizer.encode(template.render(List.of(ChatTemplate.Message.user(text)), true), false);
      if (p.length == 0) {
        throw new UsageException("prompt " + ids.size() + " encodes to no token; give some text");
      }
      ids.add(p);
    }
    return ids;
  }

  /** Prompts padded to a multiple of ring x block, a cache of --max-len (or prompt + new tokens) likewise. */
  private GenerateShape shape(ModelSpec modelSpec, int batch, int longest) {
    int wanted = maxLength != null ? maxLength : longest + maxNewTokens;
    if (maxLength != null && longest >= maxLength) {
      throw new UsageException("the prompt has " + longest + " tokens, and --max-len " + maxLength + " leaves no room"
          + " for a new token; raise --max-len above " + longest);
    }
    int block = this.block != null ? this.block : defaultBlock(longest, ring);
    int unit = ring * block;
    int m = (wanted + unit - 1) / unit * unit;
    if (maxLength != null && m != maxLength) {
      spec.commandLine().getErr().printf(Locale.ROOT, "generate: note: --max-len %d rounded up to %d (a multiple of"
          + " ring %d x block %d)%n", maxLength, m, ring, block);
    }
    int p = (longest + unit - 1) / unit * unit;
    RunShape prompt = ring == 1 ? RunShape.of(batch, p, BlockSizes.uniform(block))
        : RunShape.ring(batch, p, BlockSizes.uniform(block), ring, TokenLayout.CONTIGUOUS, 1);
    try {
      GenerateShape shape = new GenerateShape(prompt, m);
      GenerateCompiler.check(modelSpec, shape);
      return shape;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The block for prompts of up to {@code longest} tokens on a ring of {@code ring}: a quarter of each device's
   * tokens, rounded down to a power of two between {@link #SMALLEST_BLOCK} and {@link #LARGEST_BLOCK}. A prompt
   * pads to a multiple of ring x block, so short prompts keep small blocks; long ones take fewer, larger blocks (a
   * 2,048-token prompt has 16 key blocks per layer, where blocks of 16 made 128).
   */
  static int defaultBlock(int longest, int ring) {
    int perDevice = (longest + ring - 1) / ring;
    int quarter = Integer.highestOneBit(Math.max(1, perDevice / 4));
    return Math.max(SMALLEST_BLOCK, Math.min(LARGEST_BLOCK, quarter));
  }

  private int run(List<int[]> ids, GenerateShape shape, ModelSpec modelSpec, SamplingOptions options, EosIds eos,
      Tokenizer tokenizer, Path dir) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Artifact artifact = compileOrReuse(modelSpec, shape, dir, err);
    Engine engine;
    if (devices == null) {
      engine = TfEngine.open(artifact);
    } else {
      XlaHarness harness = XlaHarness.locate();
      String missing = harness.unavailableReason().orElse(null);
      if (missing != null) {
        throw new UsageException("--devices " + devices + ": the XLA harness is not available: " + missing + "; "
            + XlaHarness.INSTALL_HINT);
      }
      JaxEngine.Options o = devices == PodRunCommand.Devices.JAX ? new JaxEngine.Options(true, null, null, 20)
          : JaxEngine.Options.cpu();
      engine = JaxEngine.start(harness, artifact, o);
    }
    List<Generation> results;
    // The generator owns the feeds and their engine (and closes the tokenizer, which call() closes again).
    try (Generator generator = Generator.of(GenerationFeeds.open(engine, model), tokenizer, eos)) {
      boolean live = ids.size() == 1;
      results = generator.generateIds(ids, options, (prompt, text) -> {
        if (live) {
          out.print(text);
          out.flush();
        }
      });
      if (live) {
        out.println();
      } else {
        for (int i = 0; i < results.size(); i++) {
          out.println("--- prompt " + i + " ---");
          out.println(results.get(i).text());
        }
      }
    }
    Generation g = results.get(0);
    long tokens = results.stream().mapToLong(r -> r.tokenIds().length()).sum();
    long textless = results.stream().flatMapToInt(r -> r.tokenIds().stream()).filter(id -> id >= tokenizer.vocabSize())
        .count();
    if (textless > 0) {
      err.printf(Locale.ROOT, "generate: note: %d generated token(s) have ids past the tokenizer's %d, which have no"
          + " text and print as nothing (as in transformers); the model's vocabulary is %d%n", textless,
          tokenizer.vocabSize(), modelSpec.vocabSize());
    }
    err.printf(Locale.ROOT, "generate: %d prompt(s), %d new token(s) (%s); prefill %.1f ms, first decode step %.1f ms%s,"
        + " then decode %.1f tokens/s, KV cache %s (%d x %d tokens, %s)%n", results.size(), tokens,
        String.join(", ", results.stream().map(r -> r.finishReason().spelling()).toList()), g.prefillMillis(),
        g.firstDecodeMillis(), devices == null ? " (TensorFlow compiles each program at its first call)" : "",
        g.decodeTokensPerSecond(), bytes(g.cacheBytes()), shape.prompt().batch(), shape.maxLength(),
        modelSpec.paramType().xlaName());
    return 0;
  }

  /** Bytes in the largest unit that keeps them at least 1 (10^3 steps). */
  static String bytes(long n) {
    String[] units = {"B", "kB", "MB", "GB", "TB"};
    double v = n;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return u == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private Artifact compileOrReuse(ModelSpec modelSpec, GenerateShape shape, Path dir, PrintWriter err)
      throws IOException {
    String key = Hashing.sha256().hashString(modelSpec + "|" + shape + (cpuDecodeKernel ? "|cpu-decode-kernel" : ""),
        StandardCharsets.UTF_8).toString();
    Path keyFile = dir.resolve(KEY_FILE);
    if (Files.isRegularFile(keyFile) && Files.readString(keyFile).strip().equals(key)) {
      return Artifact.read(dir);
    }
    if (Files.isDirectory(dir) && Files.list(dir).findAny().isPresent()) {
      OutputPaths.checkArtifactDirectory(dir, "--artifact", force);
    }
    long start = System.nanoTime();
    Artifact artifact = GenerateCompiler.compile(modelSpec, shape, false, cpuDecodeKernel).write(dir, true);
    Files.writeString(keyFile, key + "\n");
    err.printf(Locale.ROOT, "generate: compiled prefill and decode (prompts of up to %d tokens, KV cache %d) in %.0f ms%n",
        shape.prompt().sequence(), shape.maxLength(), (System.nanoTime() - start) / 1e6);
    return artifact;
  }
}
