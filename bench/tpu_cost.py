"""Benchmark 3: the TPU cost model (libtpu, deviceless) on Torus's and JAX's attention programs.

Every figure here is a compiler estimate, not a measurement: no TPU is present. Programs are
compiled for a Cloud TPU topology by libtpu (jax 0.10.2 / libtpu 0.0.42.1), bf16 inputs, f32
accumulation, causal, 8 heads of 128, blocks of 512:
  blockwise  one device, S tokens: Torus's blockwise core vs JAX's online softmax over key blocks
             (lax.fori_loop up to the diagonal inside lax.map over query blocks)
  ring       N devices, S tokens each: Torus's per-device SPMD ring program (contiguous and striped)
             vs a JAX shard_map ring following the paper (ppermute of K and V after each step)

Method. `cost_analysis()` counts a while body once, so the estimate is rebuilt from the compiled
TPU program: every instruction of the optimised HLO carries the cost model's `estimated_cycles`;
a computation's cycles are summed and multiplied by how often it runs. Static loops take their trip
count from the compiled condition (`i < constant`, start from the loop's initial tuple). The causal
key-block loops have data-dependent bounds: their iteration counts are computed here per device from
the token positions (the same rule both programs implement), and the busiest device sets the time.
Loops are told apart by their op names (Torus names its loops; the JAX peers use jax.named_scope).
Cycles become seconds at the TensorCore clock (peak FLOP/s over the MXUs' 4 * 128 * 128 * 2 FLOPs per
cycle: 1.05 GHz on v4, 1.5 GHz on v5e; 4 MXUs of 256 * 256 at 1.75 GHz on v6e). `optimal_seconds` is not a cycle sum at any one clock (the
loop-free sums of these programs imply 1.39 to 1.66 GHz), so it is printed only for reference. The
same method applied to a loop-free 8192^3 bf16 GEMM gives the roofline the programs are set against. The ring's transfer
per step (K and V, bf16) is set against the compute per step at the paper's link bandwidth.

Usage: python bench/tpu_cost.py HLO_DIR TOPOLOGY L [L ...]   (TOPOLOGY: v4-8, v5litepod-8 or v6e-8)
"""
import json
import os
import sys
from pathlib import Path

TOPOLOGY = sys.argv[2] if len(sys.argv) > 2 else "v5litepod-8"
os.environ["TPU_ACCELERATOR_TYPE"] = TOPOLOGY
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import numpy as np  # noqa: E402
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import topologies  # noqa: E402
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P  # noqa: E402

from torus_harness import harness  # noqa: E402
import jax_peers  # noqa: E402
from tpu_walk import Hlo, block_counts  # noqa: E402

HEADS, DIM, RING, GEMM = 8, 128, 8, 8192
BLOCK = int(os.environ.get("TPU_COST_BLOCK", "512"))   # query and key blocks (bench/tpu_cost.sh passes it)
# Per device: peak bf16 FLOP/s and ring link bytes/s (the paper's Table 2 figures). v4-8 lists 8
# devices, one TensorCore each: half of the chip's 275 TFLOP/s. A TensorCore has 4 MXUs of 128 x 128
# multiply-adds per cycle, so the clock is peak / (4 * 128 * 128 * 2): 1.05 GHz on v4, 1.5 GHz on v5e.
HARDWARE = {
    "v4-8": {"topology": "v4:2x2x1", "peak": 275e12 / 2, "link": 268e9},
    "v5litepod-8": {"topology": "v5e:2x4", "peak": 197e12, "link": 186e9},
    # v6e (Trillium): 918 TFLOP/s bf16 per chip from 4 MXUs of 256 x 256 (1.75 GHz); no figure in
    # the paper, so the link is Google's per-chip ICI bandwidth (3584 Gbit/s = 448 GB/s).
    "v6e-8": {"topology": "v6e:2x4", "peak": 918e12, "link": 448e9, "flops_per_cycle": 4 * 256 * 256 * 2},
}
FLOPS_PER_CYCLE = 4 * 128 * 128 * 2


