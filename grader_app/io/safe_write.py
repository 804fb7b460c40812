"""Writing one file atomically, every failure told in one sentence: what every writer of Grader's files uses
(the graded sheet, the LMS and Canvas files, the feedback, the PDF report).

:func:`atomic_write` is :func:`grader_app.atomic.write_atomically` (a temporary file beside the target, flushed to
disk and moved over it; the target left as it was on any error) with the target checked first (a folder, a missing
folder, a file in place of a folder, a read-only file) and every failure a :class:`SheetError` in plain words (a full
disk, a folder one may not save in, a file open in another program, a name too long), which the window and the
command line both say (:mod:`grader_app.problem_texts`).
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Callable

from ..atomic import NoTemporaryFile, write_atomically
from .errors import SheetError


def atomic_write(target: Path, write: Callable) -> Path:
    """:func:`grader_app.atomic.write_atomically`, with every failure told as a :class:`SheetError`."""
    name = target.name
    folder = target.parent
    try:   # a name longer than the system allows fails already here (ENAMETOOLONG), not only when writing
        old = target.exists()   # a failure speaks of "the old file" only when there is one
        if target.is_dir():
            raise SheetError.said("write.is_folder", name=name)
        if not folder.is_dir():
            in_the_way = _file_in_place_of(folder)
            if in_the_way is not None:
                raise SheetError.said("write.folder_is_file", name=name, folder=in_the_way.name)
            raise SheetError.said("write.no_folder", name=name)
    except OSError as exc:
        raise _os_error(exc, target) from None
    if _read_only(target):
        # the move of the new file over it would succeed (the folder is writable) and drop the protection
        raise SheetError.said("write.read_only_file", name=name)
    try:
        return write_atomically(target, write)
    except NoTemporaryFile as exc:
        raise _os_error(exc, target, opening=True, old=old) from None
    except OSError as exc:
        raise _os_error(exc, target, old=old) from None
    except Exception as exc:
        raise SheetError.said("write.unexpected" if old else "write.unexpected_new", name=name,
                              what=type(exc).__name__) from exc


def _file_in_place_of(folder: Path) -> Path | None:
    """The file that sits where ``folder`` (or a folder above it) should be: the first of them that exists, when
    it is no folder; None when none of them is in the way."""
    for place in (folder, *folder.parents):
        try:
            mode = place.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError:
            return None
        return None if stat.S_ISDIR(mode) else place
    return None


def _read_only(target: Path) -> bool:
    """An existing file marked read-only: no write permission at all (Windows' read-only attribute), or
    none for this user."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(target, os.W_OK))



def _os_error(exc: OSError, target: Path, opening: bool = False, old: bool = False) -> SheetError:
    """Why ``target`` could not be written, in plain words for the common causes (a full disk, a folder one may not
    save in, a file open in another program, a read-only drive, a missing folder, a name too long); the system's own
    words only for a rarer one. ``opening``: the new file could not even be created beside the target; ``old``: the
    target existed before (and is left as it was), which the sentence then says. The window and the command line both
    say these (:mod:`grader_app.problem_texts`)."""
    name = target.name
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return SheetError.said("write.disk_full", name=name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        if opening:
            return SheetError.said("write.folder_forbidden", name=name)
        # the new file is written beside the old one; moving it over the old one is refused: on Windows, the old
        # file is open in another program (Excel locks a workbook or CSV it has open), and it is left as it was
        return SheetError.said("write.locked" if old else "write.open_elsewhere", name=name)
    if exc.errno == errno.EROFS:
        return SheetError.said("write.read_only_drive", name=name)
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == _WINDOWS_NAME_TOO_LONG:
        return SheetError.said("write.name_too_long", name=_shortened(name))
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        # the folder went away meanwhile, or it is one that holds no files of one's own (/proc, a device's folder)
        if not target.parent.is_dir():
            return SheetError.said("write.no_folder", name=name)
        return SheetError.said("write.folder_forbidden", name=name)
    return SheetError.said("write.failed" if old else "write.failed_new", name=name,
                           why=exc.strerror or "input/output error")


_WINDOWS_NAME_TOO_LONG = 206   # ERROR_FILENAME_EXCED_RANGE: the name, or the whole path, is longer than Windows allows


def _shortened(name: str, keep: int = 40) -> str:
    """A file name too long to read in a sentence: its start and its end ("xxxx…xxxx.csv")."""
    return name if len(name) <= 2 * keep else f"{name[:keep]}…{name[-keep // 2:]}"
