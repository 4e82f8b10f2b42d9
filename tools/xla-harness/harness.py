"""Real-XLA harness: parse, compile and run per-device SPMD HLO programs, or compile them for TPUs.

Usage:
  python harness.py run   --request REQ.json --out SUMMARY.json
  python harness.py tpu   --request REQ.json --topology v4-8 --out SUMMARY.json
  python harness.py check            (prints the versions as JSON; exit 0 if the pins hold, else 3)

One process handles a batch of programs: XLA fixes the CPU device count when jax is imported, and
libtpu holds one topology per process.

Every program is a *per-device* SPMD program (a shard_map body): it is compiled for N partitions
x 1 replica, and each device runs it as written on its own shard. `partition-id()` returns the
device index 0..N-1, and collectives with `channel_id` run across partitions.

Request: {"programs": [{"id", "hlo": path, "numPartitions": N, "inputs": [{"npy", "shardedDim"}],
"outputs": [{"npy", "combine": "concat"|"stack"|"first", "shardedDim"}]}]} (tpu mode ignores
inputs/outputs). An input with shardedDim d is split evenly along d, piece i on device i; with null
every device gets the whole array. Input dtypes must match the parameters exactly (f32, f16, s32,
u32, pred; a bf16 parameter takes float32, rounded, or raw 2-byte |V2). bf16 outputs are saved as
float32. The compiled TPU HLO of program <id> is written next to the summary as
<id>.<topology>.tpu.hlo.

Exit codes: 0 summary written (even with per-program failures), 2 bad usage or unreadable request,
3 jax/jaxlib/libtpu missing or not the pinned versions.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALL_HINT = "install with: bash tools/xla-harness/setup.sh"

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

COMBINES = ("concat", "stack", "first")

# Native log lines that say nothing about a program (libtpu start-up, a GSPMD deprecation note).
NATIVE_NOISE = ("hostname", "Source Location Trace", "libtpu_init_utils", "InitGoogle",
                "GSPMD sharding propagation is going to be deprecated")


class UsageError(Exception):
    """Bad command line or request: exit 2."""


class Stage(Exception):
    """A per-program failure in a named stage (parse, validate, compile, run)."""

    def __init__(self, stage, message):
        super().__init__(f"{stage}: {message}")


def fail(code, message):
    print(f"harness: {message}", file=sys.stderr)
    sys.exit(code)


# ---------------------------------------------------------------- versions

def pinned_versions():
    """The `name==version` pins of requirements.txt, as a dict."""
    pins = {}
    for line in (HERE / "requirements.txt").read_text().splitlines():
        m = re.match(r"\s*([A-Za-z0-9_.-]+)==(\S+)", line)
        if m:
            pins[m.group(1).lower()] = m.group(2)
    return pins


def check_versions(need_libtpu):
    """The installed versions; exits 3 when jax/jaxlib (and libtpu if needed) miss their pins."""
    from importlib import metadata
    pins = pinned_versions()
    wanted = ["jax", "jaxlib", "numpy"] + (["libtpu"] if need_libtpu else [])
    found, problems = {}, []
    for name in wanted:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name} is not installed")
            continue
        if name != "numpy" and name in pins and found[name] != pins[name]:
            problems.append(f"{name} {found[name]} installed, {pins[name]} required")
    if problems:
        fail(3, f"{'; '.join(problems)} (python {sys.executable}); {INSTALL_HINT}")
    return found


# ---------------------------------------------------------------- request

def load_request(path, mode):
    """Reads and checks the request's structure; file contents are checked per program later."""
    try:
        req = json.loads(Path(path).read_text())
    except (OSError, ValueError) as e:
        raise UsageError(f"cannot read request {path}: {e}")
    progs = req.get("programs") if isinstance(req, dict) else None
    if not isinstance(progs, list):
        raise UsageError(f"request {path} has no \"programs\" list")
    seen = set()
    for i, p in enumerate(progs):
        where = f"request {path} program #{i}"
        if not isinstance(p, dict) or not isinstance(p.get("id"), str) or not p["id"]:
            raise UsageError(f"{where} needs a non-empty string \"id\"")
        where += f" ({p['id']!r})"
        if p["id"] in seen:
            raise UsageError(f"{where}: duplicate id")
        seen.add(p["id"])
        if not isinstance(p.get("hlo"), str):
            raise UsageError(f"{where} needs \"hlo\": a path")
        n = p.get("numPartitions")
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise UsageError(f"{where} needs \"numPartitions\" >= 1, got {n!r}")
        if mode == "run":
            check_io_specs(where, p)
    return progs


