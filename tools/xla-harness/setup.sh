#!/usr/bin/env bash
# Creates <repo>/.venv (python3.11) with the pinned jax/jaxlib/libtpu of requirements.txt.
# Idempotent: returns at once when the venv already satisfies the pins.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$repo/.venv"
py="$venv/bin/python"

if [[ -x "$py" ]] && "$py" "$here/harness.py" check >/dev/null 2>&1; then
  echo "xla-harness: $venv already has the pinned packages"
  exit 0
fi
if [[ ! -x "$py" ]]; then
  source "$repo/tools/python311.sh"
  make_venv xla-harness "$venv"
fi
"$py" -m pip install --disable-pip-version-check --retries 0 --timeout 3 -r "$here/requirements.txt"
"$py" "$here/harness.py" check
