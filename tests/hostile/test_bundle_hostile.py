"""Hostile bundles and arguments: zip bombs, wrong output widths, outputs that are not probabilities."""
from __future__ import annotations

import os

import pytest

from grader_app.cli import run_cli


# ----- grader score --threads ------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["100000", "0", "-3"])
def test_threads_out_of_range_is_one_sentence_exit_2(tmp_path, capsys, value):
    sheet = tmp_path / "a.csv"
    sheet.write_text("Student,Question,Answer\nS1,q1,hello there friend\n", encoding="utf-8")
    code = run_cli(["score", str(sheet), "--out", str(tmp_path / "o.csv"), "--threads", value])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("grader: --threads must be") and str(os.cpu_count()) in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "o.csv").exists()
