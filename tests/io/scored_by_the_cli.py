"""The command line run on a sheet written by a test of tests/io, as those tests all set it up: the tiny bundle shipped
as the only one, with a user data folder of the test's own (the ``shipped_bundle`` fixture of tests/io/conftest.py),
``grader score SHEET --out OUT --bundle BUNDLE`` run to success with the teacher's file left byte for byte as it was
(:func:`score_with_bundle`), and the graded CSV read back (:func:`graded_csv_rows`)."""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app.cli import run_cli


def score_with_bundle(path: Path, out: Path, bundle: Path, capsys):
    """``grader score path --out out --bundle bundle``, which must succeed and leave ``path`` as it was: what it
    printed (``.out``, ``.err``)."""
    before = path.read_bytes()
    code = run_cli(["score", str(path), "--out", str(out), "--bundle", str(bundle)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert path.read_bytes() == before
    return said


def graded_csv_rows(out: Path) -> list[list[str]]:
    """The rows of the graded CSV at ``out``, its byte order mark taken off."""
    with open(out, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))
