#!/usr/bin/env bash
# Turn the one-folder build (dist/grader/, made by build/build.py) into an AppImage.
#
#   bash build/linux/appimage.sh            -> dist/Grader.AppDir and, if appimagetool is on PATH,
#                                              dist/Grader-VERSION-ARCH.AppImage
#
# appimagetool is not in Debian's or PyPI's packages, so it was not run on the project's machines:
# this script always lays out the AppDir (and checks it), and packs it only where appimagetool
# exists (the release workflow downloads it first). Override the tool with APPIMAGETOOL=/path.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=dist/grader
if [ ! -x "$APP/grader" ]; then
    echo "appimage.sh: dist/grader/grader is missing; build it first with: python3 build/build.py" >&2
    exit 2
fi
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' grader_app/__init__.py)
ARCH=$(uname -m)
APPDIR=dist/Grader.AppDir
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" \
         "$APPDIR/usr/share/icons/hicolor/256x256/apps" "$APPDIR/usr/share/mime/packages"
cp -a "$APP" "$APPDIR/usr/lib/grader"
rm -f "$APPDIR/usr/lib/grader/install.sh"   # the AppImage is integrated by the desktop's own tools
cp build/linux/grader.desktop "$APPDIR/grader.desktop"
cp build/linux/grader.desktop "$APPDIR/usr/share/applications/grader.desktop"
cp assets/icons/grader-256.png "$APPDIR/grader.png"
cp assets/icons/grader-256.png "$APPDIR/usr/share/icons/hicolor/256x256/apps/grader.png"
cp build/linux/grader-mime.xml "$APPDIR/usr/share/mime/packages/grader.xml"
ln -s grader.png "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'RUN'
#!/bin/sh
# AppImage entry point: run the frozen app with the arguments given (a sheet, --self-test, score ...).
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/grader/grader" "$@"
RUN
chmod 755 "$APPDIR/AppRun"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$APPDIR/grader.desktop"
fi
"$APPDIR/AppRun" --version
TOOL=${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-x86_64.AppImage || true)}
if [ -z "$TOOL" ]; then
    echo "AppDir ready at $APPDIR; appimagetool is not installed, so no .AppImage was packed."
    exit 0
fi
OUT="dist/Grader-$VERSION-$ARCH.AppImage"
ARCH="$ARCH" "$TOOL" --no-appstream "$APPDIR" "$OUT"
echo "wrote $OUT"
