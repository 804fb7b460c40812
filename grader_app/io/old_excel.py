"""Whether an old Excel 97-2003 workbook (.xls) is protected by a password, so the teacher is told so with the old
format, in one go (QA s53f finding 7: told only to save it as .xlsx, she did, and was then told it was
password-protected; Excel keeps the password through "Save As").

An .xls is a compound file (Microsoft's "Compound File Binary" format: a small file system of sectors) holding the
workbook in a stream named "Workbook" ("Book" in Excel 5/95's). The stream is a run of BIFF records; an encrypted one
has a FILEPASS record (type 0x002F) right after its first BOF record (type 0x0809), with at most a WRITEPROT record
(0x0086) between them, and everything after that encrypted.

The stream is found through the compound file's own directory, not by scanning for a BOF record at a sector boundary:
a workbook holds other streams that begin with a BOF (an embedded chart's or workbook's in a storage of its own, which
may be unencrypted while the workbook is), a small workbook's stream sits in the 64-byte "mini stream" rather than at a
sector boundary, and a scan reads the whole file. The reader here is small and reads only what it needs: the 512-byte
header, the directory's sectors (following the sector chain), and the first sector (or mini sector) of the stream,
each looked up through one entry of the allocation table. Nothing in the file is trusted: every sector number is
checked against the file's size, every chain is bounded and stops at a sector seen before, the directory tree is
walked with a set of entries seen, and anything that does not add up (a truncated or garbage file) answers "not
encrypted", so the teacher gets the plain .xls sentence, which is right for it too. No new dependency."""
from __future__ import annotations

import os
import struct
from pathlib import Path

__all__ = ["encrypted_package", "encrypted_xls"]

_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
_LAST = 0xFFFFFFFA                 # sector numbers from here on are markers (end of chain, free, FAT, DIFAT)
_MAX_CHAIN = 4096                  # sectors followed along one chain at most
_MAX_ENTRIES = 8192                # directory entries read at most
_BOF, _FILEPASS, _WRITEPROT = 0x0809, 0x002F, 0x0086
_STREAMS = ("workbook", "book")    # Excel 97-2003's stream name, then Excel 5/95's


class _Bad(Exception):
    """The compound file does not add up."""


def encrypted_xls(path: Path) -> bool:
    """Whether the compound file ``path`` is an Excel workbook encrypted with a password (its workbook stream's FILEPASS
    record); False for an unencrypted one and for anything that cannot be read as one."""
    try:
        with open(path, "rb") as f:
            head = _Compound(f).workbook_head()
    except (_Bad, OSError, struct.error, ValueError, UnicodeDecodeError):
        return False
    return head is not None and _has_filepass(head)


def encrypted_package(path: Path) -> bool:
    """Whether the compound file ``path`` holds an ``EncryptedPackage`` stream at its top: a workbook of Excel 2007 or
    later (.xlsx) saved with a password, whatever its file is named (one renamed .xls included). Read from the
    directory, so an old workbook whose cells happen to hold those words is not taken for one; False for anything
    that cannot be read as a compound file."""
    try:
        with open(path, "rb") as f:
            return "encryptedpackage" in _Compound(f).top_streams()
    except (_Bad, OSError, struct.error, ValueError, UnicodeDecodeError):
        return False


def _has_filepass(data: bytes) -> bool:
    """Whether the BIFF records at the start of ``data`` are a BOF followed by FILEPASS (a WRITEPROT may be between)."""
    pos, first = 0, True
    for _ in range(3):
        if pos + 4 > len(data):
            return False
        kind, size = struct.unpack_from("<HH", data, pos)
        if first and kind != _BOF:
            return False
        if not first and kind == _FILEPASS:
            return True
        if not first and kind != _WRITEPROT:
            return False
        first, pos = False, pos + 4 + size
    return False


