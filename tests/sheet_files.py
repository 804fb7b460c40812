"""Small sheets as real files, for tests with or without Qt (``tests`` is on ``sys.path`` through tests/conftest.py;
tests/ui/ui_helpers.py takes its CSV writer from here): answers that look like answers, and rows written as CSV text
or as a workbook."""
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


def write_csv(path: Path, header, rows) -> Path:
    """A UTF-8 CSV sheet at ``path`` (its folder made), the header then the rows; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def some_without_email(path: Path, students: int = 30) -> Path:
    """A teacher's CSV sheet of ``students`` (every fifth one without an email address), two questions (q1, q2) no
    shipped model scores; returns the path."""
    return write_csv(path, ["Student ID", "Name", "Email", "Question", "Answer"],
                     [[f"S{i:03d}", f"Student {i}", "" if i % 5 == 0 else f"s{i}@school.example", q,
                       f"answer {i} to {q}"] for i in range(1, students + 1) for q in ("q1", "q2")])


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


def with_late_column(path: Path, question: str, answer: str, students: int, formulas: dict[str, str]) -> Path:
    """A workbook at ``path`` of ``students`` students (S0, Kid 0, ...) answering ``question``, each ``answer`` with
    their number after it, and a "Late?" column of the teacher's holding "no"; the cells of ``formulas`` (A1 names)
    then written as formulas, which openpyxl saves without a result. Returns the path."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Name", "Question", "Answer", "Late?"])
    for i in range(students):
        ws.append([f"S{i}", f"Kid {i}", question, f"{answer} {i}", "no"])
    for ref, formula in formulas.items():
        ws[ref] = formula
    wb.save(path)
    return path


def written_rows(path: Path) -> list[dict]:
    """The rows of a CSV file Grader wrote (UTF-8, its byte-order mark first), each by its header."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))
