#!/usr/bin/env bash
# Build "CRM Desktop.app" and a .dmg on macOS.
#   packaging/macos/build.sh            (uses .venv/bin/python, or $PYTHON)
# Output: dist/CRM Desktop.app and dist/crm-desktop-VERSION-macos-ARCH.dmg
# Signing and notarization need the owner's Apple account: see SIGNING.md here.
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

app="dist/CRM Desktop.app"
"$app/Contents/MacOS/crm-desktop" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi

version=$("$PYTHON" -c 'from importlib.metadata import version; print(version("crm-desktop"))')
dmg="dist/crm-desktop-${version}-macos-$(uname -m).dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "CRM Desktop" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "app: $(du -sh "$app" | cut -f1)  dmg: $(du -sh "$dmg" | cut -f1)  ($dmg)"
