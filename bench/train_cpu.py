"""Train-step benchmark (issue 7): Torus's train step vs jax.value_and_grad of the JAX ring peer, on
N virtual CPU devices, same model, shapes, weights, tokens and optimizer.

Torus runs the SPMD train-step program its compiler emits (`TrainBenchPrograms`): loss, gradients
through the ring (K, V, dK, dV travelling), all-reduce, clipping, warmup-cosine learning rate and
AdamW, in one program. The JAX peer is written as an experienced JAX user would: a LLaMA model
(RMSNorm, RoPE, GQA, SwiGLU) whose layers run under lax.scan, the paper's ring attention from
bench/jax_peers.py inside shard_map (every key block attended, masked: JAX cannot differentiate the
causal skip's data-dependent loop bound without a hand-written custom_vjp), the dense LM head and
cross-entropy, jax.value_and_grad per
device, lax.psum of loss and gradients, then the same clipping, schedule and AdamW, all under one
jax.jit. Both get the same float32 weights, tokens and targets; the first step's losses must agree.

All N virtual devices share this machine's cores: the timings measure total work and overheads.
Medians of REPS steps after a warm-up, Torus and JAX taking turns; XLA's CPU temp memory from
memory_analysis(); roofline: a 2048^3 f32 GEMM timed in the same process.

With TRAIN_ONLY=torus or TRAIN_ONLY=jax in the environment, only that side runs (a ~100M model's
weights, moments and outputs on 4 virtual devices, twice over, do not fit 24 GB in one process);
bench/train_cpu.sh then runs the two sides in turn, twice each.

Usage: python bench/train_cpu.py HLO_DIR NAME [NAME ...]   (bench/train_cpu.sh writes HLO_DIR)
"""
import json
import os
import sys
from pathlib import Path

META = {}
if __name__ == "__main__":   # the virtual device count is fixed when jax starts (bench/train_tpu.py imports this)
    META = {n: json.loads(Path(sys.argv[1], n + ".json").read_text()) for n in sys.argv[2:]} if len(sys.argv) > 2 else {}
    os.environ["XLA_FLAGS"] = f"--xla_force_host_platform_device_count={max([m['ring'] for m in META.values()], default=4)}"
    os.environ["JAX_PLATFORMS"] = "cpu"

import numpy as np  # noqa: E402
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P  # noqa: E402

import attention_cpu as single  # noqa: E402
from torus_harness import harness  # noqa: E402
import jax_peers  # noqa: E402


def weights(meta, rng):
    """The same float32 weights for both: normal(0, 0.02), norm weights 1."""
    out = {}
    for w in meta["weights"]:
        shape = tuple(w["shape"])
        out[w["name"]] = (np.ones(shape) if "norm" in w["name"] else 0.02 * rng.standard_normal(shape)).astype(np.float32)
    return out


def jax_train_step(meta, mesh):
    n, local, blk = meta["ring"], meta["seq"] // meta["ring"], meta["block"]
    h, kv, w = meta["heads"], meta["kvHeads"], meta["width"]
    opt = meta["optimizer"]
    global_tokens = meta["batch"] * meta["seq"]
    local_loss = jax_peers.llama_loss(n, local, blk, h, kv, w, meta["eps"], meta["ropeTheta"], global_tokens)

    def step_fn(tokens, targets, step, params, m, v):
        loss, grads = jax.value_and_grad(local_loss)(params, tokens, targets)
        loss, grads = lax.psum(loss, "ring"), lax.psum(grads, "ring")
        norm = jnp.sqrt(sum(jnp.sum(g * g) for g in jax.tree.leaves(grads)))
        clip = jnp.minimum(1.0, opt["maxGradNorm"] / (norm + 1e-6))
        t = step.astype(jnp.float32)
        warm = opt["peakLr"] * t / max(1, opt["warmupSteps"])
        progress = jnp.minimum(1.0, (t - opt["warmupSteps"]) / (opt["totalSteps"] - opt["warmupSteps"]))
        cosine = opt["minLr"] + (opt["peakLr"] - opt["minLr"]) / 2 * (1 + jnp.cos(np.pi * progress))
        lr = jnp.where(t < opt["warmupSteps"], warm, cosine)
        b1, b2 = opt["beta1"], opt["beta2"]
        new_p, new_m, new_v = {}, {}, {}
        for k in params:
            g = grads[k] * clip
            new_m[k] = b1 * m[k] + (1 - b1) * g
            new_v[k] = b2 * v[k] + (1 - b2) * g * g
            denom = jnp.sqrt(new_v[k]) / jnp.sqrt(1 - b2 ** t) + opt["eps"]
            new_p[k] = params[k] * (1 - lr * opt["weightDecay"]) - lr / (1 - b1 ** t) * new_m[k] / denom
        return loss, norm, lr, new_p, new_m, new_v

    seq_spec = P(None, "ring")
    return jax.jit(jax.shard_map(step_fn, mesh=mesh, in_specs=(seq_spec, seq_spec, P(), P(), P(), P()),
                                 out_specs=(P(), P(), P(), P(), P(), P()), check_vma=False))


