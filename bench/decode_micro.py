"""Where an m100 decode step's time goes on XLA CPU (benchmark 13): jax models of its two parts, timed in
turns in one process (usable on a loaded machine as ratios).
  .venv/bin/python bench/decode_micro.py products BATCH
      the step's 85 weight products (q, k, v, o, gate, up, down per layer, the LM head), dot_general(W, x)
      with W [out, in] as Torus emits them: separate, and with q/k/v and gate/up fused into one matrix each
  .venv/bin/python bench/decode_micro.py attention BATCH BLOCK
      the cache attention at position 2100 of 2176: Torus's key-block loop (a fori_loop over ceil(len/BLOCK)
      blocks, batched products over batch x heads, online softmax), and the same with a block-diagonal query
      over a [B, S, H, D] cache (one unbatched product per block and row)
  .venv/bin/python bench/decode_micro.py split BATCH BLOCK P[,P...]
      the key-block loop split flash-decoding style: P independent loops over P parts of the block range per
      layer, their partial softmaxes combined as the ring's are (P = 1: the loop above)
  .venv/bin/python bench/decode_micro.py kernel BATCH BLOCK [bf16]
      the key-block loop against Torus's CPU decode kernel (torus_decode_attention, as --cpu-decode-kernel
      emits it: one call per layer over the [L, B, H, S, D] caches), f32 or bf16 caches
Prints min / median ms of 10-15 calls each and the bytes read per second."""
import os
import sys
import time

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

W, F, L, VOCAB, H, D, S, POS = 768, 2048, 12, 8000, 12, 64, 2176, 2100
rng = np.random.default_rng(0)


def timed(fns, calls):
    ts = {k: [] for k in fns}
    for _ in range(calls):
        for k, (f, args) in fns.items():
            t = time.perf_counter()
            jax.block_until_ready(f(*args))
            ts[k].append(time.perf_counter() - t)
    return ts


def products(batch):
    mk = lambda *s: jnp.asarray(rng.standard_normal(s, np.float32) * 0.02)
    sep = [dict(q=mk(W, W), k=mk(W, W), v=mk(W, W), o=mk(W, W), g=mk(F, W), u=mk(F, W), d=mk(W, F)) for _ in range(L)]
    fus = [dict(qkv=jnp.concatenate([p["q"], p["k"], p["v"]]), o=p["o"], gu=jnp.concatenate([p["g"], p["u"]]), d=p["d"])
           for p in sep]
    head, x = mk(VOCAB, W), mk(batch, W)
    mm = lambda w, x: lax.dot_general(w, x, (((1,), (1,)), ((), ())), precision="highest").T

    def separate(ps, head, x):
        for p in ps:
            x = x + mm(p["o"], jnp.tanh(mm(p["q"], x) + mm(p["k"], x) + mm(p["v"], x)))
            x = x + mm(p["d"], jax.nn.silu(mm(p["g"], x)) * mm(p["u"], x))
        return mm(head, x)

    def fused(ps, head, x):
        for p in ps:
            qkv = mm(p["qkv"], x)
            x = x + mm(p["o"], jnp.tanh(qkv[:, :W] + qkv[:, W:2 * W] + qkv[:, 2 * W:]))
            gu = mm(p["gu"], x)
            x = x + mm(p["d"], jax.nn.silu(gu[:, :F]) * gu[:, F:])
        return mm(head, x)

    a, b = jax.jit(separate), jax.jit(fused)
    print("max difference", float(jnp.abs(a(sep, head, x) - b(fus, head, x)).max()))
    nbytes = 4 * (L * (4 * W * W + 3 * W * F) + VOCAB * W)
    return timed({"separate": (a, (sep, head, x)), "fused": (b, (fus, head, x))}, 15), nbytes


