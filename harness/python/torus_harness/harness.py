"""Real-XLA harness: run per-device SPMD programs, compile them for TPUs, or run NumPy references.

Programs are HLO text or StableHLO (MLIR) text.

Usage (python -m torus_harness.harness MODE ...):
  run       --request REQ.json --out SUMMARY.json [--devices cpu|default]
            [--multi-process] [--coordinator H:P --num-processes P --process-id I]
  tpu       --request REQ.json --topology v4-8 --out SUMMARY.json [--libtpu-flag F ...]
  reference --request REQ.json --out SUMMARY.json
  cost      --request REQ.json --out SUMMARY.json
  check     (prints the versions as JSON; exit 0 if the pins of pyproject.toml's xla extra hold, else 3)

One process handles a batch of programs: XLA fixes the CPU device count when jax is imported, and
libtpu holds one topology per process.

Every program is a *per-device* SPMD program (a shard_map body): it is compiled for N partitions
x 1 replica, and each device runs it as written on its own shard. `partition-id()` returns the
device index 0..N-1, and collectives with `channel_id` run across partitions.

Request: {"programs": [{"id", "hlo" | "stablehlo": path, "numPartitions": N,
"inputs": [{"npy", "shardedDim", "stacked"}], "outputs": [{"npy", "combine": "concat"|"stack"|"first",
"shardedDim"}], "reference": {"fn", "args": {...}}}]}. A program gives exactly one of "hlo" (HLO
text; parameter names from the HLO) or "stablehlo" (StableHLO/MLIR text with a `func.func @main`;
parameters named arg0, arg1, ...; `mhlo.num_partitions`, when present, must equal N). Both forms
compile as written with XLA's SPMD pipeline: a multi-device Torus program carries its `{manual}`
shardings (every value: each device runs the program on its own piece), and the harness adds none.
tpu mode ignores inputs and outputs; run mode ignores "reference".

Run mode with several processes (multi-host: one per TPU VM host, or P processes on one machine
with N / P virtual CPU devices each): every process gets the same request and runs the same program
on the global device list; it feeds only the devices it owns, and every output is gathered across
processes (an all-gather), so each process writes all of it.

An input with shardedDim d is split evenly along d, piece i on device i; with null every device
gets the whole array. Input dtypes must match the parameters exactly (f32, f16, s32, u32, pred; a
bf16 parameter takes float32, rounded, or raw 2-byte |V2). bf16 outputs are saved as float32. The
compiled TPU HLO of program <id> is written next to the summary as <id>.<topology>.tpu.hlo. tpu
mode compiles with the --libtpu-flag flags ahead of the caller's own LIBTPU_INIT_ARGS (which
win); the summary's libtpuFlags says what was used.

Mode cost ("hlo" programs only) reports XLA's HloCostAnalysis of the module as written, before any
optimisation (`xlaCost`: flops, transcendentals, bytes accessed; a while body counted once), and
compiles it for N CPU devices to report `memory` (get_compiled_memory_stats, bytes per device).

Mode reference imports NumPy only (no jax): it splits the inputs as mode run does, calls the
function torus_harness.numpy_reference.FUNCTIONS[fn](per_device_inputs, **args) in float64, and saves its
per-device outputs as mode run does (floats as float32 unless a float input was float64).
"hlo"/"stablehlo" are not read; a program without "reference" fails ("no reference function
named").

Exit codes: 0 summary written (even with per-program failures), 2 bad usage or unreadable request,
3 jax/jaxlib/libtpu (numpy in mode reference) missing or not the pinned versions.
"""
import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
import time
import traceback
from collections import namedtuple
from pathlib import Path

from . import pins
from .pins import INSTALL_HINT

try:
    from . import multihost
    from .programs import (Signature, Stage, UsageError, check_output_count, load_inputs,
                           load_request, one_line_error, run_reference, write_output)
