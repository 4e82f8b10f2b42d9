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
  base="${PYTHON311:-$(command -v python3.11 || true)}"
  if [[ -z "$base" ]] && python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    base="$(command -v python3)"
  fi
  if [[ -z "$base" ]]; then
    base="$(ls -d /root/.pyenv/versions/3.11*/bin/python3.11 /usr/local/bin/python3.11 2>/dev/null | head -n 1 || true)"
  fi
  if [[ -z "$base" ]]; then
    echo "xla-harness: python3.11 not found (set PYTHON311=/path/to/python3.11)" >&2
    exit 1
  fi
  echo "xla-harness: creating $venv with $base"
  "$base" -m venv "$venv"
fi
"$py" -m pip install --disable-pip-version-check --retries 0 --timeout 3 -r "$here/requirements.txt"
"$py" "$here/harness.py" check
