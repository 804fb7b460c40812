"""The columns dialog's Tab order follows the dialog as it reads, top to bottom and left to right (QA s52r finding 8):
the columns' choices, the questions' table and each question's model, the preview of the sheet, the buttons. The
focus went from the models (top right) to the preview (at the bottom) and back up to the questions' table."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from grader_app.ui.mapping_scales import COLUMN as SCALE_COLUMN  # noqa: E402
from grader_app.core.sheet import LONG, WIDE
from test_mapping_fit_and_keys import _google_forms, _open
from ui_helpers import make_long_csv


def _tab_round(qtbot, first: QWidget, key=Qt.Key.Key_Tab, most: int = 40) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) goes through from ``first`` until it comes back to it."""
    seen = [first]
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget(), key)
        now = QApplication.focusWidget()
        if now is first:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to the first control: {seen}")


@pytest.mark.parametrize("layout", [LONG, WIDE])
def test_tab_goes_through_the_dialog_as_it_reads(qtbot, window, tmp_path, layout):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=4) if layout == LONG else _google_forms(
        tmp_path / "form.csv")
    dlg = _open(qtbot, window, sheet)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    radio = dlg.long_radio if layout == LONG else dlg.wide_radio
    assert radio.isChecked()
    radio.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(radio.hasFocus, timeout=2000)
    if layout == LONG:
        columns = [dlg.answer_combo, dlg.item_combo, dlg.id_combo, dlg.name_combo, dlg.first_name_combo]
    else:
        columns = [dlg.wide_id_combo, dlg.wide_name_combo, dlg.wide_first_name_combo, dlg.answer_list]
    models = []   # each question's model, then what it is out of where the question may be set (23e0abb)
    for r, q in enumerate(dlg.chosen()):
        field = dlg.items_table.cellWidget(r, SCALE_COLUMN)
        models += [dlg.model_combo(q), *((field.spin, field.half) if field.isVisible() and field.isEnabled() else ())]
    row = dlg.buttons.layout()
    buttons = [w for w in (row.itemAt(i).widget() for i in range(row.count())) if w is not None and w.isVisible()]
    assert dlg.ok_button in buttons and len(buttons) == 2
    want = [radio, *columns, dlg.items_table, *models, dlg.preview, *buttons]
    assert _tab_round(qtbot, radio) == want
    # Shift+Tab goes back the same way
    assert _tab_round(qtbot, radio, Qt.Key.Key_Backtab) == [radio, *reversed(want[1:])]
    # the models' table comes just above its models, below the columns' choices, however they are laid out:
    # the focus never goes down to the preview and back up
    tops = [w.mapTo(dlg, w.rect().topLeft()).y() for w in (dlg.items_table, dlg.preview)]
    assert tops[0] < tops[1]
    dlg.reject()
