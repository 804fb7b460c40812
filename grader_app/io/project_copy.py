"""The project file written again when it has gone while open (:mod:`.project_writer` says when): which file a
path names now, a free name beside it, and the whole project copied into a new file put in place without ever
replacing another. Pure Python; no Qt."""
from __future__ import annotations

import itertools
import os
import sqlite3
from pathlib import Path
from typing import Callable

from .project_schema import connect


def identity(path: Path | None) -> tuple[int, int] | None:
    """Which file ``path`` names now (device, inode), or None if none."""
    try:
        st = os.stat(path) if path is not None else None
    except OSError:
        return None
    return None if st is None else (st.st_dev, st.st_ino)


def free_beside(path: Path, stem: str | None) -> Path:
    """The first free name beside ``path`` for the project's work: ``<stem> (recovered)``, ``(recovered 2)``, ..."""
    names = (f"{stem} (recovered{f' {n}' if n > 1 else ''}){path.suffix}" for n in itertools.count(1))
    return next(p for p in map(path.with_name, names) if not os.path.lexists(p))


def copy_project(conn: sqlite3.Connection, target: Path,
                 change: Callable[[sqlite3.Connection], None] | None = None) -> sqlite3.Connection:
    """The whole project read through ``conn`` copied into a new file at ``target`` (whole, fsync'd, then put in
    place, never over a file); a write connection to it, rollback journal, ``synchronous=FULL``. ``change(copy)``, if
    given, is made to the copy in one transaction before it is put in place (what it removes vacuumed away)."""
    tmp = target.with_name(target.name + ".restoring")
    tmp.unlink(missing_ok=True)
    dst = sqlite3.connect(str(tmp))
    try:
        conn.backup(dst)
        if change is not None:
            with dst:
                change(dst)
            dst.execute("VACUUM")
        dst.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        dst.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        dst.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    try:
        os.link(tmp, target)             # never over a file that took the name meanwhile (FileExistsError)
    except FileExistsError:
        raise
    except OSError:                      # no hard links here (FAT, some shares): the name was free a moment ago
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    new = connect(str(target), timeout=10.0, check_same_thread=False, isolation_level=None)
    new.execute("PRAGMA journal_mode=DELETE")
    new.execute("PRAGMA synchronous=FULL")
    new.execute("PRAGMA foreign_keys=ON")
    return new
