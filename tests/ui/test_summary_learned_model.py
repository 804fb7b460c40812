"""QA (a question without a model, marked in the window until the model learned from the marks took answers on its
own): the graded workbook's Summary sheet counted "Auto-accepted 106" for the question and, a few rows below, under
"Models that scored the answers", said "No model: you scored it" of it. It now says the answers were scored by a model
learned from the teacher's marks (no id or version: no model file scored them as written, so a reopened workbook
still gets the models a new sheet would), in the window's language; a question no model scored still says "No model".
The real window, its export dialog (File ▸ Export, Ctrl+E) and the workbook it writes."""
from __future__ import annotations

import openpyxl
import pytest

from grader_app.ui import i18n
from test_main_window import _open_by_drop
from test_question_sentence_quoted import QUESTION, _sheet
from test_learning_window import truth

SAID = {"en": ("A model learned from your marks", "No model: you scored it"),
        "es": ("Un modelo aprendido de tus correcciones", "Sin modelo: la puntuaste tú")}


def _models_rows(path) -> dict[str, str]:
    """The Summary sheet's "Models that scored the answers": question -> what the Model column says."""
    ws = openpyxl.load_workbook(path).worksheets[-1]   # "Summary", "Resumen", after the graded table
    rows = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r[0] in ("Models that scored the answers",
                                                       "Modelos que puntuaron las respuestas"))
    found = {}
    for r in rows[at + 2:]:
        if not r[0]:
            break
        found[r[0]] = r[1]
    return found


def _export(qtbot, window, path) -> None:
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=10000)
    dlg.set_format("xlsx")
    dlg.set_destination(path)
    with qtbot.waitSignal(dlg.exported, timeout=30000):
        dlg.export_button.click()
    dlg.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_summary_names_the_model_learned_from_the_marks(qtbot, make_window, tmp_path, lang):
    assert i18n.install(lang)
    try:
        window = make_window((1366, 768))
        dlg = _open_by_drop(qtbot, window, _sheet(tmp_path / "class" / "doghouse.csv"))
        with qtbot.waitSignal(window.scoringFinished, timeout=30000):
            dlg.ok_button.click()
        qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
        _export(qtbot, window, tmp_path / "before.xlsx")          # nothing marked yet: no model scored it
        assert _models_rows(tmp_path / "before.xlsx") == {QUESTION: SAID[lang][1]}
        window.results.request_review()
        rv, s = window.review_view, window.session
        for _ in range(12):                                     # marks of both scores: a model learns from them
            if QUESTION in window.learning.models:
                break
            qtbot.keyClick(rv, str(truth(s.answers[rv.current_key()].text)))
            qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
        qtbot.waitUntil(lambda: s.items[QUESTION].learned, timeout=30000)
        open_scored = [k for k in s.keys_for(QUESTION) if k not in s.decisions and s.model_row(k) is not None]
        assert open_scored                                      # the learned model scores the answers still open
        _export(qtbot, window, tmp_path / "graded.xlsx")
    finally:
        i18n.install("en")
    assert _models_rows(tmp_path / "graded.xlsx") == {QUESTION: SAID[lang][0]}
