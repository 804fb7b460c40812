"""Opening the review for the first time imported two dozen modules on the GUI thread: on a school year's sheet (10,000
answers) the window froze for 0.6–0.8 s, 0.4–0.5 s of it the imports (scripts/bench_gui_stalls.py). They are imported
on a worker once the sheet is scored. A fresh interpreter (the modules are imported once per process): the real window
opens a sheet, scores it with the shipped models, and the review opens; which thread imported the review view is
noted as Python looks for it (imported_on_worker.py)."""
from __future__ import annotations

from imported_on_worker import scored_then

OPEN_REVIEW = """
window.results.request_review()
pump(lambda: window.review_view is not None and window.review_view.isVisible(), 600)
found = {"review": window.review_view is not None and window.review_view.isVisible()}
"""


def test_the_review_screen_is_imported_on_a_worker_once_the_sheet_is_scored(tmp_path, shipped_bundles):
    got = scored_then(tmp_path, "grader_app.ui.review_view", OPEN_REVIEW)
    assert got["scored"] and got["review"], got
    assert got["on_gui_thread"] == [False], got      # looked for once, by a worker
