#!/usr/bin/env bash
# Generate on a TPU pod slice, compiler figures only (issue 18): for each cache length, LLaMA-2-7B's
# (bf16) prefill and decode programs on a ring of 8 compiled deviceless by libtpu for v4-8
# (torus tpu-check), the largest KV cache that fits, and the decode step's estimated time at a full
# cache (bench/generate_tpu.py: trip-count-scaled cost model; the memory-bound floor beside it).
#   bash bench/generate_tpu.sh [MODEL [BATCH [M ...]]]   (default llama2-7b 1 8192 16384 32768 65536)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-llama2-7b}"; batch="${2:-1}"; shift $(( $# > 2 ? 2 : $# ))
lengths=("$@"); [ "${#lengths[@]}" -gt 0 ] || lengths=(8192 16384 32768 65536)
topology=v4-8; ring=8; block=256
out="$root/bench/target/generate-tpu-$model-b$batch"
rm -rf "$out" && mkdir -p "$out"
for m in "${lengths[@]}"; do
  mkdir -p "$out/$m"
  # Prompts of up to half the cache; blocks of 256 (a device's prompt slice is at least one block).
  "$root/torus" compile --model "$model" --task generate --ring "$ring" --batch "$batch" --prompt-len $((m / 2)) \
      --max-len "$m" --block-q "$block" --block-kv "$block" --chunk "$block" --out "$out/$m/artifact" > "$out/$m/compile.log"
  start=$(date +%s)
  "$root/torus" tpu-check "$out/$m/artifact" --topology "$topology" --json > "$out/$m/checked.json" 2> "$out/$m/tpu-check.log" \
      || [ $? -eq 3 ]   # 3: does not fit, a result
  echo "max-len $m: libtpu compiles took $(( $(date +%s) - start )) s" >&2
done
cd "$root/bench" && "$root/.venv/bin/python" "$root/bench/generate_tpu.py" "$out" "$topology" | tee "$out/report.md"
