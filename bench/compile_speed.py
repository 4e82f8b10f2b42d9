"""Compile speed (issue 6): Torus vs JAX lowering the same LLaMA-2-7B-shaped ring model.

Both sides turn a 32-layer LLaMA-2-7B-shaped model (bf16 parameters, ring attention over N devices,
striped/contiguous does not change the work) into StableHLO text, from shapes alone:
  JAX    jax.jit(forward).lower(ShapeDtypeStruct...) then .as_text(): layers under lax.scan, ring
         attention as the paper writes it (shard_map over a 'ring' axis, lax.fori_loop over steps,
         online softmax over key blocks, lax.ppermute of K and V), a SwiGLU MLP and the LM head.
         The mesh is the first N devices of a deviceless TPU topology (libtpu): v4-8 for N = 8,
         v4-1024 for N = 1024, so no devices need to exist.
  Torus  ModelLowering.forward + the HLO text and StableHLO printers (bench CompileSpeed, warm JVM:
         median after a first compile), and the whole `./torus compile` process (cold JVM).
Timings: JAX warm = median of REPS lowerings in one process after a first one (jax.clear_caches()
between them so every lowering traces again); JAX cold = whole `python` processes that import jax
and lower once. Medians of REPS.

Usage: python bench/compile_speed.py [REPS]      (from the repository root, the venv's python)
"""
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 5
CONFIGS = [(1 << 20, 1024), (32768, 8), (1 << 20, 8)]   # (S, N) as in CompileSpeed
TOPOLOGY = {8: ("v4-8", "v4:2x2x1"), 1024: ("v4-1024", "v4:8x8x8")}
VOCAB, WIDTH, LAYERS, HEADS, FFN, BLOCK = 32000, 4096, 32, 32, 11008, 1024


def lower_once(seq, n):
    """Lowers the JAX model for (seq, n) in this process; returns (seconds, StableHLO characters)."""
    import numpy as np
    import jax
    import jax.numpy as jnp
    from jax import lax
    from jax.experimental import topologies
    from jax.sharding import Mesh, NamedSharding, PartitionSpec as P

    topo = topologies.get_topology_desc(topology_name=TOPOLOGY[n][1], platform="tpu")
    mesh = Mesh(np.array(topo.devices[:n]), ("ring",))
    local = seq // n
    d = WIDTH // HEADS
    nb = local // BLOCK

    def rms(x, w):
        x32 = x.astype(jnp.float32)
        return (x32 * lax.rsqrt(jnp.mean(x32 * x32, -1, keepdims=True) + 1e-5) * w).astype(jnp.bfloat16)

    def attention(q, k, v):  # [L, H, D] local shards, bf16
        r = lax.axis_index("ring")
        qb = q.reshape(nb, BLOCK, HEADS, d) * (d ** -0.5)
        pos = jnp.arange(BLOCK)

        def step(t, carry):
            k, v, m, l, acc = carry
            src = (r - t) % n
            kb, vb = k.reshape(nb, BLOCK, HEADS, d), v.reshape(nb, BLOCK, HEADS, d)

            def one_query_block(args):
                i, mi, li, ai = args

                def body(j, c):
                    m_, l_, a_ = c
                    s = jnp.einsum("qhd,khd->hqk", qb[i], kb[j], preferred_element_type=jnp.float32)
                    mask = (src * local + j * BLOCK + pos)[None, :] <= (r * local + i * BLOCK + pos)[:, None]
                    s = jnp.where(mask, s, -jnp.inf)
                    m_new = jnp.maximum(m_, s.max(-1))
                    shift = jnp.where(m_new == -jnp.inf, 0.0, m_new)
                    p = jnp.exp(s - shift[..., None])
                    corr = jnp.exp(m_ - shift)
                    pv = jnp.einsum("hqk,khd->hqd", p.astype(jnp.bfloat16), vb[j], preferred_element_type=jnp.float32)
                    return m_new, l_ * corr + p.sum(-1), a_ * corr[..., None] + pv

                return lax.fori_loop(0, nb, body, (mi, li, ai))

            m, l, acc = lax.map(one_query_block, (jnp.arange(nb), m, l, acc))
            perm = [(i, (i + 1) % n) for i in range(n)]
            return lax.ppermute(k, "ring", perm), lax.ppermute(v, "ring", perm), m, l, acc

        init = (k, v, jnp.full((nb, HEADS, BLOCK), -jnp.inf), jnp.zeros((nb, HEADS, BLOCK)),
                jnp.zeros((nb, HEADS, BLOCK, d)))
        _, _, m, l, acc = lax.fori_loop(0, n, step, init)
        out = acc / l[..., None]                                   # [nb, H, BLOCK, D]
        return jnp.moveaxis(out, 1, 2).reshape(local, HEADS * d).astype(jnp.bfloat16)

    def per_device(tokens, embed, layers, norm, head):
        x = embed[tokens[0]]                                       # [L, W]

        def layer(x, w):
            h = rms(x, w["ln1"])
            q = (h @ w["wq"]).reshape(local, HEADS, d)
            k = (h @ w["wk"]).reshape(local, HEADS, d)
            v = (h @ w["wv"]).reshape(local, HEADS, d)
            x = x + attention(q, k, v) @ w["wo"]
            h = rms(x, w["ln2"])
            return x + (jax.nn.silu(h @ w["w1"]) * (h @ w["w3"])) @ w["w2"], None

        x, _ = lax.scan(layer, x, layers)
        return (rms(x, norm) @ head).astype(jnp.float32)[None]

    bf16 = jnp.bfloat16
    rep = NamedSharding(mesh, P())
    layers = {name: jax.ShapeDtypeStruct((LAYERS,) + shape, bf16, sharding=rep) for name, shape in {
        "ln1": (WIDTH,), "ln2": (WIDTH,), "wq": (WIDTH, WIDTH), "wk": (WIDTH, WIDTH), "wv": (WIDTH, WIDTH),
        "wo": (WIDTH, WIDTH), "w1": (WIDTH, FFN), "w3": (WIDTH, FFN), "w2": (FFN, WIDTH)}.items()}
    args = (jax.ShapeDtypeStruct((1, seq), jnp.int32, sharding=NamedSharding(mesh, P(None, "ring"))),
            jax.ShapeDtypeStruct((VOCAB, WIDTH), bf16, sharding=rep), layers,
            jax.ShapeDtypeStruct((WIDTH,), bf16, sharding=rep), jax.ShapeDtypeStruct((WIDTH, VOCAB), bf16, sharding=rep))
    fn = jax.shard_map(per_device, mesh=mesh, in_specs=(P(None, "ring"), P(), P(), P(), P()),
                       out_specs=P(None, "ring", None), check_vma=False)
    t0 = time.perf_counter()
    text = jax.jit(fn).lower(*args).as_text()
    return time.perf_counter() - t0, len(text)


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def jax_in_process(seq, n):
    import jax
    first, chars = lower_once(seq, n)
    warm = []
    for _ in range(REPS):
        jax.clear_caches()
        warm.append(lower_once(seq, n)[0])
    return first, median(warm), chars


