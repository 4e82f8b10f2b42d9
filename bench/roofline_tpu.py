"""Benchmark 16 (issue 20): calibrate the TPU vector and transcendental peaks on libtpu's cost model,
and check the roofline's binding unit against the cost model's per-fusion cycles.

Every figure is a compiler estimate (libtpu 0.0.42.1, deviceless; no TPU). Google publishes no peak
for the TPU's vector unit (VPU) or its transcendental unit (EUP), so `Hardware` takes them from here,
labelled "calibrated (libtpu cost model)".

Method. Each micro-program is a loop-free chain over an f32 (and bf16) [1024, 1024] array (1M elements):
  exp     x -> exp(exp(...exp(x)))           a chain of K exponentials  (K = 64, 128, 256)
  vector  x -> (...(x * y + y) * y + y ...)  a chain of K multiply-adds (2K elementwise ops)
  reduce  x -> sum(x, axis=-1) over f32 [R, 512, 512], R = 8 and 16 (elements folded per cycle; a
          reduction costs the cost model far more per element than an elementwise op)
The chains are long enough that the unit, not HBM, sets the time (short chains over a large array
cost the same at K = 8 and 16: memory-bound). The cycles of the K = 256 chain minus those of K = 128
are 128M exponentials (or 256M vector ops) with the same HBM traffic, so the difference is the unit's
own time; the 64 -> 128 difference is printed beside it to show the cycles grow linearly. `hbm` is
one add of two arrays of [8192, 8192] f32 (768 MiB moved): its cycles give the cost model's HBM
bandwidth, set against the published figure. Cycles are the sum of the optimised program's
`estimated_cycles`; seconds are cycles at the TensorCore clock: peak FLOP/s over the MXUs' multiply-adds
per cycle (v4: 4 MXUs of 128 x 128 -> 1.05 GHz; v5e: 4 of 128 x 128 -> 1.50 GHz; v6e: 2 of 256 x 256
-> 3.50 GHz is not plausible, 4 of 256 x 256 -> 1.75 GHz is used; v5p: a chip of 2 TensorCores
with 4 MXUs of 128 x 128 each -> 1.75 GHz), the same clocks as bench/tpu_cost.py.
A loop-free 8192^3 bf16 GEMM by the same method shows how close the cost model puts the MXU to its peak.

Binding-unit check (with HLO): the attention core of bench/tpu_cost.sh (bf16, 8 heads of 128, blocks
of 512, 8K tokens, one device) compiled for the topology; in the unmasked key-block loop body
(`kv_blocks`), the most expensive fusions with their cycles and the cycles their HBM bytes (operands,
or the blocks the fusion slices from them, and result; buffers the compiler put in VMEM, memory space
S(1), count none), exponentials, other elementwise ops and reductions would take at the cost model's
own rates (HBM from `hbm` above, the others as calibrated): the unit whose implied cycles are largest binds it (a
fusion holding a dot whose other units explain under half its cycles: the MXU).

Usage: python bench/roofline_tpu.py TOPOLOGY [HLO]   (TOPOLOGY: v4-8, v5litepod-8, v6e-8, v5p-8; HLO: a
Torus attention core to check, e.g. bench/target/tpu/torus_attention_s8192_bf16.hlo)
"""
import json
import os
import re
import sys
from pathlib import Path

TOPOLOGY = sys.argv[1] if len(sys.argv) > 1 else "v5litepod-8"
os.environ["TPU_ACCELERATOR_TYPE"] = TOPOLOGY
os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ.setdefault("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")   # other libtpu processes may run alongside

import jax  # noqa: E402
import numpy as np  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import topologies  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tpu_walk import Hlo  # noqa: E402

# topology_name, per-device peak bf16 FLOP/s (Hardware.java), MXU multiply-adds x 2 per cycle
HARDWARE = {
    "v4-8": ("v4:2x2x1", 275e12 / 2, 4 * 128 * 128 * 2),
    "v5litepod-8": ("v5e:2x4", 197e12, 4 * 128 * 128 * 2),
    "v6e-8": ("v6e:2x4", 918e12, 4 * 256 * 256 * 2),
    "v5p-8": ("v5p:2x2x1", 459e12, 8 * 128 * 128 * 2),   # a chip (megacore): 2 TensorCores of 4 MXUs
}
ROWS, COLS = 1024, 1024
CHAINS = (64, 128, 256)
TRANSCENDENTAL = {"exponential", "exponential-minus-one", "log", "log-plus-one", "tanh", "logistic", "sqrt",
                  "rsqrt", "power", "sine", "cosine", "cbrt", "erf"}


def cycles(fn, *shapes, dtype=jnp.float32, dev=None):
    args = [jax.ShapeDtypeStruct(s, dtype, sharding=jax.sharding.SingleDeviceSharding(dev)) for s in shapes]
    return Hlo(jax.jit(fn).lower(*args).compile().as_text()).once()


