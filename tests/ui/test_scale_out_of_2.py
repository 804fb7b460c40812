"""A teacher's own question marked 0-2 (a walkthrough with ASAP-SAS set 10's answers, scored 0-2): the review card's
buttons and words stayed on Grader's guess, "0 1 2 3 · out of 3 · Grader's guess, as the sheet does not say", though

* the sheet said the question is out of 2 in words Grader did not read: a column "Max score" (or "Max marks", "Marks
  possible", "Höchstpunktzahl", "Puntuación máxima"), or a header "Q10 (0-2)" / "Q10 (0–2 points)" (the last one
  was not even taken for the answers' column);
* or the teacher had given 0, 1 and 2, dozens of times, and never a 3.

What a teacher expects: the card follows what the sheet says it is out of (now read from those words too: "out of 2 ·
as the sheet says", buttons 0 1 2), and where nothing says it, the guess stays a guess (a 3 may only be rare on a 0-3
question, and taking it away would be Grader deciding the scale), but once her marks, 20 or more, all stop short of it
the words beside the buttons say so, and Change… opens on her highest mark, so two clicks set it. A scale that would
leave a mark off it is still refused (scale_dialog.refusal). The real window, sheets written to disk (answers of the
shared ASAP-SAS data's training split; skipped without it), its review screen and Change… dialog."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.core.scale import GUESS, SHEET, TEACHER
from grader_app.io.columns import guess_columns
from grader_app.io.lms_points import question_scale, sheet_points
from grader_app.io.readers import read_sheet
from test_question_scale_window import _open, _type

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learn"))
from test_progress_cannot_help_only_when_so import _asap_class  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _write(path: Path, header: list[str], rows: list[list]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _set_10(n: int = 40) -> tuple[list[str], list[int]]:
    texts, scores = _asap_class(10)
    return texts[:n], scores[:n]


@pytest.mark.parametrize("column", ["Max score", "Maximum marks", "Marks possible", "Höchstpunktzahl",
                                    "Puntuación máxima"])
def test_a_points_column_in_other_words_says_the_question_is_out_of_2(tmp_path, column):
    texts, _ = _set_10(12)
    sheet = read_sheet(_write(tmp_path / "q10.csv", ["Student ID", "Question", "Answer", column],
                              [[f"S{i}", "Q10", t, 2] for i, t in enumerate(texts)]))
    assert sheet_points(sheet, guess_columns(sheet)) == {"Q10": 2}


@pytest.mark.parametrize("header", ["Q10 (0-2)", "Q10 (0–2 points)", "Q10 [0 to 2 marks]"])
def test_a_score_range_in_the_header_says_the_question_is_out_of_2(tmp_path, header):
    texts, _ = _set_10(12)
    sheet = read_sheet(_write(tmp_path / "q10.csv", ["Student ID", header], [[f"S{i}", t] for i, t in enumerate(texts)]))
    mapping = guess_columns(sheet)
    assert list(mapping.answer_columns) == [header]
    assert list(sheet_points(sheet, mapping).values()) == [2]


@pytest.fixture
def window(make_window):
    return make_window((1024, 600))


def test_the_card_offers_0_to_2_where_the_sheet_says_so(qtbot, window, tmp_path):
    texts, _ = _set_10()
    view = _open(qtbot, window, _write(tmp_path / "class" / "q10.csv", ["Student ID", "Question", "Answer", "Max score"],
                                       [[f"S{i}", "Q10", t, 2] for i, t in enumerate(texts)]))
    buttons = view.score_buttons
    assert [b.text() for b in buttons.buttons] == ["0", "1", "2"]          # was 0 1 2 3
    assert buttons.scale_label.text() == "out of 2 · as the sheet says"
    assert question_scale(window.session, "Q10").source == SHEET


def test_many_marks_short_of_the_guess_say_so_and_change_opens_on_the_highest(qtbot, window, tmp_path):
    texts, scores = _set_10()
    view = _open(qtbot, window, _write(tmp_path / "class" / "q10.csv", ["Student ID", "Question", "Answer"],
                                       [[f"S{i}", "Q10", t] for i, t in enumerate(texts)]))
    s, buttons = window.session, view.score_buttons
    guess = "out of 3 · Grader's guess, as the sheet does not say; Change… sets it"
    assert buttons.scale_label.text() == guess
    given = 0
    while given < 20:                                    # the teacher's marks, 0 to 2, each answer (or group) in turn
        unit = view.current_unit()
        _type(qtbot, view, Qt.Key.Key_0 + scores[texts.index(s.answers[unit[0]].text)])
        qtbot.waitUntil(lambda: not window.learning.busy, timeout=60000)
        given = sum(1 for k in s.keys_for("Q10") if k in s.decisions)
        if given < 20:
            assert buttons.scale_label.text() == guess   # a few marks say nothing of the scale yet
    marks = [s.decisions[k].score for k in s.keys_for("Q10") if k in s.decisions]
    assert max(marks) == 2 and set(marks) == {0, 1, 2}
    assert [b.text() for b in buttons.buttons] == ["0", "1", "2", "3"]   # the guess stays: no score taken away
    assert buttons.scale_label.text() == (f"out of 3 · Grader's guess, but your {len(marks)} marks go no higher than 2; "
                                          "Change… sets it")
    assert question_scale(s, "Q10").source == GUESS

    buttons.change_button.click()
    dlg = view.scale_dialog
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible(), timeout=5000)
    assert dlg.field.spin.value() == 2                  # her highest mark, for her to confirm
    dlg.accept()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert question_scale(s, "Q10").top == 2 and question_scale(s, "Q10").source == TEACHER
    assert [b.text() for b in buttons.buttons] == ["0", "1", "2"]
    assert buttons.scale_label.text() == "out of 2 · set by you"
