"""The training loop a JAX user would write instead of `torus pod-train` (issue 15's peer).

Independent of Torus's programs: a LLaMA model in JAX (RMSNorm, RoPE, GQA, SwiGLU, layers under
lax.scan) with the paper's ring attention in shard_map (bench/jax_peers.py; every key block attended,
masked, since JAX cannot differentiate the causal skip's data-dependent bound without a hand-written
custom_vjp) over a (dp, ring) mesh, the dense LM head and cross-entropy, jax.value_and_grad, psum of
loss and gradients, then optax: clip_by_global_norm and adamw with warmup_cosine_decay_schedule, the
whole step under one jax.jit with the parameters and optimizer state donated. A Python loop feeds
each step a batch of random windows of the same token file pod-train reads, as a device_put
sharded over (dp, ring), and reads the loss back (as pod-train reads its scalars) before the next.

With --fsdp F (F = the ring size), parameters and optimizer state are sharded as pod-train's FSDP
shards them: each along its first dimension F divides (after a stacked layer dimension), over the ring
axis. The shard_map all-gathers them at the start of the loss (ZeRO-3 style, without per-layer
prefetch), their gradients come back reduce-scattered (the all-gather's transpose), and optax updates
each shard where it lives (out_shardings equal to the inputs', so the donated state stays sharded).

Weights: the Hugging Face directory pod-train starts from (model.safetensors), so both sides begin
at the same point; the rows of each batch are drawn by this script's own generator, not Torus's.

Usage: python bench/pod_train_peer.py MODEL_DIR TOKENS.bin STEPS OUT.json --seq S --batch B --ring R
         --dp D [--fsdp F] --block K --lr LR --min-lr LR --warmup W --decay-steps T --weight-decay WD --clip C
"""
import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ARGS = None
if __name__ == "__main__":   # the virtual device count is fixed when jax starts
    p = argparse.ArgumentParser()
    for name in ("model", "tokens", "steps", "out"):
        p.add_argument(name)
    for name, kind in (("seq", int), ("batch", int), ("ring", int), ("dp", int), ("block", int), ("lr", float),
                       ("min-lr", float), ("warmup", int), ("decay-steps", int), ("weight-decay", float),
                       ("clip", float)):
        p.add_argument("--" + name, type=kind, required=True)
    p.add_argument("--fsdp", type=int, default=1)
    ARGS = p.parse_args()
    if ARGS.fsdp not in (1, ARGS.ring):
        p.error(f"--fsdp {ARGS.fsdp}: the peer shards over the ring axis only (1 or --ring {ARGS.ring})")
    os.environ["XLA_FLAGS"] = f"--xla_force_host_platform_device_count={ARGS.ring * ARGS.dp}"
    os.environ["JAX_PLATFORMS"] = "cpu"

import numpy as np  # noqa: E402
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import optax  # noqa: E402
from jax import lax  # noqa: E402
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P  # noqa: E402
from safetensors.numpy import load_file  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import jax_peers  # noqa: E402
from pod_train_overhead import WARMUP, gemm_gflops  # noqa: E402


def load_model(directory):
    """(config, {name: f32 array}) with each layer's tensors stacked as 'layers.<name>' [depth, ...]."""
    config = json.loads(Path(directory, "config.json").read_text())
    flat = load_file(str(Path(directory, "model.safetensors")))
    params = {k[len("model."):] if k.startswith("model.") else k: v.astype(np.float32) for k, v in flat.items()
              if not k.startswith("model.layers.")}
    depth = config["num_hidden_layers"]
    per_layer = sorted({k.split(".", 3)[3] for k in flat if k.startswith("model.layers.")})
    for name in per_layer:
        params["layers." + name] = np.stack([flat[f"model.layers.{i}.{name}"].astype(np.float32) for i in range(depth)])
    return config, params


def fsdp_dim(name, shape, fsdp):
    """pod-train's FSDP sharding of one weight: the first dimension fsdp divides (after a stacked layer
    dimension), or None (kept whole) when none does or fsdp is 1."""
    if fsdp > 1:
        for dim in range(1 if name.startswith("layers.") else 0, len(shape)):
            if shape[dim] % fsdp == 0:
                return dim
    return None


def spec(dim):
    return P() if dim is None else P(*([None] * dim), "ring")