def exp_chain(k):
    def f(x):
        for _ in range(k):
            x = jnp.exp(x)
        return x
    return f


def fma_chain(k):
    def f(x, y):
        for _ in range(k):
            x = x * y + y
        return x
    return f


def calibrate(dev, clock):
    n = ROWS * COLS
    out = {}
    for dtype, tag in ((jnp.float32, "f32"), (jnp.bfloat16, "bf16")):
        e = [cycles(exp_chain(k), (ROWS, COLS), dtype=dtype, dev=dev) for k in CHAINS]
        v = [cycles(fma_chain(k), (ROWS, COLS), (ROWS, COLS), dtype=dtype, dev=dev) for k in CHAINS]
        out[f"exp_{tag}_cycles"] = dict(zip(CHAINS, e))
        out[f"vector_{tag}_cycles"] = dict(zip(CHAINS, v))
        # per extra exponential (vector op) per element, from the two longest chains; the first pair shows linearity
        for unit, c, ops in (("exp", e, 1), ("vector", v, 2)):
            steps = [ops * (CHAINS[i + 1] - CHAINS[i]) * n / (c[i + 1] - c[i]) for i in range(len(CHAINS) - 1)]
            out[f"{unit}_{tag}_per_cycle"] = [round(x, 2) for x in steps]
            out[f"{unit}_{tag}_per_second"] = float(f"{steps[-1] * clock:.4g}")
    # reductions: a row sum over the last axis of f32 [R, 512, 512] (the attention's row max and sum);
    # the difference of R = 16 and R = 8 is 8 * 512 * 512 more elements folded
    r8 = cycles(lambda x: jnp.sum(x, axis=-1), (8, 512, 512), dev=dev)
    r16 = cycles(lambda x: jnp.sum(x, axis=-1), (16, 512, 512), dev=dev)
    out["reduce_f32_cycles"] = {"8": r8, "16": r16}
    out["reduce_f32_per_cycle"] = round(8 * 512 * 512 / (r16 - r8), 2)
    out["reduce_f32_per_second"] = float(f"{8 * 512 * 512 / (r16 - r8) * clock:.4g}")
    big = (8192, 8192)
    h = cycles(lambda x, y: x + y, big, big, dev=dev)
    out["hbm_add_cycles"] = h
    out["hbm_bytes_per_second"] = float(f"{3 * 4 * big[0] * big[1] / (h / clock):.4g}")
    g = 8192
    gc = cycles(lambda a, b: jnp.matmul(a, b, preferred_element_type=jnp.float32), (g, g), (g, g),
                dtype=jnp.bfloat16, dev=dev)
    out["gemm_tflops"] = round(2.0 * g ** 3 / (gc / clock) / 1e12, 1)
    return out


DTYPE_BYTES = {"f32": 4, "s32": 4, "u32": 4, "bf16": 2, "f16": 2, "s8": 1, "u8": 1, "pred": 1, "f64": 8, "s64": 8}
SHAPE = re.compile(r"\b(f32|s32|u32|bf16|f16|s8|u8|pred|f64|s64)\[([\d,]*)\]")
FREE = {"parameter", "constant", "broadcast", "bitcast", "reshape", "copy", "tuple", "get-tuple-element", "iota",
        "slice", "dynamic-slice", "transpose", "convolution", "dot"}


LEAF = re.compile(r"\b(f32|s32|u32|bf16|f16|s8|u8|pred|f64|s64)\[([\d,]*)\](\{[^}]*\})?")


def shape_bytes(text, hbm_only=True):
    """Bytes of the (possibly tuple) shape that opens an instruction's text; with hbm_only, leaves
    whose layout puts them in VMEM (memory space S(1)) count 0."""
    head = text.split(" ", 1)[0] if not text.startswith("(") else text[:text.index(")") + 1]
    return sum(DTYPE_BYTES[t] * int(np.prod([int(d) for d in dims.split(",") if d] or [1]))
               for t, dims, layout in LEAF.findall(head) if not (hbm_only and "S(1)" in (layout or "")))


def elements(text):
    m = SHAPE.search(text.split(" ", 1)[0])
    return int(np.prod([int(d) for d in m.group(2).split(",") if d] or [1])) if m else 0


def param_read(hlo, comp, k, full):
    """Bytes a fused computation reads of its parameter k (`full` bytes when read whole): only the
    slices it takes, followed into nested fusions."""
    instrs = hlo.comps.get(comp, [])
    param = next((i for i in instrs if i["op"] == "parameter"
                  and re.search(r"parameter\((\d+)\)", i["rest"]).group(1) == str(k)), None)
    users = [i for i in instrs if param and param["name"] in i["args"]]
    if not users:
        return full
    total = 0
    for u in users:
        if u["op"] in ("slice", "dynamic-slice") and u["args"][0] == param["name"]:
            total += shape_bytes(u["rest"], hbm_only=False)
        elif u["op"] == "fusion" and u["calls"]:
            total += param_read(hlo, u["calls"][0], u["args"].index(param["name"]), full)
        else:
            return full
    return min(total, full)


