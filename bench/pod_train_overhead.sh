#!/usr/bin/env bash
# Host overhead of `torus pod-train` (issue 15): its steady-state step time against the bare compiled
# step run back to back on the same engine, for a ~100M LLaMA (width 768, 12 layers, vocabulary 8000)
# at S = 512 on 8 virtual CPU devices (ring 4 x dp 2, FSDP 4). The two sides take turns, twice each.
#   bash bench/pod_train_overhead.sh [STEPS]     (STEPS timed per run after 5 warm-up steps; default 20)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
steps="${1:-20}"
out="$root/bench/target/pod-train-overhead"
py="$root/.venv/bin/python"
bench="$root/bench/pod_train_overhead.py"
shape=(--seq 512 --batch 2 --ring 4 --dp 2 --fsdp 4)
rm -rf "$out" && mkdir -p "$out"
"$py" "$bench" model "$out/m100" 8000 768 12 12 2048
"$py" "$bench" tokens "$out/tokens.bin" 4000000 8000
"$root/torus" compile --model "$out/m100" "${shape[@]}" --block-q 128 --block-kv 128 --chunk 128 --task train --out "$out/artifact" >/dev/null
for round in 1 2; do
  "$root/torus" pod-train --model "$out/m100" "${shape[@]}" --block 128 --data "$out/tokens.bin" --steps $((steps + 5)) \
      --out "$out/run$round" >"$out/run$round.log"
  "$py" "$bench" bare "$out/artifact" "$steps" "$out/bare$round.json"
done
"$py" "$bench" report "$out"
