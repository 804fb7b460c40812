"""The real window opening last week's graded workbook with no project beside it: the columns dialog proposes the model
that scored the question last week (ASAP-SAS 6, chosen by hand then), the note says the model scores the other answers
again, and after scoring every answer has last week's final score. Where no model is chosen (the teacher picks "No
model", or the workbook names none), or the model is missing or another version, the note never says that the model
scores the other answers. Real workbooks, the real shipped bundles through onnxruntime."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from grader_app.bundles.archive import write_bundle
from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.paths import user_bundles_dir
from main_windows import shown_main_window

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_graded_workbook_keeps_model import MODELS, QUESTION, finals, week_one  # noqa: E402

AGAIN = "The model scores the other answers again."


@pytest.fixture
def open_window(qtbot, tmp_path, task_manager):
    """Makes the real main window over the models installed then (the ui tests' shipped folder, and the user's)."""
    made = []

    def make():
        w = shown_main_window(qtbot, task_manager, (1024, 600))
        made.append(w)
        return w
    yield make
    for w in made:
        w.close()


def install(*ids: str) -> None:
    """The real shipped models ``ids``, as the only ones that came with Grader (the ui tests' shipped folder)."""
    for bid in ids:
        shutil.copy(MODELS / f"{bid}.gradebundle", os.environ["GRADER_BUNDLES_DIR"])


def _dialog(qtbot, window, path: Path):
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=15000)
    return window.mapping_dialog


def _said(dlg) -> str:
    return " ".join(dlg.notes_label.text().split())


def _this_week(tmp_path: Path, summary: bool = True) -> tuple[object, Path]:
    """Last week's session and its graded workbook, copied alone into this week's folder."""
    last_week, graded = week_one(tmp_path / "last week", Library.load([MODELS]), summary=summary)
    moved = tmp_path / "this week" / graded.name
    moved.parent.mkdir()
    shutil.copy(graded, moved)
    return last_week, moved


def test_the_graded_workbook_reopens_with_last_weeks_model_and_scores(qtbot, tmp_path, open_window):
    install("asap-sas-5", "asap-sas-6")
    last_week, graded = _this_week(tmp_path)
    window = open_window()
    dlg = _dialog(qtbot, window, graded)
    assert dlg.chosen() == {QUESTION: "asap-sas-6"}
    assert ("This sheet was graded with Grader before: your 2 earlier decisions are kept. " + AGAIN) in _said(dlg)
    with qtbot.waitSignal(window.scoringFinished, timeout=60000):
        dlg.ok_button.click()
    session = window.session
    assert session.items[QUESTION].bundle_id == "asap-sas-6"
    assert finals(session) == finals(last_week)   # the answers accepted last week have their final scores again
    assert review.UNSCORED not in {session.status(a.key) for a in session.answers}


def test_choosing_no_model_in_the_dialog_changes_what_the_note_promises(qtbot, tmp_path, open_window):
    install("asap-sas-6")
    _, graded = _this_week(tmp_path)
    dlg = _dialog(qtbot, open_window(), graded)
    combo = dlg.model_combo(QUESTION)
    combo.setCurrentIndex(combo.findData(None))
    assert AGAIN not in _said(dlg) and "scores the other answers" not in _said(dlg)
    assert _said(dlg).endswith("No model is chosen, so the other answers wait for you to score them.")
    combo.setCurrentIndex(combo.findData("asap-sas-6"))
    assert _said(dlg).endswith(AGAIN)
    dlg.reject()


def test_a_workbook_that_names_no_model_gets_none_and_the_note_promises_none(qtbot, tmp_path, open_window):
    """The finding itself: a graded workbook that does not say which model scored it (the command line's, one written
    before it said so), a question no model is named after: "No model", and the note no longer says the model scores
    the other answers again."""
    install("asap-sas-6")
    _, graded = _this_week(tmp_path, summary=False)
    dlg = _dialog(qtbot, open_window(), graded)
    assert dlg.chosen() == {QUESTION: None}
    assert _said(dlg) == ("This sheet was graded with Grader before: your 2 earlier decisions are kept. No model is "
                          "chosen, so the other answers wait for you to score them.")
    dlg.reject()