# ---------------------------------------------------------------- the compiled program

# ---------------------------------------------------------------- causal block counts

def torus_dynamic(layout, n, local, device):
    """Runs of Torus's unmasked and masked key-block loops (kv_blocks, kv_blocks_masked)."""
    # Loop names as Torus emits them: compiler/src/main/java/dev/torus/compiler/lower/ProgramNames.java
    steps = block_counts(layout, n, local, device, BLOCK)
    out = {}
    for t, rows in enumerate(steps):
        prefix = ("ring_steps", "query_blocks") if t < n - 1 else ("query_blocks",)
        for visible, whole in rows:
            for key, runs in ((prefix + ("kv_blocks",), whole), (prefix + ("kv_blocks_masked",), visible - whole)):
                out[key] = out.get(key, 0) + runs
    return out


def jax_dynamic(n, local, device):
    """Runs of the JAX peers' key-block loop: every visible block (one masked body)."""
    prefix = ("ring_steps", "query_blocks", "kv_blocks") if n > 1 else ("query_blocks", "kv_blocks")
    return {prefix: sum(v for rows in block_counts("contiguous", n, local, device, BLOCK) for v, _ in rows)}


# ---------------------------------------------------------------- compile and estimate

def compile_torus(xla, devs, text):
    with xla.jax_mlir.make_ir_context():
        return devs[0].client.compile(
            xla.ir.Module.parse(xla.parse_hlo(text).stablehlo()),
            executable_devices=xla.xc.DeviceList(tuple(devs)), compile_options=xla.build_options([d.id for d in devs]))


def compile_jax(devs, n, local):
    mesh = Mesh(np.array(devs), ("ring",))
    if n == 1:
        f, spec = jax.jit(lambda q, k, v: jax_peers.blockwise(q, k, v, BLOCK)), P()
    else:
        spec = P(None, None, "ring", None)
        f = jax.jit(jax.shard_map(jax_peers.ring(n, local, BLOCK), mesh=mesh, in_specs=(spec,) * 3, out_specs=spec,
                                  check_vma=False))
    x = jax.ShapeDtypeStruct((1, HEADS, n * local, DIM), jnp.bfloat16, sharding=NamedSharding(mesh, spec))
    return f.lower(x, x, x).compile()


def gemm_roofline(devs, clock):
    """The cost model's FLOP/s for a loop-free 8192^3 bf16 GEMM (f32 accumulation), by the same
    cycle sum as every estimate here: the yardstick the attention programs are set against."""
    a = jax.ShapeDtypeStruct((GEMM, GEMM), jnp.bfloat16, sharding=jax.sharding.SingleDeviceSharding(devs[0]))
    exe = jax.jit(lambda x, y: jnp.matmul(x, y, preferred_element_type=jnp.float32)).lower(a, a).compile()
    return 2.0 * GEMM ** 3 / (Hlo(exe.as_text()).once() / clock)


def cost_of(exe):
    cost = exe.cost_analysis()
    return cost[0] if isinstance(cost, list) else cost


def estimate(name, exe, text, dynamic_per_device, n, local, hw, clock, gemm):
    hlo = Hlo(text)
    per_device = [hlo.scaled(dynamic_per_device(d)) for d in range(n)]
    busiest = int(np.argmax(per_device))
    seconds = per_device[busiest] / clock
    s = n * local
    useful = 2.0 * s * s * HEADS * DIM            # QK^T and PV on the causal half, all devices
    mem = exe.memory_analysis() if hasattr(exe, "memory_analysis") else exe.get_compiled_memory_stats()
    row = {"program": name, "N": n, "L": local, "S": s, "est_ms": round(seconds * 1e3, 3),
           "busiest_device": busiest, "balance": round(min(per_device) / max(per_device), 3),
           "temp_mib": round(int(mem.temp_size_in_bytes) / 2 ** 20, 1),
           "mfu_pct": round(100 * useful / (n * seconds * hw["peak"]), 1),
           "pct_gemm": round(100 * useful / (n * seconds * gemm), 1),
           "cost_analysis_once_ms": round(cost_of(exe)["optimal_seconds"] * 1e3, 3)}
    if n > 1:
        transfer = 2 * local * HEADS * DIM * 2 / hw["link"]      # K and V, bf16, one link
        row["compute_per_step_us"] = round(seconds / n * 1e6, 1)
        row["transfer_per_step_us"] = round(transfer * 1e6, 1)
        row["hidden"] = bool(seconds / n >= transfer)
    return row


