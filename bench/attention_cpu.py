"""Benchmark 1: single-device causal attention on XLA's CPU backend, Torus vs JAX, one process.

Torus's program is the blockwise attention core the compiler emits (HLO text written by
`AttentionBenchPrograms`); the peers are JAX written as an experienced JAX user would:
  dense      jax.nn.dot_product_attention(is_causal=True)           (timed up to 8K; 16K: memory only)
  blockwise  online softmax over key blocks in lax.fori_loop, one query block at a time (lax.map),
             key blocks after the query block skipped (the loop stops at the diagonal)
All are compiled by the same XLA (jaxlib 0.10.2) in this process. Roofline: a 2048^3 f32 GEMM timed
here too. Times are medians of REPS runs after one warm-up; Torus and the JAX blockwise peer take
turns in each repetition, the dense peer is timed in its own phase (its multi-GiB passes slow
whatever runs next). Useful FLOPs count QK^T and PV on the
causal half: 2 * S^2 * H * D.

Usage: python bench/attention_cpu.py HLO_DIR [S ...]   (writes a markdown table and JSON lines to stdout)
"""
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import jax
import jax.numpy as jnp
from jax import lax
import jaxlib._hlo as hlo
from jax._src.lib import xla_client as xc, _jax

HEADS, DIM, BLOCK = 8, 128, 512
REPS = int(os.environ.get("BENCH_REPS", "5"))
DENSE_MAX_TIMED = 8192


def median_seconds(fn):
    return interleaved_medians({"fn": fn})["fn"]


def interleaved_medians(fns):
    """Median seconds of each function; the contenders take turns in every repetition, so a slow
    spell of the machine hits all of them rather than one."""
    for fn in fns.values():
        fn()
    times = {name: [] for name in fns}
    for _ in range(REPS):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: float(np.median(t)) for name, t in times.items()}


def gemm_flops():
    a = jnp.asarray(np.random.default_rng(0).standard_normal((2048, 2048)), jnp.float32)
    f = jax.jit(lambda x: x @ x)
    return 2 * 2048 ** 3 / median_seconds(lambda: f(a).block_until_ready())


def torus(hlo_text):
    comp = xc.XlaComputation(hlo.hlo_module_from_text(hlo_text).as_serialized_hlo_module_proto())
    mlir = _jax.mlir.xla_computation_to_mlir_module(comp)
    dev = jax.devices("cpu")[0]
    exe = dev.client.compile_and_load(mlir, xc.DeviceList((dev,)), xc.CompileOptions())
    return exe


def dense(q, k, v):  # [B, S, H, D]
    return jax.nn.dot_product_attention(q, k, v, is_causal=True)


def blockwise(q, k, v, block=BLOCK):  # [B, H, S, D], q pre-scaled
    b, h, s, d = q.shape
    nb = s // block
    kb = k.reshape(b, h, nb, block, d)
    vb = v.reshape(b, h, nb, block, d)
    pos = jnp.arange(block)

    def one_query_block(i):
        qi = lax.dynamic_slice_in_dim(q, i * block, block, axis=2)

        def body(j, carry):
            m, l, acc = carry
            kj, vj = kb[:, :, j], vb[:, :, j]
            s_ = jnp.einsum("bhqd,bhkd->bhqk", qi, kj)
            mask = (j * block + pos)[None, :] <= (i * block + pos)[:, None]
            s_ = jnp.where(mask, s_, -jnp.inf)
            m_new = jnp.maximum(m, s_.max(-1))
            p = jnp.exp(s_ - m_new[..., None])
            corr = jnp.exp(m - m_new)
            return m_new, l * corr + p.sum(-1), acc * corr[..., None] + jnp.einsum("bhqk,bhkd->bhqd", p, vj)

        init = (jnp.full((b, h, block), -jnp.inf), jnp.zeros((b, h, block)), jnp.zeros((b, h, block, d)))
        m, l, acc = lax.fori_loop(0, i + 1, body, init)
        return acc / l[..., None]

    out = lax.map(one_query_block, jnp.arange(nb))        # [nb, B, H, block, D]
    return jnp.moveaxis(out, 0, 2).reshape(b, h, s, d)


def temp_bytes(compiled):
    m = compiled.memory_analysis()
    return int(m.temp_size_in_bytes)


