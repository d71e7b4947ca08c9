#!/usr/bin/env bash
# Create .venv and install the project into it, editable, with the test dependencies, at the exact
# versions of constraints.txt (pyproject.toml only gives ranges). On a fresh Debian machine as root,
# install python3 and its venv module first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${1:-.venv}
python=${PYTHON:-python3}

if ! command -v "$python" >/dev/null 2>&1 || ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing python3 and python3-venv from Debian's packages..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends python3 python3-venv >/dev/null
  else
    echo "Python 3.11+ with its venv module is needed: apt-get install python3 python3-venv (as root)" >&2
    exit 1
  fi
fi

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
echo "Installing the project and its dependencies, pinned by constraints.txt, into $venv..."
# -qq: errors only (a build backend's advice about editable installs is not for the user)
"$venv/bin/python" -m pip install -qq --disable-pip-version-check --upgrade "pip>=23"
"$venv/bin/python" -m pip install -qq --disable-pip-version-check -c "$root/constraints.txt" -e "$root[test]"