def main(hlo_dir, topology, locals_):
    hw = HARDWARE[topology]
    xla = harness.Xla()
    topo = topologies.get_topology_desc(topology_name=hw["topology"], platform="tpu")
    clock = hw["peak"] / hw.get("flops_per_cycle", FLOPS_PER_CYCLE)
    gemm = gemm_roofline(topo.devices[:1], clock)
    print(json.dumps({"topology": topology, "clock_ghz": round(clock / 1e9, 3), "gemm_tflops": round(gemm / 1e12, 1),
                      "peak_tflops": hw["peak"] / 1e12}), flush=True)
    rows = []
    for local in locals_:
        one = topo.devices[:1]
        ring = topo.devices[:RING]
        jobs = [
            ("torus blockwise", lambda: compile_torus(xla, one, Path(hlo_dir, f"torus_attention_s{local}_bf16.hlo").read_text()),
             1, lambda d: torus_dynamic("contiguous", 1, local, d)),
            ("jax blockwise", lambda: compile_jax(one, 1, local), 1, lambda d: jax_dynamic(1, local, d)),
            ("torus ring contiguous", lambda: compile_torus(xla, ring, Path(
                hlo_dir, f"torus_ring{RING}_contiguous_l{local}_bf16.hlo").read_text()),
             RING, lambda d: torus_dynamic("contiguous", RING, local, d)),
            ("torus ring striped", lambda: compile_torus(xla, ring, Path(
                hlo_dir, f"torus_ring{RING}_striped_l{local}_bf16.hlo").read_text()),
             RING, lambda d: torus_dynamic("striped", RING, local, d)),
            ("jax ring contiguous", lambda: compile_jax(ring, RING, local), RING, lambda d: jax_dynamic(RING, local, d)),
        ]
        for name, build, n, dynamic in jobs:
            exe = build()
            text = exe.as_text() if hasattr(exe, "as_text") else exe.hlo_modules()[0].to_string()
            row = {"topology": topology, **estimate(name, exe, text, dynamic, n, local, hw, clock, gemm)}
            print(json.dumps(row), flush=True)
            rows.append(row)
    print(f"\n{topology}: TPU cost-model estimates (libtpu, deviceless), bf16, causal, {HEADS} heads of {DIM}, "
          f"blocks of {BLOCK}; clock {clock / 1e9:.3f} GHz; a {GEMM}^3 bf16 GEMM at "
          f"{gemm / 1e12:.1f} TFLOP/s by the same method; peak {hw['peak'] / 1e12:.1f} TFLOP/s per device\n")
    print("| program | N | tokens per device | est. ms | vs JAX | MFU % | % GEMM | balance | temp MiB "
          "| compute / transfer per step (us) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        peer = next(p for p in rows if p["program"].startswith("jax") and p["N"] == r["N"] and p["L"] == r["L"])
        step = (f"{r['compute_per_step_us']} / {r['transfer_per_step_us']}"
                f" ({'hidden' if r['hidden'] else 'exposed'})") if r["N"] > 1 else "-"
        print(f"| {r['program']} | {r['N']} | {r['L']} | {r['est_ms']} | {r['est_ms'] / peer['est_ms']:.2f} | "
              f"{r['mfu_pct']} | {r['pct_gemm']} | {r['balance']} | {r['temp_mib']} | {step} |")
    print()


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[2] not in HARDWARE:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], [int(a) for a in sys.argv[3:]])
