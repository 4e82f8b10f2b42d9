"""XLA's cuDNN fused attention custom calls in a Torus program, beside JAX's lowering of the same call.

python -m torus_harness.cudnn_reference --hlo PROGRAM.hlo... [--expand]  prints JSON: per program, for
every custom call of the program (after a round trip through XLA's own HLO parser) its target, result and operand shapes and
backend_config, and the same fields of the custom call that JAX 0.10.2 emits for
jax._src.cudnn.fused_attention_stablehlo.dot_product_attention (layout BNTH, scale 1, no mask; forward
with its softmax statistics, and its backward) lowered for CUDA at the call's shapes and dtype.
No GPU is needed: lowering for the "cuda" platform only writes text; JAX's checks of the installed
cuDNN version and of the device's compute capability are patched to pass (they query a device).
"""
import argparse
import json
import re
import sys

CALL = re.compile(r"^\s*(?:ROOT\s+)?\S+\s*=\s*(\(.*?\)|\S+)\s+custom-call\(")


def _field(line, name):
    """The value of attribute `name` of an HLO instruction line: {...} with nesting, or a bare token."""
    at = line.find(name + "=")
    if at < 0:
        return None
    i = at + len(name) + 1
    if line[i] == "{":
        depth = 0
        for j in range(i, len(line)):
            depth += {"{": 1, "}": -1}.get(line[j], 0)
            if depth == 0:
                return line[i:j + 1]
    if line[i] == '"':
        return line[i + 1:line.index('"', i + 1)]
    return re.match(r"[^,\s]+", line[i:]).group(0)


def custom_calls(hlo_text):
    """Every custom call of `hlo_text` as {target, result, operands, api_version, backend_config}."""
    calls = []
    for line in hlo_text.splitlines():
        m = CALL.match(line)
        if not m:
            continue
        calls.append({
            "target": _field(line, "custom_call_target"),
            "result": re.sub(r"\{[\d,]*\}", "", m.group(1)),
            "operands": re.sub(r"\{[\d,]*\}", "", _field(line, "operand_layout_constraints") or ""),
            "api_version": _field(line, "api_version"),
            "backend_config": json.loads(_field(line, "backend_config")),
        })
    return calls


def jax_calls(batch, heads, kv_heads, seq_q, seq_kv, dim, dtype):
    """JAX's forward (with statistics) and backward custom calls for these BNTH shapes."""
    import jax
    import jax.numpy as jnp
    from jax._src.cudnn import fused_attention_stablehlo as fa
    fa.check_cudnn_version = lambda: 91000   # no device to ask: a cuDNN 9.10 and a Hopper GPU
    fa.check_compute_capability = lambda capability: True
    fa.is_cuda_compute_capability_equal = lambda capability: False
    t = {"bf16": jnp.bfloat16, "f16": jnp.float16}[dtype]
    q = jax.ShapeDtypeStruct((batch, heads, seq_q, dim), t)
    kv = jax.ShapeDtypeStruct((batch, kv_heads, seq_kv, dim), t)

    def attention(q, k, v):
        return fa.dot_product_attention(q, k, v, scale=1.0, qkv_layout="BNTH", return_residual=True)

    def forward_and_backward(q, k, v):
        out, vjp = jax.vjp(attention, q, k, v)
        return out, vjp((out[0], jnp.zeros_like(out[1])))

    lowered = jax.jit(forward_and_backward).trace(q, kv, kv).lower(lowering_platforms=("cuda",))
    return {c["target"]: c for c in custom_calls(lowered.as_text(dialect="hlo"))}


def compare(hlo_text):
    """The program's custom calls, each with JAX's for its shapes and the fields that differ."""
    from jax._src.lib import _jax  # noqa: F401  (jaxlib's parser)
    import jaxlib._hlo as hlo
    parsed = hlo.hlo_module_from_text(hlo_text).to_string()   # XLA's parser reads the program back
    report = []
    cache = {}
    for call in custom_calls(parsed):
        dims = call["backend_config"]["cudnn_fmha_backend_config"]["intermediate_tensor_shape"]["dimensions"]
        kv = re.findall(r"\w+\[([\d,]+)\]", call["operands"])[1].split(",")
        dtype = re.match(r"\(?(\w+)\[", call["result"]).group(1)
        key = (int(dims[0]), int(dims[1]), int(kv[1]), int(dims[2]), int(dims[3]), int(kv[3]), dtype)
        if key not in cache:
            cache[key] = jax_calls(*key)
        ref = cache[key].get(call["target"])
        diffs = ["target"] if ref is None else [f for f in ("result", "operands", "api_version", "backend_config")
                                                 if call[f] != ref[f]]
        report.append({"torus": call, "jax": ref, "differs": diffs})
    return report


