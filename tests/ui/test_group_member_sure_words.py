"""A group's member lines say how sure the model is as the review's own line does. German read "Modell 1 (83 % sicher)"
under "Das Modell sagt 2 (zu 35 % sicher)", Spanish "modelo 1 (seguro al 83 %)" under "El modelo le da 2 (con un 35 %
de seguridad)": a member line now says "Modell 1 (zu 83 % sicher)", "modelo 1 (con un 83 % de seguridad)". Real tiny
models score a real sheet; the panel is the review screen's."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from grader_app.ui.i18n import percent_down
from grader_app.ui.style import fmt_score
from ui_helpers import group_panel, scored_session, tiny_bundles

MEMBER = {"en": "model {score} ({percent} sure)", "de": "Modell {score} (zu {percent} sicher)",
          "es": "modelo {score} (con un {percent} de seguridad)"}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_member_line_says_how_sure_the_model_is_as_the_review_does(qtbot, tmp_path, lang):
    session = scored_session(tiny_bundles(tmp_path / "bundles"), n_students=6)
    keys = [a.key for a in session.answers if a.item == "asap-sas-1" and session.model_says(a.key) is not None
            and session.model_says(a.key).valid][:3]
    assert len(keys) == 3
    assert i18n.install(lang)
    panel = group_panel(qtbot)
    panel.set_group(session, keys, keys[0], keys[0])
    for m in panel.members:
        pred = session.model_says(m.key)
        score, sure = fmt_score(pred.score), percent_down(pred.confidence)
        review_says = i18n.translate("wording", "{score} ({percent} sure)").format(score=score, percent=sure)
        assert review_says in m.head.text(), m.head.text()   # the review's words for it, as they are
        assert MEMBER[lang].format(score=score, percent=sure) in m.head.text(), m.head.text()
