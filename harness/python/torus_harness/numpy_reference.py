"""Independent NumPy references for per-device SPMD programs (mode reference of harness.py).

Every function takes `per_device_inputs`, a list over the N devices of that device's input arrays
(parameter order, already split as the request's shardedDim says; floats as float64), plus the
request's reference "args" as keywords, and returns a list over devices of that device's outputs
(result order). Semantics are stated per device d. NumPy only: no jax import.

FUNCTIONS maps the name a request gives in "reference": {"fn": ...} to the function.
"""
import numpy as np

from .numpy_llama import attention_layer, feedforward_layer, gated_scale_layer, llama_forward


def unpack(per_device_inputs, fn, names):
    """The per-device input lists, after checking each device has len(names) inputs."""
    if not per_device_inputs:
        raise ValueError(f"{fn} needs at least one device")
    for d, inputs in enumerate(per_device_inputs):
        if len(inputs) != len(names):
            raise ValueError(f"{fn} takes {len(names)} inputs per device ({', '.join(names)}), "
                             f"device {d} has {len(inputs)}")
    return per_device_inputs


def sigmoid(z):
    """1 / (1 + exp(-z)), without overflow for large |z|."""
    return np.exp(-np.logaddexp(0.0, -z))


def mlp_swiglu(per_device_inputs):
    """out = (silu(x @ w_gate) * (x @ w_up)) @ w_down with silu(z) = z * sigmoid(z); on every
    device independently."""
    outs = []
    for x, w_gate, w_up, w_down in unpack(per_device_inputs, "mlp_swiglu",
                                          ("x", "w_gate", "w_up", "w_down")):
        gate = x @ w_gate
        outs.append([(gate * sigmoid(gate) * (x @ w_up)) @ w_down])
    return outs


def softmax_stable(per_device_inputs):
    """Softmax along the last axis, exp(x - max) / sum(exp(x - max)); on every device."""
    outs = []
    for (x,) in unpack(per_device_inputs, "softmax_stable", ("x",)):
        e = np.exp(x - np.max(x, axis=-1, keepdims=True))
        outs.append([e / np.sum(e, axis=-1, keepdims=True)])
    return outs


def causal_attention(per_device_inputs):
    """Dense causal attention softmax(q k^T, keys after the query masked) v per head: q [B, H, G, S, D]
    (already scaled), k and v [B, H, S, D], out [B, H, G, S, D]; on every device."""
    outs = []
    for q, k, v in unpack(per_device_inputs, "causal_attention", ("q", "k", "v")):
        s = np.einsum("bhgqd,bhkd->bhgqk", q, k)
        n = s.shape[-1]
        s = np.where(np.tril(np.ones((n, n), dtype=bool)), s, -np.inf)
        e = np.exp(s - np.max(s, axis=-1, keepdims=True))
        outs.append([np.einsum("bhgqk,bhkd->bhgqd", e / np.sum(e, axis=-1, keepdims=True), v)])
    return outs


def cross_entropy(per_device_inputs):
    """Mean next-token cross-entropy of logits z = hidden @ weight.T over the T tokens, and its
    gradients: outputs loss (scalar), d loss / d hidden [T, W], d loss / d weight [V, W]; per device."""
    outs = []
    for hidden, weight, targets in unpack(per_device_inputs, "cross_entropy", ("hidden", "weight", "targets")):
        t = targets.astype(np.int64)
        z = hidden @ weight.T
        z_max = z.max(axis=1, keepdims=True)
        lse = (z_max + np.log(np.exp(z - z_max).sum(axis=1, keepdims=True)))[:, 0]
        n = z.shape[0]
        loss = np.mean(lse - z[np.arange(n), t])
        dz = np.exp(z - lse[:, None])
        dz[np.arange(n), t] -= 1.0
        dz /= n
        outs.append([np.asarray(loss), dz @ weight, dz.T @ hidden])
    return outs


def while_accumulate(per_device_inputs, steps):
    """sum over i < steps of (i + 1) * x (= steps * (steps + 1) / 2 * x); zeros for steps 0."""
    check_steps("while_accumulate", steps)
    outs = []
    for (x,) in unpack(per_device_inputs, "while_accumulate", ("x",)):
        acc = np.zeros_like(x)
        for i in range(steps):
            acc = acc + (i + 1) * x
        outs.append([acc])
    return outs


def permute_loop(per_device_inputs, steps, pairs):
    """`steps` rounds of a collective permute with `pairs` ([source, target] device indices).

    Device d starts with held = its block and received_sum = zeros. Each round, the target t of
    a pair (s, t) gets s's held block, and a device that is no target gets zeros; then
    received_sum += the new held. Outputs per device: (held, received_sum). Sources must be
    unique, and so must targets, all in [0, N).
    """
    check_steps("permute_loop", steps)
    held = [inputs[0] for inputs in unpack(per_device_inputs, "permute_loop", ("block",))]
    n = len(held)
    check_pairs(pairs, n)
    received = [np.zeros_like(h) for h in held]
    for _ in range(steps):
        new = [np.zeros_like(h) for h in held]
        for s, t in pairs:
            new[t] = held[s]
        held = new
        received = [r + h for r, h in zip(received, held)]
    return [[held[d], received[d]] for d in range(n)]


def collective_round_trip(per_device_inputs):
    """all-reduce, reduce-scatter and all-gather of x (sums across all N devices).

    total = sum over devices of x, on every device; piece on device d = part d of total split
    into N equal parts along axis 0; gathered = all pieces concatenated along axis 0 (= total).
    Outputs per device: (total, piece, gathered). Axis 0 must divide by N.
    """
    xs = [inputs[0] for inputs in unpack(per_device_inputs, "collective_round_trip", ("x",))]
    n = len(xs)
    total = np.sum(np.stack(xs), axis=0)
    if total.ndim == 0 or total.shape[0] % n:
        raise ValueError(f"collective_round_trip: axis 0 of x{list(total.shape)} must divide "
                         f"by {n} devices")
    pieces = np.split(total, n, axis=0)
    gathered = np.concatenate(pieces, axis=0)
    return [[total, pieces[d], gathered] for d in range(n)]


def check_steps(fn, steps):
    if not isinstance(steps, int) or isinstance(steps, bool) or steps < 0:
        raise ValueError(f"{fn}: steps must be an int >= 0, got {steps!r}")


def check_pairs(pairs, n):
    """Pairs must be [source, target] ints in [0, n); sources and targets must be unique."""
    if not isinstance(pairs, list) or any(
            not isinstance(p, list) or len(p) != 2
            or any(not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < n for i in p)
            for p in pairs):
        raise ValueError(f"pairs must be a list of [source, target] device indices in [0, {n}), "
                         f"got {pairs!r}")
    for k, what in ((0, "sources"), (1, "targets")):
        ends = [p[k] for p in pairs]
        if len(set(ends)) != len(ends):
            raise ValueError(f"{what} must be unique, got pairs {pairs!r}")


FUNCTIONS = {f.__name__: f for f in (
    cross_entropy, causal_attention,
    mlp_swiglu, softmax_stable, while_accumulate, permute_loop, collective_round_trip, llama_forward,
    attention_layer, feedforward_layer, gated_scale_layer)}