FORWARD_REFERENCE = """
{name} (q: {t}[{B},{N},{T},{H}], k: {t}[{B},{K},{S},{H}], v: {t}[{B},{K},{S},{H}]) -> ({t}[{B},{N},{T},{H}], f32[{B},{N},{T}], u8[0]) {{
  q = {t}[{B},{N},{T},{H}] parameter(0){m}
  k = {t}[{B},{K},{S},{H}] parameter(1){m}
  v = {t}[{B},{K},{S},{H}] parameter(2){m}
  q5 = {t}[{B},{K},{G},{T},{H}] reshape(q){m}
  q5f = f32[{B},{K},{G},{T},{H}] convert(q5){m}
  kf = f32[{B},{K},{S},{H}] convert(k){m}
  vf = f32[{B},{K},{S},{H}] convert(v){m}
  s = f32[{B},{K},{G},{T},{S}] dot(q5f, kf), lhs_batch_dims={{0,1}}, lhs_contracting_dims={{4}}, rhs_batch_dims={{0,1}}, rhs_contracting_dims={{3}}{m}
  ninf = f32[] constant(-inf){m}
  zero = f32[] constant(0){m}
  mx = f32[{B},{K},{G},{T}] reduce(s, ninf), dimensions={{4}}, to_apply={name}_max{m}
  mxb = f32[{B},{K},{G},{T},{S}] broadcast(mx), dimensions={{0,1,2,3}}{m}
  d = f32[{B},{K},{G},{T},{S}] subtract(s, mxb){m}
  e = f32[{B},{K},{G},{T},{S}] exponential(d){m}
  l = f32[{B},{K},{G},{T}] reduce(e, zero), dimensions={{4}}, to_apply={name}_add{m}
  lb = f32[{B},{K},{G},{T},{S}] broadcast(l), dimensions={{0,1,2,3}}{m}
  p = f32[{B},{K},{G},{T},{S}] divide(e, lb){m}
  pt = {t}[{B},{K},{G},{T},{S}] convert(p){m}
  ptf = f32[{B},{K},{G},{T},{S}] convert(pt){m}
  o5 = f32[{B},{K},{G},{T},{H}] dot(ptf, vf), lhs_batch_dims={{0,1}}, lhs_contracting_dims={{4}}, rhs_batch_dims={{0,1}}, rhs_contracting_dims={{2}}{m}
  o5t = {t}[{B},{K},{G},{T},{H}] convert(o5){m}
  o = {t}[{B},{N},{T},{H}] reshape(o5t){m}
  ll = f32[{B},{K},{G},{T}] log(l){m}
  lse5 = f32[{B},{K},{G},{T}] add(mx, ll){m}
  lse = f32[{B},{N},{T}] reshape(lse5){m}
  w = u8[0] constant({{}}){m}
  ROOT r = ({t}[{B},{N},{T},{H}], f32[{B},{N},{T}], u8[0]) tuple(o, lse, w){mt}
}}
"""

