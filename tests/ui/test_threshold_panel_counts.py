"""The threshold panel said "the model takes 48 % of answers, at most 4 % wrong" while the sheet's counts showed 39 of
the 43 answers left (26 % of the sheet): the percentage was of the answers the model was checked on. It says this
sheet's count first, as the headline and the table count, and the check answers' share as what it is."""
from __future__ import annotations

from grader_app.core import review
from ui_helpers import results_view, scored_session


def test_the_panel_counts_this_sheets_answers(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=12, items=("asap-sas-1",))
    view = results_view(qtbot, session)
    panel = view.threshold
    panel.set_value(0.5)
    keys = session.keys_for("asap-sas-1")
    point = review.point_at(list(session.items["asap-sas-1"].risk), 0.5)
    assert point is not None and point.coverage > 0
    taken = sum(1 for k in keys if session.status(k) == review.AUTO)
    assert panel.effect.text() == (
        f"Question asap-\u2060sas-\u20601: the model takes {taken} of this question's {len(keys)} answers on its own "
        f"(of the answers it was checked on, it took {round(point.coverage * 100)}\u00a0%, at most "
        f"{round(point.error_upper * 100)}\u00a0% of those wrong).")
