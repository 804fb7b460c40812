"""The one atomic file write: graded sheets, reports, LMS files, PDF reports and bundles all use it.

The new content goes into a temporary file with a unique name in the target's own folder (so the
final move never crosses a drive), opened exclusively with the user's normal permissions (not
``mkstemp``'s private ones), flushed and fsynced, then moved over the target with ``os.replace``.
On any error, Ctrl-C included, the temporary file is removed, the target is left as it was and the
error goes on unchanged, except that a temporary file that cannot even be created is reported as
:class:`NoTemporaryFile` (nothing was written), so a caller can tell "may not write in that folder"
from "the target is open elsewhere". This module sits at the bottom of the package: the bundle
format uses it as well as ``grader_app.io``.
"""
from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path
from typing import IO, Callable


class NoTemporaryFile(OSError):
    """The temporary file beside the target could not be created; nothing was written."""


def temporary_path(target: Path) -> Path:
    """A fresh hidden name beside ``target``: ``.<name>.<8 hex digits>.tmp``."""
    return target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"


def write_atomically(target: str | os.PathLike, write: Callable[[IO[bytes]], object]) -> Path:
    """Run ``write(file)`` into a temporary file beside ``target``, fsync it, then move it over."""
    target = Path(target)
    tmp = temporary_path(target)
    try:
        f = open(tmp, "xb")
    except OSError as exc:
        raise NoTemporaryFile(exc.errno, exc.strerror, exc.filename) from exc
    try:
        with f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target


def copy_atomically(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Copy ``source`` over ``target`` the same way (the target is whole or untouched)."""
    with open(source, "rb") as src:
        return write_atomically(target, lambda f: shutil.copyfileobj(src, f))
