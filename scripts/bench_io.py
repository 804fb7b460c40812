"""Time the sheet readers, column guessing and graded-sheet writers; prints figures, asserts nothing
but that the round trip kept the original cells.

    nice .venv/bin/python scripts/bench_io.py

Uses the ASAP training file from the shared data (``../shared/data``) and the sample sheets in
assets/. Graded files go to a temporary folder.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.distill.asap import shared_data_dir  # noqa: E402
from grader_app.io import guess_columns, read_sheet, write_graded  # noqa: E402


def timed(label, fn):
    t0 = time.perf_counter()
    out = fn()
    print(f"{label:<48} {time.perf_counter() - t0:6.2f} s")
    return out


def main() -> int:
    out = Path(tempfile.mkdtemp(prefix="grader-bench-io-"))
    timed("read assets/sample-class.xlsx (90 answers)", lambda: read_sheet(ROOT / "assets" / "sample-class.xlsx"))
    timed("read assets/sample-class-wide.csv (30 x 3)", lambda: read_sheet(ROOT / "assets" / "sample-class-wide.csv"))
    tsv = shared_data_dir() / "asap_sas" / "train_rel_2.tsv"
    if not tsv.exists():
        print("shared data not found; skipping the 17,043-answer figures")
        return 0
    sheet = timed("read train_rel_2.tsv (17,043 rows)", lambda: read_sheet(tsv))
    mapping = timed("guess_columns on it", lambda: guess_columns(sheet))
    session = GradingSession(sheet, mapping)
    timed("write_graded .csv (17,043 rows x 11 columns)", lambda: write_graded(session, out / "graded.csv"))
    timed("write_graded .xlsx (17,043 rows x 11 columns)", lambda: write_graded(session, out / "graded.xlsx"))
    back = timed("read_sheet of that .xlsx", lambda: read_sheet(out / "graded.xlsx"))
    same = (back.frame.iloc[:, : len(sheet.columns)].values == sheet.frame.values).all()
    print(f"original cells identical after the .xlsx round trip: {bool(same)}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
