"""Torus's Python harness, run by the Java side as `python -m torus_harness.<module>`.

harness          real XLA through jax: run, compile for a TPU topology, cost, NumPy references
engine           the JAX engine: a long-lived process per host that keeps a program's state on the devices
multihost        the multi-process (multi-host) parts of harness's run mode
programs         the request contract and the NumPy side of a program (inputs in, outputs out)
numpy_reference  independent float64 NumPy references of per-device programs
numpy_llama      the LLaMA layers those references share
hf_reference     tiny LLaMA checkpoints made by Hugging Face transformers, and their logits
sampling_reference  transformers' logits processors (penalty, temperature, top-k, top-p) on given logits
saved_model      loads a SavedModel of `torus export` with Python TensorFlow (in .venv-tf)
pins             the versions pyproject.toml pins per extra, and what this Python has
"""
