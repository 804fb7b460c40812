"""The results table's Status column at a 16 pt font, the window from 640 to 1400 px wide, in English, German and
Spanish: no two statuses are drawn alike at a glance, one a task left for the teacher and the other one done. At
1024×600 the Spanish column showed "Revisar" (to review: "Por revisar" in its short word) beside "Revisada" (reviewed),
and "Puntuar" (yours to score) beside "Puntuada" (scored by you); German "Bewerten" beside "Bewertet"; at some widths
English "Review" (needs review) beside "Reviewed": the same word but for its ending, while one asks for the teacher
and the other is finished (only the icon and the colour told them apart). Now they differ from their first letters:
"To review" / "Confirmed", "Revisar" / "Confirmada" (the counts under the headline say "confirmadas por ti"),
"Por puntuar" / "Puntuada", "Offen" / "Bewertet". The real results view, scored for real, with an answer of every
status; each cell's text as the table draws it."""
from __future__ import annotations

import itertools
import os

import pytest

from grader_app.core import review
from grader_app.ui import i18n
from grader_app.ui import results_model as rm
from cell_text import shown_text
from test_results_status_told_apart import _every_status
from ui_helpers import results_view, scored_session

ALIKE = 5   # two statuses whose drawn words begin with this many letters alike are read as one at a glance


def _alike(a: str, b: str) -> bool:
    a, b = a.removesuffix("\u2026").casefold(), b.removesuffix("\u2026").casefold()
    return len(os.path.commonprefix([a, b])) >= min(ALIKE, len(a), len(b))


@pytest.mark.parametrize("lang", ["de", "en", "es"])
def test_no_two_statuses_are_drawn_alike_at_16_pt(qtbot, shipped_bundles, font_16, lang):
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10, items=("asap-sas-1", "asap-sas-5", "own-question"))
    _every_status(session)
    view = results_view(qtbot, session, 1024, 600)
    table, model = view.table, view.table.model()
    problems = set()
    for width in range(640, 1401, 40):
        view.resize(width, 600)
        qtbot.wait(1)   # the columns fitted to the new width
        drawn: dict[str, str] = {}
        for row in range(model.rowCount()):
            index = model.index(row, rm.STATUS)
            drawn[str(model.data(index, rm.StatusRole))] = shown_text(table, index)
        assert set(drawn) == set(review.STATUSES)
        for (s1, t1), (s2, t2) in itertools.combinations(drawn.items(), 2):
            if t1 and t2 and _alike(t1, t2):
                problems.add(f"{s1!r} drawn {t1!r} and {s2!r} drawn {t2!r}")
    assert sorted(problems) == []
