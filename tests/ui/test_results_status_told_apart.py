"""The results table's status column at a 1024×600 screen (QA): in German "Von Ihnen zu bewerten", "Von Ihnen
bewertet" and "Von Ihnen geändert" were all cut to "Von Ihn…", so only the icon and colour told them apart. The
column now keeps, before the Answer column takes the rest, the words that tell each status from the others, or its
short word ("To score"), in every language. The real results view, scored for real, with an answer of every status;
each cell's text as the table draws it (its delegate's option, the style's text rectangle and the view's eliding)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from grader_app.core import review
from grader_app.ui import i18n, style
from grader_app.ui import results_model as rm
from grader_app.ui.results_layout import telling_width
from cell_text import shown_text
from ui_helpers import results_view, scored_session


def _every_status(session) -> None:
    """Decisions that give the sheet an answer of every status: confirmed, changed, and scored with no model."""
    own = [a.key for a in session.answers if a.item == "own-question"]
    session.decide(own[0], 1)                                   # no model scored it: scored by you
    scored = [k for k in session.predictions if session.status(k) in (review.AUTO, review.NEEDS_REVIEW)]
    first, second = scored[0], scored[1]
    session.decide(first, session.model_score(first))           # confirmed
    labels = session.items[session.answers[second].item].labels
    session.decide(second, next(v for v in labels if v != session.model_score(second)))   # changed


@pytest.mark.parametrize("lang", ["de", "en", "es"])
def test_every_status_is_told_apart_at_1024_pixels(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10, items=("asap-sas-1", "asap-sas-5", "own-question"))
    _every_status(session)
    assert {session.status(a.key) for a in session.answers} == set(review.STATUSES)
    view = results_view(qtbot, session, 1024, 600)
    table = view.table
    model = table.model()   # the rows as sorted and filtered
    shown: dict[str, set[str]] = {}
    for row in range(model.rowCount()):
        index = model.index(row, rm.STATUS)
        shown.setdefault(str(model.data(index)), set()).add(shown_text(table, index))
    assert len(shown) == len(review.STATUSES)
    # one way each status is drawn, and no two statuses drawn alike
    assert all(len(texts) == 1 for texts in shown.values()), shown
    drawn = {full: next(iter(texts)) for full, texts in shown.items()}
    assert len(set(drawn.values())) == len(drawn), drawn
    # each whole, in its short word, or cut after a whole word (QA: "Aceptada auto…" in Spanish, "Automatisch …" in German)
    short = {style.status_text(st): style.status_short(st) for st in review.STATUSES}
    for full, text in drawn.items():
        kept = text.removesuffix("\u2026")
        assert text in (full, short[full]) or (text.endswith("\u2026") and full.startswith(kept)
                                                and full[len(kept)] in " ("), drawn
    if lang == "de":   # the word that says what it is, not "Von Ihn…"
        assert drawn["Bewertet (von Ihnen)"].startswith("Bewertet")   # the German words begin with what tells them
        assert drawn["Geändert (von Ihnen)"].startswith("Geändert")   # apart (QA: at 1024 px "Von Ihnen …" left the
        assert drawn["Zu bewerten (kein Modell)"].startswith("Zu bew") or (   # student column too narrow for a
            drawn["Zu bewerten (kein Modell)"] == style.status_short(review.UNSCORED))   # name); or its short word, the
        # answers having the room before a status its last words (tests/ui/test_results_answer_widest_1280.py)
    # whose answer it is stays readable beside them: the whole name, the id after it (QA: in German only "S01 · …")
    student = shown_text(table, model.index(0, rm.STUDENT))
    whole = str(model.data(model.index(0, rm.STUDENT)))
    assert student.startswith(whole.split(" · ")[0] + " · "), student
    # the Answer column keeps the rest, and the table needs no scroll bar across
    assert table.columnWidth(rm.ANSWER) >= table.fontMetrics().averageCharWidth() * 20
    assert not table.horizontalScrollBar().isVisible()


def test_the_telling_words_stop_at_the_first_word_that_differs(qapp):
    fm = QFontMetrics(qapp.font())
    texts = {"Von Ihnen geändert", "Von Ihnen bewertet", "Von Ihnen zu bewerten (kein Modell)", "Geprüft"}
    kept = ("Von Ihnen geändert", "Von Ihnen bewertet", "Von Ihnen zu\u2026", "Geprüft")
    assert telling_width(fm, texts) == max(fm.horizontalAdvance(t) for t in kept) + 1
    # the first word tells these apart: one word each is kept
    assert telling_width(fm, {"Needs review", "Reviewed", "Yours to score (no model)"}) == max(
        fm.horizontalAdvance(t) for t in ("Needs\u2026", "Reviewed", "Yours\u2026")) + 1
