"""Host overhead of `torus pod-train` (issue 15): its steady-state step time against the bare compiled
step executed back to back on the same engine.

`pod-train` times each step from the Java side (StepMetrics.stepSeconds in metrics.jsonl): making
this process's rows of the batch, writing them for the engine, the run request, the step itself and
the scalars coming back. The bare step is the same train-step program, compiled by the same engine
(`python -m torus_harness.engine`, the process pod-train starts), with its weights, moments, tokens
and targets all resident on the devices; the driver below sends nothing but the step number and
times each `run` back to back. The ratio of the two medians is the host overhead.

Subcommands (bench/pod_train_cpu.sh runs them, with the JAX/optax peer of bench/pod_train_peer.py):
  model DIR VOCAB WIDTH DEPTH HEADS FFN   a LLaMA Hugging Face directory with random weights
  tokens FILE COUNT VOCAB                 a flat uint16 token file
  bare ARTIFACT STEPS OUT.json            the bare step, back to back, on the engine (+ the GEMM roofline)
  report DIR                              the table: pod-train, bare and peer runs, medians and the ratios
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
WARMUP = 5


def make_model(out, vocab, width, depth, heads, ffn):
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=vocab, hidden_size=width, num_hidden_layers=depth, num_attention_heads=heads,
                         num_key_value_heads=heads, intermediate_size=ffn, max_position_embeddings=4096,
                         tie_word_embeddings=False, torch_dtype="float32")
    model = LlamaForCausalLM(config)
    model.save_pretrained(out, safe_serialization=True)
    print(f"{out}: {sum(p.numel() for p in model.parameters()) / 1e6:.1f}M parameters")


def make_tokens(path, count, vocab):
    np.random.default_rng(0).integers(0, vocab, count, dtype=np.uint16).tofile(path)


class EngineProcess:
    """The JAX engine as pod-train starts it, driven through its JSON-lines protocol."""

    def __init__(self, partitions):
        env = dict(os.environ, PYTHONPATH=str(ROOT / "harness/python"))
        self.proc = subprocess.Popen([sys.executable, "-m", "torus_harness.engine", "--partitions", str(partitions)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        self.reply()

    def call(self, **req):
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        return self.reply()

    def reply(self):
        r = json.loads(self.proc.stdout.readline())
        if not r.get("ok"):
            raise RuntimeError(r.get("error"))
        return r

    def close(self):
        self.call(cmd="exit")
        self.proc.wait()


def gemm_gflops():
    """A 2048^3 f32 matmul on one XLA CPU device, median of 7 after a warm-up."""
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    import jax
    import jax.numpy as jnp
    a = jnp.asarray(np.random.default_rng(0).standard_normal((2048, 2048)), jnp.float32)
    f = jax.jit(lambda x: x @ x)
    f(a).block_until_ready()
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        f(a).block_until_ready()
        times.append(time.perf_counter() - t0)
    return 2 * 2048 ** 3 / statistics.median(times) / 1e9


def bare(artifact, steps, out):
    manifest = json.loads(Path(artifact, "manifest.json").read_text())
    main = next(e for e in manifest["entryPoints"] if e["name"] == "main")
    partitions = int(np.prod([a["size"] for a in manifest["mesh"]["axes"]]))
    names_in = [t["name"] for t in main["inputs"]]
    names_out = [t["name"] for t in main["outputs"]]
    donations = [[names_in.index(d["input"]), names_out.index(d["output"])] for d in main["donations"]]
    engine = EngineProcess(partitions)
    loaded = engine.call(cmd="load", name="main", hlo=str(Path(artifact, "program.hlo")), numPartitions=partitions,
                         donations=donations)
    rng = np.random.default_rng(0)
    vocab = manifest["model"]["spec"]["vocabSize"]
    with tempfile.TemporaryDirectory(dir="/dev/shm") as tmp:
        step_input = None
        for spec, (dtype, shape) in zip(main["inputs"], loaded["inputs"]):
            if spec["role"] == "step":
                step_input = spec["name"]
                continue
            full = (partitions, *shape)
            if spec["role"] in ("tokens", "targets"):
                value = rng.integers(0, vocab, full, dtype=np.int32)
            elif spec["role"] == "state":
                value = np.zeros(full, np.float32)
            else:
                value = (0.02 * rng.standard_normal(full)).astype(np.float32)
            path = Path(tmp, spec["name"].replace("/", "_") + ".npy")
            np.save(path, value.astype(dtype))
            engine.call(cmd="put", name=spec["name"], npy=str(path))
            path.unlink()
        seconds = []
        for k in range(WARMUP + steps):
            t0 = time.perf_counter()
            engine.call(cmd="run", program="main", feeds={step_input: {"value": k + 1, "dtype": "int32"}},
                        outputNames=names_out)
            if k >= WARMUP:
                seconds.append(time.perf_counter() - t0)
    engine.close()
    result = {"stepSeconds": seconds, "gemmGflops": gemm_gflops(), "partitions": partitions}
    Path(out).write_text(json.dumps(result))
    print(f"bare step: median {statistics.median(seconds) * 1e3:.1f} ms over {steps} steps")


def report(directory):
    directory = Path(directory)
    rows, medians, gemm = [], {"pod-train": [], "bare step": [], "JAX/optax peer": []}, []
    for run in sorted(directory.glob("run*/metrics.jsonl")):
        steps = [json.loads(line) for line in run.read_text().splitlines() if line.strip()]
        steady = [s["stepSeconds"] for s in steps[WARMUP:]]
        medians["pod-train"].append(statistics.median(steady))
        rows.append(("pod-train", run.parent.name, len(steady), medians["pod-train"][-1],
                     f"{steps[0]['loss']:.4f} -> {steps[-1]['loss']:.4f}"))
    for side, pattern in (("bare step", "bare*.json"), ("JAX/optax peer", "peer*.json")):
        for f in sorted(directory.glob(pattern)):
            r = json.loads(f.read_text())
            medians[side].append(statistics.median(r["stepSeconds"]))
            gemm.append(r["gemmGflops"])
            losses = f"{r['losses'][0]:.4f} -> {r['losses'][-1]:.4f}" if "losses" in r else ""
            rows.append((side, f.stem, len(r["stepSeconds"]), medians[side][-1], losses))
    print("| side | run | steps timed | median step ms | loss |\n|---|---|---|---|---|")
    for side, run, n, median, losses in rows:
        print(f"| {side} | {run} | {n} | {median * 1e3:,.1f} | {losses} |")
    pod = statistics.median(medians["pod-train"])
    for side in ("bare step", "JAX/optax peer"):
        if medians[side]:
            other = statistics.median(medians[side])
            print(f"\npod-train / {side}: **{pod / other:.3f}** (medians {pod * 1e3:,.1f} / {other * 1e3:,.1f} ms)")
    if gemm:
        print(f"GEMM roofline in the same run (2048^3 f32, one device): {min(gemm):.0f}-{max(gemm):.0f} GFLOP/s")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "model":
        make_model(args[0], *map(int, args[1:6]))
    elif cmd == "tokens":
        make_tokens(args[0], int(args[1]), int(args[2]))
    elif cmd == "bare":
        bare(args[0], int(args[1]), args[2])
    elif cmd == "report":
        report(args[0])
    else:
        sys.exit(__doc__)
