"""The results page's filters and search box keep to one line on a 1024×600 screen at a 16 pt font, in English,
German and Spanish (QA s54m: in German and Spanish "Anzeigen: Alle Antworten · Zu prüfen · Mit Hinweis · Von Ihnen
geändert · Von Ihnen entschieden" wrapped onto a second line, which cost the table a row). The real window, a real
sheet, the same setup as :mod:`test_results_room`. Also with the sixth filter, "Identical, other scores", in sight (it is
while identical answers got different scores: the sheet of :mod:`test_identical_scored_differently`, its scores given
as the teacher gives them), which has short words of its own ("Differ")."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from grader_app.ui import i18n, mapping_layout
from grader_app.ui import results_model as rm
from in_language import in_language
from test_identical_scored_differently import SAME, class_csv, opened
from test_results_room import NETBOOK, SCREEN, two_classes
from ui_helpers import open_and_score


def filter_row(results) -> QRect:
    """Where the filters (their group) and the search box are, on the results page."""
    row = QRect()
    for w in (results.filter_buttons[next(iter(results.filter_buttons))].parentWidget(), results.search):
        row = row.united(QRect(w.mapTo(results, w.rect().topLeft()), w.size()))
    return row


def differing_shown(qtbot, window, tmp_path) -> None:
    """The class of :func:`class_csv` opened in ``window``, two of its identical answers given 2 and every other answer
    1: the filter "Identical, other scores" is in sight."""
    session = opened(qtbot, window, class_csv(tmp_path / "class.csv"))
    same = [a.key for a in session.answers if a.text.lower().rstrip(".") == SAME.lower().rstrip(".")]
    for a in session.answers:
        session.decide(a.key, 2 if a.key in same[:2] else 1)
    window.results.decisions_changed()
    qtbot.waitUntil(lambda: window.results.filter_buttons[rm.DIFFERING].isVisible(), timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def letter(text: str) -> str:
    """The Alt+letter a text marks with "&"."""
    return text[text.index("&") + 1].lower()


@pytest.mark.parametrize("language", ["en", "de", "es"])
@pytest.mark.parametrize("sheet, pressed", [("two classes", rm.OVERRIDDEN), ("identical, other scores", rm.DIFFERING)])
def test_at_16_pt_on_a_netbook_the_filters_and_the_search_box_are_one_line(qtbot, make_window, tmp_path, monkeypatch,
                                                                           font_16, language, sheet, pressed):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: SCREEN)
    with in_language(language):
        window = make_window(NETBOOK)
        if sheet == "two classes":
            open_and_score(qtbot, window, two_classes(tmp_path / "9AB" / "answers.csv"), active=True)
        else:
            differing_shown(qtbot, window, tmp_path)
        results = window.results
        shown = [b for b in results.filter_buttons.values() if b.isVisible()]
        assert len(shown) == (5 if sheet == "two classes" else 6)
        one_line = max(w.sizeHint().height() for w in (*shown, results.search))
        qtbot.waitUntil(lambda: filter_row(results).height() <= one_line, timeout=5000)
        row = filter_row(results)
        assert row.height() <= one_line and results.rect().contains(row)
        whole = {m: i18n.QCoreApplication.translate("ResultsView", t) for m, t in rm.FILTERS}
        for mode, b in results.filter_buttons.items():
            assert b.isHidden() or (b.width() >= b.sizeHint().width() and b.y() == shown[0].y())
            # short words keep the filter's Alt+letter; the whole words are its tooltip and what a screen reader says
            assert letter(b.text()) == letter(whole[mode])
            assert QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) == whole[mode].replace("&", "")
            if b.text() != whole[mode]:
                assert b.toolTip() == whole[mode].replace("&", "")
        assert len({letter(b.text()) for b in shown}) == len(shown)
        box = shown[0].parentWidget()
        show = box.findChild(QLabel)   # "Show:", which goes only where the short words do not fit with it
        assert show.isVisible() or sheet != "two classes"
        assert QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Name) == i18n.QCoreApplication.translate(
            "ResultsView", "Show")
        short = results.filter_buttons[pressed]
        assert short.text() != whole[pressed]   # at 16 pt the whole words do not fit one line in any language
        results.table.setFocus()
        qtbot.keyClick(results.table, letter(short.text()).upper(), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: results.proxy.mode() == pressed, timeout=2000)   # mnemonics animate the click
        window.resize(1920, 700)   # room for the whole words on one line: they come back
        qtbot.waitUntil(lambda: short.text() == whole[pressed], timeout=5000)
        assert not short.toolTip() and filter_row(results).height() <= one_line and show.isVisible()
