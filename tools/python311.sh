# Sourced by the venv setup scripts: make_venv NAME VENV creates VENV with a Python 3.11 found in
# $PYTHON311, on PATH (python3.11, or a python3 that is 3.11), or in pyenv's and /usr/local's places.
make_venv() {
  local name="$1" venv="$2" base
  base="${PYTHON311:-$(command -v python3.11 || true)}"
  if [[ -z "$base" ]] && python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    base="$(command -v python3)"
  fi
  if [[ -z "$base" ]]; then
    base="$(ls -d /root/.pyenv/versions/3.11*/bin/python3.11 /usr/local/bin/python3.11 2>/dev/null | head -n 1 || true)"
  fi
  if [[ -z "$base" ]]; then
    echo "$name: python3.11 not found (set PYTHON311=/path/to/python3.11)" >&2
    return 1
  fi
  echo "$name: creating $venv with $base"
  "$base" -m venv "$venv"
}
