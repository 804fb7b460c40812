"""QA (a teacher's pass): a two-question sheet was reviewed in sheet order, student by student, so the question, its
rubric and its scale changed 21 times in 44 answers; teachers mark one question at a time, for consistency. Now the
review goes question by question: every answer of the first question that needs the teacher, then the second's, each
question's in sheet order (the answers that look alike still one group, within their question). When the review moves
on to another question a line above the answer says so, with the question's number and name, once, and a screen
reader hears it. Opening the review at a row of the table keeps the table's rows, question by question, and starts at
that row; an undo takes the teacher back across the switch, and the line says so again.

The real main window on a copy of the sample sheet (two questions, one row per answer, student by student), scored by
the shipped models; every answer is decided with the keys."""
from __future__ import annotations

import csv
import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.paths import assets_dir
from grader_app.ui import results_model as rm
from grader_app.ui.menus import REVIEW
from test_main_window import _open_by_drop

MODELS = Path(__file__).resolve().parents[2] / "model_bundles"


def _decide(qtbot, rv) -> None:
    """The teacher's decision on what the review shows: the model's score, or 0 where there is none."""
    qtbot.keyClick(rv, Qt.Key.Key_Return if rv.accept_button.isEnabled() else Qt.Key.Key_0)


def _switches(items: list[str]) -> int:
    return sum(1 for a, b in zip(items, items[1:]) if a != b)


@pytest.fixture
def scored(qtbot, make_window, tmp_path, monkeypatch):
    """The window on a copy of the sample sheet, scored by the shipped models, on its results table."""
    src = assets_dir() / "sample-class.xlsx"
    if not src.exists() or not (MODELS / "asap-sas-1.gradebundle").exists():
        pytest.skip("the sample sheet or the shipped models are not in this checkout")
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(MODELS))
    window = make_window((1280, 800))
    sheet = tmp_path / "copy" / src.name          # never the sheet in assets/: a project file is written beside it
    sheet.parent.mkdir()
    shutil.copyfile(src, sheet)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    return window


