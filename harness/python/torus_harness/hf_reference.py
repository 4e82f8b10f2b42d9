"""Hugging Face reference for Torus: tiny LLaMA checkpoints made by transformers, and their logits.

Usage (python -m torus_harness.hf_reference MODE ...):
  check
  make-checkpoint --out DIR --config CONFIG.json
  logits --model DIR --tokens TOKENS.npy --out LOGITS.npy [--non-causal]
  grads --model DIR --tokens TOKENS.npy --targets TARGETS.npy --out GRADS_DIR
  train-step --model DIR --tokens T.npy --targets T.npy --optimizer OPT.json --out DIR
  documents --model DIR --tokens T.npy --targets T.npy --segments S.npy --out DIR
  rope --config CONFIG.json --seq-len S --out ROPE.json
  batch --request STEPS.json

check: imports torch and transformers and prints their versions as JSON; exit 0 if they are the
versions pyproject.toml's hf extra pins, else 3.

make-checkpoint: CONFIG.json holds the keyword arguments of the config class of its "model_type"
("llama" when absent; "mistral" (whose sliding_window is then a config key), "qwen2", "qwen3"...:
AutoConfig.for_model) (hidden_size, num_hidden_layers,
num_attention_heads, num_key_value_heads, intermediate_size, vocab_size, tie_word_embeddings,
rope_parameters, ...) plus these keys of this tool, none required:
  "seed"          (int, default 0) torch.manual_seed before the model is built and re-initialised
  "initStd"       (float, default 0.05) standard deviation of every weight other than the norms
  "normStd"       (float, default 0.1) RMSNorm weights are 1 + normal(0, normStd)
  "dtype"         ("float32" or "bfloat16", default "float32"; "torch_dtype" is read as a synonym):
                  the type the weights are saved in (bf16: rounded from the f32 initialisation)
  "maxShardSize"  (e.g. "40KB" or an int of bytes): shard the safetensors files at this size, which
                  writes model.safetensors.index.json; absent: one model.safetensors
Every parameter, in sorted name order, is drawn from one generator seeded with "seed": weights and
biases normal(0, initStd), norm weights 1 + normal(0, normStd). A tied LM head is the embedding.
Every mode loads a checkpoint with AutoModelForCausalLM (the class its config.json names).

rope: the rotary embedding of CONFIG.json's model (same keys as make-checkpoint), run by its own
class over positions 0..S-1 (so the dynamic and longrope updates apply): ROPE.json gets
{"invFreq": [...], "attentionFactor": f}.

logits: loads DIR with AutoModelForCausalLM.from_pretrained(dtype=float32) on the CPU, so bf16 weights
are upcast to f32 exactly and all math is float32 (eager attention, softmax in f32). TOKENS.npy is
int32 or int64 [batch, S]; LOGITS.npy is float32 [batch, S, vocab]. Positions are 0..S-1 in every
row and there is no padding. --non-causal: every position attends to every position (a 4-D float
mask of zeros, which transformers uses as given); default: causal.

grads: the mean cross-entropy of AutoModelForCausalLM's logits (f32, eager attention, causal) against
TARGETS.npy (int32/int64 [batch, S], the next token of every position; no shift is applied), and
torch autograd's gradient of every parameter: GRADS_DIR gets loss.npy (float32 scalar),
model.safetensors (one float32 gradient per parameter, under the parameter's name; a tied head's
gradient is the embedding's) and a copy of config.json.

train-step: the grads mode's loss and gradients, then torch.nn.utils.clip_grad_norm_ and one step
of torch.optim.AdamW from zero moments (step 1). OPT.json: {"peakLr", "minLr", "warmupSteps",
"totalSteps", "beta1", "beta2", "eps", "weightDecay", "maxGradNorm"}; the step's learning rate
is peakLr * 1 / warmupSteps (warmup), or the cosine value at step 1 without warmup. Out: loss.npy,
grad_norm.npy, lr.npy (float32 scalars), model.safetensors with the updated parameters (f32) and
config.json; the moments as checkpoint directories exp_avg/ and exp_avg_sq/ (same names).

documents: packed documents, each run through LlamaForCausalLM on its own. TOKENS, TARGETS and
SEGMENTS are int [batch, S]; each maximal run of equal segment ids in a row is one document (positions
0..len-1, causal, eager attention, f32). DIR gets logits.npy (float32 [batch, S, vocab], each token's
logits from its own document's run), loss.npy (the sum over all documents of the cross-entropy of
their targets >= 0, divided by the number of such targets; targets < 0 are ignored) and
model.safetensors with torch autograd's gradient of that loss for every parameter, plus config.json.

batch: {"steps": [{"mode": "make-checkpoint", "out": DIR, "config": CONFIG.json}, {"mode": "logits",
"model": DIR, "tokens": T.npy, "out": L.npy, "nonCausal": false}, ...]} runs the steps in order in one
process, so torch is imported once.

Exit codes: 0 done, 2 bad usage or input, 3 torch/transformers missing or not the pinned versions.
"""
import argparse
import json
import sys
from pathlib import Path

