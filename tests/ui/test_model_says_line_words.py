"""The line under the model's bars, in German and Spanish. A teacher read "Noch nicht entschieden. Das Modell gibt 2
(35 % sicher)." ("the model gives 2", with nothing given to): it now says what the model says and how sure it is as
the language says it ("Das Modell sagt 2 (zu 35 % sicher)", "El modelo le da 2 (con un 35 % de seguridad)"), on the
real review screen with real tiny models."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from grader_app.ui.i18n import percent_down
from ui_helpers import review_view, scored_session

SAYS = {"de": "Noch nicht entschieden. Das Modell sagt {score} (zu {percent} sicher).",
        "es": "Aún sin decidir. El modelo le da {score} (con un {percent} de seguridad).",
        "en": "Not decided yet. The model says {score} ({percent} sure)."}
SUGGESTS = {"de": "Noch nicht entschieden. Das Modell schlägt {score} (zu {percent} sicher) vor.",
            "es": "Aún sin decidir. El modelo sugiere {score} (con un {percent} de seguridad).",
            "en": "Not decided yet. The model suggests {score} ({percent} sure)."}


def _plain(session, item):
    """An answer to ``item`` the model scores, with no flag: the line says its score and how sure it is."""
    return next(a.key for a in session.answers if a.item == item and not session.flags.get(a.key)
                and session.predictions[a.key].valid)


@pytest.mark.parametrize("lang", ["de", "es", "en"])
def test_the_line_under_the_bars_says_the_models_score_as_the_language_does(qtbot, shipped_bundles, lang):
    session = scored_session(shipped_bundles)
    session.set_threshold(0.99, "asap-sas-5")   # its model may take answers: it "says"
    session.set_threshold(1.0, "asap-sas-1")    # its model takes none: it only "suggests"
    assert i18n.install(lang)
    view = review_view(qtbot, session, width=1024, height=600)
    for item, words in (("asap-sas-5", SAYS), ("asap-sas-1", SUGGESTS)):
        key = _plain(session, item)
        view.go_to(key)
        pred = session.model_says(key)   # the likeliest score, as the ◀ model bar
        said = words[lang].format(score=pred.score, percent=percent_down(pred.confidence))
        assert view.decision_label.text().startswith(said), view.decision_label.text()