def check_io_specs(where, p):
    for key in ("inputs", "outputs"):
        if not isinstance(p.get(key, []), list):
            raise UsageError(f"{where}: \"{key}\" must be a list")
        for j, s in enumerate(p.get(key, [])):
            if not isinstance(s, dict) or not isinstance(s.get("npy"), str):
                raise UsageError(f"{where} {key}[{j}] needs \"npy\": a path")
            d = s.get("shardedDim")
            if d is not None and (not isinstance(d, int) or isinstance(d, bool) or d < 0):
                raise UsageError(f"{where} {key}[{j}]: shardedDim must be null or an int >= 0")
    for j, s in enumerate(p.get("outputs", [])):
        c = s.get("combine")
        if c not in COMBINES:
            raise UsageError(f"{where} outputs[{j}]: combine must be one of {COMBINES}, got {c!r}")
        if c == "concat" and s.get("shardedDim") is None:
            raise UsageError(f"{where} outputs[{j}]: combine concat needs shardedDim")


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


class Xla:
    """The jax/jaxlib internals used here (jax 0.10.2 exactly)."""

    def __init__(self):
        import numpy as np
        import jax
        import jaxlib._hlo as hlo
        from jax._src.lib import xla_client, _jax
        from jax._src.interpreters import mlir as jax_mlir
        from jax._src.lib.mlir import ir
        self.np, self.jax, self.hlo, self.xc, self._jax, self.jax_mlir, self.ir = (
            np, jax, hlo, xla_client, _jax, jax_mlir, ir)

    def parse(self, text):
        """HLO text -> (XlaComputation, ProgramShape, parameter names), by XLA's own parser."""
        module = self.hlo.hlo_module_from_text(text)
        comp = self.xc.XlaComputation(module.as_serialized_hlo_module_proto())
        names = {}
        entry = list(module.computations())[-1]
        for inst in entry.instructions():
            m = re.search(r"\bparameter\((\d+)\)", inst.to_string())
            if str(inst.opcode).endswith("kParameter") and m:
                names[int(m.group(1))] = inst.name
        return comp, comp.program_shape(), names

    def to_manual_stablehlo(self, comp):
        """StableHLO text of comp with every value, argument and result sharded `{manual}`.

        Why manual: compiling N partitions needs use_spmd_partitioning=True (PJRT refuses
        num_partitions>1 without it), but then the SPMD partitioner treats an unannotated program
        as a *global* one: it rejects partition-id ("meaning is ambiguous") and would shard or
        replicate values itself. `{manual}` on everything is what shard_map emits for its body:
        the partitioner leaves manual instructions as written, so each device runs the program
        on its own shard, partition-id is the device index and collectives keep their pairs and
        groups. Shardings the program already carries are kept.
        """
        text = self._jax.mlir.xla_computation_to_mlir_module(comp)
        ir = self.ir
        with self.jax_mlir.make_ir_context():
            module = ir.Module.parse(text)
            manual = ir.StringAttr.get("{manual}")

            def annotate(op):
                for region in op.regions:
                    for block in region.blocks:
                        for o in block.operations:
                            if o.operation.name == "func.func":
                                annotate_signature(o)
                            elif len(o.results) and "mhlo.sharding" not in o.attributes:
                                n = len(o.results)
                                o.attributes["mhlo.sharding"] = manual if n == 1 else \
                                    ir.StringAttr.get("{" + ", ".join(["{manual}"] * n) + "}")
                            annotate(o)

            def annotate_signature(fn):
                ftype = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
                for key, count in (("arg_attrs", len(ftype.inputs)),
                                   ("res_attrs", len(ftype.results))):
                    old = list(ir.ArrayAttr(fn.attributes[key])) if key in fn.attributes \
                        else [ir.DictAttr.get({})] * count
                    new = []
                    for attrs in old:
                        d = {a.name: a.attr for a in ir.DictAttr(attrs)}
                        d.setdefault("mhlo.sharding", manual)
                        new.append(ir.DictAttr.get(d))
                    fn.attributes[key] = ir.ArrayAttr.get(new)

            annotate(module.operation)
            return str(module)

    def build_options(self, device_ids):
        n = len(device_ids)
        opts = self.xc.CompileOptions()
        bo = opts.executable_build_options
        bo.num_partitions, bo.num_replicas, bo.use_spmd_partitioning = n, 1, True
        bo.device_assignment = self.xc.DeviceAssignment.create(
            self.np.array(device_ids).reshape(1, n))
        return opts


def shape_text(dtype, dims):
    return f"{dtype}[{','.join(str(d) for d in dims)}]"


def one_line_error(e):
    """'stage: first line' then the remaining detail lines (trimmed)."""
    text = str(e).strip() or type(e).__name__
    if not isinstance(e, Stage):
        text = f"{type(e).__name__}: {text}"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return "\n".join(lines[:40])


