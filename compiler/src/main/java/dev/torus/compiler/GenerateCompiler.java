package dev.torus.compiler;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.emit.ArtifactEmitter;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.lower.GenerateLowering;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.Attention;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles a model's generate programs ({@link GenerateLowering}) into one artifact with two entry
 * points: {@code main}, the prefill (inputs {@code tokens [B, P]} right-padded, {@code prompt_lengths
 * [B]} (role {@code lengths}), the weights, {@code cache_k} and {@code cache_v} (role {@code kv_cache},
 * {@code [L, B, Hkv, M, D]} in the parameters' dtype, split over the ring along the slots); outputs
 * {@code logits [B, V]} of each prompt's last real token and the caches), and {@value #DECODE}
 * (inputs {@code tokens [B, 1]}, {@code positions [B]} (role {@code lengths}), the weights and the
 * caches; outputs {@code logits [B, V]} and the caches). Both donate the caches: the new cache lives
 * in the old one's buffer. The manifest's model record adds {@code "task": "generate"} and
 * {@code "maxLength"}.
 */
public final class GenerateCompiler {
  /** The decode entry point's name. */
  public static final String DECODE = "decode";
  /** The KV cache inputs and outputs. */
  public static final String CACHE_K = "cache_k";
  public static final String CACHE_V = "cache_v";
  /** The custom-call target of the CPU decode-attention kernel (the JAX engine registers it). */
  public static final String CPU_DECODE_KERNEL = "torus_decode_attention";
  /** The block-count output of a debug build. */
  public static final String EXECUTED_KV_BLOCKS = "executed_kv_blocks";

  private GenerateCompiler() {}

  /**
   * Refuses a model the generate programs cannot run for {@code g}, naming the part: a rope scaling
   * whose frequencies change with the sequence length. (Soft caps, per-layer RoPE and per-layer windows,
   * Gemma 2 and 3's parts, run in both programs.) Commands call it before any work; {@link #compile}
   * calls it too.
   */
  public static void check(ModelSpec model, GenerateShape g) {
    RunShape shape = g.prompt();
    Attention a = model.attention();
    for (int layer = 0; a.ropeTheta() != null && layer < model.depth(); layer++) {   // a per-layer RoPE's too
      if (!Arrays.equals(a.ropeFrequencies(layer, shape.sequence()), a.ropeFrequencies(layer, g.maxLength()))) {
        throw new IllegalArgumentException("generate: model " + model.name() + "'s rope scaling changes its "
            + "frequencies with the sequence length (dynamic NTK or LongRoPE), which a KV cache cannot follow; use a "
            + "model without it");
      }
    }
  }

  /**
   * The artifact's programs for {@code batch} prompts of up to {@code shape.sequence()} tokens and a
   * cache of {@code maxLength} positions.
   *
   * @throws IllegalArgumentException naming what is not supported (see {@link GenerateShape}), or a
   *     rope scaling whose frequencies depend on the sequence length
   */
  public static ForwardCompiler.Compiled compile(ModelSpec model, GenerateShape g, boolean countBlocks) {
    return compile(model, g, countBlocks, false);
  }

  /**
   * {@link #compile}; with {@code cpuDecodeKernel} the decode step's cache attention is Torus's native CPU
   * kernel (custom call {@value #CPU_DECODE_KERNEL}), which only the JAX engine on CPU devices runs (the
   * manifest's model record says {@code "decodeAttention": "cpu-kernel"}).
   */
  public static ForwardCompiler.Compiled compile(ModelSpec model, GenerateShape g, boolean countBlocks,
      boolean cpuDecodeKernel) {
    check(model, g);
    RunShape shape = g.prompt();
    GenerateLowering.Program prefill = GenerateLowering.prefill(model, g, countBlocks);
    GenerateLowering.Program decode = GenerateLowering.decode(model, g, countBlocks, cpuDecodeKernel);
    List<TensorSpec> weights = new ArrayList<>();
    for (WeightSpec w : prefill.weights()) {
      weights.add(ForwardCompiler.weightSpec(w.name(), Role.WEIGHT, w, w.dtype(), shape));
    }
    List<TensorSpec> caches = List.of(cacheSpec(CACHE_K, model, g), cacheSpec(CACHE_V, model, g));
    long batch = shape.batch();
    List<TensorSpec> outputs = new ArrayList<>();
    outputs.add(TensorSpec.replicated("logits", Role.LOGITS, DType.F32, List.of(batch, (long) model.vocabSize())));
    outputs.addAll(caches);
    if (countBlocks) {
      outputs.add(TensorSpec.replicated(EXECUTED_KV_BLOCKS, Role.DEBUG, DType.S32, ImmutableList.of()));
    }
    List<EntryPoint.Donation> donations = caches.stream().map(c -> new EntryPoint.Donation(c.name(), c.name())).toList();

    List<TensorSpec> prefillInputs = new ArrayList<>();
    prefillInputs.add(ForwardCompiler.sequenceSharded("tokens", Role.TOKENS, DType.S32, shape,
        List.of(batch, (long) shape.sequence())));
    prefillInputs.add(TensorSpec.replicated("prompt_lengths", Role.LENGTHS, DType.S32, List.of(batch)));
    prefillInputs.addAll(weights);
    prefillInputs.addAll(caches);
    EntryPoint main = EntryPoint.of(EntryPoint.MAIN, prefillInputs, outputs).withDonations(donations);

    List<TensorSpec> decodeInputs = new ArrayList<>();
    decodeInputs.add(TensorSpec.replicated("tokens", Role.TOKENS, DType.S32, List.of(batch, 1L)));
    decodeInputs.add(TensorSpec.replicated("positions", Role.LENGTHS, DType.S32, List.of(batch)));
    decodeInputs.addAll(weights);
    decodeInputs.addAll(caches);
    EntryPoint step = EntryPoint.of(DECODE, decodeInputs, outputs).withDonations(donations);

    JsonMapper json = JsonMapper.builder().build();
    ObjectNode record = json.valueToTree(new ForwardCompiler.ModelRecord(model, shape));
    record.put("task", "generate");
    record.put("maxLength", g.maxLength());
    if (cpuDecodeKernel) {
      record.put("decodeAttention", "cpu-kernel");
    }
    Manifest manifest = Manifest.builder().torusVersion(Torus.VERSION).name(GenerateLowering.programName(model, g))
        .model(record)
        .mesh(ForwardCompiler.mesh(shape))
        .tokenLayout(shape.layout())
        .blockSize("blockQ", shape.blocks().query()).blockSize("blockKv", shape.blocks().keyValue())
        .blockSize("chunk", shape.blocks().chunk())
        .entryPoint(main)
        .entryPoint(step)
        .build();
    return new ForwardCompiler.Compiled(manifest, ImmutableMap.of(
        EntryPoint.MAIN, prefill.module().withAliases(ArtifactEmitter.aliases(main)),
        DECODE, decode.module().withAliases(ArtifactEmitter.aliases(step))));
  }

  /** A cache's spec: global {@code [L, B, Hkv, M, D]}, per device {@code M / R} slots (dimension 3 over the ring). */
  private static TensorSpec cacheSpec(String name, ModelSpec model, GenerateShape g) {
    ArrayShape local = GenerateLowering.localCache(model, g);
    List<Long> localDims = local.dims();
    List<Long> global = new ArrayList<>(localDims);
    global.set(3, (long) g.maxLength());
    DType type = local.elementType();
    return g.prompt().ring() == 1 ? TensorSpec.replicated(name, Role.KV_CACHE, type, global)
        : TensorSpec.sharded(name, Role.KV_CACHE, type, global, localDims, 3, ForwardCompiler.RING_AXIS);
  }
}
