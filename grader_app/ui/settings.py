"""User preferences through QSettings (organisation "Grader"): recent sheets, the language and window state.

Nothing here is pickled: QSettings stores strings and byte arrays. Tests (and anyone who wants a
portable setup) can point ``GRADER_SETTINGS_DIR`` at a folder to keep an INI file there instead.

The window's changes are written to the file off the GUI thread (:mod:`.settings_writer`), in the order made; what
this object gives back is what it holds in memory (read from the file once, when it is made, then changed with each
change), so the GUI thread neither reads nor writes the file after that. That one read is made before the window is
built, bounded in time and size (:mod:`.settings_read`): a file too large or a folder that does not answer gives the
usual settings, said on the start screen. :meth:`Settings.flush` waits for them to be
written (when the window closes).

Settings that cannot be written (that folder cannot be made: a file in its way, a drive gone; a read-only place) do not
stop Grader: QSettings keeps them in memory for the session, :attr:`Settings.unkept` names the folder, and the start
screen says they will be forgotten. What the file holds is never trusted to be what Grader wrote: a recent sheet that is
not a path (a hand edit, another program's value, "@Invalid()") is left out, never offered to open.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray

from . import settings_read, settings_writer
from .settings_writer import APPLICATION, ORGANISATION  # noqa: F401  (named here too)
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


RECENT_KEY = "recent/sheets"
GEOMETRY_KEY = "window/geometry"


class Settings:
    def __init__(self) -> None:
        settings_writer.wait_written()   # what was changed before (another Settings, in this process) is read
        self._location, read = settings_read.read_settings(os.environ.get("GRADER_SETTINGS_DIR", ""),
                                                           (RECENT_KEY, LANGUAGE_KEY, GEOMETRY_KEY))
        self._held: dict[str, Any] = read.held
        # the folder the settings cannot be written to (they are kept in memory until Grader closes), else None
        self.unkept: str | None = read.unkept
        # the file not read at all (settings_read.TOO_LARGE, NO_ANSWER): never written either, in this session
        self.refused, self.refused_file, self.refused_size = read.refused, read.file, read.size

    def _change(self, key: str, value: Any = None, remove: bool = False) -> None:
        """Held at once; written by the writer thread, after the changes made before it."""
        self._held[key] = None if remove else value
        if self.refused:   # a file not read is left as it is: what was changed is held for this session only
            return
        settings_writer.hand_over(self._location, [(key, value, remove)])

    def after_written(self, then) -> None:
        """``then(folder)`` on the GUI thread once every change made so far is written: ``folder``, the folder they
        could not be written to (kept in memory until Grader closes), else None."""
        if self.refused:   # nothing is written: said at once
            then(self.unkept)
            return
        settings_writer.hand_over(self._location, [], lambda failed: then(self.unkept or failed))

    # ----- recent sheets ------------------------------------------------------------------------
    def recent_sheets(self) -> list[Path]:
        raw: Any = self._held.get(RECENT_KEY)   # QSettings gives a str for a one-item list
        if raw is None:
            return []
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, (list, tuple)):   # not a list Grader wrote (a number, bytes): no recent sheet
            return []
        return [Path(p) for p in raw if is_sheet_path(p)]

    def add_recent(self, path: str | os.PathLike) -> list[Path]:
        p = recent_key(path)
        items = [str(x) for x in self.recent_sheets() if not same_entry(x, p)]
        items.insert(0, p)
        self._change(RECENT_KEY, items[:MAX_RECENT])
        return self.recent_sheets()

    def remove_recent(self, path: str | os.PathLike) -> None:
        p = recent_key(path)
        self._change(RECENT_KEY, [str(x) for x in self.recent_sheets() if not same_entry(x, p)])

    def clear_recent(self) -> None:
        self._change(RECENT_KEY, remove=True)

    # ----- language ---------------------------------------------------------------------------------
    def language(self) -> str:
        """The interface language chosen in the app ("en", "es", "de"), or "" to follow the system."""
        v = self._held.get(LANGUAGE_KEY)
        return v if isinstance(v, str) else ""

    def set_language(self, code: str) -> None:
        self._change(LANGUAGE_KEY, code)

    # ----- window ---------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        v = self._held.get(GEOMETRY_KEY)
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def set_window_geometry(self, data: QByteArray) -> None:
        self._change(GEOMETRY_KEY, QByteArray(data))

    def flush(self) -> str | None:
        """Wait (on this thread) until every change is written: for the window's close. Returns the folder they could
        not be written to (they are kept in memory until Grader closes), else None."""
        settings_writer.wait_written()
        return self.unkept or settings_writer.failed(self._location)

    def close(self) -> str | None:
        """:meth:`flush`, then the writer thread stopped (it starts again at the next change): the app is closing."""
        unkept = self.flush()
        settings_writer.stop()
        return unkept
