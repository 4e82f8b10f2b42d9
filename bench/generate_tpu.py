"""Generate on a TPU pod slice, compiler figures only (issue 18): the largest KV cache that fits and
the decode step's estimated time, from libtpu (deviceless) for the artifacts bench/generate_tpu.sh
writes. No TPU runs here: every figure is the TPU compiler's.

For each cache length M (a `compile --task generate --max-len M` artifact, the KV cache sharded along
the sequence over the ring), `torus tpu-check --json` compiles the prefill and the decode program and
reports each one's memory per device (arguments, outputs, temporaries; the donated caches are aliased
by the outputs and counted once). The largest cache that fits is the largest M whose two programs
both compile.

The decode step's time is bench/tpu_walk.py's estimate on the compiled decode program: every
instruction's `estimated_cycles`, each computation scaled by how often it runs. The layer loop's trip
count is static; the cache's key-block loop is data-dependent, and its runs are given here for a full
cache (every device's M/R slots hold keys, so every block of each layer's slice runs: the slowest
step). Cycles become seconds at the TensorCore clock (peak FLOP/s over 4 * 128 * 128 * 2 FLOPs per
cycle, 1.05 GHz on v4), as in bench/tpu_cost.py. Beside it, the memory-bound floor: the bytes a
step must read (the device's weights and its cache slice) over the HBM bandwidth (v4: 1,200 GB/s per
chip, two TensorCores per chip: 600 GB/s per device).

Usage: python bench/generate_tpu.py DIR TOPOLOGY   (DIR: M/checked.json and M/artifact from generate_tpu.sh)
"""
import json
import math
import sys
from pathlib import Path

from tpu_walk import Hlo

HARDWARE = {"v4-8": {"peak": 275e12 / 2, "hbm": 1200e9 / 2}}
FLOPS_PER_CYCLE = 4 * 128 * 128 * 2
GIB = 1 << 30


def decode_estimate(checked, manifest, clock):
    decode = next(p for p in checked["programs"] if p["name"] == "decode")
    hlo = Hlo(Path(decode["tpuHlo"]).read_text())
    model = manifest["model"]["spec"]
    depth = model["depth"]
    cache = next(t for t in next(e for e in manifest["entryPoints"] if e["name"] == "decode")["inputs"]
                 if t["name"] == "cache_k")
    slots = cache["perDeviceShape"][3]
    block = manifest["blockSizes"]["blockKv"]
    per_layer = math.ceil(slots / block)
    runs = depth * per_layer   # all layers' key-block runs: one loop per (unrolled) layer, or one inside a layer loop
    cycles = hlo.scaled({("layers", "decode_kv_blocks"): runs, ("decode_kv_blocks",): per_layer})
    return cycles / clock, runs


def breakdown(checked, manifest, clock, top=12):
    """The decode step's estimated time by instruction (summed over every run), largest first."""
    decode = next(p for p in checked["programs"] if p["name"] == "decode")
    hlo = Hlo(Path(decode["tpuHlo"]).read_text())
    _, runs = decode_estimate(checked, manifest, clock)
    depth = manifest["model"]["spec"]["depth"]
    tally = {}

    def walk(comp, times):
        for i in hlo.comps[comp]:
            key = (i["name"], i["op"], i["op_name"])
            tally[key] = tally.get(key, 0) + i["cycles"] * times
            if i["op"] == "while":
                trips = hlo.static_trips(i)
                r = times * trips if trips is not None else (runs if times > 1 else runs // depth)
                walk(i["body"], r)
                walk(i["condition"], r + times)
            elif i["op"] in ("call", "conditional"):
                for c in i["calls"] + i["branches"]:
                    walk(c, times)

    walk(hlo.entry, 1)
    return [(name, op, where, cycles / clock) for (name, op, where), cycles in
            sorted(tally.items(), key=lambda kv: -kv[1])[:top]]


def main(directory, topology):
    hw = HARDWARE[topology]
    clock = hw["peak"] / FLOPS_PER_CYCLE
    rows = []
    for d in sorted(Path(directory).iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else -1):
        if not d.name.isdigit() or not (d / "checked.json").exists():
            continue
        checked = json.loads((d / "checked.json").read_text())
        manifest = json.loads((d / "artifact" / "manifest.json").read_text())
        row = {"maxLen": int(d.name), "fits": checked["fits"]}
        for p in checked.get("programs", []):
            m = p.get("memory")
            row[p["name"]] = ({k: m.get(k, 0) for k in ("argument_size_in_bytes", "output_size_in_bytes",
                                                        "temp_size_in_bytes", "alias_size_in_bytes")}
                              if m else {"error": p.get("error", "")})
        if checked["fits"]:
            seconds, runs = decode_estimate(checked, manifest, clock)
            weights = sum(math.prod(t["perDeviceShape"]) * (2 if t["dtype"] == "bf16" else 4)
                          for t in next(e for e in manifest["entryPoints"] if e["name"] == "decode")["inputs"]
                          if t["role"] in ("weight", "kv_cache"))
            row.update(decodeSeconds=seconds, keyBlockRuns=runs, bytesRead=weights, floorSeconds=weights / hw["hbm"])
        rows.append(row)
        print(json.dumps(row), flush=True)
    fitting = [r for r in rows if r["fits"]]
    print(f"\n{topology}: clock {clock / 1e9:.3f} GHz; HBM {hw['hbm'] / 1e9:.0f} GB/s per device\n")
    print("| cache (max-len) | fits | prefill: arguments / temporaries per device | decode: arguments / temporaries"
          " per device | decode step (cost model, full cache) | memory-bound floor (bytes read / HBM) |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        def mem(name):
            m = r.get(name, {})
            if "error" in m:
                return "does not fit: " + m["error"][:90]
            if not m:
                return "-"
            return f"{m['argument_size_in_bytes'] / GIB:.2f} / {m['temp_size_in_bytes'] / GIB:.2f} GiB"
        step = f"{r['decodeSeconds'] * 1e3:.1f} ms ({r['keyBlockRuns']} key-block runs)" if r["fits"] else "-"
        floor = f"{r['floorSeconds'] * 1e3:.1f} ms ({r['bytesRead'] / GIB:.2f} GiB)" if r["fits"] else "-"
        print(f"| {r['maxLen']:,} | {'yes' if r['fits'] else 'no'} | {mem('main')} | {mem('decode')} | {step} | {floor} |")
    if fitting:
        largest = max(r["maxLen"] for r in fitting)
        print(f"\nLargest cache that fits: {largest:,} positions")
        d = Path(directory, str(largest))
        print(f"\nThe decode step at {largest:,}, by instruction (estimated ms, all runs):\n")
        print("| instruction | op | op name | ms |\n|---|---|---|---|")
        for name, op, where, seconds in breakdown(json.loads((d / "checked.json").read_text()),
                                                  json.loads((d / "artifact" / "manifest.json").read_text()), clock):
            print(f"| {name} | {op} | {where} | {seconds * 1e3:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
