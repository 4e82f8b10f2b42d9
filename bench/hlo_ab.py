"""A/B timing of two one-device programs of generate artifacts (e.g. main's and a branch's decode.hlo, or
their prefill program.hlo) on one XLA CPU device, compiled by jaxlib as the JAX engine compiles them,
called in turns CALLS times each (random weights, zero caches donated and taken back, tokens 5 or random,
positions / prompt lengths POSITION, default 2048); prints the compile time and min / p25 / median ms per
call, the first call dropped. Taking turns in one process makes the ratio usable on a loaded machine.
usage: .venv/bin/python bench/hlo_ab.py CALLS A.hlo B.hlo [POSITION]"""
import os, sys, time
from pathlib import Path
os.environ["JAX_PLATFORMS"] = "cpu"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "harness" / "python"))
import numpy as np
from torus_harness.harness import Xla
from torus_harness import native
from jax._src import compiler
xla = Xla()
import jax
dev = jax.devices()[0]
calls = int(sys.argv[1]); pos = int(sys.argv[4]) if len(sys.argv) > 4 else 2048
progs = []
rng = np.random.default_rng(0)
for path in sys.argv[2:4]:
    text = open(path).read()
    for target in native.targets_in(text):   # --cpu-decode-kernel programs
        native.register(target, jax)
    parsed = xla.parse_hlo(text)
    t0 = time.monotonic()
    with xla.jax_mlir.make_ir_context():
        module = xla.ir.Module.parse(parsed.stablehlo())
        exe = compiler.compile_or_get_cached(dev.client, module, np.array([dev]), xla.build_options([dev.id]), [],
                                             xla.xc.DeviceList((dev,)))
    ct = time.monotonic() - t0
    args = []
    for name, (dt, shape) in zip(parsed.signature.names, parsed.signature.params):
        if name in ("tokens",):
            a = np.full(shape, 5, dtype=dt)
        elif name in ("positions",):
            a = np.full(shape, pos, dtype=dt)
        elif name == "prompt_lengths":
            a = np.full(shape, shape and 0 or 0, dtype=dt)
        elif name.startswith("cache"):
            a = np.zeros(shape, dtype=dt)
        else:
            a = (rng.standard_normal(shape) * 0.02).astype(dt)
        args.append(jax.device_put(a, dev))
    progs.append([exe, args, [], ct, parsed.signature.names])
# prompt_lengths: the prompt length
for p in progs:
    for i, n in enumerate(p[4]):
        if n == "prompt_lengths":
            p[1][i] = jax.device_put(np.full(p[1][i].shape, pos, np.int32), dev)
        if n == "tokens" and p[1][i].shape[-1] > 1:
            p[1][i] = jax.device_put(rng.integers(0, 8000, p[1][i].shape).astype(np.int32), dev)
for k in range(calls):
    for p in progs:
        exe, args = p[0], p[1]
        t0 = time.perf_counter()
        outs = exe.execute_sharded(args).disassemble_into_single_device_arrays()
        for o in outs:
            o[0].block_until_ready()
        p[2].append(time.perf_counter() - t0)
        # the caches were donated: take the new ones back
        names = p[4]
        ci = [i for i, n in enumerate(names) if n.startswith("cache")]
        for j, i in enumerate(ci):
            args[i] = outs[1 + j][0]
for name, p in zip("AB", progs):
    t = np.array(p[2][1:]) * 1000
    print(f"{name} {sys.argv[2 + (name == 'B')]}: compile {p[3]:.1f} s; ms per call: min {t.min():.1f} median {np.median(t):.1f} "
          f"p25 {np.percentile(t, 25):.1f} (n={len(t)})")