except ModuleNotFoundError as e:  # numpy
    print(f"harness: {e} (python {sys.executable}); {INSTALL_HINT}", file=sys.stderr)
    sys.exit(3)

# Cloud TPU accelerator type (TPU_ACCELERATOR_TYPE) -> libtpu topology name.
TOPOLOGIES = {
    "v4-8": "v4:2x2x1",
    "v4-1024": "v4:8x8x8",
    "v5litepod-8": "v5e:2x4",
    "v5litepod-256": "v5e:16x16",
    "v5p-8": "v5p:2x2x1",
    "v6e-8": "v6e:2x4",
}

# Collective ops counted in the compiled TPU HLO (sync forms and XLA's async start/done pairs).
COLLECTIVES = ("collective-permute", "all-reduce", "all-gather", "reduce-scatter", "all-to-all",
               "collective-broadcast", "ragged-all-to-all")
COUNTED_OPS = [f"{c}{s}" for c in COLLECTIVES for s in ("", "-start", "-done")] + [
    "async-start", "async-done", "send", "send-done", "recv", "recv-done"]

# Native log lines that say nothing about a program (libtpu start-up, a GSPMD deprecation note).
NATIVE_NOISE = ("hostname", "Source Location Trace", "libtpu_init_utils", "InitGoogle",
                "GSPMD sharding propagation is going to be deprecated")


def fail(code, message):
    print(f"harness: {message}", file=sys.stderr)
    sys.exit(code)


# ---------------------------------------------------------------- versions

def check_versions(wanted):
    """The installed versions of `wanted`; exits 3 when one is missing or misses its pin in the xla
    extra (numpy only needs to be installed)."""
    xla = pins.pinned(["xla"])
    found, problems = pins.compare({name: None if name == "numpy" else xla.get(name) for name in wanted})
    if problems:
        fail(3, f"{'; '.join(problems)} (python {sys.executable}); {INSTALL_HINT}")
    return found


# ---------------------------------------------------------------- XLA plumbing

