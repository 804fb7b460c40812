"""A group of answers that look alike may hold one the model scores otherwise than the rest (QA: a group read
"The model's scores: 2 for 2, 1 for 1." and one key gave all three the same score, the odd one unnoticed). The group
marks that member in its list (≠ before the student, words saying so, a tinted frame) and its summary line says how
many there are, in English, German and Spanish. Real tiny models score a real sheet; the panel is the review
screen's."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from grader_app.core.groups import differing
from grader_app.ui import i18n
from ui_helpers import group_panel, scored_session, tiny_bundles


def _odd_group(session):
    """Three answers to one question: two the model scores alike and one it scores otherwise."""
    by_score: dict = {}
    for a in session.answers:
        p = session.predictions.get(a.key)
        if a.item == "asap-sas-1" and p is not None and p.valid:
            by_score.setdefault(p.score, []).append(a.key)
    common = next(s for s, keys in by_score.items() if len(keys) >= 2)
    other = next(s for s in by_score if s != common)
    return [by_score[common][0], by_score[other][0], by_score[common][1]], by_score[other][0]


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_member_the_model_scores_otherwise_is_marked_and_counted(qtbot, tmp_path, lang):
    session = scored_session(tiny_bundles(tmp_path / "bundles"), n_students=12)
    keys, odd = _odd_group(session)
    assert i18n.install(lang)
    panel = group_panel(qtbot)
    panel.set_group(session, keys, keys[0], keys[0])
    assert panel.odd == [odd]
    summary = panel.models_label.text()
    assert panel.models_label.isVisible() and "≠" in summary
    said = {"en": "The model scores 1 of them otherwise than the rest",
            "de": "1 davon bewertet das Modell anders als die übrigen",
            "es": "El modelo puntúa 1 de ellas de otra forma que el resto"}[lang]
    assert said in summary, summary
    for m in panel.members:
        marked = m.key == odd
        assert m.head.text().startswith("≠ ") == marked, m.head.text()
        assert m.autoFillBackground() == marked
        assert (m.palette().color(QPalette.ColorRole.Window) == panel.palette().color(QPalette.ColorRole.Window)) \
            != marked
        assert (i18n.translate("GroupPanel", "The model scores this answer otherwise than the rest of the group.")
                in m.accessibleDescription()) == marked
    # one score for all: nothing marked, nothing said
    same = [k for k in keys if k != odd]
    panel.set_group(session, same, same[0], same[0])
    assert panel.odd == [] and "≠" not in panel.models_label.text()
    assert not [m for m in panel.members if m.head.text().startswith("≠") or m.autoFillBackground()]
    panel.grab().save(str(tmp_path / f"odd-{lang}.png"))


def test_the_odd_members_are_those_core_names(tmp_path):
    session = scored_session(tiny_bundles(tmp_path / "bundles"), n_students=12)
    keys, odd = _odd_group(session)
    scores = {k: session.predictions[k].score for k in keys}
    assert differing(scores, keys[0]) == [odd]
