#!/usr/bin/env bash
# Installs the pins of requirements.txt (CPU torch, transformers) into <repo>/.venv, which
# tools/xla-harness/setup.sh creates (it is run first when .venv is missing).
# Idempotent: returns at once when the venv already has the pinned versions.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
py="$repo/.venv/bin/python"

if [[ ! -x "$py" ]]; then
  bash "$repo/tools/xla-harness/setup.sh"
fi
if "$py" "$here/hf_reference.py" check >/dev/null 2>&1; then
  echo "hf-reference: $repo/.venv already has the pinned packages"
  exit 0
fi
"$py" -m pip install -q --disable-pip-version-check --retries 0 --timeout 3 -r "$here/requirements.txt"
"$py" "$here/hf_reference.py" check