@contextlib.contextmanager
def quiet_native_stderr(log):
    """Sends native (C++) stderr to a temp file while the block runs; its text goes to log[0]."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            tmp.seek(0)
            log[0] = tmp.read().decode(errors="replace")


# One parsed program, from either source form: its Signature; stablehlo, a function of no
# arguments giving the StableHLO text to compile (its failures belong to the compile stage);
# num_partitions, the partition count the text declares, or None. A multi-device Torus program
# carries its `{manual}` shardings itself, so it compiles as written with the SPMD pipeline.
Parsed = namedtuple("Parsed", "signature stablehlo num_partitions")

# MLIR element type -> numpy dtype name (bf16 via ml_dtypes, which jax brings).
MLIR_DTYPES = {"f16": "float16", "f32": "float32", "f64": "float64", "bf16": "bfloat16",
               "i1": "bool", **{f"{p}{b}": f"{n}{b}" for b in (8, 16, 32, 64)
                                for p, n in (("i", "int"), ("si", "int"), ("ui", "uint"))}}


# Ops whose `{manual}` sharding is one for all their results. XLA's HLO->MLIR import writes a
# while's or case's sharding as a list, one per result; its MLIR->HLO export then drops loop-invariant
# while operands but keeps the list as written, and fails ("Shape (...) has 13 leaf nodes while this
# sharding has 25"). One `{manual}` means the same for every result and survives the export.
SINGLE_SHARDING_OPS = ("stablehlo.while", "stablehlo.case")


class Xla:
    """The jax/jaxlib internals used here (jax 0.10.2 exactly)."""

    def __init__(self):
        import numpy as np
        import jax
        import jaxlib._hlo as hlo
        import ml_dtypes
        from jax._src.lib import xla_client, _jax
        from jax._src.interpreters import mlir as jax_mlir
        from jax._src.lib.mlir import ir
        self.np, self.jax, self.hlo, self.xc, self._jax, self.jax_mlir, self.ir = (
            np, jax, hlo, xla_client, _jax, jax_mlir, ir)
        self.bfloat16 = np.dtype(ml_dtypes.bfloat16)

    def parse_hlo(self, text):
        """HLO text -> Parsed, by XLA's own parser; parameters named as in the entry computation."""
        np = self.np
        module = self.hlo.hlo_module_from_text(text)
        comp = self.xc.XlaComputation(module.as_serialized_hlo_module_proto())
        names = {}
        entry = list(module.computations())[-1]
        for inst in entry.instructions():
            m = re.search(r"\bparameter\((\d+)\)", inst.to_string())
            if str(inst.opcode).endswith("kParameter") and m:
                names[int(m.group(1))] = inst.name
        pshape = comp.program_shape()
        root = pshape.result_shape()
        leaves = root.tuple_shapes() if root.is_tuple() else [root]
        params = pshape.parameter_shapes()
        signature = Signature(
            [(np.dtype(p.numpy_dtype()), tuple(p.dimensions())) for p in params],
            [(np.dtype(r.numpy_dtype()), tuple(r.dimensions())) for r in leaves],
            [names.get(i, str(i)) for i in range(len(params))])
        header = re.search(r"^HloModule\b[^\n]*?\bnum_partitions=(\d+)", text, re.M)
        return Parsed(
            signature,
            lambda: self.one_manual_per_loop(self._jax.mlir.xla_computation_to_mlir_module(comp)),
            int(header.group(1)) if header else None)

    def parse_stablehlo(self, text):
        """StableHLO (MLIR) text -> Parsed, by MLIR's parser and verifier in jax's context.

        The signature is the function type of `func.func @main`, parameters named arg0, arg1, ...;
        num_partitions is the module attribute `mhlo.num_partitions`, when present.
        """
        ir = self.ir
        with self.jax_mlir.make_ir_context():
            module = ir.Module.parse(text)
            mains = [op for op in module.body.operations if op.operation.name == "func.func"
                     and ir.StringAttr(op.attributes["sym_name"]).value == "main"]
            if not mains:
                raise Stage("parse", "the module has no func.func @main")
            ftype = ir.FunctionType(ir.TypeAttr(mains[0].attributes["function_type"]).value)
            params = [self.tensor_spec(t, f"@main argument {i}")
                      for i, t in enumerate(ftype.inputs)]
            results = [self.tensor_spec(t, f"@main result {i}")
                       for i, t in enumerate(ftype.results)]
            attrs = module.operation.attributes
            n = ir.IntegerAttr(attrs["mhlo.num_partitions"]).value \
                if "mhlo.num_partitions" in attrs else None
        names = [f"arg{i}" for i in range(len(params))]
        return Parsed(Signature(params, results, names), lambda: text, n)

    def tensor_spec(self, t, what):
        """(numpy dtype, dims) of a static-shaped MLIR tensor type."""
        if not isinstance(t, self.ir.RankedTensorType) or not t.has_static_shape:
            raise Stage("parse", f"{what}: {t} is not a static-shaped tensor")
        name = MLIR_DTYPES.get(str(t.element_type))
        if name is None:
            raise Stage("parse", f"{what}: element type {t.element_type} is not supported "
                        f"(known: {', '.join(MLIR_DTYPES)})")
        return (self.bfloat16 if name == "bfloat16" else self.np.dtype(name)), tuple(t.shape)

    def one_manual_per_loop(self, text):
        """MLIR text imported from HLO, with each while's and case's all-`{manual}` result list as
        one `{manual}` (SINGLE_SHARDING_OPS says why). Nothing else changes; a program without
        shardings stays without."""
        ir = self.ir
        with self.jax_mlir.make_ir_context():
            module = ir.Module.parse(text)
            manual = ir.StringAttr.get("{manual}")

            def visit(op):
                for region in op.regions:
                    for block in region.blocks:
                        for o in block.operations:
                            if o.operation.name in SINGLE_SHARDING_OPS and "mhlo.sharding" in o.attributes:
                                given = ir.StringAttr(o.attributes["mhlo.sharding"]).value
                                if set(re.findall(r"\{[^{}]*\}", given)) == {"{manual}"}:
                                    o.attributes["mhlo.sharding"] = manual
                            visit(o)

            visit(module.operation)
            return module.operation.get_asm(enable_debug_info=True)  # keeps op_name metadata

    def build_options(self, device_ids):
        n = len(device_ids)
        opts = self.xc.CompileOptions()
        bo = opts.executable_build_options
        bo.num_partitions, bo.num_replicas, bo.use_spmd_partitioning = n, 1, True
        bo.device_assignment = self.xc.DeviceAssignment.create(
            self.np.array(device_ids).reshape(1, n))
        return opts


