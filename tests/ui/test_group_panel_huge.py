"""A group of huge answers (the same pasted article, handed in by many students) opens without laying
out every member's whole text: the members show their beginning and say how much more there is, the
member chosen with ↑/↓ shows all of it, and so does a short answer. Laid out in full, 30 members of
40,000 characters held the GUI thread for 18 s and every ↑/↓ for 3 s more (no timed asserts here)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from grader_app.ui.group_panel import MEMBER_CHARS, TYPICAL_CHARS
from ui_helpers import group_panel, one_question_session

ARTICLE = "The cell membrane controls what goes in and out of the cell. " * 700   # about 43,000 characters
ZWSP = "\u200b"


@pytest.fixture
def session():
    rows = [(f"S{i:02d}", f"Pupil {i:02d}", ARTICLE + f"Mine is number {i}.") for i in range(30)]
    rows.append(("S99", "Pupil 99", "Short and sweet."))
    return one_question_session(rows)


def test_huge_members_show_their_beginning_and_the_chosen_one_all_of_it(qtbot, session):
    panel = group_panel(qtbot)
    keys = [a.key for a in session.answers]
    panel.set_group(session, keys, keys[0], None)
    first = panel.members[0].text.text()
    assert len(first) < MEMBER_CHARS + 200 and first.startswith("The cell membrane controls")
    more = len(session.answers[keys[0]].text) - len(first.split("…")[0])
    assert first.endswith(f"…\n({more} more characters: click this answer, or choose it with ↑/↓, to read all of it)")
    typical = panel.typical_label.text()
    assert len(typical) < TYPICAL_CHARS + 200 and "more characters: click this answer in the list below" in typical
    # the member chosen with ↑/↓ shows every character of its answer; the one chosen before goes back to its beginning
    panel.set_group(session, keys, keys[0], keys[5])
    chosen = next(m for m in panel.members if m.key == keys[5])
    # its own number (5, where the typical answer says 0) is highlighted: the label holds rich text
    assert chosen.text.textFormat() == Qt.TextFormat.RichText and "<b><u>" in chosen.text.text()
    shown = QTextDocumentFragment.fromHtml(chosen.text.text()).toPlainText()
    assert shown.replace(ZWSP, "") == session.answers[keys[5]].text
    panel.set_group(session, keys, keys[0], keys[6])
    assert "more characters" in chosen.text.text() and len(chosen.text.text()) < MEMBER_CHARS + 200
    # a short answer is shown whole, without a note
    panel.set_group(session, [keys[-1], keys[1]], keys[-1], None)
    assert panel.members[0].text.text() == "Short and sweet." and panel.typical_label.text() == "Short and sweet."

