"""A model file damaged on the disk (a bad sector, a half-finished copy, a sync tool's clash) while a sheet it scored has
its project: QA of a teacher whose laptop misbehaves. The window said "Model asap-sas-5 not installed; those questions
are yours to score", though it was installed and only its file did not load, and wrote the question's model as none
into the project: with the file put right (a fresh copy), the sheet opened again with the question still scored by no
model, its 30 answers the teacher's to mark by hand, and nothing said any more. Now the project keeps the model
chosen while its file does not load, the note says that its file could not be loaded and what to do, and once a good
copy is back the question is scored by it again, the teacher's decisions as they were.

In the real window on real tiny bundles in the shipped folder; the project made as the window makes it."""
from __future__ import annotations

import shutil

import pytest
from project_edits import made_in_the_window

from grader_app.bundles.library import Library
from in_language import in_language
from ui_helpers import make_long_csv

ONE = ("A model file could not be loaded (asap-sas-5.gradebundle), so its questions are yours to score for now; replace "
       "it with a good copy (install Grader again for a model that came with it) and open this sheet again.")


def _opened(qtbot, window, sheet):
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.session is not None and window.session.sheet is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=10000)
    return window.session


def test_a_damaged_model_file_is_said_so_and_its_question_gets_it_back_once_the_file_is_put_right(
        qtbot, make_window, shipped_bundles, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    made_in_the_window(sheet, Library.default(), {1: (2, "mine")})
    model = shipped_bundles / "asap-sas-5.gradebundle"
    good = tmp_path / "good.gradebundle"
    shutil.copy(model, good)
    model.write_bytes(model.read_bytes()[:1000])          # damaged on the disk: cut short

    window = make_window()
    session = _opened(qtbot, window, sheet)
    keys = session.keys_for("asap-sas-5")
    assert keys and not any(k in session.predictions for k in keys)   # no model scores its answers now
    said = [n for n in window.notices.notes if "asap-sas-5" in n]
    assert said == [ONE], window.notices.notes
    assert not [n for n in window.notices.notes if "not installed" in n]
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    window.close()

    shutil.copy(good, model)                               # put right
    again = make_window()
    session = _opened(qtbot, again, sheet)
    assert session.decisions[1].score == 2 and session.decisions[1].comment == "mine"
    assert all(k in session.predictions for k in keys), "the question's model was forgotten by its project"
    assert not [n for n in again.notices.notes if "asap-sas-5" in n], again.notices.notes


def test_a_sheet_opened_first_while_its_model_file_is_damaged_says_so_in_the_columns_dialog(
        qtbot, make_window, shipped_bundles, tmp_path):
    """The columns dialog said only "2 questions without a model (asap-sas-5, …): their answers stay in the results,
    marked for you to score", as for a question no model was ever made for; a teacher who opened the sheet straight
    from its folder never saw the list of models that says which file did not load, and marked by hand what a good
    copy of the file scores. Now the dialog says it under the table as well."""
    model = shipped_bundles / "asap-sas-5.gradebundle"
    model.write_bytes(model.read_bytes()[:1000])
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4, items=("asap-sas-1", "asap-sas-5", "Q3"))
    window = make_window()
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=20000)
    note = window.mapping_dialog.items_note.text()
    assert note.startswith("⚠ 2 questions without a model (asap-sas-5, Q3): their answers stay in the results, marked "
                           "for you to score; a model learns from your marks as you go."), note
    assert ONE in note
    assert note.count("could not be loaded") == 1     # Q3 has no model anywhere: nothing said of a file
    window.mapping_dialog.reject()


HEADED = {"en": "Question asap-sas-5 (its model file could not be loaded): ",
          "de": "Frage asap-sas-5 (seine Modelldatei ließ sich nicht laden): ",
          "es": "Pregunta asap-sas-5 (no se pudo cargar el archivo de su modelo): "}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_learning_line_says_the_model_file_did_not_load_not_that_none_was_shipped(
        qtbot, make_window, shipped_bundles, tmp_path, lang):
    """The line above the results that says where a question's learned model stands named the question "(no shipped
    model)" though its shipped model's file was there, only damaged; it says the file could not be loaded, as the
    notes do, while a question that never had a model keeps its words."""
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    made_in_the_window(sheet, Library.default(), {1: (2, "mine")})
    model = shipped_bundles / "asap-sas-5.gradebundle"
    model.write_bytes(model.read_bytes()[:1000])          # damaged on the disk: cut short
    with in_language(lang):
        window = make_window()
        _opened(qtbot, window, sheet)
        qtbot.waitUntil(lambda: window.learning.ready, timeout=60000)
        lines = window.results.learning.text().splitlines()
        assert [line for line in lines if "asap-sas-5" in line] and all(
            line.startswith(HEADED[lang]) for line in lines if "asap-sas-5" in line), lines
        assert window.learning.sentences().splitlines()[0].startswith(HEADED[lang])
    window.learning.damaged = frozenset()                  # a question that never had a model: as it was
    assert window.learning.sentences().startswith("Question asap-sas-5 (no shipped model): ")
