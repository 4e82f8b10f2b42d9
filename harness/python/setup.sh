#!/usr/bin/env bash
# Sets up the Python side of Torus from pyproject.toml beside this script:
#   <repo>/.venv     the extras xla (jax, jaxlib, libtpu, numpy) and hf (CPU torch, transformers)
#   <repo>/.venv-tf  the extra tf (tensorflow-cpu: its numpy/protobuf pins differ from jax's and torch's)
# each holding this project (torus_harness) as an editable install.
# Idempotent: when both venvs already hold every pin (read from package metadata: no imports, no pip)
# it prints one line and returns in a second or so. Python 3.11 comes from $PYTHON311, PATH (python3.11,
# or a python3 that is 3.11), or pyenv's and /usr/local's places. pip uses the configured index and
# find-links (pip.conf) and gives up on an unreachable index at once, so a local index works offline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pip_install=(-m pip install --disable-pip-version-check --retries 0 --timeout 3)

python311() {  # prints a Python 3.11 to make venvs with, or fails saying where it looked
  local base="${PYTHON311:-$(command -v python3.11 || true)}"
  if [[ -z "$base" ]] && python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    base="$(command -v python3)"
  fi
  if [[ -z "$base" ]]; then
    base="$(ls -d /root/.pyenv/versions/3.11*/bin/python3.11 /usr/local/bin/python3.11 2>/dev/null | head -n 1 || true)"
  fi
  if [[ -z "$base" ]]; then
    echo "setup: python3.11 not found (set PYTHON311=/path/to/python3.11)" >&2
    return 1
  fi
  echo "$base"
}

ready() {  # ready VENV EXTRA...: VENV holds torus_harness and every pin of the extras
  [[ -x "$1/bin/python" ]] && "$1/bin/python" -I -m torus_harness.pins "${@:2}" >/dev/null 2>&1
}

install_extras() {  # install_extras VENV EXTRA...: creates VENV if need be and installs the project with the extras
  local venv="$1" py="$1/bin/python" extras
  extras="$(IFS=,; echo "${*:2}")"
  ready "$@" && return 0
  if [[ ! -x "$py" ]]; then
    local base
    base="$(python311)"
    echo "setup: creating $venv with $base"
    "$base" -m venv "$venv"
  fi
  # The editable install is built by the venv's own setuptools (no build isolation, so no index is
  # asked for build tools): 70.1 or newer, which builds wheels without the wheel package (Python
  # 3.11's venv brings 65.5).
  if ! "$py" -c 'import setuptools, sys; sys.exit(tuple(map(int, setuptools.__version__.split(".")[:2])) < (70, 1))' 2>/dev/null; then
    "$py" "${pip_install[@]}" -q "setuptools>=70.1"
  fi
  echo "setup: installing harness/python[$extras] into $venv"
  "$py" "${pip_install[@]}" -q --no-build-isolation -e "$here[$extras]"
  "$py" -I -m torus_harness.pins "${@:2}"
}

if ready "$repo/.venv" xla hf && ready "$repo/.venv-tf" tf; then
  echo "setup: .venv [xla,hf] and .venv-tf [tf] hold the pins of harness/python/pyproject.toml"
  exit 0
fi
install_extras "$repo/.venv" xla hf
install_extras "$repo/.venv-tf" tf