from . import pins
from .pins import INSTALL_HINT

PINS = pins.pinned(["hf"])
TOOL_KEYS = {"seed", "initStd", "normStd", "dtype", "torch_dtype", "maxShardSize"}
DTYPES = {"float32", "bfloat16"}


class UsageError(Exception):
    pass


def versions():
    out = {"python": sys.version.split()[0]}
    for name in PINS:
        try:
            module = __import__(name)
            out[name] = module.__version__
        except ImportError as e:
            out[name] = None
            out[name + "Error"] = str(e)
    return out


def cmd_check(_args):
    found = versions()
    print(json.dumps(found, sort_keys=True))
    bad = {k: found.get(k) for k, v in PINS.items() if found.get(k) != v}
    if bad:
        print(f"hf-reference: need {PINS}, found {bad}; {INSTALL_HINT}", file=sys.stderr)
        return 3
    return 0


def read_json(path):
    try:
        with open(path) as f:
            value = json.load(f)
    except (OSError, ValueError) as e:
        raise UsageError(f"{path}: {e}") from e
    if not isinstance(value, dict):
        raise UsageError(f"{path}: expected a JSON object")
    return value


def initialise(model, seed, init_std, norm_std):
    import torch

    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, param in sorted(model.named_parameters()):  # a tied head appears once
            noise = torch.randn(param.shape, generator=generator, dtype=torch.float32)
            if name.endswith("norm.weight"):
                param.copy_(1.0 + norm_std * noise)
            else:
                param.copy_(init_std * noise)


def quiet_transformers():
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()


def cmd_make_checkpoint(args):
    import torch
    from transformers import AutoModelForCausalLM

    quiet_transformers()
    spec = read_json(args.config)
    dtype = spec.get("dtype", spec.get("torch_dtype", "float32"))
    if dtype not in DTYPES:
        raise UsageError(f"{args.config}: dtype {dtype!r} is not one of {sorted(DTYPES)}")
    seed = int(spec.get("seed", 0))
    config_kwargs = {k: v for k, v in spec.items() if k not in TOOL_KEYS}
    torch.manual_seed(seed)
    config = make_config(args.config, config_kwargs)
    model = AutoModelForCausalLM.from_config(config).to(torch.float32).eval()
    initialise(model, seed, float(spec.get("initStd", 0.05)), float(spec.get("normStd", 0.1)))
    model = model.to(getattr(torch, dtype))
    model.config.dtype = getattr(torch, dtype)
    save_kwargs = {}
    if "maxShardSize" in spec:
        save_kwargs["max_shard_size"] = spec["maxShardSize"]
    out = Path(args.out)
    model.save_pretrained(out, **save_kwargs)
    files = sorted(p.name for p in out.iterdir())
    print(json.dumps({"out": str(out), "dtype": dtype, "seed": seed, "files": files,
                      "parameters": sum(p.numel() for p in model.parameters())}))
    return 0


