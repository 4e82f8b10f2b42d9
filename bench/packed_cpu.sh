#!/usr/bin/env bash
# Packed-documents benchmark (issue 15): the tiny model's train step at S tokens on one CPU device,
# DOCS packed documents vs the same tokens as one causal sequence; measured / predicted speed-up.
#   bash bench/packed_cpu.sh [S [BLOCK [DOCS [CHUNK]]]]      (default 16384 128 16 512)
# BLOCK: the query and key/value blocks; CHUNK: the tokens per feedforward, norm and loss chunk (512, the
# chunk ./torus compile and train pick by default for these lengths: the largest divisor up to 512).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seq="${1:-16384}"; block="${2:-128}"; docs="${3:-16}"; chunk="${4:-512}"
"$root/torus" help >/dev/null   # builds the jars on first use
out="$root/bench/target/packed-$seq-$block-$chunk"
mkdir -p "$out"
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
"$java" -cp "$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")" \
  dev.torus.cli.bench.PackedBenchPrograms "$out" "$seq" "$block" "$docs" "$chunk"
cd "$root/bench" && "$root/.venv/bin/python" "$root/bench/packed_cpu.py" "$out"
