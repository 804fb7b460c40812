#!/usr/bin/env bash
# Pack dist/Grader.app (made by build/build.py on macOS through the BUNDLE step of grader.spec)
# into a drag-to-Applications disk image.
#
#   bash build/macos/make_dmg.sh dist/Grader.app dist/Grader-0.1.0.dmg
#
# With `create-dmg` (Homebrew) on PATH it lays out a window with the app and an Applications link;
# otherwise it uses hdiutil, which every Mac has. Signing is optional: set GRADER_CODESIGN_IDENTITY
# (a "Developer ID Application: ..." identity in the keychain) and the .app is signed before
# packing and the .dmg after. Notarisation needs an Apple account and is left to the release
# workflow. Not run on the project's machines (Linux); see build/README.md.
set -euo pipefail
APP=${1:?usage: make_dmg.sh path/to/Grader.app out.dmg}
OUT=${2:?usage: make_dmg.sh path/to/Grader.app out.dmg}
if [ ! -d "$APP/Contents/MacOS" ]; then
    echo "make_dmg.sh: $APP is not an application bundle; build it first with: python3 build/build.py" >&2
    exit 2
fi
if [ -n "${GRADER_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$GRADER_CODESIGN_IDENTITY" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi
rm -f "$OUT"
NAME=$(basename "$APP")
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes (code signature).
ditto "$APP" "$STAGE/$NAME"
if command -v create-dmg >/dev/null 2>&1; then
    # create-dmg packs the contents of a source folder and adds the Applications link itself.
    create-dmg --volname "Grader" --window-size 540 360 --icon-size 96 \
        --icon "$NAME" 140 170 --app-drop-link 400 170 --hide-extension "$NAME" "$OUT" "$STAGE"
else
    ln -s /Applications "$STAGE/Applications"
    hdiutil create -volname "Grader" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$OUT"
fi
hdiutil verify "$OUT"
if [ -n "${GRADER_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --sign "$GRADER_CODESIGN_IDENTITY" --timestamp "$OUT"
fi
echo "wrote $OUT"
