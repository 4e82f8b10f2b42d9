#!/usr/bin/env bash
# Benchmark 16 (issue 20): the per-unit roofline of Torus's attention (bench/tpu_cost.sh's programs) on
# v4/v5e/v6e, the calibration of the TPU vector and transcendental peaks on libtpu's cost model, and the
# check of the roofline's binding unit against the cost model's per-fusion cycles. Compiler estimates only.
#   bash bench/roofline_tpu.sh [L ...]      default: 8192 32768 (tokens per device)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
locals=("$@"); [ "${#locals[@]}" -gt 0 ] || locals=(8192 32768)
"$root/torus" help >/dev/null   # builds the jars on first use
out="$root/bench/target/roofline"
mkdir -p "$out"
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
cp="$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")"
"$java" -cp "$cp" dev.torus.cli.bench.RooflineTable tpu-v4,tpu-v5e,tpu-v6e "${locals[@]}"
"$java" -cp "$cp" dev.torus.cli.bench.AttentionBenchPrograms "$out" 8 128 512 512 bf16 8192
for topology in v4-8 v5litepod-8 v6e-8 v5p-8; do   # one process each: the topology is fixed when libtpu starts
  PYTHONPATH="$root/harness/python" "$root/.venv/bin/python" "$root/bench/roofline_tpu.py" "$topology" \
    "$out/torus_attention_s8192_bf16.hlo" > "$out/$topology.json" 2> "$out/$topology.log"
  echo "$topology: $out/$topology.json"
done
