"""Benchmark 13's Python halves (bench/generate_cpu.sh): the model, the prompts, the Hugging Face side,
the GEMM roofline and the report.

  model OUT VOCAB WIDTH DEPTH HEADS FFN MAX_POS   a random-weight LlamaForCausalLM (f32), save_pretrained
  prompts OUT.npy BATCH LENGTH VOCAB              int32 [BATCH, LENGTH] random token ids (seed: LENGTH)
  hf MODEL PROMPTS.npy NEW REPS CACHE OUT.json    transformers generate(do_sample=False), CACHE dynamic|static
  gemm OUT.json                                   2048^3 f32 matmul: one XLA CPU device and torch; and
                                                  the memory read bandwidth (a decode step's roofline)
  report DIR                                      the table of every cell in DIR (markdown, stdout)

The Hugging Face side runs model.generate(do_sample=False, max_new_tokens=NEW) in torch, f32, with
torch.set_num_threads(the cores this process may use, which XLA's and TensorFlow's CPU thread pools
use too). A LogitsProcessor stamps the time of each of its NEW calls (one per new token, after that
token's forward): the prefill is the time from generate's call to the first stamp, the decode the time
from the first stamp to the last (the NEW - 1 forwards that give tokens 2 to NEW). The Torus side
(GenerateBench.java) times the same two spans. One warm-up generation (2 new tokens), then REPS timed.
"""
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np


def cores():
    return len(os.sched_getaffinity(0))


def make_model(out, vocab, width, depth, heads, ffn, max_pos):
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=vocab, hidden_size=width, num_hidden_layers=depth, num_attention_heads=heads,
                         num_key_value_heads=heads, intermediate_size=ffn, max_position_embeddings=max_pos,
                         tie_word_embeddings=False, bos_token_id=1, eos_token_id=None, pad_token_id=0,
                         torch_dtype="float32")
    model = LlamaForCausalLM(config)
    model.save_pretrained(out, safe_serialization=True)
    print(f"{out}: {sum(p.numel() for p in model.parameters()) / 1e6:.1f}M parameters")


def make_prompts(out, batch, length, vocab):
    ids = np.random.default_rng(length).integers(0, vocab, (batch, length), dtype=np.int32)
    np.save(out, ids)


def hf(model_dir, prompts_file, new, reps, cache, out):
    import torch
    from transformers import LlamaForCausalLM, LogitsProcessor, LogitsProcessorList
    torch.set_num_threads(cores())
    model = LlamaForCausalLM.from_pretrained(model_dir, torch_dtype=torch.float32).eval()
    ids = torch.from_numpy(np.load(prompts_file).astype(np.int64))
    mask = torch.ones_like(ids)

    class Stamps(LogitsProcessor):
        def __init__(self):
            self.times = []

        def __call__(self, input_ids, scores):
            self.times.append(time.perf_counter())
            return scores

    def generate(n):
        stamps = Stamps()
        kwargs = dict(do_sample=False, max_new_tokens=n, min_new_tokens=n, eos_token_id=None, pad_token_id=0,
                      logits_processor=LogitsProcessorList([stamps]))
        if cache == "static":
            kwargs["cache_implementation"] = "static"
        with torch.inference_mode():
            t0 = time.perf_counter()
            seqs = model.generate(ids, attention_mask=mask, **kwargs)
        if len(stamps.times) != n:
            raise RuntimeError(f"the logits processor ran {len(stamps.times)} times for {n} new tokens")
        return stamps.times[0] - t0, stamps.times[-1] - stamps.times[0], seqs[:, ids.shape[1]:]

    generate(2)   # warm-up
    prefill, decode = [], []
    for rep in range(reps):
        p, d, tokens = generate(new)
        prefill.append(p)
        decode.append(d)
        print(f"hf {cache} B={ids.shape[0]} P={ids.shape[1]} rep {rep + 1}: prefill {p:.3f} s, decode {d:.3f} s",
              file=sys.stderr)
    Path(out).write_text(json.dumps({
        "engine": f"hf-{cache}", "batch": ids.shape[0], "prompt": ids.shape[1], "new_tokens": new,
        "threads": torch.get_num_threads(), "attention": model.config._attn_implementation,
        "torch": torch.__version__, "prefill_s": prefill, "decode_s": decode, "tokens": tokens.tolist()}))


