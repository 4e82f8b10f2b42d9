#!/usr/bin/env bash
# Train-step benchmark (issue 7): Torus's train step vs jax.value_and_grad of the JAX ring peer on
# 4 virtual CPU devices, for the tiny model and a 97M-parameter one (width 768, 12 layers, vocab 8000).
#   bash bench/train_cpu.sh [NAME:WIDTH:DEPTH:HEADS:KV_HEADS:FFN:VOCAB:BATCH:SEQ:RING:BLOCK ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
configs=("$@")
[ "${#configs[@]}" -gt 0 ] || configs=(tiny:64:2:4:2:172:256:2:2048:4:128 m100:768:12:12:12:2048:8000:1:512:4:128)
"$root/torus" help >/dev/null   # builds the jars on first use
out="$root/bench/target/train"
mkdir -p "$out"
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
"$java" -cp "$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")" \
  dev.torus.cli.bench.TrainBenchPrograms "$out" "${configs[@]}"
py="$root/.venv/bin/python"
for c in "${configs[@]}"; do
  name="${c%%:*}"
  if [ "$name" = "tiny" ]; then
    "$py" "$root/bench/train_cpu.py" "$out" "$name"           # both sides in one process, taking turns
  else                                                       # too big for both in one process: ABAB
    for side in torus jax torus jax; do TRAIN_ONLY=$side "$py" "$root/bench/train_cpu.py" "$out" "$name"; done
  fi
done
