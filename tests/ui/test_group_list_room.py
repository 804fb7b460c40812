"""At 1024×600 a group's card gave its member list about six lines (one or two members of ten): the rest of the
height went to the typical answer's box in large type (which the list holds too) and to an empty message line under
the card. Now, on a short screen, the typical answer's box is in a smaller large type, and the message line takes no
room while it says nothing (the buttons stay where they are when it does): the list gets half as much again, two members
or more of ten in sight. On a tall screen nothing changes: the typical answer in its large type, the list at its
cap. The real main window, sheet and review screen, in English and German."""
from __future__ import annotations

from contextlib import ExitStack

import pytest
from PySide6.QtCore import QPoint, Qt

from grader_app.ui.group_panel import TYPICAL_LARGE, TYPICAL_SMALL, VISIBLE_LINES
from review_windows import class_sheet, review_grouped, window_in
from test_review_decision_in_view import PROMPT, _settle
from ui_helpers import make_bundle

# ten answers that look alike, the typical one two lines long at 1024 pixels in large type (our own wording)
SAID = ("White, because a white lid reflects most of the light from the lamp, so the air in the jar warmed up the "
        "least of all four colours")
ALIKE = [f"{SAID}.", SAID.lower() + ".", f"{SAID}!", f"{SAID} I think.", f"{SAID}..", SAID.replace(",", "") + ".",
         f"{SAID}, yes.", f"  {SAID}.", SAID.replace("because", "becuase") + ".", SAID.replace("the lamp", "teh lamp")]
OTHERS = ["Black, it gets hottest.", "The dark grey one.", "I do not know."]
TEXTS = [OTHERS[0], *ALIKE, *OTHERS[1:]]


@pytest.fixture
def reviewing(qtbot, task_manager, tmp_path):
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: replicating the vinegar experiment",
                prompt=PROMPT)
    windows = ExitStack()   # each window made, closed as the test ends (English again)

    def open_group(lang: str, width: int, height: int):
        window = windows.enter_context(window_in(qtbot, task_manager, lang, width, height))
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", TEXTS), 1)
        assert (window.width(), window.height()) == (width, height)
        assert len(view.current_unit()) == len(ALIKE) and view.card.showing_group()
        _settle(qtbot, view)
        qtbot.wait(100)
        return window, view

    with windows:
        yield open_group


def _typical_scale(view) -> float:
    panel = view.group_panel
    return panel.typical_label.font().pointSizeF() / panel.typical_heading.font().pointSizeF()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_at_1024_by_600_the_member_list_gets_more_of_the_height(qtbot, reviewing, lang):
    window, view = reviewing(lang, 1024, 600)
    panel = view.group_panel
    line = panel.list_area.fontMetrics().lineSpacing()
    shown = panel.list_area.viewport().height()
    assert shown >= 9 * line, (shown, line)                     # it had 82 (de) to 101 (en) pixels
    assert _typical_scale(view) == pytest.approx(TYPICAL_SMALL, abs=0.05)   # still larger than the text around it
    assert view.message_label.isHidden()                        # says nothing: no empty line under the card
    buttons = [b.mapTo(window, QPoint(0, 0)) for b in (view.accept_button, view.next_button, view.score_buttons)]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)        # "Nothing to undo."
    qtbot.waitUntil(lambda: view.message_label.isVisible(), timeout=3000)
    assert view.message_label.text()
    assert [b.mapTo(window, QPoint(0, 0)) for b in (view.accept_button, view.next_button, view.score_buttons)] == buttons


def test_on_a_taller_screen_the_card_is_as_it_was(qtbot, reviewing):
    _window, view = reviewing("de", 1366, 768)
    panel = view.group_panel
    assert _typical_scale(view) == pytest.approx(TYPICAL_LARGE, abs=0.05)
    qtbot.waitUntil(lambda: panel.list_area.height() == panel.list_area.fontMetrics().lineSpacing() * VISIBLE_LINES,
                    timeout=3000)                                # the list at its cap, as before


def test_on_a_tall_screen_the_member_list_takes_the_room_under_it(qtbot, reviewing):
    """At 1920×1080 the list stopped at its 16 lines, two of the ten members out of sight, above an empty band of about
    280 px: now it is as tall as the whole card fills its area, the question and the group's heading still in sight."""
    _window, view = reviewing("de", 1920, 1080)
    panel, area = view.group_panel, view.group_panel.list_area
    line = area.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: area.height() > line * VISIBLE_LINES, timeout=3000)
    _settle(qtbot, view)
    assert _typical_scale(view) == pytest.approx(TYPICAL_LARGE, abs=0.05)   # nothing else on the card gave way
    assert panel.typical_label.isVisible() and panel.heading.isVisible() and view.question_label.isVisible()
    assert view.scroll.verticalScrollBar().value() == 0   # the card from its top
    band = view.in_view.spare.geometry().height()
    members = area.verticalScrollBar().maximum() == 0 and len(panel.members) == len(ALIKE)
    kept = line + view.layout().spacing()   # a line kept for the message under the card
    assert members or band <= kept, (band, area.height())   # every member in sight, or no empty band left
    height = area.height()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)        # "Nothing to undo."
    qtbot.waitUntil(lambda: view.message_label.isVisible(), timeout=3000)
    _settle(qtbot, view)
    assert area.height() == height and view.scroll.verticalScrollBar().value() == 0   # the message took that line
