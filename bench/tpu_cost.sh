#!/usr/bin/env bash
# Benchmark 3 (issue 5): the TPU cost model (libtpu, deviceless) on Torus's and JAX's bf16 attention,
# one device (blockwise) and a ring of 8, for v5litepod-8 and v4-8. Every figure is a compiler estimate.
#   bash bench/tpu_cost.sh [L ...]      default: 8192 32768 (tokens per device)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
locals=("$@"); [ "${#locals[@]}" -gt 0 ] || locals=(8192 32768)
"$root/torus" help >/dev/null   # builds the jars on first use
out="$root/bench/target/tpu"
mkdir -p "$out"
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
programs=(bf16)
for l in "${locals[@]}"; do programs+=("$l" "ring:8:$l:contiguous" "ring:8:$l:striped"); done
"$java" -cp "$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")" \
  dev.torus.cli.bench.AttentionBenchPrograms "$out" 8 128 512 512 "${programs[@]}"
for topology in v5litepod-8 v4-8; do   # one process each: the topology is fixed when libtpu starts
  "$root/.venv/bin/python" "$root/bench/tpu_cost.py" "$out" "$topology" "${locals[@]}" 2> "$out/$topology.log"
done
