#!/usr/bin/env bash
# Decode benchmark (issue 18): greedy generation of NEW tokens on the CPU, f32, Torus's generate
# artifact through GenerationFeeds (the TF Java engine on one device, the JAX engine on one CPU device,
# and the JAX engine with an artifact compiled --cpu-decode-kernel) vs Hugging Face transformers model.generate(do_sample=False) in torch with its default
# (dynamic) cache and with cache_implementation="static", equal thread counts, for every (batch,
# prompt) cell. Decode tokens/s are timed after the first token; prefill time and token agreement too.
#   bash bench/generate_cpu.sh [REPS] [MODEL] [PROMPTS]
#   REPS: timed generations per side and cell after one warm-up (default 5); MODEL: m100 (default;
#   width 768, 12 layers, 12 heads, FFN 2048, vocabulary 8000, 97M parameters) or tiny (width 64,
#   2 layers, vocabulary 256); PROMPTS: comma-separated prompt lengths (default 2048,8192; tiny: 128).
#   BENCH_BATCHES (default "1,8"), BENCH_NEW (default 128), BENCH_BLOCK (the artifact's query and
#   key/value block, default 128), BENCH_SIDES (default "tf,jax,jax-kernel,hf-dynamic,hf-static").
# Each side runs in its own process, one after another (the largest cell's caches do not fit twice).
# Outputs: bench/target/generate-MODEL/ (cell-B-P/*.json, report.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-5}"
model="${2:-m100}"
case "$model" in
  m100) dims=(8000 768 12 12 2048); prompts="${3:-2048,8192}" ;;
  tiny) dims=(256 64 2 4 172); prompts="${3:-128}" ;;
  *) echo "generate_cpu.sh: MODEL is m100 or tiny, got $model" >&2; exit 2 ;;
esac
batches="${BENCH_BATCHES:-1,8}"
new="${BENCH_NEW:-128}"
block="${BENCH_BLOCK:-128}"
sides="${BENCH_SIDES:-tf,jax,jax-kernel,hf-dynamic,hf-static}"
out="$root/bench/target/generate-$model"
py="$root/.venv/bin/python"
"$root/torus" help >/dev/null   # builds the jars on first use
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
cp="$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")"
rm -rf "$out" && mkdir -p "$out"
longest=$(tr ',' '\n' <<<"$prompts" | sort -n | tail -n 1)
"$py" "$root/bench/generate_cpu.py" model "$out/model" "${dims[@]}" $((longest + new + block))
"$py" "$root/bench/generate_cpu.py" gemm "$out/gemm-start.json"
for p in ${prompts//,/ }; do
  blk=$(( p < block ? p : block ))   # a block no longer than the prompt
  maxlen=$(( (p + new + blk - 1) / blk * blk ))
  for b in ${batches//,/ }; do
    cell="$out/cell-$b-$p"
    mkdir -p "$cell"
    "$py" "$root/bench/generate_cpu.py" prompts "$cell/prompts.npy" "$b" "$p" "${dims[0]}"
    if [[ ",$sides," == *,tf,* || ",$sides," == *,jax,* ]]; then
      "$root/torus" compile --model "$out/model" --task generate --batch "$b" --prompt-len "$p" --max-len "$maxlen" \
          --block-q "$blk" --block-kv "$blk" --out "$cell/artifact" >"$cell/compile.log"
    fi
    if [[ ",$sides," == *,jax-kernel,* ]]; then
      "$root/torus" compile --model "$out/model" --task generate --batch "$b" --prompt-len "$p" --max-len "$maxlen" \
          --block-q "$blk" --block-kv "$blk" --cpu-decode-kernel --out "$cell/artifact-kernel" >>"$cell/compile.log"
    fi
    for side in ${sides//,/ }; do
      case "$side" in
        tf|jax) "$java" -cp "$cp" dev.torus.cli.bench.GenerateBench "$side" "$cell/artifact" "$out/model" \
                    "$cell/prompts.npy" "$new" "$reps" "$cell/$side.json" ;;
        jax-kernel) "$java" -cp "$cp" dev.torus.cli.bench.GenerateBench "$side" "$cell/artifact-kernel" "$out/model" \
                    "$cell/prompts.npy" "$new" "$reps" "$cell/$side.json" ;;
        hf-dynamic|hf-static) "$py" "$root/bench/generate_cpu.py" hf "$out/model" "$cell/prompts.npy" "$new" "$reps" \
                    "${side#hf-}" "$cell/$side.json" ;;
        *) echo "generate_cpu.sh: BENCH_SIDES takes tf, jax, jax-kernel, hf-dynamic, hf-static; got $side" >&2; exit 2 ;;
      esac
    done
    rm -rf "$cell/artifact" "$cell/artifact-kernel"
  done
done
"$py" "$root/bench/generate_cpu.py" gemm "$out/gemm-end.json"
"$py" "$root/bench/generate_cpu.py" report "$out" | tee "$out/report.md"
