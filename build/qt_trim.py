"""Which files of PyInstaller's Qt collection the Grader build keeps (used by build/grader.spec).

``keep(entry)`` takes a TOC entry ``(destination, source, typecode)`` and says whether it stays.
Destinations look like ``PySide6/Qt/plugins/platforms/libqxcb.so`` (Linux, macOS) or
``PySide6/plugins/platforms/qwindows.dll`` (Windows); the rules cover all three layouts and are
tested in tests/build/test_packaging.py.
"""
from __future__ import annotations

from pathlib import Path

KEEP_PLATFORMS = {"libqxcb.so", "libqoffscreen.so", "libqwayland.so", "libqwayland-egl.so",
                  "libqwayland-generic.so",                                      # Linux
                  "qwindows.dll", "qoffscreen.dll", "qminimal.dll",              # Windows
                  "libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib"}  # macOS
DROP_PLUGIN_DIRS = {"generic", "qmltooling", "designer", "sqldrivers", "networkinformation", "tls",
                    "printsupport", "egldeviceintegrations", "wayland-graphics-integration-server",
                    "vectorimageformats", "position", "multimedia", "scenegraph", "webview"}
DROP_INPUT_CONTEXTS = {"libqtvirtualkeyboardplugin.so", "qtvirtualkeyboardplugin.dll",
                       "libqtvirtualkeyboardplugin.dylib"}
# The GTK3 theme plugin drags in GTK, cairo, pango and gdk-pixbuf (~10 MB); Qt's own style and the
# desktop portal theme remain.
DROP_THEMES = {"libqgtk3.so"}
# Qt's own translations: only qtbase's for the languages Grader speaks (standard buttons: Cancel, Close).
KEEP_QT_TRANSLATIONS = {"qtbase_de.qm", "qtbase_es.qm"}
# Image formats: PNG and BMP are built into QtGui; keep SVG (icons), ICO, JPEG and GIF.
KEEP_IMAGEFORMATS = {"qsvg", "qico", "qjpeg", "qgif"}


def _parts(dest):
    return Path(dest).as_posix().split("/")


def keep(entry):
    dest = entry[0]
    parts = _parts(dest)
    if "translations" in parts and parts[0] == "PySide6":
        return parts[-1] in KEEP_QT_TRANSLATIONS         # Qt's own .qm translations (PySide6/Qt/translations
                                                         # on Linux and macOS, PySide6/translations on Windows)
    if "plugins" in parts:
        i = parts.index("plugins")
        sub = parts[i + 1] if len(parts) > i + 1 else ""
        name = parts[-1]
        if sub in DROP_PLUGIN_DIRS:
            return False
        if sub == "platforms" and name not in KEEP_PLATFORMS:
            return False
        if sub == "platforminputcontexts" and name in DROP_INPUT_CONTEXTS:
            return False
        if sub == "platformthemes" and name in DROP_THEMES:
            return False
        if sub == "imageformats":
            stem = name.split(".")[0]
            stem = stem[3:] if stem.startswith("lib") else stem
            if stem.endswith("d") and stem[:-1] in KEEP_IMAGEFORMATS:  # Windows debug names
                stem = stem[:-1]
            if stem not in KEEP_IMAGEFORMATS:
                return False
    if parts[-1].startswith(("libQt6Quick", "libQt6Qml", "libQt6VirtualKeyboard", "libQt6Pdf", "libQt6EglFS",
                             "libQt6EglFs", "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6Pdf")):
        return False                                     # used only by plugins dropped above
    return True


