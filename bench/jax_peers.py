"""The JAX peers of the attention benchmarks, written as an experienced JAX user would.

Inputs may be f32 or bf16: matmuls take them as they are and accumulate in f32
(preferred_element_type), the probabilities are cast to V's type for PV, and the online-softmax
state is f32. Loops carry jax.named_scope names (query_blocks, kv_blocks, ring_steps) so compiled
programs can be matched loop by loop (bench/tpu_cost.py); the names change no operation. They are
Torus's loop names, defined in compiler/src/main/java/dev/torus/compiler/lower/ProgramNames.java.
  blockwise  one device: lax.map over query blocks, lax.fori_loop over key blocks up to the diagonal
  ring       the paper's ring, the per-device body of a shard_map over axis "ring": lax.fori_loop over
             N steps, each attending the local query blocks to the held K/V block (key blocks up to the
             last visible one; with skip=False all of them, masked, so that JAX can differentiate it),
             then lax.ppermute of K and V to the right neighbour
"""
import jax
import jax.numpy as jnp
from jax import lax


def attend_block(qi, kj, vj, mask, carry):
    m, l, acc = carry
    s = jnp.einsum("bhqd,bhkd->bhqk", qi, kj, preferred_element_type=jnp.float32)
    s = jnp.where(mask, s, -jnp.inf)
    m_new = jnp.maximum(m, s.max(-1))
    shift = jnp.where(m_new == -jnp.inf, 0.0, m_new)
    p = jnp.exp(s - shift[..., None])
    corr = jnp.exp(m - shift)
    pv = jnp.einsum("bhqk,bhkd->bhqd", p.astype(vj.dtype), vj, preferred_element_type=jnp.float32)
    return m_new, l * corr + p.sum(-1), acc * corr[..., None] + pv


def blockwise(q, k, v, block=512):  # [B, H, S, D], q pre-scaled
    b, h, s, d = q.shape
    nb = s // block
    kb, vb = k.reshape(b, h, nb, block, d), v.reshape(b, h, nb, block, d)
    pos = jnp.arange(block)

    def one_query_block(i):
        qi = lax.dynamic_slice_in_dim(q, i * block, block, axis=2)

        def body(j, carry):
            mask = (j * block + pos)[None, :] <= (i * block + pos)[:, None]
            return attend_block(qi, kb[:, :, j], vb[:, :, j], mask, carry)

        init = (jnp.full((b, h, block), -jnp.inf), jnp.zeros((b, h, block)), jnp.zeros((b, h, block, d)))
        with jax.named_scope("kv_blocks"):
            m, l, acc = lax.fori_loop(0, i + 1, body, init)
        return acc / l[..., None]

    with jax.named_scope("query_blocks"):
        out = lax.map(one_query_block, jnp.arange(nb))
    return jnp.moveaxis(out, 0, 2).reshape(b, h, s, d)


def ring(n, local, block=512, skip=True):
    nb = local // block
    pos = jnp.arange(block)

    def per_device(q, k, v):  # [1, H, L, D] each, q pre-scaled
        r = lax.axis_index("ring")
        b, h, _, d = q.shape
        qb = q.reshape(b, h, nb, block, d)

        def ring_step(t, carry):
            k, v, m, l, acc = carry
            src = (r - t) % n
            kb, vb = k.reshape(b, h, nb, block, d), v.reshape(b, h, nb, block, d)
            first_keys = src * local + jnp.arange(nb) * block

            def one_query_block(args):
                i, mi, li, acci = args
                limit = jnp.sum(first_keys <= r * local + i * block + block - 1)

                def body(j, c):
                    mask = (src * local + j * block + pos)[None, :] <= (r * local + i * block + pos)[:, None]
                    return attend_block(qb[:, :, i], kb[:, :, j], vb[:, :, j], mask, c)

                with jax.named_scope("kv_blocks"):
                    # JAX cannot differentiate a loop with a data-dependent bound: without skip, every
                    # key block is attended (masked), a static loop value_and_grad can go through.
                    return lax.fori_loop(0, limit if skip else nb, body, (mi, li, acci))

            with jax.named_scope("query_blocks"):
                m, l, acc = lax.map(one_query_block, (jnp.arange(nb), m, l, acc))
            perm = [(i, (i + 1) % n) for i in range(n)]
            return lax.ppermute(k, "ring", perm), lax.ppermute(v, "ring", perm), m, l, acc

        init = (k, v, jnp.full((nb, b, h, block), -jnp.inf), jnp.zeros((nb, b, h, block)),
                jnp.zeros((nb, b, h, block, d)))
        with jax.named_scope("ring_steps"):
            _, _, m, l, acc = lax.fori_loop(0, n, ring_step, init)
        out = acc / l[..., None]
        return jnp.moveaxis(out, 0, 2).reshape(b, h, local, d)

    return per_device


