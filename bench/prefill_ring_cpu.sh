#!/usr/bin/env bash
# Ring prefill vs one device (issue 18): a long prompt through the tiny model's generate programs, once
# as one device and once on a ring of R devices (the single-device emulation through TensorFlow Java,
# each device's prompt slice and cache slice its own), then greedy decoding of NEW tokens; and Hugging
# Face's generate (dynamic cache) on the same prompt as the reference. The tokens must be identical;
# prefill times beside them. One process per side, one after another.
#   bash bench/prefill_ring_cpu.sh [PROMPT [RING [NEW [REPS]]]]     (default 16384 4 32 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prompt="${1:-16384}"; ring="${2:-4}"; new="${3:-32}"; reps="${4:-3}"
block=128
dims=(256 64 2 4 172)
out="$root/bench/target/prefill-ring-$prompt-$ring"
py="$root/.venv/bin/python"
"$root/torus" help >/dev/null   # builds the jars on first use
java=java
for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-}/bin/java"; do [ -x "$j" ] && java="$j" && break; done
cp="$(ls "$root"/cli/target/torus-cli-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' | head -n 1):$(cat "$root/cli/target/classpath.txt")"
rm -rf "$out" && mkdir -p "$out"
maxlen=$(( (prompt + new + block * ring - 1) / (block * ring) * (block * ring) ))   # whole blocks on every device
"$py" "$root/bench/generate_cpu.py" model "$out/model" "${dims[@]}" "$maxlen"
"$py" "$root/bench/generate_cpu.py" prompts "$out/prompts.npy" 1 "$prompt" "${dims[0]}"
for r in 1 "$ring"; do
  "$root/torus" compile --model "$out/model" --task generate --batch 1 --prompt-len "$prompt" --max-len "$maxlen" \
      --ring "$r" --block-q "$block" --block-kv "$block" --out "$out/artifact-$r" >"$out/compile-$r.log"
  "$java" -cp "$cp" dev.torus.cli.bench.GenerateBench tf "$out/artifact-$r" "$out/model" "$out/prompts.npy" "$new" \
      "$reps" "$out/ring-$r.json"
done
"$py" "$root/bench/generate_cpu.py" hf "$out/model" "$out/prompts.npy" "$new" 1 dynamic "$out/hf.json"
"$py" - "$out" "$ring" <<'PY' | tee "$out/report.md"
import json, statistics, sys
from pathlib import Path
d, ring = Path(sys.argv[1]), sys.argv[2]
sides = {"one device": json.loads((d / "ring-1.json").read_text()),
         f"ring of {ring} (emulated)": json.loads((d / f"ring-{ring}.json").read_text()),
         "Hugging Face (dynamic cache)": json.loads((d / "hf.json").read_text())}
ref = sides["one device"]["tokens"]
print("| side | prompt | new tokens | prefill s (median) | tokens equal one device's |")
print("|---|---|---|---|---|")
for name, r in sides.items():
    same = sum(1 for a, b in zip(r["tokens"][0], ref[0]) if a == b)
    first = next((i for i, (a, b) in enumerate(zip(r["tokens"][0], ref[0])) if a != b), None)
    print(f"| {name} | {r.get('prompt', '')} | {len(r['tokens'][0])} | {statistics.median(r['prefill_s']):.2f} |"
          f" {same}/{len(ref[0])}{'' if first is None else f' (first difference at {first})'} |")
PY
