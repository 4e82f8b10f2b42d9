"""Benchmark 5: serving on the CPU. The `torus export` SavedModel loaded by Python TensorFlow 2.21
and by TensorFlow Java, and the same artifact run through Torus's runtime as a generated binding
does, vs the same checkpoint in Hugging Face transformers (torch); each side warm in its own process:
median seconds per forward call, and each process's own f32 GEMM roofline measured in the same run.
ROUNDS rounds, the sides taking turns; the tables give medians over rounds of each round's median.

Usage: python bench/serve_cpu.py [ROUNDS] [CALLS]   (after bench/e2e_cpu.py has made the checkpoints,
or it makes them; needs .venv and .venv-tf of harness/python/setup.sh)
Model: `m100` of benchmark 4 (LLaMA, width 768, 12 layers, vocab 32000, 134M parameters), f32,
batch 1, S = 2048, exported for one device and as an emulated striped ring of 4.
"""
import json
import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np

import e2e_cpu  # checkpoints and tokens

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


def java_command():
    """java -cp <cli jar and its classpath> with the launcher's flags (the jars built by ./torus)."""
    java = next((j for j in ("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java",) if Path(j).exists()), "java")
    subprocess.run([str(ROOT / "torus"), "help"], check=True, stdout=subprocess.DEVNULL)   # builds the jars
    jar = [j for j in sorted((ROOT / "cli" / "target").glob("torus-cli-*.jar"))
           if not j.name.endswith(("-sources.jar", "-javadoc.jar"))][0]
    cp = f"{jar}:{(ROOT / 'cli' / 'target' / 'classpath.txt').read_text().strip()}"
    return [java, "--enable-native-access=ALL-UNNAMED", "-Xss16m", "-cp", cp, "dev.torus.cli.bench.ServeSide"]


SIDES = {  # key: (label, framework of its GEMM roofline)
    "hf": ("HF (torch)", "torch"),
    "tf": ("SavedModel, Python TF 2.21", "TF 2.21"),
    "java-sm": ("SavedModel, TF Java", "TF Java 1.1.0 (TF 2.18)"),
    "java-rt": ("Torus runtime (TF Java), weights kept in TF (bindings now)", "TF Java 1.1.0 (TF 2.18)"),
    "java-rt-refeed": ("Torus runtime (TF Java), weights fed every call (bindings before)", "TF Java 1.1.0 (TF 2.18)"),
}


def main(rounds, calls):
    e2e_cpu.prepare()
    WORK.mkdir(parents=True, exist_ok=True)
    ckpt = e2e_cpu.WORK / "m100"
    tokens = e2e_cpu.WORK / f"tokens_m100_{S}.npy"
    cfg = e2e_cpu.MODELS["m100"]
    java = java_command()
    exports = {"one device": [], "ring 4 striped, emulated": ["--ring", "4", "--layout", "striped"]}
    flops = model_flops(cfg, S)
    print(f"model m100, S = {S}: {flops / 1e9:.0f} GFLOP per forward call; {calls} calls per round, {rounds} rounds\n")
    rows = []
    for name, opts in exports.items():
        sm = WORK / name.split(",")[0].replace(" ", "_")
        art = WORK / (sm.name + "_artifact")
        if not (sm / "saved_model.pb").exists():
            subprocess.run([str(ROOT / "torus"), "export", "--model", str(ckpt), "--seq", str(S), "--saved-model",
                            str(sm), "--artifact", str(art), *opts], check=True)
        commands = {
            "hf": [e2e_cpu.PY, str(ROOT / "bench/serve_side.py"), "hf", str(ckpt), str(tokens), str(calls),
                   str(WORK / "hf.npy")],
            "tf": [TF_PY, str(ROOT / "bench/serve_side.py"), "tf", str(sm), str(tokens), str(calls),
                   str(WORK / "tf.npy")],
            "java-sm": [*java, "savedmodel", str(sm), str(tokens), str(calls)],
        }
        if not opts:  # the runtime feeds tokens as the artifact takes them: one device, sequence order
            commands["java-rt"] = [*java, "runtime", str(art), str(ckpt), str(tokens), str(calls)]
            commands["java-rt-refeed"] = [*java, "runtime-refeed", str(art), str(ckpt), str(tokens), str(calls)]
        runs = {k: [] for k in commands}
        for _ in range(rounds):
            for k, cmd in commands.items():
                runs[k].append(side(cmd))
        t, h = np.load(WORK / "tf.npy"), np.load(WORK / "hf.npy")
        diff = float(np.abs(t - h).max() / np.abs(h).max())
        med = {k: {key: statistics.median(r[key] for r in rs) for key in ("median_s", "gemm_gflops", "first_call_s")}
               for k, rs in runs.items()}
        rows.append((name, med, diff))
    print("| export | " + " | ".join(f"{SIDES[k][0]} s" for k in SIDES) + " | " +
          " | ".join(f"{SIDES[k][0]} / HF" for k in SIDES if k != "hf") + " | max rel. diff (Python TF vs HF) |")
    print("|---" * (2 * len(SIDES)) + "|---|")
    for name, med, diff in rows:
        hf = med["hf"]["median_s"]
        cells = [f"{med[k]['median_s']:.2f}" if k in med else "-" for k in SIDES]
        ratios = [f"{med[k]['median_s'] / hf:.2f}" if k in med else "-" for k in SIDES if k != "hf"]
        print(f"| {name} | " + " | ".join(cells) + " | " + " | ".join(ratios) + f" | {diff:.1e} |")
    print("\n| export | side | GEMM roofline | GEMM GFLOP/s | model GFLOP/s | % of its GEMM | first call (compile) s |")
    print("|---|---|---|---|---|---|---|")
    for name, med, _ in rows:
        for k, m in med.items():
            achieved = flops / m["median_s"] / 1e9
            print(f"| {name} | {SIDES[k][0]} | {SIDES[k][1]} | {m['gemm_gflops']:.0f} | {achieved:.0f} | "
                  f"{100 * achieved / m['gemm_gflops']:.0f} % | {m['first_call_s']:.1f} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
