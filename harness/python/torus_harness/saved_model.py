"""Loads a SavedModel written by `torus export` with Python TensorFlow and runs its signature.

Usage (python -m torus_harness.saved_model MODE ...):
  check                          exit 0 when tensorflow-cpu imports at the version of pyproject.toml's
                                 tf extra, else 1
  run SAVED TOKENS.npy OUT.npy   tf.saved_model.load(SAVED).signatures["serving_default"] on the int32
                                 tokens; writes the logits to OUT.npy and prints one JSON line
                                 (signature, shapes, platforms)

This is what a TensorFlow or TF Serving host does with the export: TensorFlow's own loader and
signature call, nothing of Torus's runtime (only the pin below comes from this package).
"""
import json
import os
import sys

from . import pins
from .pins import INSTALL_HINT

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

PINNED = pins.pinned(["tf"])["tensorflow-cpu"]


def main(argv):
    import numpy as np
    import tensorflow as tf

    if argv[:1] == ["check"]:
        if tf.__version__ != PINNED:
            print(f"tensorflow {tf.__version__}, expected {PINNED}; {INSTALL_HINT}", file=sys.stderr)
            return 1
        print(f"tensorflow {tf.__version__}")
        return 0
    if len(argv) != 4 or argv[0] != "run":
        print(__doc__, file=sys.stderr)
        return 2
    saved, tokens_file, out_file = argv[1:]
    model = tf.saved_model.load(saved)
    serving = model.signatures["serving_default"]
    tokens = np.load(tokens_file).astype(np.int32)
    logits = serving(tokens=tf.constant(tokens))["logits"].numpy()
    np.save(out_file, logits)
    calls = [n for n in serving.graph.as_graph_def().node if n.op == "XlaCallModule"]
    for f in serving.graph.as_graph_def().library.function:
        calls += [n for n in f.node_def if n.op == "XlaCallModule"]
    platforms = sorted({p.decode() for n in calls for p in n.attr["platforms"].list.s})
    print(json.dumps({"tensorflow": tf.__version__, "tokens": list(tokens.shape), "logits": list(logits.shape),
                      "dtype": str(logits.dtype), "xla_call_module_platforms": platforms}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