def make_config(path, config_kwargs):
    from transformers import AutoConfig

    kwargs = dict(config_kwargs)
    model_type = kwargs.pop("model_type", "llama")
    try:
        return AutoConfig.for_model(model_type, **kwargs)
    except Exception as e:  # transformers' strict validation raises several types
        message = " ".join(str(e).split())
        raise UsageError(f"{path}: the {model_type} config class refuses it: {message}") from e


def cmd_rope(args):
    import importlib
    import torch

    quiet_transformers()
    spec = read_json(args.config)
    config = make_config(args.config, {k: v for k, v in spec.items() if k not in TOOL_KEYS})
    module = importlib.import_module(f"transformers.models.{config.model_type}.modeling_{config.model_type}")
    rotary_class = next(getattr(module, n) for n in dir(module) if n.endswith("RotaryEmbedding"))
    rotary = rotary_class(config=config)
    seq_len = int(args.seq_len)
    x = torch.zeros((1, seq_len, 4), dtype=torch.float32)
    rotary(x, torch.arange(seq_len).unsqueeze(0))
    result = {"invFreq": [float(f) for f in rotary.inv_freq], "attentionFactor": float(rotary.attention_scaling)}
    with open(args.out, "w") as f:
        json.dump(result, f)
    return 0


def cmd_logits(args):
    import numpy as np
    import torch
    from transformers import AutoModelForCausalLM

    quiet_transformers()
    tokens = np.load(args.tokens)
    if tokens.ndim != 2 or tokens.dtype not in (np.int32, np.int64):
        raise UsageError(f"{args.tokens}: expected int32 or int64 [batch, S], got {tokens.dtype}{list(tokens.shape)}")
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32, attn_implementation="eager")
    model.eval()
    vocab = model.config.vocab_size
    if tokens.size and (tokens.min() < 0 or tokens.max() >= vocab):
        raise UsageError(f"{args.tokens}: token ids must lie in [0, {vocab}), got [{tokens.min()}, {tokens.max()}]")
    input_ids = torch.from_numpy(tokens.astype(np.int64))
    batch, length = input_ids.shape
    kwargs = {}
    if args.non_causal:
        kwargs["attention_mask"] = torch.zeros((batch, 1, length, length), dtype=torch.float32)
    with torch.no_grad():
        logits = model(input_ids=input_ids, use_cache=False, **kwargs).logits
    result = logits.to(torch.float32).numpy()
    np.save(args.out, result)
    print(json.dumps({"out": str(args.out), "shape": list(result.shape), "causal": not args.non_causal,
                      "maxAbs": float(np.abs(result).max()) if result.size else 0.0}))
    return 0


def cmd_grads(args):
    import numpy as np
    import shutil
    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM

    quiet_transformers()
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32, attn_implementation="eager")
    model.train()
    tokens = torch.from_numpy(np.load(args.tokens).astype(np.int64))
    targets = torch.from_numpy(np.load(args.targets).astype(np.int64))
    if tokens.shape != targets.shape or tokens.ndim != 2:
        raise UsageError(f"tokens {tuple(tokens.shape)} and targets {tuple(targets.shape)} must both be [batch, S]")
    logits = model(input_ids=tokens, use_cache=False).logits
    loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]).float(), targets.reshape(-1))
    loss.backward()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    grads = {name: p.grad.detach().float().contiguous() for name, p in model.named_parameters()}
    save_file(grads, str(out / "model.safetensors"))
    shutil.copy(Path(args.model) / "config.json", out / "config.json")
    np.save(out / "loss.npy", np.asarray(loss.item(), dtype=np.float32))