def gemm(out):
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    import jax
    import jax.numpy as jnp
    import torch
    torch.set_num_threads(cores())
    a = np.random.default_rng(0).standard_normal((2048, 2048)).astype(np.float32)

    def seconds(f):
        f()
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            f()
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    def median(f):
        return 2 * 2048 ** 3 / seconds(f) / 1e9

    x = jnp.asarray(a)
    mm = jax.jit(lambda v: v @ v)
    t = torch.from_numpy(a)
    flops = {"xla_gflops": median(lambda: mm(x).block_until_ready()), "torch_gflops": median(lambda: torch.mm(t, t))}
    del x, t
    # Read bandwidth: 512 MiB of f32 read once, as a one-row product W v with W [131072, 1024] (what a
    # batch-1 decode step does with every weight) on one XLA CPU device and in torch, and a torch sum.
    rows, cols = 131072, 1024
    w = np.random.default_rng(1).standard_normal((rows, cols), dtype=np.float32)
    v = np.ones((cols, 1), np.float32)
    wx, vx = jnp.asarray(w), jnp.asarray(v)
    gemv = jax.jit(lambda m, u: m @ u)
    wt, vt = torch.from_numpy(w), torch.from_numpy(v)

    def gbs(f):
        return w.nbytes / seconds(f) / 1e9

    read = {"xla_gemv": gbs(lambda: gemv(wx, vx).block_until_ready()), "torch_gemv": gbs(lambda: torch.mm(wt, vt)),
            "torch_sum": gbs(lambda: wt.sum())}
    Path(out).write_text(json.dumps({**flops, "read_gbs": read, "cores": cores(),
                                     "jax": jax.__version__, "torch": torch.__version__}))


def step_bytes(config, batch, length):
    """Bytes a decode step must read at least (f32): every weight matrix and norm, one embedding row
    per sequence, and the keys and values of `length` cached positions per sequence."""
    c = config
    width, depth, ffn, vocab = c["hidden_size"], c["num_hidden_layers"], c["intermediate_size"], c["vocab_size"]
    head_dim = c.get("head_dim") or width // c["num_attention_heads"]
    kv = c.get("num_key_value_heads") or c["num_attention_heads"]
    layer = 2 * width * width + 2 * width * kv * head_dim + 3 * width * ffn + 2 * width
    weights = depth * layer + width + vocab * width + batch * width
    cache = depth * 2 * batch * kv * head_dim * length
    return 4 * (weights + cache)


