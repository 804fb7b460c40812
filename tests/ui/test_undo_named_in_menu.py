"""German walkthrough, mouse only: after a group's score the status bar said "Punktzahl 1 an 9 Antworten der Gruppe
vergeben; Strg+Z macht es rückgängig." and named only the key, so a teacher who works with the mouse had to find
Bearbeiten ▸ Rückgängig herself. The sentence now names the menu and its entry as the menu bar shows them; here a
teacher scores a group with a click on a score button, follows the sentence through the menu bar with the mouse, and
the group's score is gone, in the session and in the project file."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from grader_app.ui.undo_words import undo_in_menu
from in_language import in_language
from review_windows import review_requested
from test_group_split import COLD, _keys, _on_group_of, _sheet
from ui_helpers import scored_on_disk

LEFT = Qt.MouseButton.LeftButton


def _words(action) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _click_through_menu(qtbot, window, said: str) -> None:
    """Open the menu the sentence names and click the entry it names after "▸", with the mouse, as a teacher would."""
    named = re.search(r"Ctrl\+Z or (.+?) ▸ (.+?)\.$", said)
    assert named, f"the sentence names no menu: {said!r}"
    bar = window.menuBar()
    top = next((a for a in bar.actions() if _words(a) == named.group(1)), None)
    assert top is not None, f"no menu {named.group(1)!r} on the menu bar"
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(top).center())
    menu: QMenu = top.menu()
    qtbot.waitUntil(menu.isVisible)
    entry = next((a for a in menu.actions() if _words(a) == named.group(2)), None)
    assert entry is not None and entry.isEnabled(), f"no entry {named.group(2)!r} in {named.group(1)!r}"
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(entry).center())


def test_a_groups_score_sentence_names_the_menu_that_undoes_it(qtbot, qtlog, make_window, tmp_path):
    window = make_window((1280, 800))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    cold = _keys(s, COLD)
    _on_group_of(rv, cold[0])
    zero = next(b for b in rv.score_buttons.buttons if b.text().strip(" ✓") == "0")
    qtbot.mouseClick(zero, LEFT)                             # a score given with the mouse
    assert all(s.decisions[k].score == 0 for k in cold)
    assert all(scored_on_disk(window.store).get(k) == 0 for k in cold)
    said = window.statusBar().currentMessage()
    assert said.startswith("Score 0 given to 4 answers in the group")

    with qtlog.disabled():   # an open menu asks the offscreen platform to grab the keyboard, which it cannot
        _click_through_menu(qtbot, window, said)
    assert not any(k in s.decisions for k in cold)           # the group's score taken back
    on_disk = scored_on_disk(window.store)
    assert not any(k in on_disk for k in cold)               # in the project file too
    assert "Undone:" in rv.message_label.text()


def test_a_scores_sentence_goes_once_another_step_is_the_one_undo_takes_back(qtbot, qtlog, make_window, tmp_path):
    """After the group's score the teacher pulls a member of the next group out with the mouse: the pull-out is now
    what Edit ▸ Undo takes back, so the sentence saying it undoes the score goes (it stood on, and then beside
    "Undone: pull … out of the group", telling her the score was still to be undone that way)."""
    from PySide6.QtWidgets import QPushButton

    window = make_window((1280, 800))
    s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
    cold = _keys(s, COLD)
    _on_group_of(rv, cold[0])
    zero = next(b for b in rv.score_buttons.buttons if b.text().strip(" ✓") == "0")
    qtbot.mouseClick(zero, LEFT)
    said = window.statusBar().currentMessage()
    assert "undo with Ctrl+Z" in said
    unit = list(rv.current_unit())
    assert len(unit) > 1 and not any(k in s.decisions for k in unit)   # the next card: a group, undecided
    pull = [b for b in rv.findChildren(QPushButton) if b.isVisible() and b.text().startswith("Pull out")]
    assert len(pull) >= 2
    qtbot.mouseClick(pull[1], LEFT)                          # a member pulled out: no decision, an undo step
    assert len(rv.current_unit()) == 1
    assert window.statusBar().currentMessage() != said       # the score's sentence no longer stands

    with qtlog.disabled():
        _click_through_menu(qtbot, window, said)             # Edit ▸ Undo takes the pull-out back, not the score
    assert "Undone: pull" in rv.message_label.text()
    assert all(s.decisions[k].score == 0 for k in cold)      # the group's score stands
    assert window.statusBar().currentMessage() != said       # nothing beside "Undone: …" says otherwise


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_menus_name_is_whole_on_the_status_bar_at_16_pt(qtbot, make_window, tmp_path, font_16, lang):
    """At 16 pt on a 1366 px laptop the bar cut the sentence at its end, where the menu is named: "…; rückgängig mit …"
    (German), "… o Editar ▸…" (Spanish). The counts beside it now give it their room while it is shown, as they do for
    news said in a few words, and the German says "Punktzahl 0 für 4 Antworten der Gruppe" (not "an … vergeben")."""
    with in_language(lang):
        window = make_window((1366, 768))
        s, rv = review_requested(qtbot, window, _sheet(tmp_path / "ice.csv"))
        _on_group_of(rv, _keys(s, COLD)[0])
        zero = next(b for b in rv.score_buttons.buttons if b.text().strip(" ✓") == "0")
        qtbot.mouseClick(zero, LEFT)
        bar = window.statusBar()
        said = bar.currentMessage()
        assert said.endswith(undo_in_menu() + ".")
        qtbot.waitUntil(lambda: bar.shown_message() == said)   # the counts give way once the bar is laid out
        assert window.status_label.isVisible()                  # still there beside it, cut for the news's time
