"""One side of the serving benchmark (bench/serve_cpu.py), run in that side's own venv:

  serve_side.py tf SAVED_MODEL TOKENS.npy RUNS OUT.npy   Python TensorFlow loads a `torus export` SavedModel
  serve_side.py hf MODEL_DIR   TOKENS.npy RUNS OUT.npy   transformers (torch) loads the Hugging Face checkpoint

Loads the model, makes one warm-up call (XLA compiles the SavedModel's module here), then times RUNS
forward calls, and measures this process's f32 GEMM roofline (a 2048^3 matmul in the same framework,
median of 5). Prints one JSON line; writes the last call's logits to OUT.npy.
"""
import json
import os
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np


def main(side, model, tokens_file, runs, out_file):
    runs = int(runs)
    ids = np.load(tokens_file)
    t0 = time.perf_counter()
    if side == "tf":
        import tensorflow as tf
        serving = tf.saved_model.load(model).signatures["serving_default"]
        x = tf.constant(ids.astype(np.int32))
        call = lambda: serving(tokens=x)["logits"].numpy()
        a = tf.random.normal((2048, 2048))
        gemm = lambda: tf.linalg.matmul(a, a).numpy()
    else:
        import torch
        from transformers import LlamaForCausalLM
        net = LlamaForCausalLM.from_pretrained(model, dtype=torch.float32).eval()
        x = torch.from_numpy(ids.astype(np.int64))

        def call():
            with torch.no_grad():
                return net(input_ids=x, use_cache=False).logits.numpy()
        a = torch.randn(2048, 2048)
        gemm = lambda: (a @ a).numpy()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    logits = call()
    first_s = time.perf_counter() - t0
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        logits = call()
        times.append(time.perf_counter() - t0)
    gemm()
    g = []
    for _ in range(5):
        t0 = time.perf_counter()
        gemm()
        g.append(time.perf_counter() - t0)
    np.save(out_file, logits)
    print(json.dumps({"side": side, "load_s": load_s, "first_call_s": first_s,
                      "median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
                      "gemm_gflops": 2 * 2048 ** 3 / statistics.median(g) / 1e9}))


if __name__ == "__main__":
    main(*sys.argv[1:6])
