"""The export dialog's two columns of formats (``BalancedColumns``) settle, whatever the scroll bar does.

In German, the refusal of a Canvas file for a sheet without student ids made the body as tall as to need a scroll bar
at the split chosen at the full width and not at the split chosen a scroll bar narrower: the columns balanced at
762 px, the bar came, they balanced at 748 px, it went, and so on, each resize nested inside the last, until the stack
ran out and Grader crashed (the whole test suite with it, at tests/ui/test_quoted_names.py). The split is now kept while
the row stays within a scroll bar of the width it was chosen at. A real export through the real dialog."""
from __future__ import annotations

import sys
from pathlib import Path

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

from grader_app.ui.balanced_columns import BalancedColumns  # noqa: E402
from grader_app.ui.export_formats import CANVAS  # noqa: E402
from in_language import in_language  # noqa: E402
from test_export_fit_and_words import L, export, open_dialog  # noqa: E402

BOUND = 200   # balances past which the wrapper below stops balancing (the old code recursed until it crashed)


def test_the_german_refusal_of_a_canvas_file_settles_in_a_few_balances(qtbot, tmp_path, task_manager, monkeypatch):
    calls = {"n": 0, "depth": 0, "deepest": 0}
    original = BalancedColumns.balance

    def counted(self):
        calls["n"] += 1
        if calls["n"] > BOUND:
            return self._held   # stop the loop so that a failure is a failure, not a crash
        calls["depth"] += 1
        calls["deepest"] = max(calls["deepest"], calls["depth"])
        try:
            return original(self)
        finally:
            calls["depth"] -= 1

    monkeypatch.setattr(BalancedColumns, "balance", counted)
    rows = [["Student ID", "Name", "Username", "Question", "Answer"]]
    rows += [["", f"Student {i} Surname", "", q, f"{q}: answer {i}"] for i in (1, 2) for q in ("q1", "q2")]
    with in_language("de"):
        dlg = open_dialog(qtbot, task_manager, L.write_csv(tmp_path / "bare.csv", rows))
        before = calls["n"]
        message = export(qtbot, dlg, CANVAS, tmp_path / "canvas.csv", signal="failed")
        assert "„SIS User ID“" in message, message
        after_refusal = calls["n"] - before
        qtbot.wait(200)
        columns = dlg.findChild(BalancedColumns)
        split = columns.parts[0].width()
        qtbot.wait(200)   # nothing more to do: the split stays where it settled
        settled = calls["n"]
        qtbot.wait(200)
    assert after_refusal < 20 and calls["deepest"] <= 2, (after_refusal, calls["deepest"])
    assert calls["n"] == settled and columns.parts[0].width() == split
    assert not (tmp_path / "canvas.csv").exists()
