#!/usr/bin/env bash
# debian-install.sh WHAT "ALL PACKAGES" NEEDED...: install the NEEDED packages from Debian's packages
# (without recommends) as root; otherwise say that WHAT is missing, and the one command that installs
# ALL PACKAGES, and fail. The ensure-*.sh scripts decide what is needed and check the result.
set -euo pipefail
what=$1 all=$2
shift 2

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  {
    echo "$what is missing (needed: $*)."
    echo "Install it as root, then run make again:"
    echo "    apt-get update && apt-get install -y --no-install-recommends $all"
  } >&2
  exit 1
fi

echo "Installing $* from Debian's packages (without recommends)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$@" >/dev/null
