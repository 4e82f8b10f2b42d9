"""The Hugging Face side of benchmark 4: load a LLaMA checkpoint with transformers (torch, CPU) the
way a user would (default attention implementation, float32) and write the logits of the tokens.

Usage: python bench/hf_forward.py MODEL_DIR TOKENS.npy OUT.npy
"""
import sys

import numpy as np
import torch
from transformers import LlamaForCausalLM


def main(model_dir, tokens_file, out_file):
    model = LlamaForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    ids = torch.from_numpy(np.load(tokens_file).astype(np.int64))
    with torch.no_grad():
        logits = model(input_ids=ids, use_cache=False).logits
    np.save(out_file, logits.numpy())


if __name__ == "__main__":
    main(*sys.argv[1:4])