# ---------------------------------------------------------------- mode run

def load_inputs(xla, prog, pshape, names):
    """The per-device input pieces, validated against the entry parameters."""
    np = xla.np
    specs = prog.get("inputs", [])
    params = pshape.parameter_shapes()
    n = prog["numPartitions"]
    if len(specs) != len(params):
        raise Stage("validate", f"program has {len(params)} parameters "
                    f"({', '.join(names.get(i, str(i)) for i in range(len(params)))}), "
                    f"request gives {len(specs)} inputs")
    pieces = []
    for i, (spec, param) in enumerate(zip(specs, params)):
        label = f"parameter {i} '{names.get(i, i)}'"
        want_dtype, want = np.dtype(param.numpy_dtype()), tuple(param.dimensions())
        try:
            arr = np.load(spec["npy"], allow_pickle=False)
        except (OSError, ValueError) as e:
            raise Stage("validate", f"{label}: cannot read {spec['npy']}: {e}")
        arr = coerce_dtype(np, arr, want_dtype, label)
        d = spec.get("shardedDim")
        if d is None:
            parts, how = [arr] * n, "replicated"
        else:
            if d >= arr.ndim or arr.shape[d] % n:
                raise Stage("validate", f"{label}: given {shape_text(arr.dtype, arr.shape)} "
                            f"cannot be split evenly {n} ways along dim {d}")
            parts, how = np.split(arr, n, axis=d), f"split {n} ways along dim {d}"
        if parts[0].shape != want:
            raise Stage("validate", f"{label}: expected {shape_text(want_dtype, want)} per device, "
                        f"given {shape_text(arr.dtype, arr.shape)} {how} -> "
                        f"{shape_text(arr.dtype, parts[0].shape)}")
        pieces.append((arr.shape, d, [np.ascontiguousarray(p) for p in parts]))
    return pieces


def coerce_dtype(np, arr, want, label):
    """Exact dtype match, except bf16 parameters also take float32 (rounded) or raw |V2 arrays."""
    if arr.dtype == want:
        return arr
    if want.name == "bfloat16" and arr.dtype == np.float32:
        return arr.astype(want)
    if want.name == "bfloat16" and arr.dtype == np.dtype("V2"):
        return arr.view(want)
    raise Stage("validate", f"{label}: expected dtype {want.name}, given {arr.dtype.name}")


def run_program(xla, prog, parsed, result):
    """Compiles and runs prog on N CPU devices, marking result compiled/ran; the output paths."""
    np, jax = xla.np, xla.jax
    from jax.sharding import Mesh, NamedSharding, PartitionSpec
    n = prog["numPartitions"]
    comp, pshape, names = parsed
    pieces = load_inputs(xla, prog, pshape, names)
    root = pshape.result_shape()
    leaves = root.tuple_shapes() if root.is_tuple() else [root]
    specs = prog.get("outputs", [])
    if len(specs) != len(leaves):
        raise Stage("validate", f"program returns {len(leaves)} outputs, request names {len(specs)}")
    stage = "compile"
    try:
        stablehlo = xla.to_manual_stablehlo(comp)
        devs = jax.devices("cpu")[:n]
        exe = devs[0].client.compile_and_load(
            stablehlo, xla.xc.DeviceList(tuple(devs)), xla.build_options([d.id for d in devs]))
        result["compiled"], stage = True, "run"
        mesh = Mesh(np.array(devs), ("d",))
        args = []
        for gshape, dim, parts in pieces:
            spec = [None] * len(gshape)
            if dim is not None:
                spec[dim] = "d"
            shards = [jax.device_put(p, dv) for p, dv in zip(parts, devs)]
            args.append(jax.make_array_from_single_device_arrays(
                gshape, NamedSharding(mesh, PartitionSpec(*spec)), shards))
        per_output = exe.execute_sharded(args).disassemble_into_single_device_arrays()
    except Stage:
        raise
    except Exception as e:
        raise Stage(stage, one_line_error(e))
    order = {dv: i for i, dv in enumerate(devs)}
    paths = []
    for j, (spec, arrays) in enumerate(zip(specs, per_output)):
        per_dev = [np.asarray(a) for a in sorted(arrays, key=lambda a: order[a.device])]
        paths.append(write_output(np, spec, per_dev, j))
    result["ran"] = True
    return paths


def write_output(np, spec, per_dev, j):
    """Combines per-device results as the spec says and saves them; bf16 is saved as float32."""
    c = spec["combine"]
    if c == "first":
        out = per_dev[0]
    elif c == "stack":
        out = np.stack(per_dev)
    else:
        d = spec["shardedDim"]
        if d >= per_dev[0].ndim:
            raise Stage("run", f"output {j}: concat along dim {d} of a rank-{per_dev[0].ndim} result")
        out = np.concatenate(per_dev, axis=d)
    if out.dtype.name == "bfloat16":
        out = out.astype(np.float32)
    path = Path(spec["npy"])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, out, allow_pickle=False)
    return str(path)