def cmd_train_step(args):
    import math
    import numpy as np
    import shutil
    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM

    quiet_transformers()
    opt = read_json(args.optimizer)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32, attn_implementation="eager")
    model.train()
    tokens = torch.from_numpy(np.load(args.tokens).astype(np.int64))
    targets = torch.from_numpy(np.load(args.targets).astype(np.int64))
    logits = model(input_ids=tokens, use_cache=False).logits
    loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]).float(), targets.reshape(-1))
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), float(opt["maxGradNorm"]))
    t, warmup, total = 1, int(opt["warmupSteps"]), int(opt["totalSteps"])
    peak, low = float(opt["peakLr"]), float(opt["minLr"])
    if t < warmup:
        lr = peak * t / max(1, warmup)
    else:
        progress = min(1.0, (t - warmup) / (total - warmup))
        lr = low + (peak - low) * (1 + math.cos(math.pi * progress)) / 2
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, betas=(float(opt["beta1"]), float(opt["beta2"])),
                                  eps=float(opt["eps"]), weight_decay=float(opt["weightDecay"]))
    optimizer.step()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    names = {p: name for name, p in model.named_parameters()}
    save_file({n: p.detach().float().contiguous() for p, n in names.items()}, str(out / "model.safetensors"))
    shutil.copy(Path(args.model) / "config.json", out / "config.json")
    for key in ("exp_avg", "exp_avg_sq"):   # each a checkpoint directory of its own
        (out / key).mkdir(exist_ok=True)
        save_file({n: optimizer.state[p][key].float().contiguous() for p, n in names.items()},
                  str(out / key / "model.safetensors"))
        shutil.copy(Path(args.model) / "config.json", out / key / "config.json")
    for name, value in (("loss", loss.item()), ("grad_norm", float(norm)), ("lr", lr)):
        np.save(out / f"{name}.npy", np.asarray(value, dtype=np.float32))


def documents_of(segments_row):
    """(start, end) of each maximal run of equal segment ids in one row."""
    bounds, start = [], 0
    for i in range(1, len(segments_row) + 1):
        if i == len(segments_row) or segments_row[i] != segments_row[start]:
            bounds.append((start, i))
            start = i
    return bounds


def cmd_documents(args):
    import numpy as np
    import shutil
    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM

    quiet_transformers()
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32, attn_implementation="eager")
    model.train()
    tokens = np.load(args.tokens).astype(np.int64)
    targets = np.load(args.targets).astype(np.int64)
    segments = np.load(args.segments).astype(np.int64)
    if not (tokens.shape == targets.shape == segments.shape) or tokens.ndim != 2:
        raise UsageError(f"tokens {tokens.shape}, targets {targets.shape} and segments {segments.shape} "
                         "must all be [batch, S]")
    vocab = model.config.vocab_size
    logits_out = np.zeros(tokens.shape + (vocab,), dtype=np.float32)
    total = None
    counted = int((targets >= 0).sum())
    for row in range(tokens.shape[0]):
        for start, end in documents_of(segments[row]):
            ids = torch.from_numpy(tokens[row:row + 1, start:end])
            logits = model(input_ids=ids, use_cache=False).logits[0].float()
            logits_out[row, start:end] = logits.detach().numpy()
            loss = torch.nn.functional.cross_entropy(logits, torch.from_numpy(targets[row, start:end]),
                                                     ignore_index=-1, reduction="sum")
            total = loss if total is None else total + loss
    loss = total / max(counted, 1)
    loss.backward()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "logits.npy", logits_out)
    grads = {name: p.grad.detach().float().contiguous() for name, p in model.named_parameters()}
    save_file(grads, str(out / "model.safetensors"))
    shutil.copy(Path(args.model) / "config.json", out / "config.json")
    np.save(out / "loss.npy", np.asarray(loss.item(), dtype=np.float32))


