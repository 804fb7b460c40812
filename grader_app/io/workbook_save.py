"""Saving an openpyxl workbook into an open file so that a save stopped half-way (an error, Ctrl-C) leaves nothing
behind that writes or complains later: :func:`save_workbook`, used by the graded sheet (:mod:`.writers`) and the
feedback workbook (:mod:`.feedback`), inside :func:`.safe_write.atomic_write`."""
from __future__ import annotations

import os


class _Sink:
    """The file openpyxl's zip writes into, which can be cut off from it (see save_workbook).

    Once detached it still keeps count of positions, so the zip's own bookkeeping stays sound,
    but nothing reaches the file.
    """

    def __init__(self, f) -> None:
        self._f = f
        self._pos = self._end = 0

    def detach(self) -> None:
        if self._f is not None:
            try:
                self._pos = self._f.tell()
                self._end = max(self._pos, self._f.seek(0, os.SEEK_END))
            except (OSError, ValueError):
                pass
            self._f = None

    def write(self, data) -> int:
        if self._f is not None:
            return self._f.write(data)
        self._pos += len(data)
        self._end = max(self._end, self._pos)
        return len(data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if self._f is not None:
            return self._f.seek(offset, whence)
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._end}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._f.tell() if self._f is not None else self._pos

    def flush(self) -> None:
        if self._f is not None:
            self._f.flush()

    def seekable(self) -> bool:
        return True


def save_workbook(wb, f) -> None:
    """``wb.save`` into ``f``; if it stops half-way (an error, Ctrl-C), the zip is cut off from ``f``.

    openpyxl leaves its ZipFile open when saving is interrupted; garbage collection later closes
    it, and closing writes the zip's directory into a file that is already closed and deleted,
    which printed a ``ZipFile.__del__`` traceback after "stopped". Cut off, that close writes
    nothing and says nothing.
    """
    sink = _Sink(f)
    try:
        wb.save(sink)
    except BaseException:
        sink.detach()
        raise
