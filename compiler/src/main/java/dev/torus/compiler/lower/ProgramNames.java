package dev.torus.compiler.lower;

/**
 * The names emitted programs give their loops, op-name scopes and ring transfers: what the analyses
 * ({@code compiler.analysis}), the CLI, the benchmarks and the tests look up in a program, kept in one
 * place so that a rename is one change and a lookup cannot drift from what the lowering emits.
 *
 * <p><b>Loops.</b> A {@link CountedLoop}'s {@code while} instruction carries the loop's name (made
 * unique in the module: a second {@code kv_blocks} is {@code kv_blocks.1}), its computations are
 * {@link #body} and {@link #condition}, and its counter is {@link #counter}. A loop's path is its
 * ancestors' names and its own, outermost first ({@code layers/ring_steps/query_blocks/kv_blocks}).
 * The backward loop of a differentiated loop {@code X} is {@link #backward backward(X)}.
 *
 * <p><b>Op names.</b> The {@code op_name} metadata scopes every instruction to the part of the
 * model that built it ({@code layers/self_attn}), so profiles and the TPU schedule attribute work to
 * a layer; a loop's own {@code while} appends its name to its scope. Backward instructions append
 * {@code /backward} to their forward op's name, so a scope prefix matches both directions.
 */
public final class ProgramNames {
  private ProgramNames() {}

  // ---- Loops -------------------------------------------------------------------------------

  /** The loop over a model's layers, which slices layer i out of every stacked weight. */
  public static final String LAYERS = "layers";

  /**
   * The ring's first N-1 steps: attend the key/value block in hand while it travels on to the right
   * neighbour (the last block is attended after the loop).
   */
  public static final String RING_STEPS = "ring_steps";

  /**
   * On a ring whose layers run different numbers of ring steps (windowed layers beside global
   * ones): the conditional that picks the layer's ring-step loop, one branch per distinct count
   * ({@code ring_kind_<k>} computations, fewest steps first).
   */
  public static final String RING_KIND = "ring_kind";

  /** A decode step's loop over the KV cache blocks its new tokens see (the cache rules' visible range). */
  public static final String DECODE_KV_BLOCKS = "decode_kv_blocks";

  /** The scatter computation that writes each row's new key and value into a decode step's KV cache. */
  public static final String CACHE_WRITE = "cache_write";

  /** Blockwise attention's loop over the local query blocks, for one held key/value block. */
  public static final String QUERY_BLOCKS = "query_blocks";

  /** The key/value blocks of the held block that a query block sees whole: run without a mask. */
  public static final String KV_BLOCKS = "kv_blocks";

  /** Causal attention's diagonal: the key/value blocks a query block sees in part, run with a mask. */
  public static final String KV_BLOCKS_MASKED = "kv_blocks_masked";

  /**
   * Packed documents: the key/value blocks before the whole ones that a query block sees in part (a
   * document starts inside them), run with a mask.
   */
  public static final String KV_BLOCKS_MASKED_BEFORE = "kv_blocks_masked_before";

  /** What a backward loop appends to its forward loop's name. */
  public static final String GRAD_SUFFIX = "_grad";

  /** The ring steps of attention's backward: dK and dV partials follow K and V one step behind. */
  public static final String RING_STEPS_GRAD = RING_STEPS + GRAD_SUFFIX;

  /** {@link #RING_KIND} in attention's backward. */
  public static final String RING_KIND_GRAD = RING_KIND + GRAD_SUFFIX;

  /** Attention's backward over the local query blocks, for one held key/value block. */
  public static final String QUERY_BLOCKS_GRAD = QUERY_BLOCKS + GRAD_SUFFIX;

  /** Attention's backward over the fully visible key/value blocks of a query block. */
  public static final String KV_BLOCKS_GRAD = KV_BLOCKS + GRAD_SUFFIX;

  /** Attention's backward over the masked key/value blocks before the whole ones (packed documents). */
  public static final String KV_BLOCKS_MASKED_BEFORE_GRAD = KV_BLOCKS_MASKED_BEFORE + GRAD_SUFFIX;

  /** Attention's backward over the diagonal key/value blocks of a query block (masked). */
  public static final String KV_BLOCKS_MASKED_GRAD = KV_BLOCKS_MASKED + GRAD_SUFFIX;

