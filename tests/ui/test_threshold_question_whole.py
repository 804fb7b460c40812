"""The threshold panel's "For:" list at 1366×768 (a teacher's laptop): it showed "asap-sas-1 — ASAP-SAS 1 – …", the
question's id and its model's title cut with "…" in the narrow panel. It now shows the question by its short name,
whole, as "Each question now needs" below says it, and its whole name and the model's title in its tooltip (and each
choice's, in the list). The real results page, with real tiny models titled as the shipped ones are."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from ui_helpers import results_view, scored_session

TITLE = "{upper} — Science: replicating the vinegar experiment"


def _text_room(combo) -> int:
    """The width the combo box draws its current text in (its edit field, as the style lays it out)."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def test_the_question_is_shown_whole_and_its_models_title_in_the_tooltip(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles)
    for it in ("asap-sas-1", "asap-sas-5"):
        session.set_item_info(replace(session.items[it], title=TITLE.format(upper=it.upper())))
    view = results_view(qtbot, session, width=1366, height=768)
    panel = view.threshold
    assert panel.isVisible()
    combo = panel.scope
    assert combo.count() == 2
    for i, it in enumerate(("asap-sas-1", "asap-sas-5")):
        combo.setCurrentIndex(i)
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= _text_room(combo), combo.currentText()
        assert combo.currentText() == it
        whole = f"{it} — {TITLE.format(upper=it.upper())}"
        assert combo.toolTip() == whole and combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == whole
        assert combo.accessibleDescription() == whole
        assert panel.effect.text().replace("\u2060", "").startswith(f"Question {it}:")   # the sentence follows