def operand_bytes(hlo, f):
    """HBM bytes a fusion reads: each operand's, or where the fused computation only slices that
    operand (a key/value block taken from the whole K or V), the slices'."""
    total = 0
    for k, a in enumerate(f["args"]):
        if a not in hlo.by_name:
            continue
        full = shape_bytes(hlo.by_name[a]["rest"])
        total += param_read(hlo, f["calls"][0], k, full) if full and f["op"] == "fusion" and f["calls"] else full
    return total


def fused_ops(hlo, comp):
    """(transcendental elements, other elementwise elements, elements reductions fold, holds a
    dot/convolution) of a fused computation."""
    exps = vector = folded = 0
    mxu = False
    stack = [comp]
    while stack:
        c = stack.pop()
        for i in hlo.comps.get(c, []):
            stack.extend(i["calls"])
            if i["op"] in ("convolution", "dot"):
                mxu = True
            elif i["op"] in TRANSCENDENTAL:
                exps += elements(i["rest"])
            elif i["op"] == "reduce":
                folded += elements(hlo.by_name[i["args"][0]]["rest"]) if i["args"][0] in hlo.by_name else 0
            elif i["op"] not in FREE:
                vector += elements(i["rest"])
    return exps, vector, folded, mxu


def check(dev, path, rates):
    """The unmasked key-block body's fusions, most expensive first, each with the cycles its bytes,
    exponentials and vector ops would take at the cost model's rates (`rates`: calibrated per cycle),
    and the unit that explains most of its cycles."""
    from torus_harness import harness
    xla = harness.Xla()
    text = Path(path).read_text()
    with xla.jax_mlir.make_ir_context():
        exe = dev.client.compile(xla.ir.Module.parse(xla.parse_hlo(text).stablehlo()),
                                 executable_devices=xla.xc.DeviceList((dev,)),
                                 compile_options=xla.build_options([dev.id]))
    hlo = Hlo(exe.hlo_modules()[0].to_string())
    for w in (i for c in hlo.comps.values() for i in c if i["op"] == "while"):
        segs = w["op_name"].split("/")
        if (segs[-2] if segs[-1] == "while" and len(segs) > 1 else segs[-1]) != "kv_blocks":
            continue
        body = w["body"]
        total = hlo.own_cycles(body)
        rows = []
        for f in hlo.comps[body]:
            if not f["cycles"]:
                continue
            moved = shape_bytes(f["rest"]) + operand_bytes(hlo, f)
            exps, vector, folded, mxu = fused_ops(hlo, f["calls"][0]) if f["op"] == "fusion" and f["calls"] else \
                (0, 0, 0, f["op"] in ("convolution", "dot"))
            implied = {"hbm": moved / rates["hbm"], "transcendental": exps / rates["exp"],
                       "vector": vector / rates["vector"] + folded / rates["reduce"]}
            unit = max(implied, key=implied.get)
            if mxu and implied[unit] < 0.5 * f["cycles"]:
                unit = "matmul"   # bytes and vector work explain under half its cycles: the MXU's
            rows.append({"instruction": f["name"], "cycles": f["cycles"], "share": round(f["cycles"] / total, 3),
                         "hbm_bytes": moved, "exps": exps, "vector_ops": vector, "reduced": folded, "has_dot": mxu,
                         "implied_cycles": {k: round(v) for k, v in implied.items()}, "unit": unit})
        rows.sort(key=lambda r: -r["cycles"])
        return {"kv_blocks_body_cycles": total, "fusions": rows[:5], "most_expensive_unit": rows[0]["unit"]}
    raise SystemExit(f"roofline_tpu: no kv_blocks loop in {path}")


def main():
    name, peak, per_cycle = HARDWARE[TOPOLOGY]
    topo = topologies.get_topology_desc(topology_name=name, platform="tpu")
    dev = topo.devices[0]
    clock = peak / per_cycle
    result = {"topology": TOPOLOGY, "clock_ghz": round(clock / 1e9, 3), **calibrate(dev, clock)}
    if len(sys.argv) > 2:
        rates = {"hbm": result["hbm_bytes_per_second"] / clock, "exp": result["exp_f32_per_cycle"][-1],
                 "vector": result["vector_f32_per_cycle"][-1], "reduce": result["reduce_f32_per_cycle"]}
        result["check"] = check(dev, sys.argv[2], rates)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    if TOPOLOGY not in HARDWARE:
        sys.exit(__doc__)
    main()
