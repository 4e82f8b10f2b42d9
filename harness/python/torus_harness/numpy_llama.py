"""A dense NumPy reference of the Torus decoder (LLaMA semantics, float64), independent of XLA.

Materialises the full [S, S] attention matrix on purpose: it is the textbook computation the
blockwise program must equal. Weights arrive in the compiled program's parameter order, named by
`names` (Torus weight names: `embed_tokens.weight`, `layers.self_attn.q_proj.weight` stacked over
layers, ..., `norm.weight`, `lm_head.weight`).
"""
import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _norm(x, w, b, kind, eps):
    if kind == "rms":
        return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * w
    mu = np.mean(x, axis=-1, keepdims=True)
    c = x - mu
    return c / np.sqrt(np.mean(c * c, axis=-1, keepdims=True) + eps) * w + b


def _gelu(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))


def _rope(x, theta):
    """x [B, S, H, D], rotate-half, positions 0..S-1."""
    d = x.shape[-1]
    inv = 1.0 / theta ** (np.arange(0, d, 2) / d)
    ang = np.arange(x.shape[1])[:, None] * inv[None, :]
    emb = np.concatenate([ang, ang], axis=-1)[None, :, None, :]
    x1, x2 = x[..., : d // 2], x[..., d // 2:]
    return x * np.cos(emb) + np.concatenate([-x2, x1], axis=-1) * np.sin(emb)


def _linear(v, get, name):
    b = get(name + ".bias")
    return v @ get(name + ".weight").T + (0 if b is None else b)


def _attention(h, get, heads, kv_heads, head_dim, causal, rope_theta, window=None, soft_cap=None):
    """Dense attention of h [B, S, W] with projections get("q_proj.weight") ... (HF layout); with a
    sliding window, query i sees keys j with i - window < j <= i; with soft_cap, the scores s become
    soft_cap * tanh(s / soft_cap) before the mask."""
    batch, seq, _ = h.shape
    q = _linear(h, get, "q_proj").reshape(batch, seq, heads, head_dim)
    k = _linear(h, get, "k_proj").reshape(batch, seq, kv_heads, head_dim)
    v = _linear(h, get, "v_proj").reshape(batch, seq, kv_heads, head_dim)
    if rope_theta:  # 0 or None: no rotary embedding
        q, k = _rope(q, rope_theta), _rope(k, rope_theta)
    group = heads // kv_heads
    k, v = np.repeat(k, group, axis=2), np.repeat(v, group, axis=2)
    s = np.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(head_dim)
    if soft_cap:
        s = soft_cap * np.tanh(s / soft_cap)
    if causal:
        visible = np.tril(np.ones((seq, seq), bool))
        if window:
            visible &= np.subtract.outer(np.arange(seq), np.arange(seq)) < window
        s = np.where(visible, s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    a = np.einsum("bhqk,bkhd->bqhd", p, v).reshape(batch, seq, heads * head_dim)
    return _linear(a, get, "o_proj")


def attention_layer(per_device_inputs, names, heads, kv_heads, head_dim, causal=True, rope_theta=10000.0):
    """A standalone attention layer: x [B, S, W] then its weights named by `names`; one device."""
    (inputs,) = per_device_inputs
    weights = dict(zip(names, inputs[1:]))
    return [[_attention(inputs[0], weights.get, heads, kv_heads, head_dim, causal, rope_theta)]]


def feedforward_layer(per_device_inputs):
    """A standalone SwiGLU layer: x, up_proj.weight, gate_proj.weight, down_proj.weight (HF layout)."""
    (inputs,) = per_device_inputs
    x, up, gate, down = inputs
    g = x @ gate.T
    return [[(g * _sigmoid(g) * (x @ up.T)) @ down.T]]


def gated_scale_layer(per_device_inputs):
    """The custom layer of StandaloneLayerTest: x * sigmoid(x W^T) * scale + mean(x)."""
    (inputs,) = per_device_inputs
    x, w, scale = inputs
    return [[x * _sigmoid(x @ w.T) * scale + x.mean(-1, keepdims=True)]]


def llama_forward(per_device_inputs, names, heads, kv_heads, head_dim, norm="rms", eps=1e-6,
                  rope_theta=10000.0, causal=True, residual="sequential", ffn="swiglu",
                  tied=False, window=None, window_layers=None, soft_cap=None, final_soft_cap=None):
    """logits [B, S, V] of tokens [B, S]; one device. window: a sliding window in the layers the
    window_layers pattern marks (repeated over the depth; default every layer). soft_cap: attention
    scores s become soft_cap * tanh(s / soft_cap); final_soft_cap: the same for the logits."""
    (inputs,) = per_device_inputs
    tokens, weights = inputs[0].astype(np.int64), dict(zip(names, inputs[1:]))
    if len(weights) != len(names) or len(inputs) != len(names) + 1:
        raise ValueError(f"llama_forward: {len(inputs) - 1} weights for {len(names)} names")
    w = lambda n: weights.get(n)
    x = w("embed_tokens.weight")[tokens]
    depth = w("layers.self_attn.q_proj.weight").shape[0]
    for i in range(depth):
        lw = lambda n: None if w("layers." + n) is None else w("layers." + n)[i]
        lin = lambda v, name: _linear(v, lw, name)

        h = _norm(x, lw("input_layernorm.weight"), lw("input_layernorm.bias"), norm, eps)
        windowed = window and (window_layers is None or window_layers[i % len(window_layers)])
        a = _attention(h, lambda n: lw("self_attn." + n), heads, kv_heads, head_dim, causal, rope_theta,
                       window if windowed else None, soft_cap)
        if residual == "sequential":
            x = x + a
            f_in = _norm(x, lw("post_attention_layernorm.weight"), lw("post_attention_layernorm.bias"), norm, eps)
            base = x
        else:
            f_in, base = h, x + a
        up = lin(f_in, "mlp.up_proj")
        hid = (lambda g: g * _sigmoid(g))(lin(f_in, "mlp.gate_proj")) * up if ffn == "swiglu" else _gelu(up)
        x = base + lin(hid, "mlp.down_proj")
    x = _norm(x, w("norm.weight"), w("norm.bias"), norm, eps)
    head = w("embed_tokens.weight") if tied else w("lm_head.weight")
    logits = x @ head.T
    if final_soft_cap:
        logits = final_soft_cap * np.tanh(logits / final_soft_cap)
    return [[logits]]
