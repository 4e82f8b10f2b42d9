"""GPU check: Torus's emitted StableHLO compiled by JAX's XLA for the GPU, numbers and time side by side
with JAX's own attention on the same device, plus the device's GEMM roofline measured in the same run.

Usage (on the device machine, its python3 with jax[cuda]):  python3 gpu_check.py DIR
DIR holds index.json and the *.stablehlo.mlir files written by DeviceCheckPrograms, and optionally
tiny_forward.stablehlo.mlir with tiny_inputs.npz / tiny_reference.npy, and train_NAME_gpu/ beside
train_NAME_cpu/ (one-device train step artifacts, `./torus compile --task train --target gpu|cpu`):
see train_pairs. `python3 gpu_check.py DIR --train-only` runs the train steps alone. Prints one JSON
line per result.
"""
import json, sys, time
from pathlib import Path

import numpy as np
import jax
import jax.numpy as jnp
from jax._src.interpreters import mlir as jax_mlir
from jax._src.lib import xla_client as xc
from jax._src.lib.mlir import ir


def compile_stablehlo(text):
    dev = jax.devices()[0]
    with jax_mlir.make_ir_context():
        module = ir.Module.parse(text)
        client = dev.client
        opts = xc.CompileOptions()
        for attempt in (lambda: client.compile_and_load(module, xc.DeviceList((dev,)), opts),
                        lambda: client.compile_and_load(str(module), xc.DeviceList((dev,)), opts),
                        lambda: client.compile(str(module), xc.DeviceList((dev,)), opts)):
            try:
                return attempt()
            except Exception as e:  # the internal API differs between jax versions
                last = e
        raise last


def run(exe, args):
    out = exe.execute_sharded([jax.device_put(a) for a in args])
    arrays = out.disassemble_into_single_device_arrays()
    return [a[0] for a in arrays]