def timed(cmd, env=None):
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--lower":      # one cold JAX process
        seq, n = int(sys.argv[2]), int(sys.argv[3])
        os.environ["TPU_ACCELERATOR_TYPE"] = TOPOLOGY[n][0]
        print(json.dumps({"seconds": lower_once(seq, n)[0]}))
        return
    java = next((j for j in ("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java",) if Path(j).exists()), "java")
    subprocess.run([str(ROOT / "torus"), "help"], check=True, stdout=subprocess.DEVNULL)   # builds the jars
    jar = [j for j in sorted((ROOT / "cli" / "target").glob("torus-cli-*.jar"))
           if not j.name.endswith(("-sources.jar", "-javadoc.jar"))][0]
    cp = f"{jar}:{(ROOT / 'cli' / 'target' / 'classpath.txt').read_text().strip()}"
    speed = subprocess.run([java, "-cp", cp, "dev.torus.cli.bench.CompileSpeed", str(REPS)], check=True,
                           capture_output=True, text=True).stdout
    torus = {}
    for line in speed.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells and cells[0].startswith("llama2-7b"):
            torus[(int(cells[1]), int(cells[2]))] = (float(cells[5]), float(cells[6]), float(cells[7]))
    rows = []
    for seq, n in CONFIGS:
        out = ROOT / "bench" / "target" / "compile-speed"
        torus_cold = median([timed([str(ROOT / "torus"), "compile", "--model", "llama2-7b", "--seq", str(seq), "--ring",
                                    str(n), "--layout", "striped", "--block-q", "1024", "--block-kv", "1024", "--chunk",
                                    "1024", "--out", str(out)]) for _ in range(REPS)])
        env = dict(os.environ, TPU_ACCELERATOR_TYPE=TOPOLOGY[n][0], JAX_PLATFORMS="cpu")
        jax_cold = median([timed([sys.executable, __file__, "--lower", str(seq), str(n)], env) for _ in range(REPS)])
        proc = subprocess.run([sys.executable, "-c", "import sys; sys.argv=['x']; import compile_speed as c, json;"
                               f" print(json.dumps(c.jax_in_process({seq}, {n})))"],
                              cwd=ROOT / "bench", env=env, check=True, capture_output=True, text=True)
        jax_first, jax_warm, jax_chars = json.loads(proc.stdout.strip().splitlines()[-1])
        t_first, t_warm, t_reports = torus[(seq, n)]
        row = {"S": seq, "N": n, "torus_cold_process_s": round(torus_cold, 2), "jax_cold_process_s": round(jax_cold, 2),
               "torus_warm_ms": t_warm, "torus_warm_with_reports_ms": t_reports, "jax_first_lowering_ms": round(jax_first * 1e3, 1),
               "jax_warm_ms": round(jax_warm * 1e3, 1), "warm_ratio": round(jax_warm * 1e3 / t_warm, 1),
               "jax_stablehlo_kib": jax_chars // 1024}
        print(json.dumps(row), flush=True)
        rows.append(row)
    print(f"\nmedians of {REPS}; {os.cpu_count()} cores\n")
    print("| S | N | Torus warm ms | Torus warm + reports ms | JAX warm lowering ms | JAX / Torus (warm) |"
          " Torus cold process s | JAX cold process s |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['S']:,} | {r['N']} | {r['torus_warm_ms']} | {r['torus_warm_with_reports_ms']} | {r['jax_warm_ms']} |"
              f" {r['warm_ratio']}x | {r['torus_cold_process_s']} | {r['jax_cold_process_s']} |")


if __name__ == "__main__":
    main()
