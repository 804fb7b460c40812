"""The columns dialog for a sheet laid out one column per question (one row per student), on a 1024×600 screen at a
16 pt font, in German and Spanish: every choice the teacher confirms (the two layouts, the student's id, name and first
name, the list of columns that hold answers) is wholly in sight when the dialog opens, and so is the OK button. Before,
the split kept the student's choices in sight and let the preview's rows take the rest: on the sample class turned into
eight question columns, the list of answer columns started 6 px under the part in sight (German), out of sight under
the preview. At 1280×800 and the normal font the preview keeps its rows and the list all its columns.

The sheet is the shipped sample class (assets/sample-class.xlsx, one row per answer) written as a real workbook with
one row per student and one column per question: its three questions and five more ("Q4" to "Q8") whose answers are
the sample's, from other students."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect

from grader_app.core.sheet import WIDE
from grader_app.ui import i18n, mapping_layout
from sample_sheet import SAMPLE
from settle import settle
from sheet_files import write_rows
from test_mapping_preview_at_16_pt import LEAST_ROWS, in_sight, rows_in_sight

NETBOOK = QRect(0, 0, 1024, 600)
MORE = 5   # questions added to the sample's three


def wide_sample(folder: Path) -> Path:
    """The sample class, one row per student and one column per question, written as a workbook in ``folder``."""
    rows = [r for r in openpyxl.load_workbook(SAMPLE, read_only=True).active.iter_rows(values_only=True)]
    head = next(i for i, r in enumerate(rows) if r and "Answer" in r)
    id_at, name_at, question_at, answer_at = (rows[head].index(h) for h in ("Student ID", "Name", "Question", "Answer"))
    students: dict[tuple[str, str], dict[str, str]] = {}
    questions: list[str] = []
    for r in rows[head + 1:]:
        if not r or r[id_at] is None:
            continue
        if r[question_at] not in questions:
            questions.append(r[question_at])
        # the sample's "= the amount of ..." stays text (a workbook takes a leading "=" for a formula)
        students.setdefault((r[id_at], r[name_at]), {})[r[question_at]] = str(r[answer_at] or "").lstrip("= ")
    people = list(students)
    header = ["Student ID", "Name", *questions, *[f"Q{len(questions) + k + 1}" for k in range(MORE)]]
    table = [header]
    for i, who in enumerate(people):
        own = [students[who].get(q, "") for q in questions]
        more = [students[people[(i + k + 1) % len(people)]].get(questions[k % len(questions)], "") for k in range(MORE)]
        table.append([*who, *own, *more])
    (folder / "Science 9B").mkdir()
    return write_rows(folder / "Science 9B" / "one-column-per-question.xlsx", table)


def _dialog(qtbot, make_window, tmp_path, monkeypatch, screen: QRect):
    if not SAMPLE.exists():
        pytest.skip("assets/sample-class.xlsx is not in this checkout")
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: screen)
    window = make_window((screen.width(), screen.height()))
    window.open_sheet(wide_sample(tmp_path))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dialog = window.mapping_dialog
    assert dialog.mapping().layout == WIDE and len(dialog.mapping().answer_columns) == 3 + MORE
    return dialog


def _whole_rows(answers) -> list[int]:
    """The rows of the list of answer columns wholly in sight, top to bottom (scrolled to its start)."""
    port = answers.viewport().rect()
    rects = [answers.visualItemRect(answers.item(i)) for i in range(answers.count())]
    return [i for i, r in enumerate(rects) if r.height() > 0 and port.top() <= r.top() and r.bottom() <= port.bottom()]


def _choices(dialog) -> dict:
    return {"layout: one row per answer": dialog.long_radio, "layout: one column per question": dialog.wide_radio,
            "student id": dialog.wide_id_combo, "student name": dialog.wide_name_combo,
            "first name": dialog.wide_first_name_combo, "answer columns": dialog.answer_list}


def _out_of_sight(dialog) -> dict:
    """Each choice not wholly in the part of the dialog that is in sight (the choices' scrolling part), where it is."""
    port = dialog.scroller.viewport()
    out = {}
    for what, widget in _choices(dialog).items():
        shown = in_sight(widget, widget.rect(), dialog)
        whole = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        if not widget.isVisible() or shown != whole:
            out[what] = f"at {QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()).getRect()} in the part in sight " \
                        f"{port.rect().getRect()}"
    return out


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_choice_of_a_wide_sheet_in_sight_at_1024_by_600_and_16_pt(qtbot, make_window, tmp_path, monkeypatch,
                                                                       font_16, language):
    assert i18n.install(language)
    dialog = _dialog(qtbot, make_window, tmp_path, monkeypatch, NETBOOK)
    assert dialog.height() <= NETBOOK.height() - mapping_layout.FRAME.height()
    settle(qtbot, lambda: not _out_of_sight(dialog))
    assert _out_of_sight(dialog) == {}
    assert dialog.scroller.verticalScrollBar().value() == 0   # in sight as it opens, not scrolled to
    ok = dialog.ok_button
    assert ok.isEnabled() and in_sight(ok, ok.rect(), dialog).size() == ok.size()
    # no row of the sheet fits under them: the button that shows them is there (test_preview_rows_button)
    assert dialog.preview.isHidden() and dialog.split.show_rows.isVisible()
    # the list shows whole rows of the columns to tick, not two and a cut one
    answers = dialog.answer_list
    assert len(_whole_rows(answers)) >= min(answers.count(), 3), (answers.viewport().height(), answers.sizeHintForRow(0))
    dialog.reject()


def test_a_little_taller_the_list_keeps_its_least_and_the_preview_its_rows(qtbot, make_window, tmp_path, monkeypatch,
                                                                          font_16):
    """1024×680 at 16 pt, in German: the choices with the list at its least height leave room for rows of the sheet,
    and the preview shows them (the list scrolls itself); the list is not cut by the part in sight (it was held 2 px
    taller than its least by the models' table beside it)."""
    assert i18n.install("de")
    screen = QRect(0, 0, 1024, 680)
    dialog = _dialog(qtbot, make_window, tmp_path, monkeypatch, screen)
    settle(qtbot, lambda: not _out_of_sight(dialog) and rows_in_sight(dialog) >= 1)
    assert _out_of_sight(dialog) == {}
    assert dialog.scroller.verticalScrollBar().value() == 0
    assert rows_in_sight(dialog) >= 1 and dialog.split.show_rows.isHidden()
    ok = dialog.ok_button
    assert in_sight(ok, ok.rect(), dialog).size() == ok.size()
    dialog.reject()


def test_at_1280_by_800_the_preview_keeps_its_rows_and_the_list_every_column(qtbot, make_window, tmp_path, monkeypatch):
    assert i18n.install("de")
    dialog = _dialog(qtbot, make_window, tmp_path, monkeypatch, QRect(0, 0, 1280, 800))
    settle(qtbot, lambda: not _out_of_sight(dialog) and rows_in_sight(dialog) >= LEAST_ROWS)
    assert _out_of_sight(dialog) == {}
    assert rows_in_sight(dialog) >= LEAST_ROWS and dialog.split.show_rows.isHidden()
    answers = dialog.answer_list
    assert len(_whole_rows(answers)) == answers.count()
    dialog.reject()
