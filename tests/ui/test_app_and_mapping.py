"""`grader SHEET` opens the sheet with the mapping dialog prefilled; the mapping dialog's choices."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from grader_app.bundles.library import Library
from grader_app.core.sheet import LONG, WIDE, ColumnMapping, Sheet
from grader_app.ui.app import _sheet_arg, make_application, open_main_window, run_app
from grader_app.ui.mapping_dialog import NO_MODEL, MappingDialog
from ui_helpers import make_long_csv


def test_sheet_argument_opens_mapping_dialog_prefilled(qtbot, shipped_bundles, tmp_path, task_manager):
    import sys

    sheet = make_long_csv(tmp_path / "sample-class.csv")
    before = sys.getswitchinterval()
    app = make_application([])
    assert sys.getswitchinterval() == before   # no interpreter tuning: workers no longer write the session
    assert app.organizationName() == "Grader" and app.applicationName() == "Grader"
    window = open_main_window([str(sheet)], tasks=task_manager)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    m = window.mapping_dialog.mapping()
    assert m.layout == LONG and m.answer_column == "Answer" and m.item_column == "Question"
    assert window.mapping_dialog.chosen() == {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5"}
    window.mapping_dialog.reject()
    window.close()


def test_missing_sheet_argument_is_refused_plainly(capsys):
    assert run_app(["no-such-sheet.xlsx"]) == 2
    err = capsys.readouterr().err
    assert "no-such-sheet.xlsx" in err and "check the name" in err
    assert _sheet_arg(["--verbose", "a.csv"]).name == "a.csv" and _sheet_arg([]) is None


def test_a_mistyped_command_is_named_with_the_commands(capsys, tmp_path, monkeypatch):
    """`grader scroe answers.csv` meant `grader score`: the entry point says so and lists the commands, before
    any window (it was "there is no file scroe; check the name and the folder")."""
    from grader_app.__main__ import main

    monkeypatch.chdir(tmp_path)
    assert main(["scroe", "answers.csv"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == ("grader: 'scroe' is neither a file nor a command; did you mean 'grader score'? The commands are "
                   "score, bundles, verify, learn (grader --help says more).")
    assert main(["homework"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("grader: There is no file 'homework' and no command of that name; give a sheet of answers")
    assert main(["homework.csv"]) == 2 and "There is no file homework.csv; check the name" in capsys.readouterr().err


def _wide_sheet() -> Sheet:
    df = pd.DataFrame({"ID": ["1", "2", "3"], "Name": ["Ann", "Bo", "Cy"],
                       "asap-sas-1": ["the membrane controls entry", "water moves", ""],
                       "Q2": ["mrna goes to the ribosome", "no idea", "trna brings amino acids"]}, dtype=object)
    return Sheet(frame=df)


def test_wide_layout_lists_each_column_and_allows_no_model(qtbot, shipped_bundles):
    lib = Library.load([shipped_bundles])
    guess = ColumnMapping(layout=WIDE, id_column="ID", name_column="Name",
                          answer_columns={"asap-sas-1": "asap-sas-1", "Q2": "Q2"})
    dlg = MappingDialog(_wide_sheet(), lib, guess)
    qtbot.addWidget(dlg)
    assert dlg.wide_radio.isChecked()
    assert dlg.chosen() == {"asap-sas-1": "asap-sas-1", "Q2": None}
    assert "Q2" in dlg.items_note.text()
    assert dlg.model_combo("Q2").currentText() == NO_MODEL
    # the teacher picks a model for Q2 from the library
    combo = dlg.model_combo("Q2")
    combo.setCurrentIndex(combo.findData("asap-sas-5"))
    assert dlg.chosen()["Q2"] == "asap-sas-5"
    assert "Every question has a model" in dlg.items_note.text()
    assert dlg.ok_button.isEnabled() and dlg.ok_button.text() == "Score 5 answers"   # Cy left asap-sas-1 blank
    # unticking an answer column keeps the choices made for the others
    dlg.answer_list.findItems("asap-sas-1", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Unchecked)
    assert dlg.chosen() == {"Q2": "asap-sas-5"}
    assert dlg.mapping().answer_columns == {"Q2": "Q2"}


def test_switching_layout_and_bad_mapping_explained(qtbot, shipped_bundles):
    lib = Library.load([shipped_bundles])
    guess = ColumnMapping(layout=WIDE, id_column="ID", answer_columns={"Q2": "Q2"})
    dlg = MappingDialog(_wide_sheet(), lib, guess)
    qtbot.addWidget(dlg)
    for c in range(dlg.answer_list.count()):
        dlg.answer_list.item(c).setCheckState(Qt.CheckState.Unchecked)
    assert not dlg.ok_button.isEnabled()
    assert "no answer columns" in dlg.error.text().lower()
    dlg.long_radio.setChecked(True)
    dlg.answer_combo.setCurrentIndex(dlg.answer_combo.findData("Q2"))
    dlg.item_combo.setCurrentIndex(0)   # (none): the whole sheet is one question
    assert dlg.mapping().default_item == "whole sheet"
    assert list(dlg.chosen()) == ["whole sheet"]
    assert dlg.ok_button.isEnabled()
    # a "question" column with a different value on every row is not a question column
    dlg.item_combo.setCurrentIndex(dlg.item_combo.findData("ID"))
    assert dlg.ok_button.isEnabled()   # three ids are few enough to be questions
    assert sorted(dlg.chosen()) == ["1", "2", "3"]
