"""Train-step benchmark, TPU half (issue 7): Torus's train step and the JAX peer of bench/train_cpu.py,
both compiled for a Cloud TPU topology by libtpu (deviceless). Every figure is a compiler estimate.

The estimate is bench/tpu_walk.py's: the compiled program's estimated_cycles, each computation
scaled by how often it runs (static trip counts from the compiled conditions; Torus's causal
key-block loops, forward and backward, counted per device from the token positions, the busiest
device setting the time), cycles to seconds at the TensorCore clock. The JAX peer has no
data-dependent loops (JAX cannot differentiate them, so it attends every block, masked).

Usage: python bench/train_tpu.py HLO_DIR TOPOLOGY NAME [NAME ...]   (HLO_DIR from bench/train_cpu.sh)
"""
import json
import os
import sys
from pathlib import Path

TOPOLOGY = sys.argv[2] if len(sys.argv) > 2 else "v4-8"
os.environ["TPU_ACCELERATOR_TYPE"] = TOPOLOGY
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import numpy as np  # noqa: E402
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import topologies  # noqa: E402
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P  # noqa: E402

from torus_harness import harness  # noqa: E402
import train_cpu  # noqa: E402
from tpu_walk import Hlo, train_step_runs  # noqa: E402

HARDWARE = {"v4-8": ("v4:2x2x1", 275e12 / 2), "v5litepod-8": ("v5e:2x4", 197e12)}
FLOPS_PER_CYCLE = 4 * 128 * 128 * 2


def torus_runs(meta, device):
    """Total runs of Torus's causal key-block loops in the train step, by loop path, on one device."""
    n = meta["ring"]
    return train_step_runs("contiguous", n, meta["seq"] // n, meta["block"], meta["depth"], device)


def main(hlo_dir, names):
    topology, peak = HARDWARE[TOPOLOGY]
    clock = peak / FLOPS_PER_CYCLE
    topo = topologies.get_topology_desc(topology_name=topology, platform="tpu")
    xla = harness.Xla()
    rows = []
    for name in names:
        meta = json.loads(Path(hlo_dir, name + ".json").read_text())
        n = meta["ring"]
        devs = topo.devices[:n]
        with xla.jax_mlir.make_ir_context():
            exe = devs[0].client.compile(
                xla.ir.Module.parse(xla.parse_hlo(Path(hlo_dir, name + ".hlo").read_text()).stablehlo()),
                executable_devices=xla.xc.DeviceList(tuple(devs)), compile_options=xla.build_options([d.id for d in devs]))
        hlo = Hlo(exe.hlo_modules()[0].to_string())
        torus_cycles = max(hlo.scaled(torus_runs(meta, d)) for d in range(n))

        mesh = Mesh(np.array(devs), ("ring",))
        rep = NamedSharding(mesh, P())
        seq = NamedSharding(mesh, P(None, "ring"))
        ids = jax.ShapeDtypeStruct((meta["batch"], meta["seq"]), jnp.int32, sharding=seq)
        params = {w["name"]: jax.ShapeDtypeStruct(tuple(w["shape"]), jnp.float32, sharding=rep) for w in meta["weights"]}
        step = jax.ShapeDtypeStruct((), jnp.int32, sharding=rep)
        compiled = train_cpu.jax_train_step(meta, mesh).lower(ids, ids, step, params, params, params).compile()
        jax_cycles = Hlo(compiled.as_text()).scaled({})
        row = {"topology": TOPOLOGY, "model": name, "N": n, "S": meta["seq"], "batch": meta["batch"],
               "torus_est_ms": round(torus_cycles / clock * 1e3, 3), "jax_est_ms": round(jax_cycles / clock * 1e3, 3),
               "torus_over_jax": round(torus_cycles / jax_cycles, 3),
               "torus_temp_mib": round(exe.get_compiled_memory_stats().temp_size_in_bytes / 2 ** 20, 1),
               "jax_temp_mib": round(compiled.memory_analysis().temp_size_in_bytes / 2 ** 20, 1)}
        print(json.dumps(row), flush=True)
        rows.append(row)
    print(f"\n{TOPOLOGY}: TPU cost-model estimates (libtpu, deviceless), f32 train step; clock {clock / 1e9:.3f} GHz\n")
    print("| model | N | S | batch | Torus est. ms | JAX est. ms | Torus / JAX | Torus TPU temp MiB | JAX TPU temp MiB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['model']} | {r['N']} | {r['S']} | {r['batch']} | {r['torus_est_ms']} | {r['jax_est_ms']} |"
              f" {r['torus_over_jax']} | {r['torus_temp_mib']} | {r['jax_temp_mib']} |")


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[2] not in HARDWARE:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[3:])