BACKWARD_REFERENCE = """
{name} (q: {t}[{B},{N},{T},{H}], k: {t}[{B},{K},{S},{H}], v: {t}[{B},{K},{S},{H}], lse: f32[{B},{N},{T}], g: {t}[{B},{N},{T},{H}], o: {t}[{B},{N},{T},{H}]) -> ({t}[{B},{N},{T},{H}], {t}[{B},{K},{S},{H}], {t}[{B},{K},{S},{H}], u8[0]) {{
  q = {t}[{B},{N},{T},{H}] parameter(0){m}
  k = {t}[{B},{K},{S},{H}] parameter(1){m}
  v = {t}[{B},{K},{S},{H}] parameter(2){m}
  lse = f32[{B},{N},{T}] parameter(3){m}
  g = {t}[{B},{N},{T},{H}] parameter(4){m}
  o = {t}[{B},{N},{T},{H}] parameter(5){m}
  q5 = {t}[{B},{K},{G},{T},{H}] reshape(q){m}
  g5 = {t}[{B},{K},{G},{T},{H}] reshape(g){m}
  o5 = {t}[{B},{K},{G},{T},{H}] reshape(o){m}
  lse5 = f32[{B},{K},{G},{T}] reshape(lse){m}
  gf = f32[{B},{K},{G},{T},{H}] convert(g5){m}
  q5f = f32[{B},{K},{G},{T},{H}] convert(q5){m}
  kf = f32[{B},{K},{S},{H}] convert(k){m}
  vf = f32[{B},{K},{S},{H}] convert(v){m}
  s = f32[{B},{K},{G},{T},{S}] dot(q5f, kf), lhs_batch_dims={{0,1}}, lhs_contracting_dims={{4}}, rhs_batch_dims={{0,1}}, rhs_contracting_dims={{3}}{m}
  lb = f32[{B},{K},{G},{T},{S}] broadcast(lse5), dimensions={{0,1,2,3}}{m}
  d = f32[{B},{K},{G},{T},{S}] subtract(s, lb){m}
  p = f32[{B},{K},{G},{T},{S}] exponential(d){m}
  pt = {t}[{B},{K},{G},{T},{S}] convert(p){m}
  ptf = f32[{B},{K},{G},{T},{S}] convert(pt){m}
  dv = f32[{B},{K},{S},{H}] dot(ptf, gf), lhs_batch_dims={{0,1}}, lhs_contracting_dims={{2,3}}, rhs_batch_dims={{0,1}}, rhs_contracting_dims={{2,3}}{m}
  dp = f32[{B},{K},{G},{T},{S}] dot(gf, vf), lhs_batch_dims={{0,1}}, lhs_contracting_dims={{4}}, rhs_batch_dims={{0,1}}, rhs_contracting_dims={{3}}{m}
  of = f32[{B},{K},{G},{T},{H}] convert(o5){m}
  go = f32[{B},{K},{G},{T},{H}] multiply(gf, of){m}
  zero = f32[] constant(0){m}
  dr = f32[{B},{K},{G},{T}] reduce(go, zero), dimensions={{4}}, to_apply={name}_add{m}
  drb = f32[{B},{K},{G},{T},{S}] broadcast(dr), dimensions={{0,1,2,3}}{m}
  dd = f32[{B},{K},{G},{T},{S}] subtract(dp, drb){m}
  ds = f32[{B},{K},{G},{T},{S}] multiply(p, dd){m}
  dst = {t}[{B},{K},{G},{T},{S}] convert(ds){m}
  dstf = f32[{B},{K},{G},{T},{S}] convert(dst){m}
  dq5 = f32[{B},{K},{G},{T},{H}] dot(dstf, kf), lhs_batch_dims={{0,1}}, lhs_contracting_dims={{4}}, rhs_batch_dims={{0,1}}, rhs_contracting_dims={{2}}{m}
  dk = f32[{B},{K},{S},{H}] dot(dstf, q5f), lhs_batch_dims={{0,1}}, lhs_contracting_dims={{2,3}}, rhs_batch_dims={{0,1}}, rhs_contracting_dims={{2,3}}{m}
  dq5t = {t}[{B},{K},{G},{T},{H}] convert(dq5){m}
  dqt = {t}[{B},{N},{T},{H}] reshape(dq5t){m}
  dkt = {t}[{B},{K},{S},{H}] convert(dk){m}
  dvt = {t}[{B},{K},{S},{H}] convert(dv){m}
  w = u8[0] constant({{}}){m}
  ROOT r = ({t}[{B},{N},{T},{H}], {t}[{B},{K},{S},{H}], {t}[{B},{K},{S},{H}], u8[0]) tuple(dqt, dkt, dvt, w){mt}
}}
"""

REDUCER = """
{name} (a: f32[], b: f32[]) -> f32[] {{
  a = f32[] parameter(0){m}
  b = f32[] parameter(1){m}
  ROOT r = f32[] {op}(a, b){m}
}}
"""