def cmd_generate(args):
    """Greedy generation of each prompt alone: ids, each step's top-2 logit margin, and a full forward's
    logits over prompt + generated tokens (row t + len - 1 predicts generated token t)."""
    import numpy as np
    import torch
    from transformers import AutoModelForCausalLM

    quiet_transformers()
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32, attn_implementation="eager")
    model.eval()
    model.generation_config.eos_token_id = None  # never stop early: exactly new_tokens tokens
    model.generation_config.pad_token_id = 0
    results = []
    for i, prompt in enumerate(args.prompts):
        input_ids = torch.tensor([prompt], dtype=torch.int64)
        with torch.no_grad():
            out = model.generate(input_ids, do_sample=False, max_new_tokens=int(args.new_tokens),
                                 min_new_tokens=int(args.new_tokens), output_logits=True,
                                 return_dict_in_generate=True, attention_mask=torch.ones_like(input_ids))
            sequence = out.sequences[0]
            full = model(input_ids=sequence[None], use_cache=False).logits[0].to(torch.float32).numpy()
        margins = []
        for step_logits in out.logits:
            top2 = torch.topk(step_logits[0].to(torch.float32), 2).values
            margins.append(float(top2[0] - top2[1]))
        np.save(f"{args.out}.{i}.npy", full)
        results.append({"generated": [int(t) for t in sequence[len(prompt):]], "margins": margins})
    with open(args.out, "w") as f:
        json.dump({"results": results}, f)
    return 0


def cmd_batch(args):
    """Runs several make-checkpoint / logits steps in one process (torch imports once)."""
    import types
    request = read_json(args.request)
    steps = request.get("steps") if isinstance(request, dict) else None
    if not isinstance(steps, list):
        raise UsageError(f"{args.request}: expected {{\"steps\": [...]}}")
    runners = {"make-checkpoint": cmd_make_checkpoint, "logits": cmd_logits, "grads": cmd_grads,
               "train-step": cmd_train_step, "documents": cmd_documents, "rope": cmd_rope,
               "generate": cmd_generate}
    for i, step in enumerate(steps):
        mode = step.get("mode") if isinstance(step, dict) else None
        if mode not in runners:
            raise UsageError(f"{args.request}: step {i} has mode {mode!r}; known: {sorted(runners)}")
        fields = {k.replace("-", "_"): v for k, v in step.items() if k != "mode"}
        fields.setdefault("non_causal", fields.pop("nonCausal", False))
        runners[mode](types.SimpleNamespace(**fields))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m torus_harness.hf_reference", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("check")
    make = sub.add_parser("make-checkpoint")
    make.add_argument("--out", required=True)
    make.add_argument("--config", required=True)
    logits = sub.add_parser("logits")
    logits.add_argument("--model", required=True)
    logits.add_argument("--tokens", required=True)
    logits.add_argument("--out", required=True)
    logits.add_argument("--non-causal", action="store_true")
    grads = sub.add_parser("grads")
    for flag in ("--model", "--tokens", "--targets", "--out"):
        grads.add_argument(flag, required=True)
    step = sub.add_parser("train-step")
    for flag in ("--model", "--tokens", "--targets", "--optimizer", "--out"):
        step.add_argument(flag, required=True)
    documents = sub.add_parser("documents")
    for flag in ("--model", "--tokens", "--targets", "--segments", "--out"):
        documents.add_argument(flag, required=True)
    rope = sub.add_parser("rope")
    for flag in ("--config", "--seq-len", "--out"):
        rope.add_argument(flag, required=True)
    batch = sub.add_parser("batch", help="several steps in one process: {\"steps\": [{\"mode\": ..., ...}]}")
    batch.add_argument("--request", required=True)
    args = parser.parse_args(argv)
    if args.mode == "check":
        return cmd_check(args)
    found = versions()
    if any(found.get(k) != v for k, v in PINS.items()):
        return cmd_check(args)
    try:
        return {"make-checkpoint": cmd_make_checkpoint, "logits": cmd_logits, "grads": cmd_grads,
                "train-step": cmd_train_step, "documents": cmd_documents, "rope": cmd_rope,
                "batch": cmd_batch}[args.mode](args)
    except UsageError as e:
        print(f"hf-reference: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
