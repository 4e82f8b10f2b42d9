"""Packed-documents benchmark (issue 15): one train step of the tiny model at sequence S on one XLA
CPU device, 16 packed documents (attention stays within each, blocks no document sees are skipped)
vs the same tokens and targets as one causal sequence. Prints the measured speed-up (causal ms /
packed ms) against the speed-up CostAnalysis predicts from the FLOPs each program executes
(AttentionLoopRuns on these documents), and their ratio: the issue asks for >= 0.8.

Times are medians of REPS steps after a warm-up, the two programs taking turns in each repetition;
roofline: a 2048^3 f32 GEMM timed in the same process.

Usage: python bench/packed_cpu.py HLO_DIR   (bench/packed_cpu.sh writes HLO_DIR)
"""
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import numpy as np  # noqa: E402
import jax  # noqa: E402

import attention_cpu as single  # noqa: E402


def arguments(meta, rows, rng):
    """The step's inputs in parameter order: the rows, step 1, weights normal(0, 0.02) (norms 1), zero moments."""
    weights = set(meta["weights"])
    dev = jax.devices("cpu")[0]
    out = []
    for p in meta["parameters"]:
        name, shape = p["name"], tuple(p["shape"])
        if name in rows:
            a = rows[name].reshape(shape)
        elif p["dtype"] == "s32":
            a = np.full(shape, 1, np.int32)
        elif name in weights:
            a = (np.ones(shape) if "norm" in name else 0.02 * rng.standard_normal(shape)).astype(np.float32)
        else:
            a = np.zeros(shape, np.float32)
        out.append(jax.device_put(a, dev))
    return out


def main(hlo_dir):
    d = Path(hlo_dir)
    meta = json.loads((d / "packed.json").read_text())
    rows = {k: np.load(d / f"rows.{k}.npy") for k in ("tokens", "targets", "segment_ids", "positions")}
    gemm = single.gemm_flops()
    fns, losses = {}, {}
    for name in ("packed", "causal"):
        exe = single.torus((d / f"{name}.hlo").read_text())
        args = arguments(meta[name], rows, np.random.default_rng(0))
        losses[name] = float(np.asarray(exe.execute_sharded(args).disassemble_into_single_device_arrays()[0][0]))
        fns[name] = (lambda e, a: lambda: [x.block_until_ready() for x in
                                           e.execute_sharded(a).disassemble_into_single_device_arrays()[0]])(exe, args)
    times = single.interleaved_medians(fns)
    measured = times["causal"] / times["packed"]
    predicted = meta["causal"]["flops"] / meta["packed"]["flops"]
    row = {"model": meta["model"], "S": meta["seq"], "block": meta["block"],
           "chunk": meta.get("chunk", meta["block"]), "documents": meta["documents"],
           "gemm_gflops": round(gemm / 1e9, 1), "reps": single.REPS, "cpu_count": os.cpu_count(),
           "causal_ms": round(times["causal"] * 1e3, 1), "packed_ms": round(times["packed"] * 1e3, 1),
           "causal_gflop": round(meta["causal"]["flops"] / 1e9, 2), "packed_gflop": round(meta["packed"]["flops"] / 1e9, 2),
           "causal_roofline": round(meta["causal"]["flops"] / times["causal"] / gemm, 3),
           "packed_roofline": round(meta["packed"]["flops"] / times["packed"] / gemm, 3),
           "measured_speedup": round(measured, 3), "predicted_speedup": round(predicted, 3),
           "measured_over_predicted": round(measured / predicted, 3),
           "first_loss": {k: round(v, 6) for k, v in losses.items()}}
    print(json.dumps(row), flush=True)
    print(f"\nGEMM roofline (2048^3 f32, same process): {gemm / 1e9:.1f} GFLOP/s; medians of {single.REPS} steps;"
          f" {os.cpu_count()} cores\n")
    print("| model | S | block | chunk | documents | causal ms | packed ms | causal GFLOP | packed GFLOP | roofline (causal / packed)"
          " | measured speed-up | predicted | measured / predicted |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {row['model']} | {row['S']} | {row['block']} | {row['chunk']} | {row['documents']} | {row['causal_ms']} | {row['packed_ms']} |"
          f" {row['causal_gflop']} | {row['packed_gflop']} | {row['causal_roofline']} / {row['packed_roofline']} |"
          f" {measured:.2f}x | {predicted:.2f}x | {measured / predicted:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
