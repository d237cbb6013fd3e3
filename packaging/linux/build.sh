#!/usr/bin/env bash
# Build the Linux one-folder bundle and its .tar.gz.
#   packaging/linux/build.sh            (uses .venv/bin/python, or $PYTHON)
# Output: dist/CRM Desktop/ and dist/crm-desktop-VERSION-linux-ARCH.tar.gz
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}

# The locked versions (requirements/build.txt: the app's dependencies and PyInstaller, with hashes),
# then the app itself from this checkout.
"$PYTHON" -m pip install --quiet --require-hashes -r requirements/build.txt
"$PYTHON" -m pip install --quiet --no-deps --no-build-isolation -e .
"$PYTHON" packaging/make_icons.py build/icons
"$PYTHON" packaging/update_translations.py --no-update  # .ts -> .qm, shipped in resources/translations
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/crm_desktop.spec

bundle="dist/CRM Desktop"
# The Python runtime from pyenv or a distro keeps its debug symbols (~18 MB);
# only it is stripped: wheels' own libraries are left exactly as shipped.
strip --strip-unneeded "$bundle"/_internal/libpython3*.so* "$bundle"/_internal/python3*/lib-dynload/*.so 2>/dev/null || true
install -m 644 build/icons/app.png "$bundle/crm-desktop.png"
install -m 644 packaging/linux/crm-desktop.desktop "$bundle/crm-desktop.desktop"
install -m 755 packaging/linux/install.sh "$bundle/install.sh"

version=$("$PYTHON" -c 'from importlib.metadata import version; print(version("crm-desktop"))')
archive="dist/crm-desktop-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" "CRM Desktop"
echo "bundle: $(du -sh "$bundle" | cut -f1)  archive: $(du -sh "$archive" | cut -f1)  ($archive)"
