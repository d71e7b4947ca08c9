#!/usr/bin/env bash
# Make sure a headless Chromium and its driver are installed, for the test that opens the HTML report in
# a real browser (tests/crosscheck/test_html_browser.py): as root on Debian, install them from Debian's
# packages (without recommends); otherwise say exactly what to install and fail.
# Only `make test` needs them; `make crosscheck` does not.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
[ ${#need[@]} -eq 0 ] && exit 0

bash "$(dirname "$0")/debian-install.sh" "Chromium, for the test that opens the HTML report in a browser," \
  "chromium chromium-driver" "${need[@]}"
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
  || { echo "/usr/bin/chromium or /usr/bin/chromedriver is still missing after the install" >&2; exit 1; }
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