def report(directory):
    d = Path(directory)
    config = json.loads((d / "model" / "config.json").read_text()) if (d / "model" / "config.json").exists() else None
    runs = {}
    for f in sorted(d.glob("cell-*/*.json")):
        r = json.loads(f.read_text())
        runs.setdefault((r["batch"], r["prompt"]), {}).setdefault(r["engine"], []).append(r)
    g = [json.loads(f.read_text()) for f in sorted(d.glob("gemm*.json"))]
    bandwidth = max((max(x["read_gbs"].values()) for x in g if "read_gbs" in x), default=None)
    roofline = bandwidth is not None and config is not None
    sides = ["tf", "jax", "jax-kernel", "hf-dynamic", "hf-static"]
    names = {"tf": "Torus TF Java", "jax": "Torus JAX engine", "jax-kernel": "Torus JAX + CPU decode kernel",
             "hf-dynamic": "HF dynamic cache", "hf-static": "HF static cache"}
    print("| batch | prompt | " + " | ".join(f"{names[s]} decode tok/s" for s in sides)
          + " | best Torus / HF dynamic | best Torus / HF static | "
          + ("roofline decode tok/s (bytes per step / bandwidth) | " if roofline else "")
          + " | ".join(f"{names[s]} prefill s" for s in sides) + " | tokens equal HF |")
    print("|" + "---|" * (2 + 2 * len(sides) + 3 + (1 if roofline else 0)))
    for (batch, prompt), by in sorted(runs.items()):
        tps, pre = {}, {}
        for s in sides:
            if s in by:
                rs = by[s]
                new = rs[0]["new_tokens"]
                decode = statistics.median([t for r in rs for t in r["decode_s"]])
                tps[s] = batch * (new - 1) / decode
                pre[s] = statistics.median([t for r in rs for t in r["prefill_s"]])
        best = max([tps[s] for s in ("tf", "jax", "jax-kernel") if s in tps], default=None)

        def ratio(peer):
            return f"{best / tps[peer]:.2f}x" if best and peer in tps else "-"

        agree = []
        peer = "hf-dynamic" if "hf-dynamic" in by else "hf-static"   # a run without the dynamic cache: static
        ref = by.get(peer, [None])[-1]
        for s in ("tf", "jax", "jax-kernel", "hf-static"):
            if s in by and s != peer and ref is not None:
                a, b = np.array(by[s][-1]["tokens"]), np.array(ref["tokens"])
                # the first position where each row differs (new_tokens where all agree), the worst row
                first = min(int(np.argmax(row_a != row_b)) if (row_a != row_b).any() else len(row_a)
                            for row_a, row_b in zip(a, b))
                agree.append(f"{s} {first}/{a.shape[1]}")
        top = ""
        if roofline:
            new = next(rs[0]["new_tokens"] for rs in by.values())
            per_step = step_bytes(config, batch, prompt + new // 2)   # the cache at the middle of the decode
            top = f"{batch * bandwidth * 1e9 / per_step:.1f} ({per_step / 1e6:.0f} MB) | "
        print(f"| {batch} | {prompt} | " + " | ".join(f"{tps[s]:.1f}" if s in tps else "-" for s in sides)
              + f" | {ratio('hf-dynamic')} | {ratio('hf-static')} | " + top
              + " | ".join(f"{pre[s]:.2f}" if s in pre else "-" for s in sides) + " | " + ", ".join(agree) + " |")
    if g:
        xla = [x["xla_gflops"] for x in g]
        tor = [x["torch_gflops"] for x in g]
        print(f"\nGEMM roofline in the same run (2048^3 f32, {g[0]['cores']} cores): XLA {min(xla):.0f}-{max(xla):.0f}"
              f" GFLOP/s, torch {min(tor):.0f}-{max(tor):.0f} GFLOP/s (jax {g[0]['jax']}, torch {g[0]['torch']}).")
        if bandwidth is not None:
            reads = "; ".join(f"{k} " + ", ".join(f"{x['read_gbs'][k]:.1f}" for x in g if "read_gbs" in x)
                              for k in g[-1].get("read_gbs", {}))
            print(f"Memory read bandwidth (512 MiB of f32 read once, GB/s, start and end of the run): {reads}."
                  f" The roofline column divides the bytes a decode step must read (every f32 weight matrix, and"
                  f" the keys and values of prompt + new/2 positions per sequence) by the best, {bandwidth:.1f} GB/s.")
    hfr = next((r for by in runs.values() for s in ("hf-dynamic", "hf-static") for r in by.get(s, [])), None)
    if hfr:
        print(f"Hugging Face: torch {hfr['torch']}, {hfr['threads']} threads, attention '{hfr['attention']}'.")
    print("Decode tokens/s = batch x (new tokens - 1) / the median decode time (after the first token);"
          " prefill = median time to the first token. 'tokens equal HF': per side, the first position where the"
          " worst row's greedy tokens differ from HF dynamic's, or HF static's in a run without the dynamic cache"
          " (N/N: all equal).")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "model":
        make_model(args[0], *map(int, args[1:7]))
    elif cmd == "prompts":
        make_prompts(args[0], *map(int, args[1:4]))
    elif cmd == "hf":
        hf(args[0], args[1], int(args[2]), int(args[3]), args[4], args[5])
    elif cmd == "gemm":
        gemm(args[0])
    elif cmd == "report":
        report(args[0])
    else:
        sys.exit(f"generate_cpu.py: unknown command {cmd} (model, prompts, hf, gemm, report)")
