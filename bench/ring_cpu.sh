#!/usr/bin/env bash
# Benchmark 2 (issue 5): causal ring attention on N virtual CPU devices, Torus vs a JAX shard_map ring.
#   bash bench/ring_cpu.sh [N:L ...]      default: 4:2048 4:4096 8:2048 8:4096 (N devices, L tokens each)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
configs=("$@"); [ "${#configs[@]}" -gt 0 ] || configs=(4:2048 4:4096 8:2048 8:4096)
"$root/torus" help >/dev/null   # builds the jars on first use
out="$root/bench/target/ring"
mkdir -p "$out"
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
programs=()
for c in "${configs[@]}"; do programs+=("ring:${c%%:*}:${c##*:}:contiguous"); done
"$java" -cp "$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")" \
  dev.torus.cli.bench.AttentionBenchPrograms "$out" 8 128 512 512 "${programs[@]}"
exec "$root/.venv/bin/python" "$root/bench/ring_cpu.py" "$out" "${configs[@]}"
