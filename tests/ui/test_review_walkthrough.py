"""A teacher's walk through the review, keyboard first, on the real screens: a comment on a member of a group
before the group's score, a comment kept for an answer without a model then undone with its score, a long card
on a 1024×600 screen moving on to the next answer, and Enter on the results page where the teacher is typing
(the search box, the threshold) — each checked in the session, on screen and in the project file."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grader_app.ui.main_window import RESULTS, REVIEW
from ui_helpers import decisions_on_disk, make_long_csv, open_and_score, review_view, scored_rows_project

CTRL = Qt.KeyboardModifier.ControlModifier
ALIKE = ["White, because it absorbs less energy so the doghouse stays cooler.",
         "white because it absorbs less energy so the doghouse stays cooler",
         "White because it absorbs less energy, so the dog house stays cooler."]
LONG = " ".join(["Vinegar amount, the type of vinegar, the size of the containers and how long to rinse."] * 30)


@pytest.fixture
def grouped(qtbot, tmp_path):
    session, store = scored_rows_project(tmp_path, [("asap-sas-1", t) for t in ALIKE])
    view = review_view(qtbot, session, groups=dict.fromkeys(range(3), 0), typical=[0])
    yield session, store, view
    store.close()


def test_a_comment_on_a_group_member_before_the_groups_score_does_not_keep_the_score_from_it(qtbot, grouped):
    """Saving the comment gives the member no score (it once accepted the model's): it waits, and the group's score
    typed next reaches the member with its comment, the others without; one undo takes the score back and the
    comment waits again, on disk too."""
    session, store, view = grouped
    assert view.current_unit() == [0, 1, 2]
    qtbot.keyClick(view, Qt.Key.Key_Down)                     # choose the second member
    member = view.current_key()
    assert member == 1
    qtbot.keyClick(view, Qt.Key.Key_C)
    dlg = view.comment_dialog
    qtbot.keyClicks(dlg.editor, "Say why white absorbs less.")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)
    assert member not in session.decisions and session.waiting_comments == {member: "Say why white absorbs less."}
    assert view.score_buttons.label.text() == "Give all 3:"   # the commented member takes the group's score
    other = next(v for v in (0, 1, 2, 3) if v != session.predictions[member].score)
    qtbot.keyClick(view, getattr(Qt.Key, f"Key_{other}"))
    assert decisions_on_disk(store) == {0: (other, ""), 1: (other, "Say why white absorbs less."), 2: (other, "")}
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)                 # one step back: no score, the comment waiting
    assert session.decisions == {} and decisions_on_disk(store) == {}
    assert session.waiting_comments == {member: "Say why white absorbs less."}
    assert view.current_unit() == [0, 1, 2] and view.score_buttons.label.text() == "Give all 3:"


def test_undoing_a_score_gives_back_the_comment_kept_for_it(qtbot, tmp_path):
    """No model for the question: a comment waits for the score; undoing that score keeps the comment waiting
    (shown, and saved with the next score), and redo takes it again."""
    session, store = scored_rows_project(tmp_path, [("Own question", "Paint it white."), ("Own question", "Black.")])
    try:
        view = review_view(qtbot, session)
        qtbot.keyClick(view, Qt.Key.Key_C)
        dlg = view.comment_dialog
        qtbot.keyClicks(dlg.editor, "Why white?")
        qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)
        assert "Why white?" in view.comment_label.text() and decisions_on_disk(store) == {}
        qtbot.keyClick(view, Qt.Key.Key_3)
        assert decisions_on_disk(store) == {0: (3, "Why white?")}
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        assert decisions_on_disk(store) == {} and view.current_key() == 0
        assert "Why white?" in view.comment_label.text()     # the comment is still there, as before the score
        qtbot.keyClick(view, Qt.Key.Key_2)
        assert decisions_on_disk(store) == {0: (2, "Why white?")}
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert decisions_on_disk(store) == {0: (2, "Why white?")}
        assert session.waiting_comments == {}                # taken again by the redone score
    finally:
        store.close()


def test_the_next_answer_opens_at_its_question_not_where_the_last_card_was_scrolled(qtbot, tmp_path):
    session, store = scored_rows_project(tmp_path, [("asap-sas-1", LONG + f" ({i})") for i in range(3)])
    try:
        view = review_view(qtbot, session, 1024, 600)
        bar = view.scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
        qtbot.keyClick(view, Qt.Key.Key_End)                 # read to the end of the long answer
        assert bar.value() == bar.maximum() > 0
        qtbot.keyClick(view, Qt.Key.Key_2)                   # score it: on to the next answer
        assert view.current_key() == 1
        assert bar.value() == 0 and not view.question_label.visibleRegion().isEmpty()
        qtbot.keyClick(view, Qt.Key.Key_End)
        qtbot.keyClick(view, Qt.Key.Key_Right)               # or just move on
        assert view.current_key() == 2 and bar.value() == 0
        qtbot.keyClick(view, Qt.Key.Key_End)
        end = bar.value()
        qtbot.keyClick(view, Qt.Key.Key_Right)               # the last answer: it stays, and so does the place
        assert view.current_key() == 2 and bar.value() == end > 0
    finally:
        store.close()


def _open(qtbot, window, tmp_path):
    return open_and_score(qtbot, window, make_long_csv(tmp_path / "class" / "answers.csv", n_students=8), active=True)


def test_enter_in_the_search_box_goes_to_the_rows_found_not_to_every_answer(qtbot, window, tmp_path):
    session = _open(qtbot, window, tmp_path)
    results = window.results
    results.focus_search()
    qtbot.keyClicks(results.search, "Student 3")
    qtbot.keyClick(results.search, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == RESULTS            # not the review of everything that needs the teacher
    assert results.table.hasFocus() and results.chosen_row().row() == 0
    found = results.visible_keys()
    assert found and all(session.answers[k].student.startswith("Student 3 · ") for k in found)
    qtbot.keyClick(results.table, Qt.Key.Key_Return)         # Enter again opens the row found
    assert window.pages.currentIndex() == REVIEW
    assert window.review_view.current_key() == found[0] and window.review_view.queue.keys() == found


def test_enter_in_the_threshold_panel_keeps_the_value_and_the_page(qtbot, window, tmp_path):
    session = _open(qtbot, window, tmp_path)
    panel = window.results.threshold
    item = panel.current_item()
    panel.spin.setFocus()
    qtbot.waitUntil(panel.spin.hasFocus, timeout=2000)
    qtbot.keyClick(panel.spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(panel.spin, "80")
    qtbot.keyClick(panel.spin, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == RESULTS and panel.spin.hasFocus()
    assert session.threshold(item) == pytest.approx(0.80)
    panel.slider.setFocus()
    qtbot.keyClick(panel.slider, Qt.Key.Key_Enter)
    assert window.pages.currentIndex() == RESULTS
    flagged = window.results.filter_buttons["flagged"]       # a focused button: Enter presses it
    flagged.setFocus()
    qtbot.keyClick(flagged, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == RESULTS and flagged.isChecked()
    assert QApplication.focusWidget() is flagged


def test_the_keys_still_work_after_a_click_in_the_answers_text(qtbot, grouped):
    """A click to select a phrase gives the text the focus; the arrows must not go to the scroll areas around it."""
    session, store, view = grouped
    panel = view.group_panel
    text = panel.members[0].text
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=text.rect().center())
    assert QApplication.focusWidget() is text
    qtbot.keyClick(text, Qt.Key.Key_Down)                     # choose the next member, not scroll the list
    assert view.current_key() == 1
    text.setSelection(0, 5)
    qtbot.keyClick(text, Qt.Key.Key_C, CTRL)                  # copying from the text still works
    assert QApplication.clipboard().text() == ALIKE[0][:5]
    qtbot.keyClick(text, Qt.Key.Key_3)                        # and a digit scores the group
    assert decisions_on_disk(store) == {k: (3, "") for k in (0, 1, 2)}
    session.restore(0, None)
    view.set_queue([0, 1, 2])                                # three single answers now
    answer = view.answer_label
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton, pos=answer.rect().center())
    assert QApplication.focusWidget() is answer
    qtbot.keyClick(answer, Qt.Key.Key_Right)                  # the next answer, not a scroll to the side
    assert view.current_key() == 1
    qtbot.keyClick(answer, Qt.Key.Key_Left)
    qtbot.keyClick(answer, Qt.Key.Key_Return)                 # Enter accepts the model's score
    assert decisions_on_disk(store)[0] == (session.predictions[0].score, "")


def test_tab_from_the_table_goes_to_a_control_that_shows_it_has_the_focus(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    results = window.results
    if results.splitter.widget(1).isHidden():   # folded in this narrow window: the teacher shows it
        results.panel_button.click()
    results.table.setFocus()
    qtbot.waitUntil(results.table.hasFocus, timeout=2000)
    qtbot.keyClick(results.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is results.panel_button   # the button under the table that hides the panel
    qtbot.keyClick(results.panel_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is results.threshold.scope   # not the invisible scroll area around the panel


def test_a_column_title_cut_short_in_german_in_a_narrow_table_says_itself_in_full_on_hover(qtbot, window, tmp_path):
    from grader_app.ui import i18n
    from grader_app.ui import results_model as rm

    assert i18n.install("de")
    window.resize(1024, 600)
    _open(qtbot, window, tmp_path)
    table = window.results.table
    head = table.horizontalHeader()
    window.resize(window.minimumSizeHint().width(), 600)   # at 1024 px the short titles are whole now: narrower
    qtbot.waitUntil(lambda: table.viewport().width() < 700, timeout=5000)
    cut = [c for c in range(rm.COMMENT + 1) if not table.isColumnHidden(c)
           and head.sectionSize(c) < head.fontMetrics().horizontalAdvance(rm.header(c)) + 8]
    assert cut, "no title is cut in the narrowest window in German: this test needs a narrower table"
    for c in cut:
        assert table.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == rm.header(c)