def expand(hlo_text):
    """`hlo_text` with every cuDNN call replaced by a `call` of a computation that computes the same
    results densely in XLA ops (forward: output, log-sum-exp, scratch; backward: dq, dk, dv, scratch
    from q, k, v, the log-sum-exp, the output's cotangent and the output), so the program runs on a CPU."""
    manual = "num_partitions=" in hlo_text.splitlines()[0]
    m = ", sharding={manual}" if manual else ""
    lines = hlo_text.splitlines()
    refs = {}
    out = []
    for line in lines:
        match = CALL.match(line)
        target = _field(line, "custom_call_target") if match else None
        if target not in ("__cudnn$fmhaSoftmax", "__cudnn$fmhaSoftmaxBackward"):
            out.append(line)
            continue
        operands = re.findall(r"(\w+)\[([\d,]+)\]", _field(line, "operand_layout_constraints"))
        t = operands[0][0]
        B, N, T, H = operands[0][1].split(",")
        _, K, S, _ = operands[1][1].split(",")
        key = (target, t, B, N, T, H, K, S)
        if key not in refs:
            refs[key] = f"cudnn_reference_{len(refs)}"
        head, rest = line.split("custom-call(", 1)
        args = rest[:rest.index(")")]
        sharding = ", sharding=" + _field(line, "sharding") if manual else ""
        out.append(f"{head}call({args}), to_apply={refs[key]}{sharding}")
    defs = []
    for (target, t, B, N, T, H, K, S), name in refs.items():
        defs.append(_prefixed(REDUCER.format(name=name + "_max", op="maximum", m=m), name + "_max"))
        defs.append(_prefixed(REDUCER.format(name=name + "_add", op="add", m=m), name + "_add"))
        backward = target.endswith("Backward")
        leaves = 4 if backward else 3
        template = BACKWARD_REFERENCE if backward else FORWARD_REFERENCE
        defs.append(_prefixed(template.format(name=name, t=t, B=B, N=N, T=T, H=H, K=K, S=S, G=int(N) // int(K), m=m,
                                              mt=", sharding={" + ", ".join(["{manual}"] * leaves) + "}" if manual else ""),
                              name))
    return "\n".join(out[:1] + defs + out[1:]) + "\n", len(refs)


LOCAL = re.compile(r"(?<![\w.%-])(q|k|v|q5|s|ninf|zero|mx|mxb|d|e|l|lb|p|pt|o5|o5t|o|ll|lse5|lse|w|r|a|b|g|g5|dv|dp|gf|of|go|dr|drb|dd|ds|dst|dq5|dk|dq5t|dqt|dkt|dvt|ptf|dstf|q5f|kf|vf)(?![\w.\[-])")


def _prefixed(text, name):
    """A reference computation's text with its instruction names prefixed by its own (unique in a module)."""
    head, body = text.split("{\n", 1) if text.startswith("\n") is False else text.lstrip("\n").split("{\n", 1)
    return "\n" + head + "{\n" + LOCAL.sub(lambda g: f"{name}.{g.group(1)}", body)


def main(argv=None):
    p = argparse.ArgumentParser(prog="python -m torus_harness.cudnn_reference", description=__doc__.splitlines()[0])
    p.add_argument("--hlo", required=True, nargs="+", help="Torus programs' HLO text")
    p.add_argument("--stablehlo", nargs="*", default=[], help="also parse and verify these StableHLO texts with MLIR")
    p.add_argument("--expand", action="store_true", help="also write each program with its cuDNN calls computed in"
                   " XLA ops (runs on a CPU) beside it, NAME.hlo -> NAME.expanded.hlo")
    args = p.parse_args(argv)
    if args.stablehlo:
        from jax._src.interpreters import mlir as jax_mlir
        from jax._src.lib.mlir import ir
        for path in args.stablehlo:
            with open(path) as f, jax_mlir.make_ir_context():
                if not ir.Module.parse(f.read()).operation.verify():
                    raise SystemExit(f"{path}: the StableHLO module does not verify")
    report = {}
    for path in args.hlo:
        with open(path) as f:
            text = f.read()
        report[path] = compare(text)
        if args.expand:
            with open(re.sub(r"\.hlo$", "", path) + ".expanded.hlo", "w") as f:
                f.write(expand(text)[0])
    json.dump(report, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