def main(hlo_dir, seqs):
    jax.config.update("jax_default_matmul_precision", "highest")
    gemm = gemm_flops()
    print(json.dumps({"gemm_gflops": round(gemm / 1e9, 1), "reps": REPS, "cpu_count": os.cpu_count()}), flush=True)
    rows = []
    rng = np.random.default_rng(0)
    for s in seqs:
        q = (rng.standard_normal((1, HEADS, s, DIM)) / np.sqrt(DIM)).astype(np.float32)
        k = rng.standard_normal((1, HEADS, s, DIM)).astype(np.float32)
        v = rng.standard_normal((1, HEADS, s, DIM)).astype(np.float32)
        useful = 2.0 * s * s * HEADS * DIM
        row = {"S": s}

        exe = torus(Path(hlo_dir, f"torus_attention_s{s}.hlo").read_text())
        args = [jax.device_put(q[:, :, None]), jax.device_put(k), jax.device_put(v)]
        run = lambda: [a.block_until_ready() for a in exe.execute_sharded(args).disassemble_into_single_device_arrays()[0]]
        out_torus = np.asarray(exe.execute_sharded(args).disassemble_into_single_device_arrays()[0][0])[:, :, 0]
        row["torus_temp"] = int(exe.get_compiled_memory_stats().temp_size_in_bytes)

        jq, jk, jv = (jax.device_put(x) for x in (q, k, v))
        bw = jax.jit(blockwise).lower(jq, jk, jv).compile()
        out_bw = np.asarray(bw(jq, jk, jv))
        row["jax_blockwise_temp"] = temp_bytes(bw)

        t = lambda x: jnp.swapaxes(x, 1, 2)
        dq, dk, dv = t(jq) * np.sqrt(DIM), t(jk), t(jv)
        dn = jax.jit(dense).lower(dq, dk, dv).compile()
        row["jax_dense_temp"] = temp_bytes(dn)
        # The two blockwise programs take turns; dense runs in its own phase, since its multi-GiB
        # passes slow whichever program runs right after it.
        contenders = {"torus": run, "jax_blockwise": lambda: bw(jq, jk, jv).block_until_ready()}
        for name, seconds in interleaved_medians(contenders).items():
            row[f"{name}_s"] = seconds
        if s <= DENSE_MAX_TIMED:
            out_dense = np.asarray(t(dn(dq, dk, dv)))
            row["jax_dense_s"] = median_seconds(lambda: dn(dq, dk, dv).block_until_ready())
            row["max_rel_diff_torus_vs_dense"] = float(np.abs(out_torus - out_dense).max() / np.abs(out_dense).max())
        row["max_rel_diff_torus_vs_jax_blockwise"] = float(np.abs(out_torus - out_bw).max() / np.abs(out_bw).max())
        for name in ("torus", "jax_blockwise", "jax_dense"):
            if f"{name}_s" in row:
                row[f"{name}_pct_gemm"] = round(100 * useful / row[f"{name}_s"] / gemm, 1)
        print(json.dumps(row), flush=True)
        rows.append(row)

    mib = lambda b: f"{b / 2**20:,.1f}"
    print(f"\nGEMM roofline (2048^3 f32, same process): {gemm / 1e9:.1f} GFLOP/s; medians of {REPS} runs\n")
    print("| S | Torus ms | JAX blockwise ms | JAX dense ms | Torus / JAX blockwise | Torus % GEMM | JAX blockwise % GEMM |"
          " JAX dense % GEMM | temp MiB Torus / JAX blockwise / JAX dense |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        dense_ms = f"{r['jax_dense_s'] * 1e3:.0f}" if "jax_dense_s" in r else "(memory only)"
        print(f"| {r['S']} | {r['torus_s'] * 1e3:.0f} | {r['jax_blockwise_s'] * 1e3:.0f} | {dense_ms} | "
              f"{r['torus_s'] / r['jax_blockwise_s']:.2f} | {r['torus_pct_gemm']} | {r['jax_blockwise_pct_gemm']} | "
              f"{r.get('jax_dense_pct_gemm', '-')} | {mib(r['torus_temp'])} / {mib(r['jax_blockwise_temp'])} / "
              f"{mib(r['jax_dense_temp'])} |")


if __name__ == "__main__":
    main(sys.argv[1], [int(x) for x in sys.argv[2:]] or [2048, 4096, 8192, 16384])
