"""A/B of two Torus attention-core programs in one process, taking turns (median of 9).

Usage: python bench/ab_blockwise.py DIR_A DIR_B   (each holding torus_attention_s{S}.hlo from
AttentionBenchPrograms, e.g. built from two commits); prints the ratio A/B at S = 2K and 8K.
"""
import sys

import numpy as np
import jax

import attention_cpu as A
A.REPS = 9
for s in (2048, 8192):
    rng = np.random.default_rng(0)
    q = (rng.standard_normal((1, 8, s, 128)) / np.sqrt(128)).astype(np.float32)
    k = rng.standard_normal((1, 8, s, 128)).astype(np.float32); v = k.copy()
    args = [jax.device_put(q[:, :, None]), jax.device_put(k), jax.device_put(v)]
    fns = {}
    for name, d in (("A", sys.argv[1]), ("B", sys.argv[2])):
        exe = A.torus(open(f"{d}/torus_attention_s{s}.hlo").read())
        fns[name] = (lambda e: lambda: [a.block_until_ready() for a in e.execute_sharded(args).disassemble_into_single_device_arrays()[0]])(exe)
    m = A.interleaved_medians(fns)
    print(s, {k: round(v * 1e3, 1) for k, v in m.items()}, "A/B", round(m["A"] / m["B"], 3))
