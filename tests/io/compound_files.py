"""Old Excel 97-2003 workbooks (.xls) built byte by byte for the reader tests, with or without a password: a compound
file (version 3, 512-byte sectors) whose "Workbook" stream begins with a BOF record, then FILEPASS when it is
encrypted (the way Excel and LibreOffice write an .xls saved with a password), else the next record of a plain one.
A workbook stream under 4,096 bytes sits in the mini stream, as a small one does; a larger one in sectors of its own.
Only what :mod:`grader_app.io.old_excel` reads is real; the records after the first two are padding."""
from __future__ import annotations

import struct

END, FREE, FAT_SECTOR, NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
BOF = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0x2CA3, 0x07CD, 0x000100C1, 0x00000206)
FILEPASS = struct.pack("<HH", 0x002F, 54) + struct.pack("<HHH", 1, 1, 1) + bytes(48)   # RC4, its salt and hashes
WRITEPROT = struct.pack("<HH", 0x0086, 0)
INTERFACEHDR = struct.pack("<HHH", 0x00E1, 2, 0x04B0)   # what a plain workbook has after its BOF


def workbook_stream(encrypted: bool, size: int = 4096, write_protected: bool = False) -> bytes:
    records = BOF + (WRITEPROT if write_protected else b"") + (FILEPASS if encrypted else INTERFACEHDR)
    return records + bytes(max(0, size - len(records)))


def _entry(name: str, kind: int, start: int, size: int, child: int = NONE) -> bytes:
    raw = (name.encode("utf-16-le") + b"\x00\x00") if name else b""
    return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1) + struct.pack("<III", NONE, NONE, child)
            + bytes(16 + 4 + 16) + struct.pack("<IQ", start, size))


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    """A compound file holding ``stream`` as ``name`` (in the mini stream when it is under 4,096 bytes)."""
    fat = [FAT_SECTOR, END]                                    # sector 0: the table, sector 1: the directory
    if len(stream) >= 4096:
        n = -(-len(stream) // 512)
        first, sectors = 2, stream.ljust(n * 512, b"\x00")
        fat += [2 + i + 1 for i in range(n - 1)] + [END]
        mini_fat_at, root = END, _entry("Root Entry", 5, END, 0, child=1)
        data = sectors
    else:
        minis = -(-len(stream) // 64)
        mini_fat = struct.pack(f"<{minis}I", *[i + 1 for i in range(minis - 1)], END).ljust(512, b"\xff")
        mini_stream = stream.ljust(minis * 64, b"\x00")
        n = -(-len(mini_stream) // 512)
        fat += [END] + [3 + i + 1 for i in range(n - 1)] + [END]   # sector 2: the mini table, 3...: the mini stream
        first, mini_fat_at = 0, 2
        root = _entry("Root Entry", 5, 3, len(mini_stream), child=1)
        data = mini_fat + mini_stream.ljust(n * 512, b"\x00")
    directory = root + _entry(name, 2, first, len(stream)) + _entry("", 0, 0, 0) * 2
    header = (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, mini_fat_at, 1 if mini_fat_at != END else 0, END, 0)
              + struct.pack("<109I", 0, *[FREE] * 108))
    assert len(header) == 512 and len(fat) <= 128
    table = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    return header + table + directory + data


def old_workbook(encrypted: bool, size: int = 4096, **kw) -> bytes:
    """An .xls as Excel 97-2003 saves it, with a password (``encrypted``) or without."""
    return compound_file(workbook_stream(encrypted, size, **kw))