def test_a_missing_model_is_said_and_not_promised(qtbot, tmp_path, open_window):
    install("asap-sas-5")
    _, graded = _this_week(tmp_path)
    title = Library.load([MODELS]).get("asap-sas-6").title
    dlg = _dialog(qtbot, open_window(), graded)
    assert dlg.chosen() == {QUESTION: None}
    said = _said(dlg)
    assert AGAIN not in said and "No model is chosen, so the other answers wait for you to score them." in said
    assert said.endswith(f"{title}, the model that scored question “{QUESTION}” before, is not installed: add it to "
                         "your models to score that question's other answers as before.")
    dlg.reject()


def test_another_version_of_the_model_is_not_chosen_and_said(qtbot, tmp_path, open_window):
    install("asap-sas-6")
    _, graded = _this_week(tmp_path)
    six = Library.load([MODELS]).get("asap-sas-6")
    changed = dict(six.manifest)
    changed["review"] = {**changed["review"], "threshold": 0.99}   # retrained or re-set since: another version
    write_bundle(user_bundles_dir() / "asap-sas-6.gradebundle", changed, six.model_bytes)   # the teacher's own copy
    dlg = _dialog(qtbot, open_window(), graded)
    assert dlg.chosen() == {QUESTION: None}
    said = _said(dlg)
    assert AGAIN not in said
    assert said.endswith(f"The installed {six.title} is not the version that scored question “{QUESTION}” before, so "
                         "it is not chosen for that question again: its scores may differ from those in the sheet.")
    combo = dlg.model_combo(QUESTION)
    combo.setCurrentIndex(combo.findData("asap-sas-6"))   # the teacher chooses it all the same
    said = _said(dlg)
    assert AGAIN not in said and "The model chosen for each question scores the other answers." in said
    assert said.endswith("so some of its scores may differ from those in the sheet.")
    dlg.reject()


def _notes(window) -> list[str]:
    return [" ".join(n.split()) for n in window.notices.notes]


@pytest.mark.parametrize("case", ["missing", "other version", "other version chosen"])
def test_a_missing_or_other_model_is_said_above_the_results_once_and_not_at_the_next_opening(qtbot, tmp_path,
                                                                                           open_window, case):
    """The dialog's sentence on the model that scored the question before is said above the results too, once, when
    the workbook is taken up (its project made); opened again, its project holds the choice: not said again."""
    install("asap-sas-5" if case == "missing" else "asap-sas-6")
    _, graded = _this_week(tmp_path)
    six = Library.load([MODELS]).get("asap-sas-6")
    if case != "missing":
        changed = dict(six.manifest)
        changed["review"] = {**changed["review"], "threshold": 0.99}
        write_bundle(user_bundles_dir() / "asap-sas-6.gradebundle", changed, six.model_bytes)
    window = open_window()
    dlg = _dialog(qtbot, window, graded)
    if case == "other version chosen":
        combo = dlg.model_combo(QUESTION)
        combo.setCurrentIndex(combo.findData("asap-sas-6"))
    sentence = {"missing": f"{six.title}, the model that scored question “{QUESTION}” before, is not installed: add it "
                           "to your models to score that question's other answers as before.",
                "other version": f"The installed {six.title} is not the version that scored question “{QUESTION}” "
                                 "before, so it is not chosen for that question again: its scores may differ from "
                                 "those in the sheet.",
                "other version chosen": f"The installed {six.title} is not the version that scored question "
                                        f"“{QUESTION}” before, so some of its scores may differ from those in the "
                                        "sheet."}[case]
    assert _said(dlg).endswith(sentence)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.session is not None and window.notices.isVisible(), timeout=60000)
    assert _notes(window).count(sentence) == 1, window.notices.notes
    first = window.session
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    window.open_sheet(graded)   # its project knows the columns and the models: no dialog
    qtbot.waitUntil(lambda: window.session is not None and window.session is not first, timeout=60000)
    assert sentence not in _notes(window)
