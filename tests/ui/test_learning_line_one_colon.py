"""QA (Spanish walkthrough): the learning line read "Aprendiendo de tus 200 correcciones anteriores y 23 de esta hoja:
sigue corrigiendo: el modelo necesita al menos 22 correcciones más…", two colons strung together, and so in English
("…of this sheet: keep marking: the model needs…") and German. Each sentence that begins by asking the teacher to keep
marking goes on without a colon ("keep marking, since the model needs…"), in every language, as the review's line
joins it after its own colon."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from grader_app.learn.assistant import Progress, progress_sentence
from grader_app.ui import i18n
from grader_app.ui.learning_words import progress_words
from test_learning_words import cases

UNCHECKED = Progress(total=150, decided=3, auto=0, need_you=147, qualified=False, marks_needed=None, could_take=None,
                     at_least=45)


def _keep_marking(k: int) -> list[Progress]:
    return [p for p in [*cases(k), UNCHECKED] if progress_sentence(p).startswith("Keep marking")]


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_keep_marking_is_not_followed_by_a_second_colon_on_the_learning_line(qapp, lang):
    assert i18n.install(lang)
    try:
        for k in (1, 3):
            found = _keep_marking(k)
            assert len(found) >= 5
            for p in found:
                line = QCoreApplication.translate("ReviewView", "Learning from your marks: {progress}").format(
                    progress=i18n.after_colon(progress_words(p)))
                head, rest = line.split(": ", 1)
                assert not re.match(r"[^,;.]*:", rest), line   # "…: keep marking: the model…" no more
    finally:
        i18n.install("en")
