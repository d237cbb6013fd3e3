#!/usr/bin/env bash
# Refreshes the locked dependencies from pyproject.toml's ranges: the newest versions
# they allow, for every platform (Linux, macOS, Windows) and Python 3.11+, with hashes.
#   requirements/update.sh                 # everything to the newest allowed
#   requirements/update.sh -P babel        # only babel (uv's --upgrade-package)
# Then: a fresh venv from requirements/dev.txt, the whole test suite, and a look at
# `crm-desktop screenshot` (see the README's "Dependencies and the lock").
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install --quiet "uv==0.13.10"
upgrade=(--upgrade)
if [ "${1:-}" = "-P" ]; then upgrade=(--upgrade-package "${2:?-P needs a package name}"); fi
compile() {  # compile OUTPUT [uv pip compile arguments...]
    local out=$1; shift
    "$tools/venv/bin/uv" pip compile --quiet --universal --python-version 3.11 --generate-hashes \
        "${upgrade[@]}" --custom-compile-command "requirements/update.sh" -o "$out" "$@"
}
compile requirements/app.txt pyproject.toml requirements/backend.in
compile requirements/dev.txt pyproject.toml requirements/backend.in --extra dev
compile requirements/build.txt pyproject.toml requirements/backend.in --extra build
echo "lock refreshed: requirements/app.txt, dev.txt, build.txt (git diff requirements/ shows what moved)"
