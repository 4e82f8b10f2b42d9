#!/usr/bin/env bash
# Benchmark 12 (issue 17): sliding windows on the ring, TPU cost model (libtpu, deviceless, v5litepod-8).
# Item 1: Mistral-7B shapes, 4K window, S = 64K on a ring of 8, bf16, forward: windowed contiguous vs
# the same model full causal striped (attention time, busiest device). Item 2: Torus's compile time of
# each preset at S = 32K, N = 8 vs LLaMA-2-7B's, libtpu's beside it. Every TPU figure is a compiler estimate.
#   [BENCH_ITEM=1|2] bash bench/window_tpu.sh [PRESET ...]   default presets: the issue's (names not on this build are listed as missing)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
presets=("$@")
[ "${#presets[@]}" -gt 0 ] || presets=(llama2-7b llama3-8b llama3.2-1b mistral-7b qwen2.5-7b qwen3-8b gemma2-9b gemma3-4b phi3-mini)
"$root/torus" help >/dev/null   # builds the jars on first use
out="$root/bench/target/window"
mkdir -p "$out"
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
"$java" -cp "$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")" \
  dev.torus.cli.bench.WindowBenchPrograms "$out" "${presets[@]}"
cd "$root/bench"
PYTHONPATH="$root/harness/python${PYTHONPATH:+:$PYTHONPATH}" "$root/.venv/bin/python" "$root/bench/window_tpu.py" "$out" ${BENCH_ITEM:-} 2> "$out/v5litepod-8.log"
