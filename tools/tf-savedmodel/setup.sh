#!/usr/bin/env bash
# Creates <repo>/.venv-tf (python3.11) with the pinned tensorflow-cpu of requirements.txt, which
# saved_model.py uses to load the SavedModels `torus export` writes.
# Idempotent: returns at once when the venv already has the pinned version.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$repo/.venv-tf"
py="$venv/bin/python"

if [[ -x "$py" ]] && "$py" "$here/saved_model.py" check >/dev/null 2>&1; then
  echo "tf-savedmodel: $venv already has the pinned packages"
  exit 0
fi
if [[ ! -x "$py" ]]; then
  base="${PYTHON311:-$(command -v python3.11 || true)}"
  if [[ -z "$base" ]]; then
    base="$(ls -d /root/.pyenv/versions/3.11*/bin/python3.11 /usr/local/bin/python3.11 2>/dev/null | head -n 1 || true)"
  fi
  if [[ -z "$base" ]]; then
    echo "tf-savedmodel: python3.11 not found (set PYTHON311=/path/to/python3.11)" >&2
    exit 1
  fi
  echo "tf-savedmodel: creating $venv with $base"
  "$base" -m venv "$venv"
fi
"$py" -m pip install -q --disable-pip-version-check --retries 0 --timeout 3 -r "$here/requirements.txt"
"$py" "$here/saved_model.py" check