# ---------------------------------------------------------------- mode run

def run_program(xla, prog, parsed, result):
    """Compiles and runs prog on N CPU devices, marking result compiled/ran; the output paths."""
    np, jax = xla.np, xla.jax
    from jax.sharding import Mesh, NamedSharding, PartitionSpec
    n = prog["numPartitions"]
    pieces = load_inputs(prog, parsed.signature)
    check_output_count(len(parsed.signature.results), prog, "program")
    specs = prog.get("outputs", [])
    stage = "compile"
    try:
        stablehlo = parsed.stablehlo()
        devs = (jax.devices() if xla.devices == "default" else jax.devices("cpu"))[:n]
        if len(devs) < n:
            raise Stage("compile", f"{n} partitions but JAX sees {len(devs)} {xla.devices} devices")
        exe = devs[0].client.compile_and_load(
            stablehlo, xla.xc.DeviceList(tuple(devs)), xla.build_options([d.id for d in devs]))
        result["compiled"], stage = True, "run"
        mesh = Mesh(np.array(devs), ("d",))
        # With several processes (multi-host), each feeds and reads only the devices it owns.
        local = [i for i, dv in enumerate(devs) if dv.process_index == jax.process_index()]
        args = []
        for gshape, dim, parts in pieces:
            spec = [None] * len(gshape)
            if dim is not None:
                spec[dim] = "d"
            shards = [jax.device_put(parts[i], devs[i]) for i in local]
            args.append(jax.make_array_from_single_device_arrays(
                gshape, NamedSharding(mesh, PartitionSpec(*spec)), shards))
        per_output = exe.execute_sharded(args).disassemble_into_single_device_arrays()
        order = {dv: i for i, dv in enumerate(devs)}
        outputs = []
        for arrays in per_output:
            mine = sorted(arrays, key=lambda a: order[a.device])
            outputs.append(multihost.gather(jax, np, [order[a.device] for a in mine],
                                            [np.asarray(a) for a in mine], len(devs)))
    except Stage:
        raise
    except Exception as e:
        raise Stage(stage, one_line_error(e))
    paths = []
    for j, (spec, per_dev) in enumerate(zip(specs, outputs)):
        paths.append(write_output(spec, per_dev, j))
    result["ran"] = True
    return paths


def parse_file(xla, prog):
    """prog's "hlo" or "stablehlo" file, parsed (Parsed); a partition count the text declares
    must equal numPartitions."""
    key = "hlo" if "hlo" in prog else "stablehlo"
    try:
        text = Path(prog[key]).read_text()
    except OSError as e:
        raise Stage("parse", f"cannot read {prog[key]}: {e}")
    try:
        parsed = xla.parse_hlo(text) if key == "hlo" else xla.parse_stablehlo(text)
    except Stage:
        raise
    except Exception as e:
        raise Stage("parse", one_line_error(e))
    declared = parsed.num_partitions
    if declared is not None and declared != prog["numPartitions"]:
        where = "HloModule header says num_partitions=" if key == "hlo" else \
            "module attribute says mhlo.num_partitions = "
        raise Stage("validate", f"{where}{declared}, request says "
                    f"numPartitions={prog['numPartitions']}")
    return parsed


