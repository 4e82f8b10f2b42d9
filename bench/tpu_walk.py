"""The compiled TPU program read for the TPU cost-model benchmarks (bench/tpu_cost.py, bench/train_tpu.py).

`cost_analysis()` counts a while body once. `Hlo` rebuilds the estimate from the optimised TPU HLO
text: every instruction's `estimated_cycles`, each computation multiplied by how often it runs.
Static loops take their trip count from the compiled condition; loops with data-dependent bounds
(the causal key-block loops) take their total runs from the caller, by loop path (the names of the
enclosing loops, from op names, outermost first). `block_counts` gives those runs by the rule Torus
and the JAX peers implement: for a query block, the key blocks whose first key is at or before its
last query are visible, those whose last key is at or before its first query unmasked.
"""
import re

import numpy as np


class Hlo:
    """The compiled TPU HLO text: computations, their instructions, cycles, loops."""

    HEADER = re.compile(r"^(?:ENTRY )?%(\S+) \(")
    LINE = re.compile(r"^\s*(?:ROOT )?%(\S+) = (.*)$")
    OPCODE = re.compile(r"(?:^|[\s})\]])([a-z][a-z0-9-]*)\(")

    def __init__(self, text):
        self.comps, self.entry, current = {}, None, None
        for line in text.splitlines():
            h = self.HEADER.match(line)
            if h and line.rstrip().endswith("{"):
                current = self.comps.setdefault(h.group(1), [])
                if line.startswith("ENTRY"):
                    self.entry = h.group(1)
                continue
            m = self.LINE.match(line)
            if m and current is not None:
                rest = m.group(2)
                op = self.OPCODE.search(rest)
                cyc = re.search(r'"estimated_cycles":"(\d+)"', rest)
                name = re.search(r'op_name="([^"]*)"', rest)
                args = re.search(re.escape(op.group(1)) + r"\(([^)]*)\)", rest) if op else None
                current.append({
                    "name": m.group(1), "op": op.group(1) if op else "?", "rest": rest,
                    "cycles": int(cyc.group(1)) if cyc else 0,
                    "op_name": name.group(1) if name else "",
                    "args": [re.sub(r"/\*.*?\*/", "", a).strip().lstrip("%") for a in args.group(1).split(",")]
                    if args else [],
                    "body": self._ref(rest, "body"), "condition": self._ref(rest, "condition"),
                    "calls": [c for k in ("to_apply", "calls") if (c := self._ref(rest, k))],
                    "branches": re.findall(r"%(\S+?)[,}]", re.search(r"branch_computations=\{([^}]*)\}", rest)
                                           .group(1) + "}") if "branch_computations=" in rest else [],
                })
        self.by_name = {i["name"]: i for c in self.comps.values() for i in c}

    @staticmethod
    def _ref(rest, key):
        m = re.search(key + r"=%([^\s,]+)", rest)
        return m.group(1) if m else None

    def own_cycles(self, comp):
        return sum(i["cycles"] for i in self.comps[comp])

    def constant(self, name):
        i = self.by_name.get(name)
        while i and i["op"] in ("copy", "bitcast") and i["args"]:   # the compiler copies loop starts
            i = self.by_name.get(i["args"][0])
        if i and i["op"] == "constant":
            return int(re.search(r"constant\((-?\d+)\)", i["rest"]).group(1))
        return None

    def static_trips(self, loop):
        """The trip count of a while whose condition is i < constant (or < a constant carried in
        the loop state) and whose start is a constant; None when the bound is data-dependent."""
        cond = self.comps[loop["condition"]]
        root = cond[-1]
        if root["op"] != "compare" or "direction=LT" not in root["rest"]:
            return None
        init = self.by_name.get(loop["args"][0])
        if not init or init["op"] != "tuple":
            return None

        def value(arg):
            c = self.constant(arg)
            if c is not None:
                return c
            g = self.by_name.get(arg)
            if g and g["op"] == "get-tuple-element":
                index = int(re.search(r"index=(\d+)", g["rest"]).group(1))
                return self.constant(init["args"][index])
            return None

        start, limit = value(root["args"][0]), value(root["args"][1])
        return None if start is None or limit is None else max(limit - start, 0)

    def control_children(self, comp):
        for i in self.comps[comp]:
            if i["op"] == "while":
                yield i
            for c in i["calls"] + i["branches"]:
                if i["op"] in ("call", "conditional"):
                    yield from self.control_children(c)

    def once(self, comp=None):
        """Cycles with every loop body counted once (what cost_analysis does)."""
        comp = comp or self.entry
        total = self.own_cycles(comp)
        for i in self.comps[comp]:
            if i["op"] == "while":
                total += self.once(i["body"]) + self.once(i["condition"])
            elif i["op"] in ("call", "conditional"):
                total += sum(self.once(c) for c in i["calls"] + i["branches"])
        return total

    def scaled(self, dynamic, comp=None, times=1, path=()):
        """Cycles with every loop body counted as often as it runs. `dynamic` maps a loop path (the
        names of the enclosing loops, outermost first) to the total runs of a data-dependent loop."""
        comp = comp or self.entry
        total = self.own_cycles(comp) * times
        for i in self.comps[comp]:
            if i["op"] == "while":
                segs = i["op_name"].split("/")
                name = segs[-2] if segs[-1] == "while" and len(segs) > 1 else segs[-1]
                trips = self.static_trips(i)
                inner = path + (name,)
                if trips is not None:
                    runs = times * trips
                elif inner in dynamic:
                    runs = dynamic[inner]
                else:
                    raise SystemExit(f"tpu_cost: loop {i['name']} ({i['op_name']}) at {inner} has a "
                                     f"data-dependent trip count and no count was given for it")
                total += self.scaled(dynamic, i["body"], runs, inner)
                total += self.own_cycles(i["condition"]) * (runs + times)
            elif i["op"] == "conditional":
                total += max(self.scaled(dynamic, c, times, path) for c in i["branches"])
            elif i["op"] == "call":
                total += sum(self.scaled(dynamic, c, times, path) for c in i["calls"])
        return total


