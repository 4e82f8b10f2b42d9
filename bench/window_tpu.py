"""Sliding-window benchmark, TPU half (issue 17, performance items 1 and 2). Compiler estimates only.

Item 1. Mistral-7B's shapes (one layer of 32: the layer loop runs the same body), S = 65536 on a ring
of 8 (8192 tokens per device), bf16, forward, blocks of 512, compiled by libtpu for v5litepod-8
(deviceless), in four forms written by dev.torus.cli.bench.WindowBenchPrograms: the 4096-token
window contiguous (the ring runs one step of seven, its transfer included) and striped, and the
same model with full causal attention striped (its best layout) and contiguous. The estimate is
bench/tpu_walk.py's: every instruction's estimated_cycles, each computation scaled by how often it
runs; static loops by their compiled trip counts, the data-dependent key-block loops by the runs
Torus's AttentionLoopRuns gives per device (the counts the program executes; the busiest device
sets the time). "attention" is the cycles inside the attention loops (ring_steps and query_blocks
with everything under them); "layer" is the whole program. A Gemma-2-style stand-in (two layers,
the window in the first only) runs one ring-step loop per layer kind in a ring_kind conditional:
each branch is counted for its share of the layers (the runs' ring_kind=k entries). libtpu removes loops of one trip (the
windowed contiguous ring's one step, the one-layer loop): their inner loops then sit beside the last
step's, at the same path, and share its runs (the bodies are the same code, so the sum is the same).

Item 2. Torus's own compile time of each preset at S = 32768, N = 8 (weights sharded over the ring,
--fsdp 8, so that the 8B presets fit a v5e chip; warm JVM, presets round-robin, median, from
compile-times.json) against LLaMA-2-7B's, and libtpu's compile time of the same program for
v5litepod-8 (one compile each, wall clock) beside it.

Item 2's ratio is taken on the compiling thread's CPU time (median), which other processes on a
shared machine do not inflate as they do wall-clock time; the wall-clock median and minimum are beside it.

Usage: python bench/window_tpu.py DIR [ITEM]   (DIR written by WindowBenchPrograms; see bench/window_tpu.sh;
       ITEM 1 or 2 runs only that item)
"""
import json
import os
import sys
import time
from pathlib import Path

os.environ["TPU_ACCELERATOR_TYPE"] = "v5litepod-8"
os.environ.setdefault("JAX_PLATFORMS", "cpu")

from jax.experimental import topologies  # noqa: E402

from torus_harness import harness  # noqa: E402
from tpu_walk import Hlo  # noqa: E402

PEAK, FLOPS_PER_CYCLE = 197e12, 4 * 128 * 128 * 2       # v5e: one chip per device
CLOCK = PEAK / FLOPS_PER_CYCLE
ATTENTION_LOOPS = {"ring_steps", "query_blocks"}        # ProgramNames.RING_STEPS, QUERY_BLOCKS
WRAPPERS = {"layers"}                                   # loops whose removal (one trip) must not change a path


def loop_name(i):
    segs = i["op_name"].split("/")
    return segs[-2] if segs[-1] == "while" and len(segs) > 1 else segs[-1]


class Walk:
    """Cycles of the compiled program, whole and inside the attention loops, for one device's runs."""

    def __init__(self, hlo, runs, layers=1):
        self.hlo = hlo
        self.instances = {}
        # a conditional's branch shares (ring_kind=k: the share of layers whose ring-step loop is branch k)
        self.shares = {p: c for p, c in runs.items() if "=" in p and "/" not in p}
        self._count(hlo.entry, ())
        self.dynamic = {}
        for path, count in runs.items():
            if path in self.shares:
                continue
            key = tuple(path.split("/"))
            # runs are per execution of the computation the path's first loop sits in: per layer (the
            # layer loop runs `layers` times), or per execution of a conditional's branch (its share of them)
            count *= layers * self.shares.get(key[0], 1.0)
            if key not in self.instances:   # libtpu removed a one-trip ring loop: its loops sit a level up
                key = tuple(p for p in key if p != "ring_steps")
            self.dynamic[key] = self.dynamic.get(key, 0) + count

    def _branches(self, i, path):
        """A conditional's branches with their paths and shares of its runs (shares given: each branch
        counted for its share; else one entry, the costliest branch, share 1)."""
        name = i["op_name"].split("/")[-1] if i["op_name"] else ""
        labels = [f"{name}={k}" for k in range(len(i["branches"]))]
        if i["op"] == "conditional" and labels and all(label in self.shares for label in labels):
            return [(c, path + (label,), self.shares[label]) for c, label in zip(i["branches"], labels)]
        return None

    def _count(self, comp, path):
        for i in self.hlo.comps[comp]:
            if i["op"] == "while":
                name = loop_name(i)
                inner = path + (name,) if name not in WRAPPERS else path
                self.instances[inner] = self.instances.get(inner, 0) + 1
                self._count(i["body"], inner)
            elif i["op"] in ("call", "conditional"):
                branches = self._branches(i, path)
                for c, p, _ in branches or [(c, path, 1.0) for c in i["calls"] + i["branches"]]:
                    self._count(c, p)

    def cycles(self, comp=None, times=1.0, path=(), inside=False):
        """(all cycles, cycles inside the attention loops)."""
        comp = comp or self.hlo.entry
        own = self.hlo.own_cycles(comp) * times
        total, attention = own, own if inside else 0.0
        for i in self.hlo.comps[comp]:
            if i["op"] == "while":
                name = loop_name(i)
                inner = path + (name,) if name not in WRAPPERS else path
                trips = self.hlo.static_trips(i)
                if trips is not None:
                    runs = times * trips
                elif inner in self.dynamic:
                    runs = self.dynamic[inner] / self.instances[inner]
                else:
                    raise SystemExit(f"window_tpu: loop {i['name']} ({i['op_name']}) at {inner} has a "
                                     f"data-dependent trip count and no count was given for it")
                within = inside or name in ATTENTION_LOOPS
                t, a = self.cycles(i["body"], runs, inner, within)
                cond = self.hlo.own_cycles(i["condition"]) * (runs + times)
                total += t + cond
                attention += a + (cond if within else 0.0)
            elif i["op"] in ("call", "conditional"):
                branches = self._branches(i, path)
                if branches:
                    parts = [self.cycles(c, times * share, p, inside) for c, p, share in branches]
                else:
                    parts = [self.cycles(c, times, path, inside) for c in i["calls"] + i["branches"]]
                    if i["op"] == "conditional":
                        parts = [max(parts)]
                total += sum(p[0] for p in parts)
                attention += sum(p[1] for p in parts)
        return total, attention