# ---------------------------------------------------------------- mode tpu

def compile_for_tpu(xla, prog, parsed, topo, topology, out_dir):
    """Compiles prog for the first N devices of topo; facts for the summary."""
    n = prog["numPartitions"]
    if n > len(topo.devices):
        raise Stage("compile", f"{n} partitions but topology {topology} has "
                    f"{len(topo.devices)} devices")
    devs = topo.devices[:n]
    try:
        stablehlo = parsed.stablehlo()
        with xla.jax_mlir.make_ir_context():
            exe = devs[0].client.compile(
                xla.ir.Module.parse(stablehlo), executable_devices=xla.xc.DeviceList(tuple(devs)),
                compile_options=xla.build_options([d.id for d in devs]))
    except Exception as e:
        raise Stage("compile", one_line_error(e))
    facts = {"compiled": True, "memory": memory_stats(exe)}
    text = exe.hlo_modules()[0].to_string()
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", prog["id"])
    hlo_path = out_dir / f"{safe}.{topology}.tpu.hlo"
    hlo_path.write_text(text)
    facts["tpuHlo"] = str(hlo_path)
    facts["asyncCollectives"] = count_collectives(text)
    facts["costEstimate"] = cost_estimate(exe)
    return facts


def memory_stats(exe):
    """get_compiled_memory_stats() as {field: bytes}, per device."""
    stats = exe.get_compiled_memory_stats()
    out = {}
    for name in dir(stats):
        value = getattr(stats, name, None) if not name.startswith("_") else None
        if isinstance(value, int) and not isinstance(value, bool):
            out[name] = value
    return out


def count_collectives(text):
    """Occurrences of each collective op (sync and async start/done) in compiled HLO text.

    The permute/all-reduce/all-gather/reduce-scatter keys are always present; others when seen.
    """
    counts = {}
    for op in COUNTED_OPS:
        k = len(re.findall(r"[\s)}]" + re.escape(op) + r"\(", text))
        if k or op.startswith(COLLECTIVES[:4]):
            counts[op] = k
    return counts


def cost_estimate(exe):
    """The TPU cost model's figures (estimates, not measurements; while bodies counted once)."""
    try:
        cost = exe.cost_analysis()
    except Exception as e:
        return {"note": f"unavailable: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"}
    if isinstance(cost, list):
        cost = cost[0] if cost else {}
    out = {"note": "estimates from XLA's TPU cost model; a while body is counted once"}
    for k, v in sorted((cost or {}).items()):
        if isinstance(v, (int, float)):
            out[k] = float(v)
    return out


# ---------------------------------------------------------------- mode cost

def cost_program(xla, prog, parsed, result):
    """XLA's cost analysis of the unoptimised module and the CPU compile's memory statistics. The
    cost goes into `result` before compiling, so it is reported even when the compile fails (a loop
    body costed on its own as the entry need not compile)."""
    if "hlo" not in prog:
        raise Stage("validate", "mode cost takes HLO text programs (\"hlo\")")
    try:
        module = xla.hlo.hlo_module_from_text(Path(prog["hlo"]).read_text())
        devs = xla.jax.devices("cpu")[:prog["numPartitions"]]
        cost = xla._jax.hlo_module_cost_analysis(devs[0].client, module)
    except Exception as e:
        raise Stage("cost", one_line_error(e))
    facts = {"xlaCost": {k: float(cost[k]) for k in ("flops", "transcendentals", "bytes accessed")
                         if k in cost}}
    result.update(facts)
    try:
        exe = devs[0].client.compile_and_load(
            parsed.stablehlo(), xla.xc.DeviceList(tuple(devs)), xla.build_options([d.id for d in devs]))
    except Exception as e:
        raise Stage("compile", one_line_error(e))
    facts.update(compiled=True, memory=memory_stats(exe))
    return facts


# ---------------------------------------------------------------- main

