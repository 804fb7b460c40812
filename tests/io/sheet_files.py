"""Small sheets as real files for the reader tests: answers that look like answers, and rows written as CSV text or
as a workbook."""
from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

ANSWERS = [
    "You would need to know how much vinegar was used in each container",
    "the type of vinegar and the size of the samples",
    "what container to use and how long to rinse",
    "mRNA goes to the ribosome, codons are read, tRNA brings amino acids",
    "I dont know",
    "The black lid got hottest so paint the doghouse white to keep it cool",
]


def write_rows(path: Path, rows) -> Path:
    """``rows`` (the header first) written to ``path``: CSV text for a .csv name, otherwise a workbook whose active
    sheet holds them."""
    if path.suffix == ".csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
    else:
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(path)
    return path
