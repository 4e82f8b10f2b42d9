"""Benchmark 5: serving on the CPU. The `torus export` SavedModel loaded by Python TensorFlow 2.21
(its XlaCallModule compiled by TF's XLA) vs the same checkpoint in Hugging Face transformers (torch),
each warm in its own process: median seconds per forward call, and each process's own f32 GEMM
roofline measured in the same run. ROUNDS rounds, the two sides taking turns (A B A B ...); the
table gives medians over rounds of each round's median call.

Usage: python bench/serve_cpu.py [ROUNDS] [CALLS]   (after bench/e2e_cpu.py has made the checkpoints,
or it makes them; needs .venv with torch/transformers and .venv-tf)
Model: `m100` of benchmark 4 (LLaMA, width 768, 12 layers, vocab 32000, 134M parameters), f32,
batch 1, S = 2048, exported for one device and as an emulated striped ring of 4.
"""
import json
import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import e2e_cpu  # noqa: E402  (checkpoints and tokens)

ROOT = e2e_cpu.ROOT
WORK = ROOT / "bench" / "target" / "serve"
TF_PY = str(ROOT / ".venv-tf" / "bin" / "python")
S = 2048


def model_flops(cfg, s):
    """Forward FLOPs: 2 per weight per token (projections, MLP, LM head) plus causal attention
    (QK^T and PV over the lower triangle: 2 * 2 * s^2 / 2 * width per layer)."""
    w, f, layers, v = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    kv = w * cfg["num_key_value_heads"] // cfg["num_attention_heads"]
    per_layer = w * w * 2 + w * kv * 2 + 3 * w * f
    return 2 * s * (layers * per_layer + v * w) + layers * 2 * s * s * w


def side(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{cmd[:3]} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(rounds, calls):
    e2e_cpu.prepare()
    WORK.mkdir(parents=True, exist_ok=True)
    ckpt = e2e_cpu.WORK / "m100"
    tokens = e2e_cpu.WORK / f"tokens_m100_{S}.npy"
    cfg = e2e_cpu.MODELS["m100"]
    exports = {"one device": [], "ring 4 striped, emulated": ["--ring", "4", "--layout", "striped"]}
    for name, opts in exports.items():
        sm = WORK / name.split(",")[0].replace(" ", "_")
        if not (sm / "saved_model.pb").exists():
            subprocess.run([str(ROOT / "torus"), "export", "--model", str(ckpt), "--seq", str(S), "--saved-model",
                            str(sm), *opts], check=True)
    flops = model_flops(cfg, S)
    print(f"model m100, S = {S}: {flops / 1e9:.0f} GFLOP per forward call; {calls} calls per round, {rounds} rounds\n")
    print("| export | SavedModel (TF 2.21) s | HF (torch) s | SavedModel / HF time | TF GEMM GFLOP/s | torch GEMM GFLOP/s "
          "| SavedModel % of TF GEMM | HF % of torch GEMM | first call (compile) s | max rel. diff |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in exports:
        sm = WORK / name.split(",")[0].replace(" ", "_")
        tf_runs, hf_runs = [], []
        for _ in range(rounds):
            tf_runs.append(side([TF_PY, str(ROOT / "bench/serve_side.py"), "tf", str(sm), str(tokens), str(calls),
                                 str(WORK / "tf.npy")]))
            hf_runs.append(side([e2e_cpu.PY, str(ROOT / "bench/serve_side.py"), "hf", str(ckpt), str(tokens),
                                 str(calls), str(WORK / "hf.npy")]))
        med = lambda rs, k: statistics.median(r[k] for r in rs)
        t, h = np.load(WORK / "tf.npy"), np.load(WORK / "hf.npy")
        diff = float(np.abs(t - h).max() / np.abs(h).max())
        ts, hs = med(tf_runs, "median_s"), med(hf_runs, "median_s")
        tg, hg = med(tf_runs, "gemm_gflops"), med(hf_runs, "gemm_gflops")
        print(f"| {name} | {ts:.2f} | {hs:.2f} | {ts / hs:.2f} | {tg:.0f} | {hg:.0f} | "
              f"{100 * flops / ts / 1e9 / tg:.0f} % | {100 * flops / hs / 1e9 / hg:.0f} % | "
              f"{med(tf_runs, 'first_call_s'):.1f} | {diff:.1e} |", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
