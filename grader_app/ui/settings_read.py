"""The settings file read once, at start, bounded in time and in size.

The settings are read before the window is built: the language they hold must be installed before any widget's text
is made (:func:`grader_app.ui.app.run_app`), so the start waits for them. That wait is bounded, so that no settings
file hangs or stalls the start:

- the read runs on a thread of its own, and the start waits for it at most :data:`READ_WAIT_S` seconds. A settings
  folder on a network drive that does not answer (a roaming profile, a share gone; a named pipe where the file
  should be) leaves that thread waiting, not the start. The file is read there with Python's own calls, which let
  the interpreter's lock go while they wait (a QSettings made from Python holds it while it reads, and the start's
  wait could not have ended), and QSettings parses a copy on the local disk;
- a file larger than :data:`MAX_BYTES` is not read at all. Grader writes a few kB (eight recent sheets, the language,
  the window's size); QSettings reads the whole file in one go, and a 50 MB value took it 1.4 s.

Either way Grader starts with its usual settings, leaves the file as it is (nothing is written to it in that session)
and says why on the start screen. A file QSettings cannot make sense of (binary garbage, hand edits) gives what it
could read, each value checked by :class:`~grader_app.ui.settings.Settings` before use.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from . import settings_writer

READ_WAIT_S = 5.0          # the longest the start waits for the settings file
MAX_BYTES = 1024 * 1024    # larger than any file Grader writes by a thousand times: not Grader's, not read
TOO_LARGE, NO_ANSWER = "too large", "no answer"


@dataclass
class Read:
    """What the settings file gave: ``held`` (a key -> its value, None for none); ``unkept``, the folder the settings
    cannot be written to (they are kept in memory until Grader closes), else None; ``refused`` (:data:`TOO_LARGE`,
    :data:`NO_ANSWER`) when the file was not read, with its ``file`` and ``size`` (bytes)."""
    held: dict[str, Any] = field(default_factory=dict)
    unkept: str | None = None
    refused: str = ""
    file: str = ""
    size: int = 0


def settings_file(location: str) -> Path | None:
    """The file QSettings reads for ``location`` ("" for the system's place), when it is a file Grader can name without
    opening it: an INI location, or the system's place on Linux and other Unix (not the registry on Windows, nor
    the preferences of macOS, which the system reads itself)."""
    if location:
        return Path(location)
    if sys.platform.startswith(("win", "darwin")):
        return None
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / settings_writer.ORGANISATION / f"{settings_writer.APPLICATION}.conf"


def _writable(path: Path) -> bool:
    """Whether the settings can be written at ``path`` (QSettings' own test: the file opened for writing, else a new
    file made in its folder, made if need be), asked with Python's calls, which let the interpreter's lock go."""
    try:
        if path.exists():
            with open(path, "r+b"):
                return True
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name):
            return True
    except OSError:
        return False


def _parsed(data: bytes, keys: tuple[str, ...], leftovers: list[str]) -> dict[str, Any]:
    """``keys`` of the INI text ``data``, parsed by QSettings from a copy on the local disk (QSettings reads only
    files); the copy's folder is put in ``leftovers``, to be removed once the start has what it waits for."""
    try:
        tmp = tempfile.mkdtemp(prefix="grader-settings-")
        leftovers.append(tmp)
        copy = Path(tmp) / "grader.ini"
        copy.write_bytes(data)
    except OSError:   # no room for the copy: the usual settings
        return dict.fromkeys(keys)
    q = settings_writer.open_settings(str(copy))
    held = {key: q.value(key) for key in keys}
    del q
    return held


def _read(folder: str, keys: tuple[str, ...], leftovers: list[str]) -> tuple[str, Read]:
    location = str(Path(folder) / "grader.ini") if folder else ""
    path = settings_file(location)
    if path is None:   # the registry, the system's preferences: QSettings reads them itself
        q = settings_writer.open_settings(location)
        return location, Read(held={key: q.value(key) for key in keys},
                              unkept=None if q.isWritable() else settings_writer.folder_of(q))
    # The file is read here with Python's calls, which let the interpreter's lock go while they wait: QSettings
    # reading it from a drive that does not answer would hold the lock, and the start's wait could not end.
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                size = max(os.fstat(f.fileno()).st_size, len(data))
                return location, Read(unkept=str(path.parent), refused=TOO_LARGE, file=str(path), size=size)
    except OSError:   # no file yet, or none to be had (a file where its folder should be): the usual settings
        data = b""
    held = _parsed(data, keys, leftovers) if data else dict.fromkeys(keys)
    return location, Read(held=held, unkept=None if _writable(path) else str(path.parent))


def read_settings(folder: str, keys: tuple[str, ...]) -> tuple[str, Read]:
    """The settings' location ("" for the system's place; else ``folder``'s grader.ini) and what it holds of ``keys``,
    read on a thread of its own and waited for at most :data:`READ_WAIT_S` seconds."""
    got: list[tuple[str, Read]] = []
    done = threading.Event()

    def run() -> None:
        leftovers: list[str] = []
        try:
            got.append(_read(folder, keys, leftovers))
        finally:
            done.set()
            for tmp in leftovers:   # the local copy, removed while the start goes on
                shutil.rmtree(tmp, ignore_errors=True)

    threading.Thread(target=run, name="settings reader", daemon=True).start()
    if done.wait(READ_WAIT_S) and got:
        return got[0]
    location = str(Path(folder) / "grader.ini") if folder else ""
    path = settings_file(location)
    file = str(path) if path is not None else location
    return location, Read(unkept=str(Path(file).parent) if file else "", refused=NO_ANSWER, file=file)
