"""The request contract of harness.py and the NumPy side of a program: inputs in, outputs out.

NumPy only (no jax), so that mode reference starts fast. See harness.py for the request format.
"""
import json
from collections import namedtuple
from pathlib import Path

import numpy as np

COMBINES = ("concat", "stack", "first")
SOURCES = ("hlo", "stablehlo")

# A program's entry signature, from either source form: params and results are lists of
# (numpy dtype, dims tuple); names are the parameter names used in error messages.
Signature = namedtuple("Signature", "params results names")


class UsageError(Exception):
    """Bad command line or request: exit 2."""


class Stage(Exception):
    """A per-program failure in a named stage (parse, validate, compile, run)."""

    def __init__(self, stage, message):
        super().__init__(f"{stage}: {message}")


def shape_text(dtype, dims):
    return f"{np.dtype(dtype).name}[{','.join(str(d) for d in dims)}]"


def one_line_error(e):
    """'stage: first line' then the remaining detail lines (at most 40 lines in all)."""
    text = str(e).strip() or type(e).__name__
    if not isinstance(e, Stage):
        text = f"{type(e).__name__}: {text}"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return "\n".join(lines[:40])


# ---------------------------------------------------------------- request

def load_request(path, mode):
    """Reads and checks the request's structure; file contents are checked per program later.

    Modes run and tpu need exactly one of "hlo" / "stablehlo"; mode reference reads neither and
    takes at most one. Modes run and reference need well-formed "inputs" and "outputs".
    """
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
        check_source(where, p, mode)
        n = p.get("numPartitions")
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise UsageError(f"{where} needs \"numPartitions\" >= 1, got {n!r}")
        check_reference_spec(where, p)
        if mode in ("run", "reference"):
            check_io_specs(where, p)
    return progs


def check_source(where, p, mode):
    given = [k for k in SOURCES if k in p]
    for k in given:
        if not isinstance(p[k], str) or not p[k]:
            raise UsageError(f"{where}: \"{k}\" must be a path, got {p[k]!r}")
    if len(given) > 1 or (mode != "reference" and not given):
        how = "at most" if mode == "reference" else "exactly"
        raise UsageError(f"{where} needs {how} one of \"hlo\" or \"stablehlo\" (a path), "
                         f"got {len(given)}")


def check_reference_spec(where, p):
    if "reference" not in p:
        return
    ref = p["reference"]
    if not isinstance(ref, dict) or not isinstance(ref.get("fn"), str) or not ref["fn"]:
        raise UsageError(f"{where}: \"reference\" must be {{\"fn\": name, \"args\": {{...}}}}, "
                         f"got {ref!r}")
    if not isinstance(ref.get("args", {}), dict):
        raise UsageError(f"{where}: reference \"args\" must be an object, got {ref['args']!r}")


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
            if s.get("stacked", False) not in (True, False) or (s.get("stacked") and d is not None):
                raise UsageError(f"{where} {key}[{j}]: stacked must be true or false, and not given with shardedDim")
    for j, s in enumerate(p.get("outputs", [])):
        c = s.get("combine")
        if c not in COMBINES:
            raise UsageError(f"{where} outputs[{j}]: combine must be one of {COMBINES}, got {c!r}")
        if c == "concat" and s.get("shardedDim") is None:
            raise UsageError(f"{where} outputs[{j}]: combine concat needs shardedDim")


# ---------------------------------------------------------------- inputs and outputs

def load_inputs(prog, signature=None):
    """Per input: (global shape, shardedDim, per-device pieces: C-contiguous arrays).

    An input with shardedDim d is split evenly N ways along d, piece i for device i; with null
    every device gets the whole array; a "stacked" input [N, ...] gives device i its piece i. With a signature, the input count, dtypes and per-device
    shapes must match its parameters (a "validate" failure names the parameter).
    """
    specs = prog.get("inputs", [])
    n = prog["numPartitions"]
    if signature is not None and len(specs) != len(signature.params):
        raise Stage("validate", f"program has {len(signature.params)} parameters "
                    f"({', '.join(signature.names)}), request gives {len(specs)} inputs")
    pieces = []
    for i, spec in enumerate(specs):
        label = f"input {i}" if signature is None else f"parameter {i} '{signature.names[i]}'"
        try:
            arr = np.load(spec["npy"], allow_pickle=False)
        except (OSError, ValueError) as e:
            raise Stage("validate", f"{label}: cannot read {spec['npy']}: {e}")
        if signature is not None:
            arr = coerce_dtype(arr, signature.params[i][0], label)
        d = spec.get("shardedDim")
        gshape = arr.shape
        if spec.get("stacked"):
            # Device i's piece is arr[i]; as one array it is those pieces along dim 0.
            if arr.ndim < 2 or arr.shape[0] != n:
                raise Stage("validate", f"{label}: stacked input {shape_text(arr.dtype, arr.shape)} needs a "
                            f"leading dimension of {n} (one piece per device) over pieces of rank >= 1")
            parts, how, d = [arr[i] for i in range(n)], "stacked, piece i on device i", 0
            gshape = (n * arr.shape[1],) + arr.shape[2:]
        elif d is None:
            parts, how = [arr] * n, "replicated"
        else:
            if d >= arr.ndim or arr.shape[d] % n:
                raise Stage("validate", f"{label}: given {shape_text(arr.dtype, arr.shape)} "
                            f"cannot be split evenly {n} ways along dim {d}")
            parts, how = np.split(arr, n, axis=d), f"split {n} ways along dim {d}"
        if signature is not None and parts[0].shape != signature.params[i][1]:
            want_dtype, want = signature.params[i]
            raise Stage("validate", f"{label}: expected {shape_text(want_dtype, want)} per device, "
                        f"given {shape_text(arr.dtype, arr.shape)} {how} -> "
                        f"{shape_text(arr.dtype, parts[0].shape)}")
        # np.require keeps a 0-d input 0-d (np.ascontiguousarray would make it [1])
        pieces.append((gshape, d, [np.require(p, requirements="C") for p in parts]))
    return pieces


