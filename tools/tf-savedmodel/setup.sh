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
  source "$repo/tools/python311.sh"
  make_venv tf-savedmodel "$venv"
fi
"$py" -m pip install -q --disable-pip-version-check --retries 0 --timeout 3 -r "$here/requirements.txt"
"$py" "$here/saved_model.py" check
