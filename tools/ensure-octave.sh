#!/usr/bin/env bash
# Make sure GNU Octave (octave-cli) and OpenBLAS are installed: as root on Debian, install them from
# Debian's packages (without recommends); otherwise say exactly what to install and fail.
# Without libopenblas0, Debian's Octave runs on the reference BLAS, about 40 times slower at products.
set -euo pipefail

need=()
command -v octave-cli >/dev/null 2>&1 || need+=(octave)
if command -v dpkg-query >/dev/null 2>&1; then
  dpkg-query -W -f='${Status}\n' libopenblas0 2>/dev/null | grep -q "install ok installed" || need+=(libopenblas0)
fi
[ ${#need[@]} -eq 0 ] && exit 0

bash "$(dirname "$0")/debian-install.sh" Octave "octave libopenblas0" "${need[@]}"
command -v octave-cli >/dev/null 2>&1 || { echo "octave-cli is still missing after the install" >&2; exit 1; }
echo "Installed: $(octave-cli --version 2>/dev/null | head -n 1)"
