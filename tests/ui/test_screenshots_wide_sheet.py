"""scripts/screenshots.py on a sheet of one column per question (no "Question" column): it stopped with a KeyError
after the export dialog's picture, when it renamed asap-sas-10 in a "Question" column the sheet does not have, so the
review screen of a question whose model learns from the marks (review-learning.png) was never taken. The real script
run as a developer runs it, on a real wide sheet and the test's small real bundles. A sheet without asap-sas-10 ended
in a StopIteration traceback: it now takes the other pictures and says why there is no review-learning.png."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sheet_files import ANSWERS, write_csv
from ui_helpers import tiny_bundles

ROOT = Path(__file__).resolve().parents[2]
ITEMS = ("asap-sas-1", "asap-sas-5", "asap-sas-10")


def _shots(tmp_path: Path, items: tuple[str, ...]) -> tuple[Path, subprocess.CompletedProcess]:
    """scripts/screenshots.py run on a wide sheet of ``items``' answers; the pictures' folder and the run."""
    sheet = write_csv(tmp_path / "wide-class.csv", ["Student ID", "Name", *items],
                      [[f"S{s:02d}", f"Student {s}",
                        *(f"{ANSWERS[(s + q) % len(ANSWERS)]} ({s})" for q in range(len(items)))]
                       for s in range(1, 13)])
    bundles = tiny_bundles(tmp_path / "bundles", items=ITEMS)
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMP_NUM_THREADS": "1"}
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(out),
                          "--sheet", str(sheet), "--bundles", str(bundles)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return out, run


def test_the_screenshots_of_a_wide_sheet_are_all_taken(tmp_path):
    out, _ = _shots(tmp_path, ITEMS)
    assert (out / "review-learning.png").stat().st_size > 0
    assert {"results.png", "review.png", "export-dialog.png"} <= {p.name for p in out.iterdir()}


def test_a_sheet_without_the_question_to_rename_says_so_and_takes_the_rest(tmp_path):
    out, run = _shots(tmp_path, ITEMS[:2])
    assert "no review-learning.png" in run.stderr and "Traceback" not in run.stderr, run.stderr[-3000:]
    assert {"results.png", "review.png", "export-dialog.png"} <= {p.name for p in out.iterdir()}
    assert not (out / "review-learning.png").exists()
