"""An exclusive OS lock on a file, held for as long as an object lives (pure Python; no Qt).

Used so that only one Grader window or process writes a project file at a time
(:class:`grader_app.io.project_store.ProjectStore`). The lock is taken on a small lock file beside
the locked file (``<file>-lock``), never on the SQLite file itself, so it cannot disturb SQLite's
own byte-range locks:

* POSIX: ``fcntl.flock`` (whole file, exclusive, non-blocking). flock locks belong to the open
  file, so a second window in the same process is refused too, and the kernel drops the lock when
  the process ends in any way (kill -9 included): a lock file left behind by a crash is only a
  file and never blocks the next open. On release the lock file is removed while still locked;
  an opener that raced with the removal notices (the file it locked is no longer the one at that
  path) and tries again, so two openers can never both win.
* Windows: ``msvcrt.locking`` on the lock file's first byte, released by Windows when the
  process ends; the lock file is removed on release when no one else has it open.

Where the operating system cannot lock (some network drives answer "not supported"),
:func:`acquire` returns None and the caller goes on unlocked, as before this lock existed.
"""
from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

LOCK_SUFFIX = "-lock"
_HELD = {errno.EACCES, errno.EAGAIN, getattr(errno, "EWOULDBLOCK", errno.EAGAIN), getattr(errno, "EDEADLK", -1)}


class LockHeld(Exception):
    """Someone else (another process, or another object in this one) holds the lock."""


def lock_path(path) -> Path:
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


class FileLock:
    """A held lock; :meth:`release` (or garbage collection, or the process ending) lets it go."""

    def __init__(self, path: Path, f) -> None:
        self.path = path
        self._f = f

    @property
    def held(self) -> bool:
        return self._f is not None

    def release(self) -> None:
        f, self._f = self._f, None
        if f is None:
            return
        if sys.platform == "win32":
            _unlock_windows(f)
            f.close()
            _unlink_quietly(self.path)   # fails harmlessly while another opener has it open
        else:
            _unlink_quietly(self.path)   # still locked here, so a racing opener will retry
            f.close()                    # closing the file releases the flock

    def __del__(self) -> None:   # a store dropped without close() still lets go
        try:
            self.release()
        except Exception:
            pass


def acquire(path) -> FileLock | None:
    """Lock ``path`` (through its lock file): a FileLock, None where locking is impossible, or LockHeld."""
    lp = lock_path(path)
    for _ in range(20):          # retries only when a holder removed the lock file under us
        try:
            f = open(lp, "a+b")  # create if missing, never truncate; not inherited by child processes
        except OSError:
            return None          # cannot even create it (read-only folder): go on unlocked
        try:
            if not _try_lock(f):
                f.close()
                return None
        except LockHeld:
            f.close()
            raise
        except BaseException:
            f.close()
            raise
        if sys.platform == "win32" or _still_there(f, lp):
            return FileLock(lp, f)
        f.close()                # we locked a file its holder had just removed: start again
    return None


def _still_there(f, lp: Path) -> bool:
    try:
        a, b = os.fstat(f.fileno()), os.stat(lp)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _try_lock(f) -> bool:
    """True when locked; False when this system cannot lock; LockHeld when someone else has it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in _HELD:
                raise LockHeld(str(exc)) from None
            return False
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _HELD:
            raise LockHeld(str(exc)) from None
        return False             # ENOLCK, EOPNOTSUPP, EINVAL...: this file system cannot lock
    return True


def _unlock_windows(f) -> None:
    if sys.platform != "win32":
        return
    import msvcrt

    try:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    except OSError:
        pass


def _unlink_quietly(p: Path) -> None:
    try:
        os.unlink(p)
    except OSError:
        pass


__all__ = ["FileLock", "LockHeld", "acquire", "lock_path", "LOCK_SUFFIX"]
