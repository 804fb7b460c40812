"""The columns dialog's ⚠ line keeps a real problem while the teacher chooses. QA: the sentence the dialog opened with
(a reopened sheet whose answers' header was renamed in Excel: "This sheet has no column “Answer” any more, …: check the
columns and start scoring, and your 3 decisions stay with their answers"), and the one it shows when Start scoring was
refused ("… holds 2 decisions or comments on answers that the columns chosen do not hold …"), went at her first click
in the dialog, whatever she clicked. Each stays now, with what is wrong with her choices on a line of its own under it;
why the columns could not be guessed, which asks her to choose them, goes once her choices are valid (moot). A real
sheet graded and reopened in the real main window."""
from __future__ import annotations

from test_reopen_changed_sheet import CAP_MS, answers_header_renamed, asked, graded_on_disk
from ui_helpers import make_long_csv

RENAMED = ("⚠ This sheet has no column “Answer” any more, which class.grader-project was made with; “Student answer” "
           "holds the same answers and is chosen in its place: check the columns and start scoring, and your 3 decisions "
           "stay with their answers.")
NO_ANSWERS = "⚠ Choose the column that holds the students' answers."


def choose(combo, column) -> None:
    """``column`` chosen in ``combo`` as the teacher chooses it (None: "(none)")."""
    at = combo.findData(column)
    assert at >= 0, column
    combo.setCurrentIndex(at)


def test_a_gone_column_is_said_while_the_teacher_chooses(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    graded_on_disk(sheet, 3)
    answers_header_renamed(sheet)
    dlg = asked(qtbot, window, sheet)
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() == RENAMED
    choose(dlg.id_combo, None)                    # a click that leaves the choices valid: the sentence stays
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() == RENAMED and dlg.ok_button.isEnabled()
    choose(dlg.answer_combo, None)                # no answers chosen: said under it
    assert dlg.error.text() == RENAMED + "\n" + NO_ANSWERS and not dlg.ok_button.isEnabled()
    choose(dlg.answer_combo, "Student answer")
    choose(dlg.id_combo, "Student ID")
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() == RENAMED and dlg.ok_button.isEnabled()
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):   # the column gone is gone still: said to the end
        dlg.ok_button.click()
    assert len(window.session.decisions) == 3


def test_columns_refused_are_said_until_the_teacher_starts_scoring_again(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    graded_on_disk(sheet, 3)
    answers_header_renamed(sheet, edit=(2, 3))           # two decided answers edited too: Start scoring is refused
    dlg = asked(qtbot, window, sheet)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.isVisible() and "nothing was changed" in dlg.error.text(), timeout=CAP_MS)
    refused = dlg.error.text()
    assert refused.startswith("⚠ class.grader-project holds 2 decisions or comments on answers that the columns chosen "
                              "do not hold as they were") and "\n" not in refused
    choose(dlg.name_combo, None)                  # she starts choosing other columns: what to do stays in sight
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() == refused
    choose(dlg.answer_combo, None)
    assert dlg.error.text() == refused + "\n" + NO_ANSWERS
    choose(dlg.answer_combo, "Student answer")
    choose(dlg.name_combo, "Name")
    assert dlg.error.text() == refused
    dlg.ok_button.click()                                # checked anew, and refused anew: said once, not twice
    qtbot.waitUntil(lambda: dlg.isVisible(), timeout=CAP_MS)
    assert dlg.error.text() == refused
    dlg.reject()


def test_why_the_columns_could_not_be_guessed_goes_once_they_are_chosen(qtbot, window, tmp_path):
    odd = tmp_path / "numbers.csv"
    odd.write_text("ID,Mark\n1,3\n2,4\n3,5\n", encoding="utf-8")
    window.open_sheet(odd)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=CAP_MS)
    dlg = window.mapping_dialog
    said = dlg.error.text()
    assert said.startswith("⚠ ") and said.endswith("Choose the columns above, or Cancel.") and "\n" not in said
    choose(dlg.id_combo, "ID")                           # not chosen yet: the reason stays, alone
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() == said and not dlg.ok_button.isEnabled()
    choose(dlg.answer_combo, "Mark")                    # chosen: nothing is wrong any more
    assert dlg.ok_button.isEnabled() and not dlg.error.isVisibleTo(dlg), dlg.error.text()
    choose(dlg.answer_combo, None)                # unchosen again: the reason is real again
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() == said
    dlg.reject()
