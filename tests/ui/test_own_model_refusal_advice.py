"""The refusal of a model the teacher saves from her own marks says what was wrong without the advice a bundle from
someone else gets ("get a fresh copy from whoever made it": no one else has a copy of hers; tests/learn/
test_saved_model_manifest_named.py says it whole). The window cuts that advice from the reason as its translator wrote
it (``problem_texts_bundles.without_advice`` with the advice in the window's language), so every reason the manifest
check can give must hold it as the catalogue translates it alone: checked over the compiled German and Spanish
catalogues, as the window reads them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from grader_app.problem_texts import TEXTS, window_text
from grader_app.problem_texts_bundles import FRESH_COPY, without_advice
from grader_app.ui.problem_advice import FRESH_COPY as MARKED
from in_language import in_language

ELSEWHERE = {"en": ("fresh copy",), "de": ("frische Kopie",), "es": ("copia nueva",)}


def _reasons() -> set[str]:
    """The English of each reason a manifest check gives ("its …; get a fresh copy …", said after "… cannot be used:")."""
    return {window_text(k) for k in TEXTS if k.startswith("bundle.") and window_text(k).startswith(("its ", "it "))
            and FRESH_COPY in window_text(k)}


def test_the_advice_is_the_one_the_window_cuts():
    assert MARKED == FRESH_COPY and len(_reasons()) > 20


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_every_reason_of_the_manifest_check_is_said_without_the_advice_in_each_language(qapp, lang):
    reasons = _reasons()
    with in_language(lang):
        advice = QCoreApplication.translate("ProblemAdvice", FRESH_COPY)
        said = {s: QCoreApplication.translate("Problem", s) for s in reasons}
    assert lang == "en" or [s for s, t in said.items() if t == s] == []   # each one translated
    cut = {s: without_advice(t, advice) for s, t in said.items()}
    left = [t for t in cut.values() if any(w in t for w in ELSEWHERE[lang])]
    assert left == []
    assert [said[s] for s, t in cut.items() if not t or t == said[s]] == []   # the advice cut, the reason left
