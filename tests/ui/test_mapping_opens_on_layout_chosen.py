"""The columns dialog opened with the keyboard's focus on the first of its two layout choices, "One row per answer",
also where the sheet has one column per question and that choice is not the one made: Space, the key that confirms a
choice, then threw the guess away (the answer columns untied, "Score 150 answers" greyed out to "Start scoring"),
and Tab came back round to that choice rather than the one made (QA walkthrough, a Spanish teacher on the keyboard
alone, a class sheet of one column per question). Now it opens on the layout chosen, as Tab into a group of radio
buttons lands on the one checked. The real main window on real sheets, the key sent to the widget that has the focus."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader_app.core.sheet import LONG, WIDE
from test_mapping_fit_and_keys import _google_forms, _open
from ui_helpers import make_long_csv


@pytest.mark.parametrize("layout", [WIDE, LONG])
def test_the_columns_dialog_opens_on_the_layout_it_guessed(qtbot, window, tmp_path, layout):
    sheet = _google_forms(tmp_path / "form.csv") if layout == WIDE else make_long_csv(tmp_path / "answers.csv",
                                                                                      n_students=4)
    dlg = _open(qtbot, window, sheet)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.isActiveWindow() and QApplication.focusWidget() is not None, timeout=3000)
    chosen = dlg.wide_radio if layout == WIDE else dlg.long_radio
    assert chosen.isChecked()
    assert QApplication.focusWidget() is chosen
    before, button = dlg.mapping(), dlg.ok_button.text()
    assert dlg.ok_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)   # Space on the choice made keeps it
    assert chosen.isChecked() and dlg.mapping() == before
    assert dlg.ok_button.isEnabled() and dlg.ok_button.text() == button
    for _ in range(40):                                          # Tab round the dialog comes back to it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() in (dlg.long_radio, dlg.wide_radio):
            break
    assert QApplication.focusWidget() is chosen
    dlg.reject()
