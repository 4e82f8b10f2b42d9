#!/usr/bin/env bash
# Benchmark 1 (issue 5): single-device causal attention on XLA CPU, Torus vs JAX dense and blockwise.
#   bash bench/attention_cpu.sh [BLOCK] [S ...]      default: blocks of 512, S = 2048 4096 8192 16384
# Needs the harness venv (bash harness/python/setup.sh). Prints JSON lines and a markdown table.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
block="${1:-512}"; shift || true
seqs=("$@"); [ "${#seqs[@]}" -gt 0 ] || seqs=(2048 4096 8192 16384)
"$root/torus" help >/dev/null   # builds the jars on first use
out="$root/bench/target/attention_b$block"
mkdir -p "$out"
cp_file="$root/cli/target/classpath.txt"
jar="$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$java"; do [ -x "$j" ] && java="$j" && break; done
"$java" -cp "$jar:$(cat "$cp_file")" dev.torus.cli.bench.AttentionBenchPrograms "$out" 8 128 "$block" "$block" "${seqs[@]}"
exec "$root/.venv/bin/python" "$root/bench/attention_cpu.py" "$out" "${seqs[@]}"