def test_the_review_goes_question_by_question_and_says_when_it_moves_on(qtbot, scored):
    window = scored
    s = window.session
    queue = s.review_queue()
    items = [s.answers[k].item for k in queue]
    questions = list(dict.fromkeys(items))
    assert len(questions) == 3 and _switches([s.answers[k].item for k in sorted(queue)]) > 10   # student by student
    assert items == sorted(items, key=items.index)          # used to switch at almost every answer
    assert questions == [q for q in s.item_keys() if q in questions]   # in the order the sheet first gives them
    for q in questions:                                      # each question's answers in sheet order
        assert [k for k in queue if s.answers[k].item == q] == sorted(k for k in queue if s.answers[k].item == q)

    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == REVIEW
    rv = window.review_view
    units = rv.queue.units                        # a group of answers that look alike at the place of its first
    assert sorted(rv.queue.keys()) == sorted(queue) and [u[0] for u in units] == [k for k in queue if k in
                                                                                    {u[0] for u in units}]
    assert all(len({s.answers[k].item for k in u}) == 1 for u in units)   # a group is of one question
    assert any(len(u) > 1 for u in units)
    assert rv.progress_label.text() == f"1 of {len(queue)} to review" and rv.question_switch.isHidden()
    seen, places, notes, switched_at = [], [], [], []
    for _ in range(2 * len(queue)):
        unit = rv.current_unit()
        if not unit or all(k in s.decisions for k in rv.queue.keys()):
            break
        item = s.answers[unit[0]].item
        if seen and item != seen[-1]:
            assert rv.question_switch.isVisible(), "the move to the next question is said"
            notes.append(rv.question_switch.text())
            assert notes[-1] in rv.accessibleDescription()
            assert rv.progress_label.text() == f"{rv.queue.place()[0] + 1} of {len(queue)} to review"   # runs on
            switched_at.append(list(unit))
        else:
            assert rv.question_switch.isHidden(), (len(seen), rv.question_switch.text())
        seen.append(item)
        places.append(rv.queue.place()[0])
        _decide(qtbot, rv)
    assert list(dict.fromkeys(seen)) == questions and _switches(seen) == 2
    assert places == sorted(places)                                        # forward, never back and forth
    assert notes == [f"Now question {n} of 3: “{q}” ({items.count(q)} answers left to decide)."
                     for n, q in enumerate(questions[1:], start=2)]

    # an undo across the last switch goes back to the second question's last answer, and says so
    for _ in range(len(seen)):
        if rv.current_unit() and s.answers[rv.current_unit()[0]].item == questions[1]:
            break
        qtbot.keyClick(rv, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.answers[rv.current_unit()[0]].item == questions[1] and rv.current_unit() != switched_at[-1]
    assert rv.message_label.text().startswith("Undone: ")
    # what is left to decide there: the answers undone (their unit), not the question's total (a keyboard audit)
    undone = rv.current_unit()
    assert not any(k in s.decisions for k in undone)
    assert all(k in s.decisions for k in rv.queue.keys() if s.answers[k].item == questions[1] and k not in undone)
    assert len(undone) < items.count(questions[1])
    assert rv.question_switch.text() == (f"Now question 2 of 3: “{questions[1]}” "
                                         f"({len(undone)} answer{'s' if len(undone) > 1 else ''} left to decide).")
    qtbot.keyClick(rv, Qt.Key.Key_Left)                                     # within the question: no line
    assert rv.question_switch.isHidden()


def test_a_review_opened_at_a_row_goes_question_by_question_from_that_row(qtbot, scored):
    window = scored
    s = window.session
    results = window.results
    qtbot.mouseClick(results.filter_buttons[rm.NEEDS_REVIEW], Qt.MouseButton.LeftButton)
    table_keys = results.visible_keys()
    assert _switches([s.answers[k].item for k in table_keys]) > 10       # the table keeps the sheet's order
    second = s.answers[table_keys[0]].item
    second = next(s.answers[k].item for k in table_keys if s.answers[k].item != second)
    chosen = [k for k in table_keys if s.answers[k].item == second][3]   # the teacher picks an answer of the 2nd
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table = results.table
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    row = results.proxy.mapFromSource(results.model.index(results.model.row_of(chosen), rm.ANSWER))
    table.scrollTo(row)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == REVIEW
    rv = window.review_view
    assert rv.current_key() == chosen and rv.question_switch.isHidden()
    keys = rv.queue.keys()
    assert sorted(keys) == sorted(table_keys) and _switches([s.answers[k].item for k in keys]) == 2
    firsts = [u[0] for u in rv.queue.units if s.answers[u[0]].item == second]
    assert firsts == [k for k in table_keys if k in firsts]              # the table's order within the question
    # deciding goes on through that question's answers after it, before any of the other question
    for _ in range(3):
        _decide(qtbot, rv)
        assert s.answers[rv.current_key()].item == second


def test_a_question_that_learns_comes_after_the_one_before_it_and_opens_at_graders_suggestion(qtbot, make_window,
                                                                                             tmp_path):
    """The first question has a shipped model, the second none (a model learns from the marks, and Grader suggests
    what to mark next): the review opens at the first question's first answer, not at the second's suggestion in
    the middle of the list; once the first is done it moves on to the second at Grader's suggestion, and says so."""
    from test_learning_window import OFF, SCIENCE, truth

    rng = random.Random(5)
    sheet = tmp_path / "class" / "answers.csv"
    sheet.parent.mkdir()
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i in range(60):
            w.writerow([f"S{i:03d}", f"Student {i}", "asap-sas-1", "the cell membrane controls what enters"
                        if i % 3 else f"answer {i} " + " ".join(rng.sample(SCIENCE, 3))])
            w.writerow([f"S{i:03d}", f"Student {i}", "own-question", " ".join(rng.sample(SCIENCE if i % 2 else OFF, 5))])
    window = make_window((1200, 800))
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    s = window.session
    queue = s.review_queue()
    assert [s.answers[k].item for k in queue] == ["asap-sas-1"] * 60 + ["own-question"] * 60
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    rv = window.review_view
    assert queue[0] in rv.current_unit()              # used to open at the second question's suggestion
    assert rv.question_switch.isHidden()
    for _ in range(60):
        if s.answers[rv.current_key()].item != "asap-sas-1":
            break
        _decide(qtbot, rv)
        qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert all(k in s.decisions for k in queue[:60])
    assert s.answers[rv.current_key()].item == "own-question"
    assert sorted(rv.current_unit()) == sorted(window.learning.suggest("own-question"))   # Grader's suggestion
    assert rv.question_switch.text() == "Now question 2 of 2: “own-question” (60 answers left to decide)."
    group = list(rv.current_unit())
    qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[group[0]].text))
    if rv.current_unit() == group:   # members unlike the typical answer in words left open, next (group_split)
        qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[rv.current_key()].text))
    assert s.answers[rv.current_key()].item == "own-question" and rv.question_switch.isHidden()


@pytest.mark.parametrize("lang, words", [("en", "Now question 1 of 3: “{q}” (no answer left to decide)."),
                                         ("de", "Jetzt Frage 1 von 3: „{q}“ (keine Antwort mehr zu entscheiden)."),
                                         ("es", "Ahora la pregunta 1 de 3: «{q}» (ninguna respuesta por decidir).")])
def test_back_in_a_question_all_decided_the_line_says_none_is_left(qtbot, scored, lang, words):
    """← from the second question's first answer back to the first question, every answer of it decided: the line
    counts what is left to decide there, none (it used to say the question's total "to review")."""
    from grader_app.ui import i18n

    window = scored
    s = window.session
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    rv = window.review_view
    first = s.answers[rv.current_key()].item
    for _ in range(len(rv.queue.keys())):
        if s.answers[rv.current_key()].item != first:
            break
        _decide(qtbot, rv)
    assert s.answers[rv.current_key()].item != first
    assert all(k in s.decisions for k in rv.queue.keys() if s.answers[k].item == first)
    assert i18n.install(lang)
    qtbot.keyClick(rv, Qt.Key.Key_Left)
    assert s.answers[rv.current_key()].item == first
    assert rv.question_switch.text() == words.format(q=first)
