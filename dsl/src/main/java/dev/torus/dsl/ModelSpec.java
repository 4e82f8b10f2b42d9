package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.torus.artifact.DType;

/**
 * An immutable decoder-only transformer: token embedding, {@code depth} identical {@link Block}s,
 * a final norm and the output projection to the vocabulary (tied to the embedding or its own).
 * Parameters are stored as {@code paramType} (f32 or bf16); activations, accumulation and softmax
 * statistics are always f32. Build one with {@link #builder(String)} or take a {@link Presets} one.
 * {@code embeddingScale} multiplies the embedded tokens (Gemma: {@code sqrt(width)}, in f32); null for
 * none, left out of a manifest's model. {@code paddingToken} is the token whose embedding row its own
 * lookups do not train (torch's {@code nn.Embedding(padding_idx)}, Hugging Face's {@code pad_token_id}):
 * its row still gets the tied LM head's gradient; null for none. It changes no forward pass.
 * With {@code finalLogitSoftCap} the output logits {@code z} become {@code cap * tanh(z / cap)}
 * (Gemma 2), in the forward logits and in the training loss alike; null for none. {@code fusedWeights}
 * says which projections the checkpoint stores fused (null: none; left out of a manifest's model then).
 */
public record ModelSpec(String name, int vocabSize, int width, int depth, Block block, Norm finalNorm,
    boolean tiedEmbeddings, DType paramType,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double embeddingScale,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer paddingToken,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double finalLogitSoftCap,
    @JsonInclude(JsonInclude.Include.NON_NULL) FusedWeights fusedWeights) {

  public ModelSpec {
    checkArgument(name != null && name.matches("[A-Za-z_][A-Za-z0-9_.-]*"),
        "model name '%s' must be an identifier (letters, digits, '_', '.', '-')", name);
    checkArgument(vocabSize > 0, "model %s: vocabulary size %s must be positive", name, vocabSize);
    checkArgument(width > 0, "model %s: width %s must be positive", name, width);
    checkArgument(depth > 0, "model %s: depth %s must be positive", name, depth);
    checkArgument(block != null && finalNorm != null, "model %s: block and final norm are required", name);
    checkArgument(paramType == DType.F32 || paramType == DType.BF16,
        "model %s: parameter type %s must be f32 or bf16", name, paramType);
    checkArgument(embeddingScale == null || (embeddingScale > 0 && Double.isFinite(embeddingScale)),
        "model %s: embedding scale %s must be a positive number", name, embeddingScale);
    checkArgument(paddingToken == null || (paddingToken >= 0 && paddingToken < vocabSize),
        "model %s: padding token %s must be a token id in [0, %s)", name, paddingToken, vocabSize);
    checkArgument(finalLogitSoftCap == null || (finalLogitSoftCap > 0 && Double.isFinite(finalLogitSoftCap)),
        "model %s: final logit soft cap %s must be a positive number", name, finalLogitSoftCap);
    checkArgument(fusedWeights == null || !fusedWeights.gateUp() || block.ffn().kind() != FeedForward.Kind.GELU,
        "model %s: fused gate/up weights need a gated feedforward, got %s", name, block.ffn().kind());
  }

  /** A model without an embedding scale, a padding token or final logit soft-capping. */
  public ModelSpec(String name, int vocabSize, int width, int depth, Block block, Norm finalNorm,
      boolean tiedEmbeddings, DType paramType) {
    this(name, vocabSize, width, depth, block, finalNorm, tiedEmbeddings, paramType, null, null, null, null);
  }

  /** A model without a padding token or final logit soft-capping. */
  public ModelSpec(String name, int vocabSize, int width, int depth, Block block, Norm finalNorm,
      boolean tiedEmbeddings, DType paramType, Double embeddingScale) {
    this(name, vocabSize, width, depth, block, finalNorm, tiedEmbeddings, paramType, embeddingScale, null, null, null);
  }

  /** A model without final logit soft-capping. */
  public ModelSpec(String name, int vocabSize, int width, int depth, Block block, Norm finalNorm,
      boolean tiedEmbeddings, DType paramType, Double embeddingScale, Integer paddingToken) {
    this(name, vocabSize, width, depth, block, finalNorm, tiedEmbeddings, paramType, embeddingScale, paddingToken,
        null, null);
  }

  /** A model whose checkpoint stores every projection on its own. */
  public ModelSpec(String name, int vocabSize, int width, int depth, Block block, Norm finalNorm,
      boolean tiedEmbeddings, DType paramType, Double embeddingScale, Integer paddingToken, Double finalLogitSoftCap) {
    this(name, vocabSize, width, depth, block, finalNorm, tiedEmbeddings, paramType, embeddingScale, paddingToken,
        finalLogitSoftCap, null);
  }

  /**
   * The factor the embedded tokens are multiplied by, as the program applies it: {@link #embeddingScale}
   * rounded to f32, Torus's compute type (Hugging Face casts its normaliser to its compute type, the
   * embedding's); 1 when none.
   */
  public double appliedEmbeddingScale() {
    return embeddingScale == null ? 1 : embeddingScale.floatValue();
  }

  public Attention attention() {
    return block.attention();
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder preset to this spec's values (a final norm equal to the block norm follows {@link Builder#norm}). */
  public Builder toBuilder() {
    Builder b = new Builder(name).vocab(vocabSize).width(width).depth(depth)
        .finalNorm(finalNorm.equals(block.attentionNorm()) ? null : finalNorm).tiedEmbeddings(tiedEmbeddings).paramType(paramType).norm(block.attentionNorm())
        .feedForward(block.ffn()).residual(block.residual()).embeddingScale(embeddingScale).paddingToken(paddingToken)
        .postAttentionNorm(block.postAttentionNorm()).postFeedForwardNorm(block.postFfnNorm());
    Attention a = block.attention();
    return b.heads(a.heads()).kvHeads(a.kvHeads()).headDim(a.headDim()).rope(a.ropeTheta()).causal(a.causal())
        .attentionBias(a.qkvBias(), a.outBias()).ropeScaling(a.ropeScaling()).qkNorm(a.qkNorm())
        .queryScale(a.queryScale()).slidingWindow(a.slidingWindow()).rotaryDim(a.rotaryDim())
        .logitSoftCap(a.logitSoftCap()).layerRope(a.layerRope()).finalLogitSoftCap(finalLogitSoftCap)
        .fusedWeights(fusedWeights);
  }

  /**
   * Fluent construction; {@link #build} checks every field once and names the field and numbers
   * in its message (e.g. {@code heads 12 must divide width 1000}).
   */
  public static final class Builder {
    private final String name;
    private int vocab;
    private int width;
    private int depth;
    private int heads;
    private Integer kvHeads;
    private Integer headDim;
    private Double ropeTheta = 10000.0;
    private RopeScaling ropeScaling;
    private Norm qkNorm;
    private Double queryScale;
    private boolean causal = true;
    private boolean qkvBias;
    private boolean outBias;
    private SlidingWindow slidingWindow;
    private Integer rotaryDim;
    private Double logitSoftCap;
    private LayerRope layerRope;
    private Double finalLogitSoftCap;
    private Norm norm = Norm.rms(1e-6);
    private Norm finalNorm;
    private FeedForward ffn;
    private Residual residual = Residual.SEQUENTIAL;
    private boolean tied;
    private DType paramType = DType.F32;
    private FusedWeights fusedWeights;
    private Double embeddingScale;
    private Integer paddingToken;
    private Norm postAttentionNorm;
    private Norm postFfnNorm;

    private Builder(String name) {
      this.name = name;
    }

    public Builder vocab(int n) { this.vocab = n; return this; }
    public Builder width(int n) { this.width = n; return this; }
    public Builder depth(int n) { this.depth = n; return this; }
    public Builder heads(int n) { this.heads = n; return this; }
    /** Key/value heads: equal to heads for MHA (the default), fewer for GQA, 1 for MQA. */
    public Builder kvHeads(int n) { this.kvHeads = n; return this; }
    /** Head dimension; by default width / heads. */
    public Builder headDim(int n) { this.headDim = n; return this; }
    /** Rotate-half RoPE base; null for no positional encoding in attention. */
    public Builder rope(Double theta) { this.ropeTheta = theta; return this; }
    /** How RoPE's frequencies are scaled ({@link RopeScaling.Llama3}, {@link RopeScaling.Yarn}...); null for plain RoPE. */
    public Builder ropeScaling(RopeScaling s) { this.ropeScaling = s; return this; }
    /** A per-head norm of queries and keys before RoPE (Qwen3); null for none. */
    public Builder qkNorm(Norm n) { this.qkNorm = n; return this; }
    /** The score scale; null for {@code 1/sqrt(head dim)}. */
    public Builder queryScale(Double scale) { this.queryScale = scale; return this; }
    public Builder causal(boolean c) { this.causal = c; return this; }
    public Builder attentionBias(boolean qkv, boolean out) { this.qkvBias = qkv; this.outBias = out; return this; }
    /** Sliding-window attention in the layers the window's pattern names; null (the default) for none. */
    public Builder slidingWindow(SlidingWindow w) { this.slidingWindow = w; return this; }
    /** RoPE on the first {@code n} dimensions of each head only (Phi-3's partial rotary); null (the default) for all. */
    public Builder rotaryDim(Integer n) { this.rotaryDim = n; return this; }
    /** Attention scores soft-capped to {@code cap * tanh(s / cap)} before the softmax (Gemma 2); null (the default) for none. */
    public Builder logitSoftCap(Double cap) { this.logitSoftCap = cap; return this; }
    /** A RoPE of their own for the layers {@code rope} names (Gemma 3's local layers); null (the default) for none. */
    public Builder layerRope(LayerRope rope) { this.layerRope = rope; return this; }
    /** The output logits soft-capped to {@code cap * tanh(z / cap)} (Gemma 2); null (the default) for none. */
    public Builder finalLogitSoftCap(Double cap) { this.finalLogitSoftCap = cap; return this; }
    /** The norm of every block (and, unless {@link #finalNorm} says otherwise, the final norm). */
    public Builder norm(Norm n) { this.norm = n; return this; }
    public Builder finalNorm(Norm n) { this.finalNorm = n; return this; }
    public Builder feedForward(FeedForward f) { this.ffn = f; return this; }
    public Builder residual(Residual r) { this.residual = r; return this; }
    public Builder tiedEmbeddings(boolean t) { this.tied = t; return this; }
    public Builder paramType(DType t) { this.paramType = t; return this; }
    /** Which projections the checkpoint stores fused (Phi-3's qkv_proj, gate_up_proj); null (the default) for none. */
    public Builder fusedWeights(FusedWeights f) { this.fusedWeights = f; return this; }
    /** The factor on the embedded tokens (Gemma: {@code Math.sqrt(width)}); null (the default) for none. */
    public Builder embeddingScale(Double s) { this.embeddingScale = s; return this; }
    /** The token whose embedding row its lookups do not train (HF's {@code pad_token_id}); null (the default) for none. */
    public Builder paddingToken(Integer t) { this.paddingToken = t; return this; }
    /** A norm of the attention's output before its residual add (Gemma 2); null (the default) for none. */
    public Builder postAttentionNorm(Norm n) { this.postAttentionNorm = n; return this; }
    /** A norm of the feedforward's output before its residual add (Gemma 2); null (the default) for none. */
    public Builder postFeedForwardNorm(Norm n) { this.postFfnNorm = n; return this; }

    public ModelSpec build() {
      checkArgument(width > 0, "model %s: width %s must be positive", name, width);
      checkArgument(heads > 0, "model %s: heads %s must be positive", name, heads);
      int kv = kvHeads == null ? heads : kvHeads;
      checkArgument(kv > 0, "model %s: kv heads %s must be positive", name, kv);
      checkArgument(heads % kv == 0, "model %s: kv heads %s must divide heads %s", name, kv, heads);
      if (headDim == null) {
        checkArgument(width % heads == 0, "model %s: heads %s must divide width %s (or give the head dim)", name, heads, width);
      }
      int dim = headDim == null ? width / heads : headDim;
      checkArgument(ffn != null, "model %s: the feedforward is missing (e.g. feedForward(FeedForward.swiglu(4 * width)))", name);
      Attention attention = new Attention(heads, kv, dim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm,
          queryScale, slidingWindow, rotaryDim, logitSoftCap, layerRope);
      checkArgument(residual == Residual.SEQUENTIAL || (postAttentionNorm == null && postFfnNorm == null),
          "model %s: post-attention and post-feedforward norms need sequential residuals", name);
      Block block = residual == Residual.SEQUENTIAL
          ? Block.sequential(norm, attention, ffn).withPostNorms(postAttentionNorm, postFfnNorm)
          : Block.parallel(norm, attention, ffn);
      return new ModelSpec(name, vocab, width, depth, block, finalNorm == null ? norm : finalNorm, tied, paramType,
          embeddingScale, paddingToken, finalLogitSoftCap, fusedWeights);
    }
  }
}
