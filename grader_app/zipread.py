"""Reading a member of an untrusted zip (a workbook, a bundle) by the bytes it really inflates to.

A zip's directory may claim any size; only counting what comes out is safe. Both readers stop as
soon as their cap is passed, so a zip bomb costs at most one chunk more than the cap.
"""
from __future__ import annotations

import zipfile
from typing import Iterator

CHUNK = 1024 * 1024


class TooLarge(Exception):
    """A member inflated past the cap given (``read_capped``); the caller says it in its own words."""


def inflated_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, chunk: int = CHUNK) -> Iterator[bytes]:
    """The member's bytes as they inflate, ``chunk`` at a time."""
    with zf.open(info) as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                return
            yield block


def read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, chunk: int = CHUNK) -> bytes:
    """The member's bytes, at most ``cap`` of them whatever the zip declares; TooLarge past the cap."""
    blocks, total = [], 0
    for block in inflated_chunks(zf, info, chunk):
        total += len(block)
        if total > cap:
            raise TooLarge(info.filename)
        blocks.append(block)
    return b"".join(blocks)