def train_step(config, a, mesh, dims, param_shardings, opt_shardings):
    """The jitted step (params, opt_state, tokens, targets) -> (params, opt_state, loss, grad norm).
    Sharded weights are all-gathered over the ring inside the shard_map (their gradients come back
    reduce-scattered, the all-gather's transpose); whole ones have their gradients summed over it."""
    n, local = a.ring, a.seq // a.ring
    h, kv, w = config["num_attention_heads"], config["num_key_value_heads"], config["hidden_size"]
    eps, theta = config["rms_norm_eps"], config.get("rope_theta", 10000.0)
    global_tokens = a.batch * a.seq
    local_loss = jax_peers.llama_loss(n, local, a.block, h, kv, w, eps, theta, global_tokens)

    def gathered_loss(params, tokens, targets):
        whole = {k: v if dims[k] is None else lax.all_gather(v, "ring", axis=dims[k], tiled=True)
                 for k, v in params.items()}
        return local_loss(whole, tokens, targets)

    def loss_and_grads(params, tokens, targets):
        loss, grads = jax.value_and_grad(gathered_loss)(params, tokens, targets)
        grads = {k: lax.psum(g, "dp") if dims[k] is not None else lax.psum(g, ("dp", "ring")) for k, g in grads.items()}
        return lax.psum(loss, ("dp", "ring")), grads

    specs = {k: spec(d) for k, d in dims.items()}
    sharded = jax.shard_map(loss_and_grads, mesh=mesh, in_specs=(specs, P("dp", "ring"), P("dp", "ring")),
                            out_specs=(P(), specs), check_vma=False)
    tx = optimizer(a)

    def step(params, opt_state, tokens, targets):
        loss, grads = sharded(params, tokens, targets)
        updates, opt_state = tx.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss, optax.global_norm(grads)

    return jax.jit(step, donate_argnums=(0, 1), out_shardings=(param_shardings, opt_shardings, None, None))


def optimizer(a):
    schedule = optax.warmup_cosine_decay_schedule(0.0, a.lr, a.warmup, a.decay_steps, end_value=a.min_lr)
    return optax.chain(optax.clip_by_global_norm(a.clip),
                       optax.adamw(schedule, b1=0.9, b2=0.95, eps=1e-8, weight_decay=a.weight_decay))


def main(a):
    config, host_params = load_model(a.model)
    devices = np.array(jax.devices("cpu")[: a.dp * a.ring]).reshape(a.dp, a.ring)
    mesh = Mesh(devices, ("dp", "ring"))
    rows = NamedSharding(mesh, P("dp", "ring"))
    dims = {k: fsdp_dim(k, v.shape, a.fsdp) for k, v in host_params.items()}
    param_shardings = {k: NamedSharding(mesh, spec(d)) for k, d in dims.items()}
    params = jax.device_put(host_params, param_shardings)
    tx = optimizer(a)
    replicated = NamedSharding(mesh, P())
    opt_state = jax.tree.map(lambda x: x if isinstance(x.sharding, NamedSharding) else jax.device_put(x, replicated),
                             jax.jit(tx.init)(params))
    step = train_step(config, a, mesh, dims, param_shardings, jax.tree.map(lambda x: x.sharding, opt_state))
    corpus = np.memmap(a.tokens, dtype=np.uint16, mode="r")
    seconds, losses = [], []
    for k in range(WARMUP + int(a.steps)):
        t0 = time.perf_counter()
        starts = np.random.default_rng([7, k]).integers(0, len(corpus) - a.seq - 1, a.batch)
        window = np.stack([corpus[s: s + a.seq + 1] for s in starts]).astype(np.int32)
        tokens, targets = jax.device_put(window[:, :-1], rows), jax.device_put(window[:, 1:], rows)
        params, opt_state, loss, _ = step(params, opt_state, tokens, targets)
        losses.append(float(loss))
        if k >= WARMUP:
            seconds.append(time.perf_counter() - t0)
    result = {"stepSeconds": seconds, "losses": losses, "gemmGflops": gemm_gflops()}
    Path(a.out).write_text(json.dumps(result))
    print(f"JAX/optax peer: median step {statistics.median(seconds) * 1e3:.1f} ms over {a.steps} steps;"
          f" loss {losses[0]:.4f} -> {losses[-1]:.4f}")


if __name__ == "__main__":
    main(ARGS)
