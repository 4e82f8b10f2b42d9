#!/usr/bin/env bash
# Benchmark 3 (issue 5): the TPU cost model (libtpu, deviceless) on Torus's and JAX's bf16 attention,
# one device (blockwise) and a ring of 8, for v5litepod-8, v4-8 and v6e-8. Every figure is a compiler estimate.
#   bash bench/tpu_cost.sh [L ...]      default: 8192 32768 (tokens per device)
# Environment: TPU_COST_TOPOLOGIES (default "v5litepod-8 v4-8 v6e-8"), TPU_COST_BLOCK (query and key
# block, default 512), TPU_COST_OUT (default bench/target/tpu), TPU_COST_FORMULATION (empty: the
# default program; rowsum-mxu: the softmax row sums on the matrix unit, as `compile --target tpu`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
locals=("$@"); [ "${#locals[@]}" -gt 0 ] || locals=(8192 32768)
"$root/torus" help >/dev/null   # builds the jars on first use
out="${TPU_COST_OUT:-$root/bench/target/tpu}"
block="${TPU_COST_BLOCK:-512}"
export TPU_COST_BLOCK="$block"
mkdir -p "$out"
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
programs=(bf16 ${TPU_COST_FORMULATION:-})   # TPU_COST_FORMULATION=rowsum-mxu: the row sum on the matrix unit
for l in "${locals[@]}"; do programs+=("$l" "ring:8:$l:contiguous" "ring:8:$l:striped"); done
"$java" -cp "$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")" \
  dev.torus.cli.bench.AttentionBenchPrograms "$out" 8 128 "$block" "$block" "${programs[@]}"
for topology in ${TPU_COST_TOPOLOGIES:-v5litepod-8 v4-8 v6e-8}; do   # one process each: the topology is fixed when libtpu starts
  "$root/.venv/bin/python" "$root/bench/tpu_cost.py" "$out" "$topology" "${locals[@]}" 2> "$out/$topology.log"
done