class _Compound:
    """The few parts of a compound file that lead to its workbook stream's first bytes."""

    def __init__(self, f) -> None:
        self.f = f
        self.length = os.fstat(f.fileno()).st_size
        head = self._read(0, 512)
        if len(head) < 512 or not head.startswith(_SIGNATURE):
            raise _Bad
        shift, mini_shift = struct.unpack_from("<HH", head, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise _Bad
        self.size, self.mini_size = 1 << shift, 1 << mini_shift
        fat_count, self.first_dir = struct.unpack_from("<II", head, 0x2C)
        self.cutoff, self.first_mini_fat = struct.unpack_from("<II", head, 0x38)
        first_difat, difat_count = struct.unpack_from("<II", head, 0x44)
        fat = [s for s in struct.unpack_from("<109I", head, 0x4C) if s < _LAST]
        per = self.size // 4
        for s in self._chain(first_difat, follow=lambda s, data: struct.unpack_from("<I", data, self.size - 4)[0],
                             limit=min(difat_count, _MAX_CHAIN)):
            fat += [x for x in struct.unpack_from(f"<{per - 1}I", self._sector(s)) if x < _LAST]
        self.fat = fat[:max(0, fat_count)] if fat_count else fat

    # ----- sectors ------------------------------------------------------------------------------------------------
    def _read(self, at: int, n: int) -> bytes:
        if at < 0 or at >= self.length:
            raise _Bad
        self.f.seek(at)
        return self.f.read(n)

    def _sector(self, s: int) -> bytes:
        data = self._read((s + 1) * self.size, self.size)
        if len(data) < self.size:   # the last sector cut short: read what is there, the rest as nothing
            data += bytes(self.size - len(data))
        return data

    def _next(self, s: int) -> int:
        """The sector after ``s`` in its chain, by the allocation table (one entry read)."""
        per = self.size // 4
        index = s // per
        if index >= len(self.fat):
            raise _Bad
        entry = self._read((self.fat[index] + 1) * self.size + (s % per) * 4, 4)
        if len(entry) < 4:
            raise _Bad
        return struct.unpack("<I", entry)[0]

    def _chain(self, start: int, follow=None, limit: int = _MAX_CHAIN):
        """The sectors of the chain from ``start`` (``follow(s, data)`` the next after ``s``: the table's, else), at most
        ``limit``, each once."""
        seen: set[int] = set()
        s = start
        while s < _LAST and len(seen) < limit:
            if s in seen:
                raise _Bad
            seen.add(s)
            yield s
            s = follow(s, self._sector(s)) if follow is not None else self._next(s)

    # ----- the directory ------------------------------------------------------------------------------------------
    def _entries(self) -> list[tuple[str, int, int, int, int, int, int]]:
        """Each directory entry as (name, type, left, right, child, first sector, size), in order."""
        out = []
        for s in self._chain(self.first_dir):
            data = self._sector(s)
            for at in range(0, self.size, 128):
                raw = data[at:at + 128]
                length = struct.unpack_from("<H", raw, 64)[0]
                name = raw[:max(0, min(length, 64) - 2)].decode("utf-16-le", "replace")
                kind = raw[66]
                left, right, child = struct.unpack_from("<III", raw, 68)
                first, size = struct.unpack_from("<IQ", raw, 116)
                out.append((name, kind, left, right, child, first, size))
                if len(out) >= _MAX_ENTRIES:
                    return out
        return out

    def _top(self) -> tuple[list, dict[str, tuple]]:
        """The directory's entries, and the streams at the top of the compound file by their casefolded names (the
        first of a name)."""
        entries = self._entries()
        if not entries or entries[0][1] != 5:   # the root entry
            raise _Bad
        found: dict[str, tuple] = {}
        todo, seen = [entries[0][4]], set()
        while todo:   # the root's children are a tree of siblings
            i = todo.pop()
            if i >= len(entries) or i in seen:
                continue
            seen.add(i)
            e = entries[i]
            if e[1] == 2:
                found.setdefault(e[0].casefold(), e)
            todo += [e[2], e[3]]
        return entries, found

    def top_streams(self) -> set[str]:
        """The casefolded names of the streams at the top of the compound file."""
        return set(self._top()[1])

    def workbook_head(self) -> bytes | None:
        """The first bytes (a sector's or a mini sector's) of the workbook stream at the top of the compound file, or
        None when it has none."""
        entries, found = self._top()
        stream = next((found[n] for n in _STREAMS if n in found), None)
        if stream is None:
            return None
        first, size = stream[5], stream[6] & 0xFFFFFFFF if self.size == 512 else stream[6]
        if size >= self.cutoff:
            return self._sector(first)[:min(size, self.size)]
        return self._mini_sector(entries[0][5], first)[:size]

    def _mini_sector(self, mini_start: int, m: int) -> bytes:
        """Mini sector ``m`` of the mini stream, which sits in the sectors chained from the root entry's ``mini_start``."""
        at = m * self.mini_size
        for step, s in enumerate(self._chain(mini_start)):
            if step == at // self.size:
                offset = at % self.size
                return self._sector(s)[offset:offset + self.mini_size]
        raise _Bad
