"""A train-step artifact's estimated step time by the TPU cost model, trip-count scaled (issue 19).

Reads an artifact (`torus compile --task train ...`) and what `torus tpu-check ARTIFACT --topology T
--json` wrote for it (its compiled TPU HLO, `tpuHlo`, and libtpu's memory figures), and walks the
compiled program as bench/train_tpu.py does (bench/tpu_walk.py): every instruction's
estimated_cycles, each computation multiplied by how often it runs (static trip counts from the
compiled conditions; Torus's causal key-block loops, forward, re-traced forward and backward, counted
from the token positions of the artifact's layout), cycles to seconds at the TensorCore clock. Every
figure is a compiler estimate, not a measurement.

The causal loops' runs depend on the device; the busiest of DEVICES (default: the first and the
last of the ring) sets the time.

Usage: python bench/train_step_tpu.py ARTIFACT TPU_CHECK_JSON [DEVICE ...]
"""
import json
import sys
from pathlib import Path

from tpu_walk import Hlo, train_step_runs

# TensorCore clock: peak bf16 FLOP/s per device over 4 MXUs of 128 x 128 multiply-adds (as bench/train_tpu.py).
PEAK = {"v4": 275e12 / 2, "v5litepod": 197e12}
FLOPS_PER_CYCLE = 4 * 128 * 128 * 2


def main(artifact, check, devices):
    manifest = json.loads(Path(artifact, "manifest.json").read_text())
    report = json.loads(Path(check).read_text())
    shape = manifest["model"]["shape"]
    n = shape["ring"]
    local = shape["sequence"] // n
    block = shape["blocks"]["query"]
    assert shape["blocks"]["keyValue"] == block, "the walker counts square blocks"
    depth = manifest["model"]["spec"]["depth"]
    layout = manifest["tokenLayout"]
    topology = report["topology"]
    clock = PEAK[topology.split("-")[0]] / FLOPS_PER_CYCLE
    hlo = Hlo(Path(report["tpuHlo"]).read_text())
    devices = devices or [0, n - 1]
    cycles = max(hlo.scaled(train_step_runs(layout, n, local, block, depth, d)) for d in devices)
    memory = report.get("memory", {})
    row = {"artifact": str(artifact), "topology": topology, "N": n, "tokens_per_device": local, "block": block,
           "est_ms": round(cycles / clock * 1e3, 3), "once_ms": round(hlo.once() / clock * 1e3, 3),
           "fits": report.get("fits"), "clock_ghz": round(clock / 1e9, 3), "devices": devices,
           "memory": memory}
    print(json.dumps(row))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], [int(d) for d in sys.argv[3:]])