def median_time(fn, reps=7):
    fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def jax_attention(x, w, spec, implementation=None):
    """The same layer in plain JAX: projections, rotate-half RoPE, jax.nn.dot_product_attention."""
    b, s, _ = x.shape
    hq, hkv, d = spec["heads"], spec["kvHeads"], spec["headDim"]
    q = (x @ w["q_proj.weight"].T).reshape(b, s, hq, d)
    k = (x @ w["k_proj.weight"].T).reshape(b, s, hkv, d)
    v = (x @ w["v_proj.weight"].T).reshape(b, s, hkv, d)
    inv = 1.0 / spec["ropeTheta"] ** (jnp.arange(0, d, 2, dtype=jnp.float32) / d)
    ang = jnp.arange(s, dtype=jnp.float32)[:, None] * inv[None, :]
    emb = jnp.concatenate([ang, ang], -1)[None, :, None, :]
    rot = lambda t: (t * jnp.cos(emb) + jnp.concatenate([-t[..., d // 2:], t[..., : d // 2]], -1) * jnp.sin(emb)).astype(t.dtype)
    o = jax.nn.dot_product_attention(rot(q), rot(k), v, is_causal=spec["causal"], implementation=implementation)
    return o.reshape(b, s, hq * d) @ w["o_proj.weight"].T


def gemm_roofline(dtype, n=int(__import__("os").environ.get("GPU_CHECK_GEMM_N", "8192"))):
    a = jnp.ones((n, n), dtype)
    f = jax.jit(lambda a: a @ a)
    t = median_time(lambda: f(a).block_until_ready())
    return 2 * n ** 3 / t / 1e12


def step_inputs(manifest, seed=0):
    """Random inputs of a one-device train step artifact: token ids below the vocabulary, weights
    N(0, 0.02) (norm weights 1), moments 0, step 0, each in its manifest dtype and per-device shape."""
    rng = np.random.default_rng(seed)
    vocab = manifest["model"]["spec"]["vocabSize"]
    args = []
    for t in manifest["entryPoints"][0]["inputs"]:
        shape, dtype = tuple(t["perDeviceShape"]), t["dtype"]
        if dtype == "s32":
            a = np.zeros(shape, np.int32) if t["role"] == "step" else rng.integers(0, vocab, shape, dtype=np.int32)
        elif t["role"] == "state":
            a = np.zeros(shape, np.float32)
        elif "norm" in t["name"]:
            a = np.ones(shape, np.float32)
        else:
            a = (rng.standard_normal(shape) * 0.02).astype(np.float32)
        args.append(np.asarray(jnp.asarray(a, jnp.bfloat16)) if dtype == "bf16" else a)
    return args


def train_pairs(d):
    """--target gpu train steps (DIR/train_NAME_gpu/) against the XLA-only step of the same model
    (DIR/train_NAME_cpu/) on this device, from the same inputs: loss and gradient norm of one step
    within bf16's tolerance (2e-2), and the step times."""
    for gpu in sorted(d.glob("train_*_gpu")):
        plain = gpu.with_name(gpu.name[:-len("_gpu")] + "_cpu")
        manifest = json.loads((gpu / "manifest.json").read_text())
        args = step_inputs(manifest)
        out = {}
        for kind, art in (("fused", gpu), ("xla", plain)):
            exe = compile_stablehlo((art / "program.stablehlo.mlir").read_text())
            dev_args = [jax.device_put(a) for a in args]
            res = [np.asarray(r[0]) for r in exe.execute_sharded(dev_args).disassemble_into_single_device_arrays()]
            t = median_time(lambda: [r[0].block_until_ready() for r in
                                     exe.execute_sharded([jax.device_put(a) for a in args]).disassemble_into_single_device_arrays()], 3)
            out[kind] = (float(res[0]), float(res[1]), t)
        (lf, gf, tf), (lx, gx, tx) = out["fused"], out["xla"]
        print(json.dumps({"id": gpu.name, "loss_fused": lf, "loss_xla": lx, "loss_rel": abs(lf - lx) / abs(lx),
                          "grad_norm_rel": abs(gf - gx) / abs(gx), "fused_ms": round(tf * 1e3, 2),
                          "xla_ms": round(tx * 1e3, 2), "within_bf16": abs(lf - lx) / abs(lx) <= 2e-2
                          and abs(gf - gx) / abs(gx) <= 2e-2}), flush=True)


def main(d):
    d = Path(d)
    if "--train-only" in sys.argv:
        train_pairs(d)
        return
    print(json.dumps({"jax": jax.__version__, "devices": [str(x) for x in jax.devices()]}), flush=True)
    print(json.dumps({"gemm_tflops_f32": round(gemm_roofline(jnp.float32), 1),
                      "gemm_tflops_bf16": round(gemm_roofline(jnp.bfloat16), 1)}), flush=True)
    if (d / "tiny_forward.stablehlo.mlir").exists():
        inputs = np.load(d / "tiny_inputs.npz")
        args = [inputs[f"arr_{i}"] for i in range(len(inputs.files))]
        exe = compile_stablehlo((d / "tiny_forward.stablehlo.mlir").read_text())
        got = np.asarray(run(exe, args)[0])
        ref = np.load(d / "tiny_reference.npy")
        print(json.dumps({"id": "tiny_forward_golden", "rel_err_vs_numpy": float(np.abs(got - ref).max() / np.abs(ref).max())}), flush=True)
    rng = np.random.default_rng(0)
    for spec in json.loads((d / "index.json").read_text()):
        s, wdt = spec["seq"], spec["width"]
        bf16 = spec.get("paramType") == "bf16"
        wtype = jnp.bfloat16 if bf16 else np.float32
        x = (rng.standard_normal((1, s, wdt)) * 0.5).astype(np.float32)
        w = {p["name"]: np.asarray(jnp.asarray(rng.standard_normal(p["dims"]) * 0.02, wtype)) for p in spec["params"]}
        args = [x] + [w[p["name"]] for p in spec["params"]]
        t0 = time.perf_counter()
        text = (d / (spec["id"] + ".stablehlo.mlir")).read_text()
        exe = compile_stablehlo(text)
        compile_s = time.perf_counter() - t0
        dev_args = [jax.device_put(a) for a in args]
        ours = lambda: [o.block_until_ready() for o in exe.execute_sharded(dev_args).disassemble_into_single_device_arrays()[0]]
        got = np.asarray(exe.execute_sharded(dev_args).disassemble_into_single_device_arrays()[0][0])
        precision = "highest" if "operand_precision" in text or "precision HIGHEST" in text else None

        def reference(x, w, spec=spec, precision=precision, bf16=bf16):
            if bf16:  # bf16 operands as Torus's bf16 program uses them; cuDNN's fused attention kernel
                impl = "cudnn" if jax.devices()[0].platform == "gpu" else None
                return jax_attention(x.astype(jnp.bfloat16), w, spec, implementation=impl).astype(jnp.float32)
            with jax.default_matmul_precision(precision or "default"):  # the precision Torus's program asks for
                return jax_attention(x, w, spec)

        ref_fn = jax.jit(reference)
        jx, jw = jax.device_put(x), {k: jax.device_put(v) for k, v in w.items()}
        ref = np.asarray(ref_fn(jx, jw))
        t_ours = median_time(ours)
        t_jax = median_time(lambda: ref_fn(jx, jw).block_until_ready())
        hq, hkv, hd = spec["heads"], spec["kvHeads"], spec["headDim"]
        flops = 2 * s * wdt * (2 * hq * hd + 2 * hkv * hd) + 4 * s * s * hq * hd * (0.5 if spec["causal"] else 1)
        print(json.dumps({"id": spec["id"], "compile_s": round(compile_s, 2),
                          "rel_err_vs_jax": float(np.abs(got - ref).max() / np.abs(ref).max()),
                          "torus_ms": round(t_ours * 1e3, 2), "jax_ms": round(t_jax * 1e3, 2),
                          "torus_over_jax": round(t_ours / t_jax, 2), "precision": precision or "default",
                          "peer": (("cudnn" if jax.devices()[0].platform == "gpu" else "xla") + " bf16") if bf16 else "xla f32",
                          "torus_tflops": round(flops / t_ours / 1e12, 1), "jax_tflops": round(flops / t_jax / 1e12, 1)}), flush=True)
    train_pairs(d)


if __name__ == "__main__":
    main(sys.argv[1])