def coerce_dtype(arr, want, label):
    """Exact dtype match, except bf16 parameters also take float32 (rounded) or raw |V2 arrays."""
    if arr.dtype == want:
        return arr
    if want.name == "bfloat16" and arr.dtype == np.float32:
        return arr.astype(want)
    if want.name == "bfloat16" and arr.dtype == np.dtype("V2"):
        return arr.view(want)
    raise Stage("validate", f"{label}: expected dtype {want.name}, given {arr.dtype.name}")


def check_output_count(count, prog, what):
    specs = prog.get("outputs", [])
    if len(specs) != count:
        raise Stage("validate", f"{what} returns {count} outputs, request names {len(specs)}")


def write_output(spec, per_dev, j):
    """Combines per-device results as the spec says and saves them; bf16 is saved as float32."""
    c = spec["combine"]
    if c == "first":
        out = per_dev[0]
    elif c == "stack":
        out = np.stack(per_dev)
    else:
        d = spec["shardedDim"]
        if d >= per_dev[0].ndim:
            raise Stage("run", f"output {j}: concat along dim {d} of a rank-{per_dev[0].ndim} "
                        "result")
        out = np.concatenate(per_dev, axis=d)
    if out.dtype.name == "bfloat16":
        out = out.astype(np.float32)
    path = Path(spec["npy"])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, out, allow_pickle=False)
    return str(path)


# ---------------------------------------------------------------- mode reference

def run_reference(prog, result, functions):
    """Runs prog's NumPy reference function (from `functions`) on its per-device inputs.

    Float inputs reach the function as float64; float outputs are saved as float32 unless some
    float input was float64. Integer and bool inputs and outputs keep their dtypes. Marks result
    parsed (the function exists), compiled (the inputs loaded) and ran; returns the output paths.
    """
    ref = prog.get("reference")
    known = ", ".join(sorted(functions))
    if ref is None:
        raise Stage("parse", "no reference function named: the program has no \"reference\" "
                    f"(known: {known})")
    name, args = ref["fn"], ref.get("args", {})
    fn = functions.get(name)
    if fn is None:
        raise Stage("parse", f"no reference function named {name!r} (known: {known})")
    result["parsed"] = True
    pieces = load_inputs(prog)
    result["compiled"] = True
    n = prog["numPartitions"]
    floats = [parts[0].dtype for _, _, parts in pieces if is_float(parts[0].dtype)]
    out_float = np.float64 if np.dtype(np.float64) in floats else np.float32
    per_device = [[as_float64(parts[d]) for _, _, parts in pieces] for d in range(n)]
    try:
        outs = fn(per_device, **args)
    except Exception as e:
        raise Stage("run", f"reference {name}: {one_line_error(e)}")
    if (not isinstance(outs, (list, tuple)) or len(outs) != n
            or any(not isinstance(o, (list, tuple)) or len(o) != len(outs[0]) for o in outs)):
        raise Stage("run", f"reference {name} must return {n} per-device lists of equal length")
    check_output_count(len(outs[0]), prog, f"reference {name}")
    paths = []
    for j, spec in enumerate(prog.get("outputs", [])):
        per_dev = [np.asarray(outs[d][j]) for d in range(n)]
        per_dev = [a.astype(out_float) if is_float(a.dtype) else a for a in per_dev]
        try:
            paths.append(write_output(spec, per_dev, j))
        except ValueError as e:
            raise Stage("run", f"output {j} of reference {name}: {one_line_error(e)}")
    result["ran"] = True
    return paths


def is_float(dtype):
    return np.issubdtype(dtype, np.floating)


def as_float64(a):
    return a.astype(np.float64) if is_float(a.dtype) else a