def main(hlo_dir, names):
    gemm = single.gemm_flops()
    print(json.dumps({"gemm_gflops": round(gemm / 1e9, 1), "reps": single.REPS, "cpu_count": os.cpu_count()}), flush=True)
    xla = harness.Xla()
    rows = []
    for name in names:
        meta = META[name]
        n = meta["ring"]
        devs = jax.devices("cpu")[:n]
        mesh = Mesh(np.array(devs), ("ring",))
        rng = np.random.default_rng(0)
        params = weights(meta, rng)
        zeros = {k: np.zeros_like(a) for k, a in params.items()}
        tokens = rng.integers(0, meta["vocab"], (meta["batch"], meta["seq"])).astype(np.int32)
        targets = rng.integers(0, meta["vocab"], (meta["batch"], meta["seq"])).astype(np.int32)
        step = np.asarray(1, np.int32)

        only = os.environ.get("TRAIN_ONLY")
        fns, row = {}, {"model": name, "N": n, "S": meta["seq"], "batch": meta["batch"],
                        "parameters": sum(int(np.prod(w["shape"])) for w in meta["weights"])}
        if only in (None, "torus"):
            fns["torus"] = torus_side(xla, hlo_dir, name, meta, mesh, devs, params, zeros, tokens, targets, step, row)
        if only in (None, "jax"):
            fns["jax"] = jax_side(meta, mesh, params, zeros, tokens, targets, step, row)
        times = single.interleaved_medians(fns)
        for side, t in times.items():
            row[side + "_ms"] = round(t * 1e3, 1)
        if len(times) == 2:
            row["torus_over_jax"] = round(times["torus"] / times["jax"], 3)
            row["loss_rel_diff"] = abs(row["torus_loss"] - row["jax_loss"]) / abs(row["jax_loss"])
        print(json.dumps(row), flush=True)
        rows.append(row)
    if any(len([k for k in r if k.endswith("_ms")]) < 2 for r in rows):
        return
    print(f"\nGEMM roofline (2048^3 f32, same process): {gemm / 1e9:.1f} GFLOP/s; medians of {single.REPS} steps;"
          f" {os.cpu_count()} cores shared by the virtual devices\n")
    print("| model | parameters | N | S | batch | Torus ms | JAX ms | Torus / JAX | Torus temp MiB | JAX temp MiB |"
          " first-step loss (Torus / JAX) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['model']} | {r['parameters']:,} | {r['N']} | {r['S']} | {r['batch']} | {r['torus_ms']} |"
              f" {r['jax_ms']} | {r['torus_over_jax']} | {r['torus_temp_mib']} | {r['jax_temp_mib']} |"
              f" {r['torus_loss']:.6f} / {r['jax_loss']:.6f} |")


def torus_side(xla, hlo_dir, name, meta, mesh, devs, params, zeros, tokens, targets, step, row):
    """Compiles Torus's step, runs it once for the loss and memory; the timed function."""
    n = meta["ring"]
    exe = devs[0].client.compile_and_load(xla.parse_hlo(Path(hlo_dir, name + ".hlo").read_text()).stablehlo(),
                                        xla.xc.DeviceList(tuple(devs)), xla.build_options([d.id for d in devs]))

    def place(x, dim):
        if dim is None:
            return jax.make_array_from_single_device_arrays(x.shape, NamedSharding(mesh, P()),
                                                            [jax.device_put(x, dv) for dv in devs])
        spec = [None] * x.ndim
        spec[dim] = "ring"
        parts = np.split(x, n, axis=dim)
        return jax.make_array_from_single_device_arrays(x.shape, NamedSharding(mesh, P(*spec)),
                                                        [jax.device_put(p, dv) for p, dv in zip(parts, devs)])

    order = [w["name"] for w in meta["weights"]]
    args = ([place(tokens, 1), place(targets, 1), place(step, None)] + [place(params[k], None) for k in order]
            + [place(zeros[k], None) for k in order] * 2)
    first = exe.execute_sharded(args).disassemble_into_single_device_arrays()
    row["torus_loss"] = float(np.asarray(first[0][0]))
    row["torus_temp_mib"] = round(exe.get_compiled_memory_stats().temp_size_in_bytes / 2 ** 20, 1)
    del first

    def run():
        for arrays in exe.execute_sharded(args).disassemble_into_single_device_arrays():
            arrays[0].block_until_ready()
    return run


def jax_side(meta, mesh, params, zeros, tokens, targets, step, row):
    """Builds the JAX peer, runs it once for the loss and memory; the timed function."""
    f = jax_train_step(meta, mesh)
    args = (tokens, targets, step, params, zeros, zeros)
    row["jax_loss"] = float(f(*args)[0])
    row["jax_temp_mib"] = round(f.lower(*args).compile().memory_analysis().temp_size_in_bytes / 2 ** 20, 1)
    return lambda: jax.block_until_ready(f(*args))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
