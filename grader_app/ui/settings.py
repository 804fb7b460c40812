"""User preferences through QSettings (organisation "Grader"): recent sheets, the language and window state.

Nothing here is pickled: QSettings stores strings and byte arrays. Tests (and anyone who wants a
portable setup) can point ``GRADER_SETTINGS_DIR`` at a folder to keep an INI file there instead.

Settings that cannot be written (that folder cannot be made: a file in its way, a drive gone; a read-only place) do not
stop Grader: QSettings keeps them in memory for the session, :attr:`Settings.unkept` names the folder, and the start
screen says they will be forgotten. What the file holds is never trusted to be what Grader wrote: a recent sheet that is
not a path (a hand edit, another program's value, "@Invalid()") is left out, never offered to open.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Grader"
APPLICATION = "Grader"
MAX_RECENT = 8
LANGUAGE_KEY = "language"   # "en", "es", "de", or "" for the system's language (grader_app.ui.i18n)


def recent_key(path: str | os.PathLike) -> str:
    """How a recent sheet is kept: absolute and normalised ("./class.csv", "a/../class.csv" -> one name).

    Worked out from the name alone, as the settings are changed on the GUI thread: ``Path.resolve()`` asks the
    disk (every folder on the way, for links), and a sheet on a share that does not answer made it wait there.
    A link is therefore kept under the name it was opened by, not its target's."""
    return os.path.abspath(os.fspath(path))


def is_sheet_path(entry: Any) -> bool:
    """A recent-sheet entry as :func:`recent_key` writes it: an absolute path, as text (anything else is dropped)."""
    return isinstance(entry, str) and "\0" not in entry and os.path.isabs(entry)


def same_entry(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """One recent sheet: the same name, in the case the system ignores (Windows) not counted."""
    return os.path.normcase(os.fspath(a)) == os.path.normcase(os.fspath(b))


class Settings:
    def __init__(self) -> None:
        folder = os.environ.get("GRADER_SETTINGS_DIR")
        if folder:
            try:
                Path(folder).mkdir(parents=True, exist_ok=True)
            except OSError:   # a file in the way, a drive that is gone: the settings live in memory (unkept)
                pass
            self._q = QSettings(str(Path(folder) / "grader.ini"), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(ORGANISATION, APPLICATION)
        # the folder the settings cannot be written to (they are kept in memory until Grader closes), else None
        self.unkept: str | None = None if self._q.isWritable() else str(Path(self._q.fileName()).parent)

    # ----- recent sheets ------------------------------------------------------------------------
    def recent_sheets(self) -> list[Path]:
        raw: Any = self._q.value("recent/sheets", [])   # QSettings gives a str for a one-item list
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, (list, tuple)):   # not a list Grader wrote (a number, bytes): no recent sheet
            return []
        return [Path(p) for p in raw if is_sheet_path(p)]

    def add_recent(self, path: str | os.PathLike) -> list[Path]:
        p = recent_key(path)
        items = [str(x) for x in self.recent_sheets() if not same_entry(x, p)]
        items.insert(0, p)
        self._q.setValue("recent/sheets", items[:MAX_RECENT])   # written to disk by Qt soon after, off this call
        return self.recent_sheets()

    def remove_recent(self, path: str | os.PathLike) -> None:
        p = recent_key(path)
        self._q.setValue("recent/sheets", [str(x) for x in self.recent_sheets() if not same_entry(x, p)])

    def clear_recent(self) -> None:
        self._q.remove("recent/sheets")

    # ----- language ---------------------------------------------------------------------------------
    def language(self) -> str:
        """The interface language chosen in the app ("en", "es", "de"), or "" to follow the system."""
        v = self._q.value(LANGUAGE_KEY, "")
        return v if isinstance(v, str) else ""

    def set_language(self, code: str) -> None:
        self._q.setValue(LANGUAGE_KEY, code)

    # ----- window ---------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        v = self._q.value("window/geometry")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def set_window_geometry(self, data: QByteArray) -> None:
        self._q.setValue("window/geometry", data)

    def sync(self) -> str | None:
        """Write pending changes now (Qt also does it by itself shortly after a change and at exit). Returns the folder
        they could not be written to (they are kept in memory until Grader closes), else None."""
        self._q.sync()
        if self.unkept is None and self._q.status() == QSettings.Status.NoError:
            return None
        return self.unkept or str(Path(self._q.fileName()).parent)
