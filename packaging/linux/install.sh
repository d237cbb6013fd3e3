#!/usr/bin/env bash
# Install CRM Desktop for this user (no root needed): run from the unpacked folder.
#   ./install.sh            → ~/.local/opt/crm-desktop, a menu entry, and ~/.local/bin/crm-desktop
# Your data is not in this folder (see the README's "Your data"); uninstalling never touches it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${XDG_DATA_HOME:-$HOME/.local/share}/../opt/crm-desktop"
target="$(mkdir -p "$target" && cd "$target" && pwd)"
cp -a "$here/." "$target/"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps" "$HOME/.local/bin"
sed "s|@BUNDLE@|$target|g" "$here/crm-desktop.desktop" > "$apps/crm-desktop.desktop"
ln -sf "$target/crm-desktop" "$HOME/.local/bin/crm-desktop"
echo "Installed in $target. Start it from your applications menu, or run: crm-desktop"
# The window needs a few system libraries (X11's xcb helpers, OpenGL, fontconfig): say now what is
# missing and how to install it, rather than at the first start.
if ! "$target/crm-desktop" check-display; then
    echo "Install what is named above, then start CRM Desktop." >&2
fi
