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


# what the advice meant for someone else's model says in each language: a copy, the one who made it, adding it again
OTHERS = {"en": ("fresh copy", "whoever made it", "add it again"), "de": ("Kopie", "die es erstellt hat", "erneut hinzu"),
          "es": ("copia nueva", "copia corregida", "quien lo hizo", "de nuevo")}


def _refused_own() -> dict[str, str]:
    """The kind and English of each refusal Grader says as the teacher's own when her model gets it
    (``refuses_own``): a file that cannot be read back, a graph refused, a run on test answers too slow or too big."""
    from grader_app.problem_texts_bundles import refuses_own

    class Refused:   # a refusal of that kind, its sentence the English with its values not filled in
        def __init__(self, kind):
            self.kind = kind

        def __str__(self):
            return TEXTS[self.kind]

    return {k: window_text(k) for k in TEXTS if k != "bundle.bad_manifest" and refuses_own(Refused(k))}


def test_the_other_advice_is_the_one_the_window_cuts():
    from grader_app.problem_texts_bundles import OTHERS_ADVICE
    from grader_app.ui.problem_advice import OTHERS_ADVICE as MARKED_OTHERS

    assert MARKED_OTHERS == OTHERS_ADVICE
    assert {"bundle.probe_slow", "bundle.probe_memory", "bundle.text_copied", "bundle.sparse_table", "bundle.not_zip",
            "bundle.damaged", "bundle.changed_while_added"} <= set(_refused_own())
    assert "bundle.probe_not_started" in _refused_own()   # "add it again, and if that fails too, install Grader…"


def test_only_the_one_off_refusals_of_her_own_model_say_save_it_again():
    """A refusal a second try can pass (a busy computer, the file changed as it was added, the program that tries it
    not started) is said with its own advice, "save it again when the computer is less busy"; every other refusal of
    hers keeps "mark one more answer or change a mark"."""
    from grader_app.problem_texts_bundles import ONE_OFF, one_off

    class Refused:
        def __init__(self, kind):
            self.kind = kind

    assert ONE_OFF <= set(_refused_own())
    once = {k for k in (*_refused_own(), "bundle.bad_manifest") if one_off(Refused(k))}
    assert once == {"bundle.probe_slow", "bundle.changed_while_added", "bundle.probe_not_started"}
    assert {"bundle.own_refused_once", "learn.own_refused_once"} <= set(TEXTS)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_every_refusal_of_her_own_model_is_said_without_advice_meant_for_another_in_each_language(qapp, lang):
    from grader_app.ui.problem_advice import without_fresh_copy

    refusals = _refused_own()
    with in_language(lang):
        said = {k: QCoreApplication.translate("Problem", s) for k, s in refusals.items()}
        cut = {k: without_fresh_copy(t) for k, t in said.items()}
    assert lang == "en" or [k for k, t in said.items() if t == refusals[k]] == []   # each one translated
    assert {k: t for k, t in cut.items() if any(w in t for w in OTHERS[lang])} == {}
    assert [k for k, t in cut.items() if not t or t == said[k]] == []   # the advice cut, the refusal left
