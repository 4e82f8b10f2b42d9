"""transformers' own logits processors, for Torus's sampling parity test.

Usage: python -m torus_harness.sampling_reference --request REQUEST.json --out OUT.json

REQUEST.json is {"cases": [CASE, ...]}; each CASE is
  {"logits": [[float, ...], ...], "seen": [[id, ...], ...], "temperature": T, "topK": K, "topP": P,
   "repetitionPenalty": R}
a batch of f32 logits rows and, per row, the ids the sequence has seen (prompt and output). The processors
are the ones `generate` builds for these values, in its order: RepetitionPenaltyLogitsProcessor (R != 1),
then when sampling (T > 0) TemperatureLogitsWarper (T != 1), TopKLogitsWarper (K > 0) and
TopPLogitsWarper (P < 1), min_tokens_to_keep 1. OUT.json is the list, per case, of
{"scores": rows of processed logits (null for -inf), "probabilities": rows of softmax(scores) (f64)}.

Exit codes: 0 done, 2 bad usage or input, 3 torch/transformers missing.
"""
import argparse
import json
import sys
from pathlib import Path


def processors(case):
    from transformers.generation.logits_process import (LogitsProcessorList, RepetitionPenaltyLogitsProcessor,
                                                        TemperatureLogitsWarper, TopKLogitsWarper, TopPLogitsWarper)

    out = LogitsProcessorList()
    if float(case["repetitionPenalty"]) != 1.0:
        out.append(RepetitionPenaltyLogitsProcessor(penalty=float(case["repetitionPenalty"])))
    if float(case["temperature"]) > 0:
        if float(case["temperature"]) != 1.0:
            out.append(TemperatureLogitsWarper(float(case["temperature"])))
        if int(case["topK"]) != 0:
            out.append(TopKLogitsWarper(top_k=int(case["topK"]), min_tokens_to_keep=1))
        if float(case["topP"]) < 1.0:
            out.append(TopPLogitsWarper(top_p=float(case["topP"]), min_tokens_to_keep=1))
    return out


def run(case):
    import torch

    scores = torch.tensor(case["logits"], dtype=torch.float32)
    rows = []
    for r in range(scores.shape[0]):
        seen = torch.tensor([case["seen"][r]], dtype=torch.long)
        rows.append(processors(case)(seen, scores[r:r + 1].clone())[0])
    processed = torch.stack(rows)
    probabilities = torch.softmax(processed.double(), dim=-1)
    return {"scores": [[None if v == float("-inf") else v for v in row] for row in processed.tolist()],
            "probabilities": probabilities.tolist()}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m torus_harness.sampling_reference",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--request", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as e:
        print(f"sampling-reference: {e}", file=sys.stderr)
        return 3
    try:
        cases = json.loads(Path(args.request).read_text(encoding="utf-8"))["cases"]
        Path(args.out).write_text(json.dumps([run(c) for c in cases]), encoding="utf-8")
        return 0
    except (KeyError, OSError, ValueError) as e:
        print(f"sampling-reference: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