def key_blocks_from(batch, blk, n, lo, hi, scores, values):
    """The online softmax over key blocks lo..hi-1 (keys past n masked): scores(i) [B, H, blk], values(i, p)
    [B, H, D]; returns the running max, denominator and accumulator."""
    def body(i, c):
        m, s, acc = c
        sc = jnp.where((i * blk + jnp.arange(blk))[None, None, :] < n, scores(i), -jnp.inf)
        mn = jnp.maximum(m, sc.max(-1))
        shift = jnp.where(mn == -jnp.inf, 0.0, mn)   # a part with no key yet: no NaN
        p, a = jnp.exp(sc - shift[..., None]), jnp.exp(m - shift)
        return mn, s * a + p.sum(-1), acc * a[..., None] + values(i, p)
    init = (jnp.full((batch, H), -jnp.inf), jnp.zeros((batch, H)), jnp.zeros((batch, H, D)))
    return lax.fori_loop(lo, hi, body, init)


def attention(batch, blk):
    kn = rng.standard_normal((L, batch, H, S, D), np.float32)
    vn = rng.standard_normal((L, batch, H, S, D), np.float32)
    k, v = jnp.asarray(kn), jnp.asarray(vn)
    kt, vt = jnp.asarray(kn.transpose(0, 1, 3, 2, 4).copy()), jnp.asarray(vn.transpose(0, 1, 3, 2, 4).copy())
    q = jnp.asarray(rng.standard_normal((batch, H, D), np.float32))
    eye = jnp.eye(H, dtype=jnp.float32)

    def loop(n, scores, values):
        out = 0
        for l in range(L):
            m, s, acc = key_blocks_from(batch, blk, n, 0, (n + blk - 1) // blk, lambda i: scores(l, i),
                                        lambda i, p: values(l, i, p))
            out = out + acc / s[..., None]
        return out

    def key_blocks(q, k, v, n):
        kb = lambda l, i: lax.dynamic_slice(k[l], (0, 0, i * blk, 0), (batch, H, blk, D))
        vb = lambda l, i: lax.dynamic_slice(v[l], (0, 0, i * blk, 0), (batch, H, blk, D))
        return loop(n, lambda l, i: jnp.einsum("bhd,bhkd->bhk", q, kb(l, i), precision="highest"),
                    lambda l, i, p: jnp.einsum("bhk,bhkd->bhd", p, vb(l, i), precision="highest"))

    def block_diagonal(q, kt, vt, n):
        qbd = (eye[None, :, :, None] * q[:, :, None, :]).reshape(batch, H, H * D)
        kb = lambda l, i: lax.dynamic_slice(kt[l], (0, i * blk, 0, 0), (batch, blk, H, D)).reshape(batch, blk, H * D)
        vb = lambda l, i: lax.dynamic_slice(vt[l], (0, i * blk, 0, 0), (batch, blk, H, D)).reshape(batch, blk, H * D)
        def values(l, i, p):
            pv = lax.dot_general(p, vb(l, i), (((2,), (1,)), ((0,), (0,))), precision="highest")
            return (pv.reshape(batch, H, H, D) * eye[None, :, :, None]).sum(2)
        return loop(n, lambda l, i: lax.dot_general(qbd, kb(l, i), (((2,), (2,)), ((0,), (0,))), precision="highest"),
                    values)

    a, b = jax.jit(key_blocks), jax.jit(block_diagonal)
    print("max difference", float(jnp.abs(a(q, k, v, POS) - b(q, kt, vt, POS)).max()))
    return timed({"key-block loop": (a, (q, k, v, POS)), "block-diagonal": (b, (q, kt, vt, POS))}, 10), \
        2 * L * batch * H * POS * D * 4


