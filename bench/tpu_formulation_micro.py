"""Issue 20's A/B of online-softmax formulations on one key-block iteration, by the libtpu cost model.

Compiles one step (8 heads, a BQ x BK block of queries and keys, head dim 128, bf16 q/k/v, f32 running
max, denominator and accumulator) for the first device of a TPU topology, deviceless, and prints the
sum of the cost model's `estimated_cycles` with each instruction's share. Every figure is an estimate.
  ALLOW_MULTIPLE_LIBTPU_LOAD=1 .venv/bin/python bench/tpu_formulation_micro.py v6e-8 base ones_acc
  (TOPOLOGY: v4-8, v5litepod-8, v6e-8; env BQ, BK: block sizes, default 512; DUMP=VARIANT prints its HLO)
Variants: base, scaled, exp2, bf16exp, bf16exp_bfsum, sum_bf16p, ones, ones_bf16, ones_acc, dotsum, dotsum_bf16
(see bench/results/03-tpu-cost.md, issue 20).
"""
import os, sys, re
TOP = sys.argv[1]
os.environ["TPU_ACCELERATOR_TYPE"] = TOP
os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax, jax.numpy as jnp
from jax.experimental import topologies
T = {"v4-8": "v4:2x2x1", "v5litepod-8": "v5e:2x4", "v6e-8": "v6e:2x4"}[TOP]
dev = topologies.get_topology_desc(topology_name=T, platform="tpu").devices[0]
H, R, K, D = 8, int(os.environ.get("BQ", 512)), int(os.environ.get("BK", 512)), 128
f32, bf = jnp.float32, jnp.bfloat16
LOG2E = 1.4426950408889634

def body(variant):
    def f(q, k, v, m, l, o, oo):
        s = jnp.einsum("hrd,hkd->hrk", q, k, preferred_element_type=f32)
        nm = jnp.maximum(m, s.max(-1))
        if variant == "base":
            p = jnp.exp(s - nm[..., None]); rs = p.sum(-1); pb = p.astype(bf)
        elif variant == "scaled":          # exp(c*(s - m)): what exp2 with folding would look like
            p = jnp.exp((s - nm[..., None]) * LOG2E); rs = p.sum(-1); pb = p.astype(bf)
        elif variant == "exp2":          # jnp.exp2 lowering
            p = jnp.exp2(s - nm[..., None]); rs = p.sum(-1); pb = p.astype(bf)
        elif variant == "bf16exp":
            pb = jnp.exp((s - nm[..., None]).astype(bf)); rs = pb.astype(f32).sum(-1); p = None
        elif variant == "bf16exp_bfsum":
            pb = jnp.exp((s - nm[..., None]).astype(bf)); rs = pb.sum(-1, dtype=f32); p = None
        elif variant == "sum_bf16p":      # f32 exp, row sum of the rounded p
            pb = jnp.exp(s - nm[..., None]).astype(bf); rs = pb.astype(f32).sum(-1)
        elif variant == "ones":           # row sum in the PV matmul
            pb = jnp.exp(s - nm[..., None]).astype(bf)
            vv = jnp.concatenate([v, jnp.ones(v.shape[:-1] + (1,), bf)], -1)
            pv1 = jnp.einsum("hrk,hkd->hrd", pb, vv, preferred_element_type=f32)
            c = jnp.exp(m - nm)
            return nm, l * c + pv1[..., D], o * c[..., None] + pv1[..., :D]
        elif variant == "ones_bf16":
            pb = jnp.exp((s - nm[..., None]).astype(bf))
            vv = jnp.concatenate([v, jnp.ones(v.shape[:-1] + (1,), bf)], -1)
            pv1 = jnp.einsum("hrk,hkd->hrd", pb, vv, preferred_element_type=f32)
            c = jnp.exp(m - nm)
            return nm, l * c + pv1[..., D], o * c[..., None] + pv1[..., :D]
        elif variant == "ones_acc":        # accumulator carries the row sum as column D
            pb = jnp.exp(s - nm[..., None]).astype(bf)
            vv = jnp.concatenate([v, jnp.ones(v.shape[:-1] + (1,), bf)], -1)
            pv1 = jnp.einsum("hrk,hkd->hrd", pb, vv, preferred_element_type=f32)
            c = jnp.exp(m - nm)
            return nm, l, oo * c[..., None] + pv1
        elif variant == "dotsum":         # row sum as a matmul against a ones vector
            pb = jnp.exp(s - nm[..., None]).astype(bf)
            rs = jnp.einsum("hrk,k->hr", pb, jnp.ones((K,), bf), preferred_element_type=f32)
        elif variant == "dotsum_bf16":
            pb = jnp.exp((s - nm[..., None]).astype(bf))
            rs = jnp.einsum("hrk,k->hr", pb, jnp.ones((K,), bf), preferred_element_type=f32)
        c = jnp.exp(m - nm)
        pv = jnp.einsum("hrk,hkd->hrd", pb, v, preferred_element_type=f32)
        return nm, l * c + rs, o * c[..., None] + pv
    return f

sd = lambda shape, t: jax.ShapeDtypeStruct(shape, t, sharding=jax.sharding.SingleDeviceSharding(dev))
args = [sd((H, R, D), bf), sd((H, K, D), bf), sd((H, K, D), bf), sd((H, R), f32), sd((H, R), f32), sd((H, R, D), f32), sd((H, R, D + 1), f32)]
for variant in sys.argv[2:]:
    txt = jax.jit(body(variant)).lower(*args).compile().as_text()
    parts = []
    tot = 0
    for line in txt.splitlines():
        c = re.search(r'"estimated_cycles":"(\d+)"', line)
        if c and "ENTRY" not in line:
            n = re.match(r"\s*(?:ROOT )?%(\S+)", line)
            tot += int(c.group(1)); parts.append(f"{n.group(1) if n else '?'}={c.group(1)}")
    print(f"{TOP} {variant:14s} total={tot}  " + " ".join(parts), flush=True)
if os.environ.get("DUMP"):
    txt = jax.jit(body(os.environ["DUMP"])).lower(*args).compile().as_text()
    for line in txt.splitlines():
        print(re.sub(r', metadata=.*', '', re.sub(r'backend_config=\{.*?"estimated_cycles":"(\d+)".*', r'CYC=\1', line))[:300])
