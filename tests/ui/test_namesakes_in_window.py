"""Two students called "Emily Nguyen" in a sheet without ids (grader_app.core.namesakes), in the window: the opening
says so once above the results and keeps it there; the table shows each by their row; each gets a feedback page of
their own in the PDF, with their row, their answers only and a true total line. Real files, the real window, the
PDF written and read back."""
from __future__ import annotations

import csv

import pytest

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")

from grader_app.core.session import GradingSession, ItemInfo  # noqa: E402
from grader_app.core.sheet import LONG, ColumnMapping  # noqa: E402
from grader_app.io.feedback import feedback_pages  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.feedback_pdf import page_html, write_feedback_pdf  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ITEMS = ("asap-sas-1", "asap-sas-5")


def class_csv(path):
    """Ann, then two Emily Nguyens one after the other, two questions each; no id column."""
    rows = [("Name", "Question", "Answer")]
    for name, tag in (("Ann Lee", "a"), ("Emily Nguyen", "e1"), ("Emily Nguyen", "e2")):
        rows += [(name, q, f"{tag} wrote this for {q}") for q in ITEMS]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_the_window_says_once_that_two_students_share_a_name_and_shows_each_by_row(qtbot, window, tmp_path):
    path = class_csv(tmp_path / "class.csv")
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=30000)
    window.mapping_dialog.accept()
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert window.statusBar().currentMessage() == "1 note about this sheet is shown above the results."
    [note] = window.notices.notes                        # whole, above the results
    assert note.count("belong to more than one student") == 0 and note.count("belongs to more than one student") == 1
    assert "(“Emily Nguyen”)" in note and "“Emily Nguyen (row 6)”" in note and "student id column" in note
    assert "could not be paired" not in note
    students = [window.session.answers[k].student for k in range(len(window.session.answers))]
    assert students == ["Ann Lee"] * 2 + ["Emily Nguyen (row 4)"] * 2 + ["Emily Nguyen (row 6)"] * 2


def test_each_emily_gets_her_own_pdf_page_with_her_row_and_a_true_total(qtbot, tmp_path):
    items = {q: ItemInfo(item=q, labels=(0, 1, 2, 3)) for q in ITEMS}
    session = GradingSession(read_sheet(class_csv(tmp_path / "class.csv")),
                             ColumnMapping(layout=LONG, name_column="Name", item_column="Question",
                                           answer_column="Answer"), items)
    for a in session.answers:
        session.decide(a.key, 2 if a.text.startswith("e2") else 1, comment=f"only for {a.text.split()[0]}")
    out = write_feedback_pdf(session, tmp_path / "feedback.pdf")
    doc = QtPdf.QPdfDocument(None)
    assert doc.load(str(out)) == QtPdf.QPdfDocument.Error.None_
    texts = [doc.getAllText(p).text() for p in range(doc.pageCount())]
    assert doc.pageCount() == 3
    first, second = texts[1], texts[2]
    assert "Row 4 of the sheet" in first and "e1 wrote this" in first and "only for e1" in first
    assert "e2" not in first and "Total: 2 out of 6" in first and "(1 of 2)" not in first
    assert "Row 6 of the sheet" in second and "e2 wrote this" in second and "only for e2" in second
    assert "e1" not in second and "Total: 4 out of 6" in second
    assert "Row" not in texts[0]                       # Ann's name is hers alone


def test_a_decided_second_attempt_is_not_called_an_answer_without_a_score(qtbot, tmp_path):
    """One student (by id) who answered a question twice, every answer scored: no total, and the page says why, not
    "1 answers still have no score"."""
    path = tmp_path / "ids.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("Student ID", "Name", "Question", "Answer"), ("s1", "Ann Lee", ITEMS[0], "one"),
                                  ("s1", "Ann Lee", ITEMS[0], "again"), ("s1", "Ann Lee", ITEMS[1], "two")])
    session = GradingSession(read_sheet(path), ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name",
                                                             item_column="Question", answer_column="Answer"),
                             {q: ItemInfo(item=q, labels=(0, 1, 2)) for q in ITEMS})
    for a in session.answers:
        session.decide(a.key, 1)
    [page] = feedback_pages(session)
    html = page_html(page, "class")
    assert "still have no score" not in html and "as a question has more than one answer of yours" in html
    session.restore(1, None)                           # the second attempt open again: that is said, counted
    [page] = feedback_pages(session)
    assert "Total: not final yet (1 answer still has no score)" in page_html(page, "class")


def test_while_names_are_hidden_the_note_names_no_one(qtbot, window, tmp_path):
    window.blind_action.trigger()                     # blind marking on before the sheet is opened
    window.open_sheet(class_csv(tmp_path / "class.csv"))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=30000)
    window.mapping_dialog.accept()
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    [note] = window.notices.notes
    assert note.startswith("Some students in this sheet share a name") and "student id column" in note
    assert "Emily" not in note and "Nguyen" not in note