def process(mode, progs, args, xla=None, topo=None, functions=None):
    """Every program's result dict; a program's failure is recorded there and stops no other."""
    results, out_dir = [], Path(args.out).resolve().parent
    for i, prog in enumerate(progs):
        r = {"id": prog["id"], "parsed": False, "compiled": False, "error": None}
        if mode in ("run", "reference"):
            r.update(ran=False, outputs=[])
        t0 = time.monotonic()
        log = [""]
        try:
            with quiet_native_stderr(log):
                if mode == "reference":
                    r["outputs"] = run_reference(prog, r, functions)
                else:
                    parsed = parse_file(xla, prog)
                    r["parsed"] = True
                    if mode == "run":
                        r["outputs"] = run_program(xla, prog, parsed, r)
                    elif mode == "cost":
                        r.update(cost_program(xla, prog, parsed, r))
                    else:
                        r.update(compile_for_tpu(xla, prog, parsed, topo, args.topology, out_dir))
        except Exception as e:
            r["error"] = one_line_error(e)
            native = [ln for ln in log[0].splitlines()
                      if ln.strip() and not any(s in ln for s in NATIVE_NOISE)]
            if native:
                r["error"] += "\nnative log:\n" + "\n".join(native[-20:])
        r["seconds"] = round(time.monotonic() - t0, 4)
        results.append(r)
        status = "ok" if r["error"] is None else r["error"].splitlines()[0]
        print(f"[xla-harness {mode}] {i + 1}/{len(progs)} {prog['id']}: {status} "
              f"({r['seconds']:.2f} s)", file=sys.stderr)
    return results


def parse_args(argv):
    p = argparse.ArgumentParser(prog="python -m torus_harness.harness", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="mode", required=True)
    run = sub.add_parser("run", help="compile and run on N virtual CPU devices")
    tpu = sub.add_parser("tpu", help="compile (deviceless) for a Cloud TPU topology")
    ref = sub.add_parser("reference", help="NumPy reference outputs (torus_harness.numpy_reference)")
    cost = sub.add_parser("cost", help="XLA's cost analysis and CPU memory statistics")
    sub.add_parser("check", help="print versions; exit 3 unless the pins hold")
    for s in (run, tpu, ref, cost):
        s.add_argument("--request", required=True)
        s.add_argument("--out", required=True)
    tpu.add_argument("--topology", required=True, help=", ".join(TOPOLOGIES))
    run.add_argument("--devices", choices=("cpu", "default"), default="cpu",
                     help="cpu (default): N virtual CPU devices; default: the devices JAX finds (TPU, GPU)")
    run.add_argument("--multi-process", action="store_true",
                     help="one of several processes (multi-host): jax.distributed.initialize, with the"
                          " options below or, on a Cloud TPU VM, what JAX finds")
    run.add_argument("--coordinator", metavar="HOST:PORT", help="process 0's address (implies --multi-process)")
    run.add_argument("--num-processes", type=int, metavar="P", help="how many processes (implies --multi-process)")
    run.add_argument("--process-id", type=int, metavar="I", help="this process, 0..P-1 (implies --multi-process)")
    tpu.add_argument("--libtpu-flag", action="append", metavar="FLAG",
                     help="a libtpu flag to compile with (repeatable), e.g. the asynchronous"
                          " all-gathers an FSDP program is meant to run with")
    return p.parse_args(argv)