def split(batch, blk, parts):
    k = jnp.asarray(rng.standard_normal((L, batch, H, S, D), np.float32))
    v = jnp.asarray(rng.standard_normal((L, batch, H, S, D), np.float32))
    q = jnp.asarray(rng.standard_normal((batch, H, D), np.float32))

    def part(l, n, lo, hi):
        block = lambda x, i: lax.dynamic_slice(x[l], (0, 0, i * blk, 0), (batch, H, blk, D))
        return key_blocks_from(batch, blk, n, lo, hi,
                               lambda i: jnp.einsum("bhd,bhkd->bhk", q, block(k, i), precision="highest"),
                               lambda i, p: jnp.einsum("bhk,bhkd->bhd", p, block(v, i), precision="highest"))

    def make(count):
        def f(n):
            out, blocks = 0, (n + blk - 1) // blk
            for l in range(L):
                ps = [part(l, n, blocks * j // count, blocks * (j + 1) // count) for j in range(count)]
                top = ps[0][0]
                for m, _, _ in ps[1:]:
                    top = jnp.maximum(top, m)
                f = [jnp.exp(m - top) for m, _, _ in ps]
                out = out + sum(a * x[..., None] for (_, _, a), x in zip(ps, f)) / sum(s * x for (_, s, _), x in zip(ps, f))[..., None]
            return out
        return jax.jit(f)

    fns = {f"{p} loops": (make(p), (POS,)) for p in parts}
    first = next(iter(fns.values()))
    for name, (f, args) in fns.items():
        print(name, "max difference", float(jnp.abs(f(*args) - first[0](*first[1])).max()))
    return timed(fns, 12), 2 * L * batch * H * POS * D * 4


def kernel(batch, blk, dtype):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "harness", "python"))
    from torus_harness import native
    native.register(native.DECODE_ATTENTION, jax)
    k = jnp.asarray(rng.standard_normal((L, batch, H, S, D), np.float32)).astype(dtype)
    v = jnp.asarray(rng.standard_normal((L, batch, H, S, D), np.float32)).astype(dtype)
    q = jnp.asarray(rng.standard_normal((batch, H, D), np.float32) * 0.2)
    blocks = lambda n: (n + blk - 1) // blk

    def loop(q, k, v, n):
        out = 0
        for l in range(L):
            block = lambda x, i: lax.dynamic_slice(x[l], (0, 0, i * blk, 0), (batch, H, blk, D)).astype(jnp.float32)
            m, s, acc = key_blocks_from(batch, blk, n, 0, blocks(n),
                                        lambda i: jnp.einsum("bhd,bhkd->bhk", q, block(k, i), precision="highest"),
                                        lambda i, p: jnp.einsum("bhk,bhkd->bhd", p, block(v, i), precision="highest"))
            out = out + acc / s[..., None]
        return out

    def fused(q, k, v, n):
        rows = jax.ShapeDtypeStruct((batch, H, 1), jnp.float32)
        call = jax.ffi.ffi_call(native.DECODE_ATTENTION, (rows, rows, jax.ShapeDtypeStruct((batch, H, 1, D), jnp.float32),
                                                          jax.ShapeDtypeStruct((), jnp.int32)))
        out = 0
        for l in range(L):
            m, s, acc, _ = call(q[:, :, None], k, v, jnp.int32(l), jnp.arange(S, dtype=jnp.int32),
                                jnp.full((batch,), n - 1, jnp.int32), jnp.int32(0), jnp.array([0, blocks(n)], jnp.int32),
                                block=np.int64(blk), soft_cap=np.float32(0))
            out = out + (acc / s[..., None])[:, :, 0]
        return out

    a, b = jax.jit(loop), jax.jit(fused)
    print("max difference", float(jnp.abs(a(q, k, v, POS) - b(q, k, v, POS)).max()))
    return timed({"key-block loop": (a, (q, k, v, POS)), "kernel": (b, (q, k, v, POS))}, 12), \
        2 * L * batch * H * POS * D * jnp.dtype(dtype).itemsize


if __name__ == "__main__":
    what, batch = sys.argv[1], int(sys.argv[2])
    ts, nbytes = products(batch) if what == "products" else attention(batch, int(sys.argv[3])) if what == "attention" \
        else kernel(batch, int(sys.argv[3]), jnp.bfloat16 if sys.argv[4:] == ["bf16"] else jnp.float32) \
        if what == "kernel" else split(batch, int(sys.argv[3]), [int(p) for p in sys.argv[4].split(",")])
    for k, t in ts.items():
        print(f"{what} batch {batch}: {k}: min {min(t) * 1e3:.1f} ms, median {np.median(t) * 1e3:.1f} ms "
              f"({nbytes / min(t) / 1e9:.1f} GB/s of {nbytes / 1e6:.0f} MB)")