  /** The feedforward applied chunk by chunk of the sequence, inside the layer loop. */
  public static final String MLP_CHUNKS = "mlp_chunks";

  /** The final norm and output projection applied chunk by chunk of the sequence. */
  public static final String LM_HEAD_CHUNKS = "lm_head_chunks";

  /** What a loop's body computation appends to the loop's name. */
  public static final String BODY_SUFFIX = "_body";

  /** The body computation of loop {@code loop}: {@code ring_steps_body}. */
  public static String body(String loop) {
    return loop + BODY_SUFFIX;
  }

  /** The condition computation of loop {@code loop}: {@code ring_steps_cond}. */
  public static String condition(String loop) {
    return loop + "_cond";
  }

  /** The counter of loop {@code loop} inside its body: {@code ring_steps_i}. */
  public static String counter(String loop) {
    return loop + "_i";
  }

  /** The backward loop of a differentiated loop {@code loop}: {@code layers_grad}. */
  public static String backward(String loop) {
    return loop + GRAD_SUFFIX;
  }

  /** The loop that applies model part {@code part} chunk by chunk of the sequence: {@code input_layernorm_chunks}. */
  public static String chunks(String part) {
    return part + "_chunks";
  }

  // ---- Op names ----------------------------------------------------------------------------

  /** The token embedding (a gather of table rows). */
  public static final String EMBED_OP = "embed";

  /** The prefix of the op name of everything built inside the layer loop. */
  public static final String LAYER_OPS = LAYERS + "/";

  /** The attention norm of each layer. */
  public static final String INPUT_LAYERNORM_OP = LAYER_OPS + "input_layernorm";

  /** Each layer's self-attention: projections, RoPE, the ring and blockwise attention loops. */
  public static final String SELF_ATTENTION_OP = LAYER_OPS + "self_attn";

  /** The feedforward norm of each layer (sequential residual blocks only). */
  public static final String POST_ATTENTION_LAYERNORM_OP = LAYER_OPS + "post_attention_layernorm";

  /** Each layer's feedforward. */
  public static final String MLP_OP = LAYER_OPS + "mlp";

  /** The all-gathers of the next layer's sharded weights while this layer computes (FSDP). */
  public static final String FSDP_PREFETCH_OP = LAYER_OPS + "fsdp_prefetch";

  /**
   * The layer backward's barrier after gathered weights' reduce-scatters: the rest of the layer's
   * backward reads its copies of the cotangents, so it runs after the reductions ({@code Vjp}).
   */
  public static final String WEIGHT_GRADIENT_BARRIER_OP = LAYER_OPS + "weight_gradient_barrier";

  /** The final norm, applied chunk by chunk before the output projection. */
  public static final String FINAL_NORM_OP = "norm";

  /** The output projection to the vocabulary. */
  public static final String LM_HEAD_OP = "lm_head";

  // ---- Instructions ------------------------------------------------------------------------

  /** The key block passed on to the right ring neighbour (a {@code collective-permute}). */
  public static final String K_PASSED = "k_passed";

  /** The value block passed on to the right ring neighbour. */
  public static final String V_PASSED = "v_passed";

  /** In the backward, the dK partial of a block passed on one step behind its block. */
  public static final String DK_PASSED = "dk_passed";

  /** In the backward, the dV partial of a block passed on one step behind its block. */
  public static final String DV_PASSED = "dv_passed";

  /** The last transfer of a block's complete dK, to the device that owns the block. */
  public static final String DK_HOME = "dk_home";

  /** The last transfer of a block's complete dV, to the device that owns the block. */
  public static final String DV_HOME = "dv_home";

  /** A query block's scores against one key block, {@code [B, Hkv, G*Bq, Bkv]} f32. */
  public static final String SCORES = "scores";

  /** {@code tanh(scores / cap)} of soft-capped attention scores, {@code [B, Hkv, G*Bq, Bkv]} f32. */
  public static final String SCORES_TANH = "scores_tanh";

  /** {@code tanh(logits / cap)} of soft-capped output logits (the model's final soft cap). */
  public static final String LOGITS_TANH = "logits_tanh";
}
