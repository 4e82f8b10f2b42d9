#!/usr/bin/env bash
# pod-train in its loop on 8 virtual CPU devices (issue 15), three sides taking turns, twice each:
#   1. `torus pod-train` as a user runs it (its own step times, metrics.jsonl);
#   2. the same compiled step back to back on the same JAX engine, everything resident (host overhead);
#   3. the JAX/optax loop a JAX user would write instead (bench/pod_train_peer.py).
# One ring 4 x dp 2 mesh, contiguous layout, FSDP 4 over the ring on every side (weights and AdamW moments
# in 4 shards; the peer shards its parameters and optax state the same way), S = 512.
#   bash bench/pod_train_cpu.sh [STEPS] [MODEL]
#   STEPS: steps timed per run after 5 warm-up steps (default 20); MODEL: m100 (default; width 768,
#   12 layers, vocabulary 8000, 97M parameters) or tiny (width 64, 2 layers, vocabulary 256).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
steps="${1:-20}"
model="${2:-m100}"
out="$root/bench/target/pod-train-$model"
py="$root/.venv/bin/python"
"$py" -c "import optax" 2>/dev/null || "$py" -m pip install --disable-pip-version-check --retries 0 --timeout 3 -q \
    --no-build-isolation -e "$root/harness/python[xla,hf,bench]"
case "$model" in
  m100) dims=(8000 768 12 12 2048) ;;
  tiny) dims=(256 64 2 4 172) ;;
  *) echo "pod_train_cpu.sh: MODEL is m100 or tiny, got $model" >&2; exit 2 ;;
esac
shape=(--seq 512 --batch 2 --ring 4 --dp 2 --fsdp 4)
optimizer=(--lr 3e-4 --min-lr 3e-5 --warmup 5 --decay-steps 100 --weight-decay 0.1 --clip 1.0)
rm -rf "$out" && mkdir -p "$out"
"$py" "$root/bench/pod_train_overhead.py" model "$out/model" "${dims[@]}"
"$py" "$root/bench/pod_train_overhead.py" tokens "$out/tokens.bin" 4000000 "${dims[0]}"
"$root/torus" compile --model "$out/model" "${shape[@]}" --block-q 128 --block-kv 128 --chunk 128 --task train \
    --out "$out/artifact" >/dev/null
for round in 1 2; do
  "$root/torus" pod-train --model "$out/model" "${shape[@]}" --block 128 --layout contiguous "${optimizer[@]}" \
      --data "$out/tokens.bin" --steps $((steps + 5)) --out "$out/run$round" >"$out/run$round.log"
  "$py" "$root/bench/pod_train_overhead.py" bare "$out/artifact" "$steps" "$out/bare$round.json"
  "$py" "$root/bench/pod_train_peer.py" "$out/model" "$out/tokens.bin" "$steps" "$out/peer$round.json" \
      "${shape[@]}" --block 128 "${optimizer[@]}"
done
"$py" "$root/bench/pod_train_overhead.py" report "$out"