def parse_file(xla, prog):
    try:
        text = Path(prog["hlo"]).read_text()
    except OSError as e:
        raise Stage("parse", f"cannot read {prog['hlo']}: {e}")
    try:
        parsed = xla.parse(text)
    except Exception as e:
        raise Stage("parse", one_line_error(e))
    header = re.search(r"^HloModule\b[^\n]*?\bnum_partitions=(\d+)", text, re.M)
    if header and int(header.group(1)) != prog["numPartitions"]:
        raise Stage("validate", f"HloModule header says num_partitions={header.group(1)}, "
                    f"request says numPartitions={prog['numPartitions']}")
    return parsed


# ---------------------------------------------------------------- mode tpu

def compile_for_tpu(xla, prog, parsed, topo, topology, out_dir):
    """Compiles prog for the first N devices of topo; facts for the summary."""
    n = prog["numPartitions"]
    comp = parsed[0]
    if n > len(topo.devices):
        raise Stage("compile", f"{n} partitions but topology {topology} has "
                    f"{len(topo.devices)} devices")
    devs = topo.devices[:n]
    try:
        stablehlo = xla.to_manual_stablehlo(comp)
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


# ---------------------------------------------------------------- main

def process(mode, progs, args, xla, topo):
    results, out_dir = [], Path(args.out).resolve().parent
    for i, prog in enumerate(progs):
        r = {"id": prog["id"], "parsed": False, "compiled": False, "error": None}
        if mode == "run":
            r.update(ran=False, outputs=[])
        t0 = time.monotonic()
        log = [""]
        try:
            with quiet_native_stderr(log):
                parsed = parse_file(xla, prog)
                r["parsed"] = True
                if mode == "run":
                    r["outputs"] = run_program(xla, prog, parsed, r)
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
    p = argparse.ArgumentParser(prog="harness.py", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="mode", required=True)
    run = sub.add_parser("run", help="compile and run on N virtual CPU devices")
    tpu = sub.add_parser("tpu", help="compile (deviceless) for a Cloud TPU topology")
    sub.add_parser("check", help="print versions; exit 3 unless the pins hold")
    for s in (run, tpu):
        s.add_argument("--request", required=True)
        s.add_argument("--out", required=True)
    tpu.add_argument("--topology", required=True, help=", ".join(TOPOLOGIES))
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    if args.mode == "check":
        print(json.dumps(check_versions(need_libtpu=True)))
        return 0
    if args.mode == "tpu" and args.topology not in TOPOLOGIES:
        raise UsageError(f"unknown topology {args.topology!r}; known: {', '.join(TOPOLOGIES)}")
    progs = load_request(args.request, args.mode)
    versions = check_versions(need_libtpu=args.mode == "tpu")
    summary = {"mode": args.mode, "jax": versions["jax"], "jaxlib": versions["jaxlib"]}
    if args.mode == "run":
        n = max([p["numPartitions"] for p in progs], default=1)
        flags = re.sub(r"--xla_force_host_platform_device_count=\S+", "",
                       os.environ.get("XLA_FLAGS", ""))
        os.environ["XLA_FLAGS"] = f"{flags} --xla_force_host_platform_device_count={n}".strip()
        os.environ["JAX_PLATFORMS"] = "cpu"  # do not start libtpu (and its warnings) to run on CPU
    else:
        os.environ["TPU_ACCELERATOR_TYPE"] = args.topology
        os.environ.setdefault("JAX_PLATFORMS", "cpu")
        summary.update(libtpu=versions["libtpu"], topology=args.topology,
                       topologyName=TOPOLOGIES[args.topology])
    log = [""]
    topo = None
    try:
        with quiet_native_stderr(log):
            xla = Xla()
            if args.mode == "tpu":
                from jax.experimental import topologies
                topo = topologies.get_topology_desc(
                    topology_name=TOPOLOGIES[args.topology], platform="tpu")
    except Exception as e:
        native = [ln for ln in log[0].splitlines() if not any(s in ln for s in NATIVE_NOISE)]
        fail(3, f"cannot start XLA: {one_line_error(e)}\n" + "\n".join(native[-20:]) +
             f"\n{INSTALL_HINT}")
    if topo is not None:
        summary["topologyDevices"] = len(topo.devices)
    Path(args.out).resolve().parent.mkdir(parents=True, exist_ok=True)
    programs = process(args.mode, progs, args, xla, topo)
    keys = ("parsed", "compiled") + (("ran",) if args.mode == "run" else ())
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