def positions(layout, n, local, device):
    if layout == "striped":
        return np.arange(local) * n + device
    return device * local + np.arange(local)


def block_counts(layout, n, local, device, block):
    """Per ring step, for each query block: (visible key blocks, whole key blocks) of the held block."""
    qpos = positions(layout, n, local, device)
    steps = []
    for t in range(n):
        kpos = positions(layout, n, local, (device - t) % n)
        first, last = kpos[::block], kpos[block - 1::block]
        rows = []
        for i in range(local // block):
            q = qpos[i * block:(i + 1) * block]
            visible = int(np.sum(first <= q[-1]))
            rows.append((visible, min(int(np.sum(last <= q[0])), visible)))
        steps.append(rows)
    return steps


def train_step_runs(layout, n, local, block, depth, device):
    """Total runs of Torus's causal key-block loops in a train step (forward, re-traced forward and
    backward) on one device, by loop path (loop names as compiler/.../lower/ProgramNames.java emits them).
    The TPU compiler removes loops of a single trip (one query block, a ring of two): the same runs are
    also counted under the paths without them."""
    runs = {}
    for t, rows in enumerate(block_counts(layout, n, local, device, block)):
        for visible, whole in rows:
            for outer, (ring, query, kv, kv_masked) in (
                    ("layers", ("ring_steps", "query_blocks", "kv_blocks", "kv_blocks_masked")),
                    ("layers_grad", ("ring_steps", "query_blocks", "kv_blocks", "kv_blocks_masked")),
                    ("layers_grad", ("ring_steps_grad", "query_blocks_grad", "kv_blocks_grad",
                                     "kv_blocks_masked_grad"))):
                path = (outer, ring, query) if t < n - 1 else (outer, query)
                for loop, count in ((kv, whole), (kv_masked, visible - whole)):
                    runs[path + (loop,)] = runs.get(path + (loop,), 0) + count * depth
    single = ({"query_blocks", "query_blocks_grad"} if local // block == 1 else set()) | (
        {"ring_steps", "ring_steps_grad"} if n == 2 else set())
    for path, count in list(runs.items()):
        short = tuple(p for p in path if p not in single)
        if short != path:
            runs[short] = runs.get(short, 0) + count
    return runs
