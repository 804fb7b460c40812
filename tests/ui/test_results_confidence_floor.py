"""The results table's confidence is rounded down to the whole percent: at a 99 % threshold a row that needs review
showed "99 %" (0.988 rounded), as if it had reached the threshold (QA). A row below the threshold never shows the
threshold's number; one at it shows it."""
from __future__ import annotations

from grader_app.core import review
from grader_app.ui import results_cells
from ui_helpers import scored_session


def test_a_confidence_below_the_threshold_never_shows_its_number(shipped_bundles):
    session = scored_session(shipped_bundles, n_students=2, items=("asap-sas-1",))
    key = next(k for k in session.keys_for("asap-sas-1") if not session.flags.get(k))   # its status: the threshold's
    k = len(session.items["asap-sas-1"].labels)
    session.set_threshold(0.99, "asap-sas-1")
    for confidence, shown, status in ((0.988, "98\u00a0%", review.NEEDS_REVIEW), (0.99, "99\u00a0%", review.AUTO),
                                      (0.9999, "99\u00a0%", review.AUTO), (1.0, "100\u00a0%", review.AUTO)):
        rest = (1.0 - confidence) / (k - 1)
        session.set_predictions([key], [[confidence] + [rest] * (k - 1)])
        assert session.status(key) == status
        assert results_cells.display(session, None, key, results_cells.CONFIDENCE) == shown