def main(directory, item):
    xla = harness.Xla()
    topo = topologies.get_topology_desc(topology_name="v5e:2x4", platform="tpu")

    def compile_text(text, n):
        devs = topo.devices[:n]
        t0 = time.perf_counter()
        with xla.jax_mlir.make_ir_context():
            exe = devs[0].client.compile(
                xla.ir.Module.parse(xla.parse_hlo(text).stablehlo()),
                executable_devices=xla.xc.DeviceList(tuple(devs)),
                compile_options=xla.build_options([d.id for d in devs]))
        return exe, time.perf_counter() - t0

    if item in (None, 1):
        item1(directory, compile_text)
    if item in (None, 2):
        item2(directory, compile_text)


def item1(directory, compile_text):
    rows = []
    for meta in json.loads(Path(directory, "window-programs.json").read_text()):
        exe, seconds = compile_text(Path(directory, meta["name"] + ".hlo").read_text(), meta["ring"])
        text = exe.as_text() if hasattr(exe, "as_text") else exe.hlo_modules()[0].to_string()
        hlo = Hlo(text)
        per_device = [Walk(hlo, runs, meta.get("layers", 1)).cycles() for runs in meta["runs"]]
        busiest = max(range(len(per_device)), key=lambda d: per_device[d][1])
        total, attention = per_device[busiest]
        compiled_ring_loops = sum(1 for c in hlo.comps.values() for i in c
                                  if i["op"] == "while" and loop_name(i) == "ring_steps")
        row = {"program": meta["name"], "window": meta["window"], "layout": meta["layout"],
               "ring_steps_run": meta.get("ringStepsPerKind", meta["ringStepsRun"]), "layers": meta.get("layers", 1), "ring_loops_in_tpu_program": compiled_ring_loops,
               "busiest_device": busiest, "attention_ms": round(attention / CLOCK * 1e3, 3),
               "layer_ms": round(total / CLOCK * 1e3, 3), "libtpu_compile_s": round(seconds, 1)}
        print(json.dumps(row), flush=True)
        rows.append(row)
    base = next(r for r in rows if r["program"] == "mistral7b_causal_striped")
    print("\nItem 1: v5litepod-8, TPU cost-model estimates (libtpu, deviceless), Mistral-7B shapes, one layer, "
          f"S = 65536 on a ring of 8, bf16, forward, blocks of 512, busiest device; clock {CLOCK / 1e9:.2f} GHz\n")
    print("| program | window | layout | ring steps run | attention ms | vs full causal striped | layer ms "
          "| vs full causal striped | busiest device |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['program']} | {r['window'] or 'none'} | {r['layout']} | {r['ring_steps_run']} of 7 | "
              f"{r['attention_ms']} | {r['attention_ms'] / base['attention_ms']:.3f}x | {r['layer_ms']} | "
              f"{r['layer_ms'] / base['layer_ms']:.3f}x | {r['busiest_device']} |")



def item2(directory, compile_text):
    times = json.loads(Path(directory, "compile-times.json").read_text())
    llama = next((t for t in times if t["preset"] == "llama2-7b" and not t.get("missing")), None)
    print("\nItem 2: compile time at S = 32768 on a ring of 8 (striped, blocks of 512, --fsdp 8), every layer\n")
    print("| preset | layers | instructions | Torus CPU ms (median) | vs llama2-7b | Torus wall ms (median / min) "
          "| Torus first (cold JVM) ms | libtpu compile s (v5litepod-8) |")
    print("|---|---|---|---|---|---|---|---|")
    for t in times:
        if t.get("missing"):
            print(f"| {t['preset']} | - | - | not a preset on this build | - | - | - | - |")
            continue
        try:
            _, seconds = compile_text(Path(directory, f"compile_{t['preset']}.hlo").read_text(), 8)
            libtpu = f"{seconds:.1f}"
        except Exception as e:  # noqa: BLE001 (a program libtpu refuses is a finding, not a crash)
            libtpu = "refused: " + str(e).splitlines()[0][:120]
        ratio = f"{t['cpuMedianMs'] / llama['cpuMedianMs']:.2f}x" if llama else "-"
        print(f"| {t['preset']} | {t['layers']} | {t['instructions']} | {t['cpuMedianMs']:.1f} | {ratio} | "
              f"{t['warmMedianMs']:.1f} / {t['warmMinMs']:.1f} | {t['firstMs']:.0f} | {libtpu} |", flush=True)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] not in ("1", "2")):
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else None)
