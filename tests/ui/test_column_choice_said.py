"""The columns dialog in a German or Spanish window, when the columns chosen leave out one the sheet's layout needs.
QA (translation audit): "No answer columns were chosen for this one-column-per-question sheet." came from core.sheet in
English in every window language. It is now a problem (columns.no_answer_columns) the window translates; the command
line keeps its English. A real sheet written to disk and opened in the real main window."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from grader_app.core.sheet import ColumnChoice, ColumnMapping, WIDE, Sheet

ENGLISH = "no answer columns were chosen for this one-column-per-question sheet"
SAID = {"de": "⚠ Es sind keine Antwortspalten für diese Tabelle mit einer Spalte pro Frage gewählt.",
        "es": "⚠ No se ha elegido ninguna columna de respuestas para esta hoja de una columna por pregunta."}


def _wide_csv(path):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ID", "Name", "Q1", "Q2"])
        w.writerows([["1", "Ann", "the membrane controls entry", "mrna goes to the ribosome"],
                     ["2", "Bo", "water moves in", "no idea"],
                     ["3", "Cy", "it lets some things through", "trna brings amino acids"]])
    return path


@pytest.mark.parametrize("lang", sorted(SAID))
def test_no_answer_column_ticked_is_said_in_the_window_s_language(qtbot, make_window, tmp_path, lang):
    from grader_app.ui import i18n

    assert i18n.install(lang)
    window = make_window()
    window.open_path(_wide_csv(tmp_path / "class.csv"))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert dlg.wide_radio.isChecked()
    for row in range(dlg.answer_list.count()):
        dlg.answer_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dlg.error.text() == SAID[lang] and not dlg.ok_button.isEnabled()
    dlg.accept()   # Enter all the same: refused, saying the same
    assert dlg.isVisible() and dlg.error.text() == SAID[lang]
    dlg.reject()


def test_the_command_line_keeps_the_english_sentence():
    import pandas as pd

    sheet = Sheet(frame=pd.DataFrame({"ID": ["1"], "Q1": ["an answer"]}, dtype=object))
    with pytest.raises(ColumnChoice) as caught:
        ColumnMapping(layout=WIDE, id_column="ID").validate(sheet)
    assert str(caught.value) == ENGLISH and isinstance(caught.value, ValueError)