def start_xla(mode, topology, progs, libtpu_flags=(), devices="cpu", processes=None):
    """(Xla, TPU topology or None) for mode run or tpu; exits 3 when XLA cannot start.

    processes: None for one process, else (coordinator or None, count or None, id or None) for
    jax.distributed.initialize (None: JAX finds it, as on a Cloud TPU VM). On virtual CPU devices
    each process then holds N / count of them and collectives cross processes through gloo."""
    if mode == "run" and devices == "default":
        pass  # whatever JAX finds: a TPU VM's chips, GPUs, or the CPU
    elif mode in ("run", "cost"):
        n = max([p["numPartitions"] for p in progs], default=1)
        if processes is not None:
            count = processes[1]
            if not count or n % count:
                raise UsageError(f"{n} virtual CPU devices cannot be split evenly over {count} processes")
            n //= count
        flags = re.sub(r"--xla_force_host_platform_device_count=\S+", "",
                       os.environ.get("XLA_FLAGS", ""))
        os.environ["XLA_FLAGS"] = f"{flags} --xla_force_host_platform_device_count={n}".strip()
        os.environ["JAX_PLATFORMS"] = "cpu"  # do not start libtpu (and its warnings) to run on CPU
    else:
        os.environ["TPU_ACCELERATOR_TYPE"] = topology
        os.environ.setdefault("JAX_PLATFORMS", "cpu")
        # Compiling touches no TPU, so two harnesses (two users, or tests beside a tpu-check) may load
        # libtpu at once instead of failing on its single-process lockfile.
        os.environ.setdefault("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")
        # The program's flags (--libtpu-flag), then the caller's own LIBTPU_INIT_ARGS, which win.
        os.environ["LIBTPU_INIT_ARGS"] = " ".join(
            list(libtpu_flags) + os.environ.get("LIBTPU_INIT_ARGS", "").split())
    log = [""]
    try:
        with quiet_native_stderr(log):
            xla = Xla()
            xla.devices = devices
            if processes is not None:
                multihost.initialize(xla.jax, processes, devices)
            if mode != "tpu":
                return xla, None
            from jax.experimental import topologies
            return xla, topologies.get_topology_desc(
                topology_name=TOPOLOGIES[topology], platform="tpu")
    except Exception as e:
        native = [ln for ln in log[0].splitlines() if not any(s in ln for s in NATIVE_NOISE)]
        fail(3, f"cannot start XLA: {one_line_error(e)}\n" + "\n".join(native[-20:]) +
             f"\n{INSTALL_HINT}")


def main(argv):
    args = parse_args(argv)
    if args.mode == "check":
        print(json.dumps(check_versions(["jax", "jaxlib", "numpy", "libtpu"])))
        return 0
    if args.mode == "tpu" and args.topology not in TOPOLOGIES:
        raise UsageError(f"unknown topology {args.topology!r}; known: {', '.join(TOPOLOGIES)}")
    progs = load_request(args.request, args.mode)
    Path(args.out).resolve().parent.mkdir(parents=True, exist_ok=True)
    if args.mode == "reference":
        versions = check_versions(["numpy"])
        from .numpy_reference import FUNCTIONS
        summary = {"mode": args.mode, "numpy": versions["numpy"]}
        programs = process(args.mode, progs, args, functions=FUNCTIONS)
    else:
        versions = check_versions(["jax", "jaxlib", "numpy"] + (["libtpu"] if args.mode == "tpu"
                                                                else []))
        summary = {"mode": args.mode, "jax": versions["jax"], "jaxlib": versions["jaxlib"],
                   "numpy": versions["numpy"]}
        xla, topo = start_xla(args.mode, getattr(args, "topology", None), progs,
                              getattr(args, "libtpu_flag", None) or (), getattr(args, "devices", "cpu"),
                              multihost.processes(args))
        if topo is not None:
            summary.update(libtpu=versions["libtpu"], libtpuFlags=os.environ["LIBTPU_INIT_ARGS"],
                           topology=args.topology,
                           topologyName=TOPOLOGIES[args.topology],
                           topologyDevices=len(topo.devices))
        programs = process(args.mode, progs, args, xla=xla, topo=topo)
    keys = ("parsed", "compiled") + (("ran",) if args.mode in ("run", "reference") else ())
    summary["programs"] = programs
    summary["counts"] = {"programs": len(programs),
                         **{k: sum(1 for r in programs if r.get(k)) for k in keys}}
    Path(args.out).write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except UsageError as e:
        fail(2, str(e))
    except SystemExit:
        raise
    except Exception:
        print("harness: internal error", file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)
