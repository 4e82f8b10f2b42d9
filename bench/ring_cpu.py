"""Benchmark 2: causal ring attention on N virtual CPU devices, Torus vs a JAX shard_map ring.

Torus runs the per-device SPMD program its compiler emits (`AttentionBenchPrograms ring:N:L:layout`),
marked `{manual}` and compiled for N partitions exactly as the harness runs it. The JAX peer follows
the paper, as an experienced JAX user would write it: `shard_map` over a 'ring' axis; `lax.fori_loop`
over N ring steps carrying K, V and the online-softmax state of every local query block; in each step
the local query blocks (`lax.map`) attend the held K/V block by block (`lax.fori_loop` up to the last
visible key block, masks from global positions), then `lax.ppermute` sends K and V to the right
neighbour. Contiguous layout, causal, f32, 8 heads of 128, blocks of 512.

All N virtual devices share this machine's cores, so the timings measure total work and per-step
overheads, not load balance or overlap. Medians of REPS runs, Torus and JAX taking turns; roofline: a
2048^3 f32 GEMM timed in the same process. Useful FLOPs: 2 * S^2 * H * D (causal half, S = N * L).

Usage: python bench/ring_cpu.py HLO_DIR N:L [N:L ...]
"""
import os
import sys

N_MAX = max(int(a.split(":")[0]) for a in sys.argv[2:]) if len(sys.argv) > 2 else 8
os.environ["XLA_FLAGS"] = f"--xla_force_host_platform_device_count={N_MAX}"
os.environ["JAX_PLATFORMS"] = "cpu"

import json  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import jax  # noqa: E402
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P  # noqa: E402

import attention_cpu as single  # noqa: E402
import jax_peers  # noqa: E402
from torus_harness import harness  # noqa: E402

HEADS, DIM, BLOCK = 8, 128, 512


def jax_ring(n, local):
    mesh = Mesh(np.array(jax.devices()[:n]), ("ring",))
    spec = P(None, None, "ring", None)
    f = jax.jit(jax.shard_map(jax_peers.ring(n, local, BLOCK), mesh=mesh, in_specs=(spec, spec, spec),
                              out_specs=spec, check_vma=False))
    return f, mesh


def main(hlo_dir, configs):
    jax.config.update("jax_default_matmul_precision", "highest")
    gemm = single.gemm_flops()
    print(json.dumps({"gemm_gflops": round(gemm / 1e9, 1), "reps": single.REPS, "cpu_count": os.cpu_count()}), flush=True)
    xla = harness.Xla()
    rows = []
    rng = np.random.default_rng(0)
    for n, local in configs:
        s = n * local
        q = (rng.standard_normal((1, HEADS, s, DIM)) / np.sqrt(DIM)).astype(np.float32)
        k = rng.standard_normal((1, HEADS, s, DIM)).astype(np.float32)
        v = rng.standard_normal((1, HEADS, s, DIM)).astype(np.float32)
        devs = jax.devices()[:n]
        text = Path(hlo_dir, f"torus_ring{n}_contiguous_l{local}.hlo").read_text()
        exe = devs[0].client.compile_and_load(xla.parse_hlo(text).stablehlo(),
                                              xla.xc.DeviceList(tuple(devs)), xla.build_options([d.id for d in devs]))
        mesh = Mesh(np.array(devs), ("d",))

        def sharded(x, dim):
            parts = np.split(x, n, axis=dim)
            spec = [None] * x.ndim
            spec[dim] = "d"
            return jax.make_array_from_single_device_arrays(
                x.shape, NamedSharding(mesh, P(*spec)), [jax.device_put(p, d) for p, d in zip(parts, devs)])

        args = [sharded(q[:, :, None], 3), sharded(k, 2), sharded(v, 2)]
        torus_run = lambda: [a.block_until_ready() for a in exe.execute_sharded(args).disassemble_into_single_device_arrays()[0]]
        pieces = exe.execute_sharded(args).disassemble_into_single_device_arrays()[0]
        order = {d: i for i, d in enumerate(devs)}
        out_torus = np.concatenate([np.asarray(a) for a in sorted(pieces, key=lambda a: order[a.device])], axis=3)[:, :, 0]

        f, jmesh = jax_ring(n, local)
        jspec = NamedSharding(jmesh, P(None, None, "ring", None))
        jq, jk, jv = (jax.device_put(x, jspec) for x in (q, k, v))
        out_jax = np.asarray(f(jq, jk, jv))
        times = single.interleaved_medians({"torus": torus_run, "jax": lambda: f(jq, jk, jv).block_until_ready()})
        useful = 2.0 * s * s * HEADS * DIM
        row = {"N": n, "L": local, "S": s, "torus_s": times["torus"], "jax_s": times["jax"],
               "torus_over_jax": round(times["torus"] / times["jax"], 3),
               "torus_pct_gemm": round(100 * useful / times["torus"] / gemm, 1),
               "jax_pct_gemm": round(100 * useful / times["jax"] / gemm, 1),
               "max_rel_diff": float(np.abs(out_torus - out_jax).max() / np.abs(out_jax).max())}
        print(json.dumps(row), flush=True)
        rows.append(row)
    print(f"\nGEMM roofline (2048^3 f32, same process): {gemm / 1e9:.1f} GFLOP/s; medians of {single.REPS} runs;"
          f" {os.cpu_count()} cores shared by the virtual devices\n")
    print("| N | tokens per device | S | Torus ms | JAX ring ms | Torus / JAX | Torus % GEMM | JAX % GEMM | max rel. diff |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['N']} | {r['L']} | {r['S']} | {r['torus_s'] * 1e3:.0f} | {r['jax_s'] * 1e3:.0f} | "
              f"{r['torus_over_jax']:.2f} | {r['torus_pct_gemm']} | {r['jax_pct_gemm']} | {r['max_rel_diff']:.1e} |")


if __name__ == "__main__":
    main(sys.argv[1], [tuple(int(x) for x in a.split(":")) for a in sys.argv[2:]])
