"""Benchmark 4: end to end on the CPU, `./torus run` vs Hugging Face transformers (torch), same
checkpoint and tokens: wall time and peak RSS of each whole process, start-up included, medians of
RUNS runs, the two commands taking turns (A B A B ...), measured with /usr/bin/time.

Usage: python bench/e2e_cpu.py [RUNS]   (makes the checkpoints with torus_harness.hf_reference first)
Models: `tiny` (LLaMA, width 64, 2 layers) and `m100` (width 768, 12 layers, 12 heads, SwiGLU
2048, vocab 32000: 134M parameters), f32; S = 2048 and 8192, batch 1.
"""
import json
import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "target" / "e2e"
PY = str(ROOT / ".venv" / "bin" / "python")
MODELS = {
    "tiny": {"hidden_size": 64, "intermediate_size": 172, "num_hidden_layers": 2, "num_attention_heads": 4,
             "num_key_value_heads": 2, "vocab_size": 256},
    "m100": {"hidden_size": 768, "intermediate_size": 2048, "num_hidden_layers": 12, "num_attention_heads": 12,
             "num_key_value_heads": 12, "vocab_size": 32000},
}


def prepare():
    WORK.mkdir(parents=True, exist_ok=True)
    for name, cfg in MODELS.items():
        if not (WORK / name / "config.json").exists():
            (WORK / f"{name}.json").write_text(json.dumps({**cfg, "max_position_embeddings": 8192, "seed": 1}))
            subprocess.run([PY, "-m", "torus_harness.hf_reference", "make-checkpoint",
                            "--out", str(WORK / name), "--config", str(WORK / f"{name}.json")], check=True)
        for s in (2048, 8192):
            tokens = WORK / f"tokens_{name}_{s}.npy"
            if not tokens.exists():
                ids = np.random.default_rng(s).integers(0, cfg["vocab_size"], size=(1, s))
                np.save(tokens, ids.astype(np.int64))


def timed(cmd):
    """(wall seconds, peak RSS MiB) of one run of cmd."""
    r = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{cmd[0]} failed:\n{r.stderr[-2000:]}")
    wall, rss = r.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) / 1024


def main(runs):
    prepare()
    print("| model | S | Torus s | HF s | Torus / HF time | Torus peak RSS MiB | HF peak RSS MiB | max rel. diff |")
    print("|---|---|---|---|---|---|---|---|")
    for name in MODELS:
        for s in (2048, 8192):
            tokens = str(WORK / f"tokens_{name}_{s}.npy")
            torus = [str(ROOT / "torus"), "run", "--model", str(WORK / name), "--tokens-file", tokens,
                     "--out", "/tmp/torus_e2e.npy"]
            hf = [PY, str(ROOT / "bench/hf_forward.py"), str(WORK / name), tokens, "/tmp/hf_e2e.npy"]
            timed(torus), timed(hf)  # warm-up: page cache, JIT of the build
            a, b = [], []
            for _ in range(runs):
                a.append(timed(torus))
                b.append(timed(hf))
            t = np.load("/tmp/torus_e2e.npy")
            h = np.load("/tmp/hf_e2e.npy")
            diff = float(np.abs(t - h).max() / np.abs(h).max())
            med = lambda xs, k: statistics.median(x[k] for x in xs)
            print(f"| {name} | {s} | {med(a, 0):.2f} | {med(b, 0):.2f} | {med(a, 0) / med(b, 0):.2f} | "
                  f"{med(a, 1):,.0f} | {med(b, 1):,.0f} | {diff:.1e} |", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
