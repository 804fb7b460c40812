#!/bin/sh
# Add Grader to this user's application menu and file associations (no root needed).
#   ./install.sh              install from the folder this script is in
#   ./install.sh --uninstall  remove the menu entry, icon, file types and the ~/.local/bin link
# The app itself stays where it was unpacked; move the folder first if you want it elsewhere.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS=$DATA/applications
ICONS=$DATA/icons/hicolor/256x256/apps
MIME=$DATA/mime/packages
BIN=$HOME/.local/bin

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/grader.desktop" "$ICONS/grader.png" "$MIME/grader.xml"
    if [ -L "$BIN/grader" ]; then rm -f "$BIN/grader"; fi
    refresh
    echo "Grader was removed from the menu; delete the folder $HERE to remove the app itself."
    exit 0
fi
if [ ! -x "$HERE/grader" ]; then
    echo "install.sh: no grader program beside this script; run the install.sh inside the unpacked grader folder." >&2
    exit 2
fi
mkdir -p "$APPS" "$ICONS" "$MIME" "$BIN"
# Exec and TryExec get the absolute path of this copy (quoted, as the Desktop Entry spec asks).
ESC=$(printf '%s' "$HERE" | sed 's/[&|\\]/\\&/g')   # a folder name may hold & or | (special to sed)
sed -e "s|^Exec=grader|Exec=\"$ESC/grader\"|" -e "s|^TryExec=grader|TryExec=$ESC/grader|" \
    "$HERE/grader.desktop" > "$APPS/grader.desktop"
chmod 644 "$APPS/grader.desktop"
cp "$HERE/grader.png" "$ICONS/grader.png"
cp "$HERE/grader-mime.xml" "$MIME/grader.xml"
ln -sf "$HERE/grader" "$BIN/grader"
refresh
echo "Grader is in your applications menu; 'grader' is linked in $BIN."