def llama_loss(ring_size, local, block, heads, kv_heads, width, eps, rope_theta, global_tokens):
    """The per-device loss of a LLaMA (RMSNorm, RoPE as HF's rotate-half, GQA, SwiGLU, layers under
    lax.scan over weights stacked as 'layers.<name>' [depth, ...], a dense LM head and cross-entropy)
    whose attention is the paper's ring with every key block attended (skip=False, so
    jax.value_and_grad goes through it), for the body of a shard_map with a "ring" axis:
    loss(params, tokens [B, L], targets [B, L]) summed over this device's tokens / global_tokens."""
    import numpy as np
    d = width // heads
    attend = ring(ring_size, local, block, skip=False)

    def rms(x, g):
        return x * lax.rsqrt(jnp.mean(x * x, -1, keepdims=True) + eps) * g

    def rope(x, pos):  # [B, L, H, D]
        inv = 1.0 / (rope_theta ** (np.arange(0, d, 2, dtype=np.float32) / d))
        f = pos[:, None].astype(jnp.float32) * inv[None, :]
        cos, sin = jnp.cos(jnp.concatenate([f, f], -1)), jnp.sin(jnp.concatenate([f, f], -1))
        x1, x2 = x[..., : d // 2], x[..., d // 2:]
        return x * cos[None, :, None, :] + jnp.concatenate([-x2, x1], -1) * sin[None, :, None, :]

    def loss(params, tokens, targets):
        pos = lax.axis_index("ring") * local + jnp.arange(local)
        x = params["embed_tokens.weight"][tokens]
        b = x.shape[0]
        stacked = {k[len("layers."):]: v for k, v in params.items() if k.startswith("layers.")}

        def layer(x, p):
            y = rms(x, p["input_layernorm.weight"])
            q = rope((y @ p["self_attn.q_proj.weight"].T).reshape(b, local, heads, d), pos) / np.sqrt(d)
            k = rope((y @ p["self_attn.k_proj.weight"].T).reshape(b, local, kv_heads, d), pos)
            v = (y @ p["self_attn.v_proj.weight"].T).reshape(b, local, kv_heads, d)
            k, v = jnp.repeat(k, heads // kv_heads, axis=2), jnp.repeat(v, heads // kv_heads, axis=2)
            o = attend(q.transpose(0, 2, 1, 3), k.transpose(0, 2, 1, 3), v.transpose(0, 2, 1, 3))
            x = x + o.transpose(0, 2, 1, 3).reshape(b, local, width) @ p["self_attn.o_proj.weight"].T
            y = rms(x, p["post_attention_layernorm.weight"])
            g = y @ p["mlp.gate_proj.weight"].T
            return x + (g * jax.nn.sigmoid(g) * (y @ p["mlp.up_proj.weight"].T)) @ p["mlp.down_proj.weight"].T, None

        x, _ = lax.scan(layer, x, stacked)
        logits = rms(x, params["norm.weight"]) @ params["lm_head.weight"].T
        lse = jax.nn.logsumexp(logits, axis=-1)
        picked = jnp.take_along_axis(logits, targets[..., None], axis=-1)[..., 0]
        return jnp.sum(lse - picked) / global_tokens

    return loss
