"""The printed pages show what the screen shows: an answer, a comment or a student's name holding a hidden character
(a right-to-left override, a zero-width space) prints it written out, "⟦U+202E⟧" in its logical order, in the
feedback for students and in the grade report, both written by the export dialog for real and read back with
QtPdf; the mail-merge sheet made from the same page model keeps the text exactly as the student wrote it."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")
QPdfDocument = QtPdf.QPdfDocument

from grader_app.core.session import GradingSession, ItemInfo  # noqa: E402
from grader_app.core.sheet import LONG, ColumnMapping, Sheet  # noqa: E402
from grader_app.io.feedback import write_feedback  # noqa: E402
from grader_app.ui.export_dialog import FEEDBACK_PDF, PDF, ExportDialog  # noqa: E402
from ui_helpers import scored_rows_project  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REVERSED = "Ice floats \u202esesuaceb ti si ssel esned"       # shows as "...dense is it because" backwards
SPLIT = "photo\u200bsynthesis makes sugar from light"
PLAIN = "the cell membrane controls what enters and leaves the cell"
COMMENT = "You wrote \u202esesuaceb: say why in your own words."


def squeeze(text: str) -> str:
    """Text without white space: what a PDF's text layer and the sheet agree on, line wraps aside."""
    return "".join(text.split())


def read_pdf(path) -> str:
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return "\n".join(doc.getAllText(p).text() for p in range(doc.pageCount()))


def export(qtbot, dlg: ExportDialog, fmt: str, out) -> str:
    """Export ``fmt`` to ``out`` through the dialog (prepared and written on workers) and read its text back."""
    dlg.set_format(fmt)
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.exported, timeout=30000):
        assert dlg.export() is True
    return read_pdf(out)


@pytest.fixture
def graded(tmp_path):
    session, store = scored_rows_project(tmp_path, [("asap-sas-1", REVERSED), ("asap-sas-1", SPLIT),
                                                    ("asap-sas-1", PLAIN)])
    for a in session.answers:
        session.decide(a.key, 1, comment=COMMENT if a.text == REVERSED else "")
    yield session
    store.close()


def test_feedback_and_report_write_out_hidden_characters_in_answers_and_comments(qtbot, graded, tmp_path, task_manager):
    dlg = ExportDialog(graded, graded.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    text = export(qtbot, dlg, FEEDBACK_PDF, tmp_path / "feedback.pdf")
    assert "\u202e" not in text and "\u200b" not in text
    whole = squeeze(text)
    assert squeeze(REVERSED.replace("\u202e", "⟦U+202E⟧")) in whole           # in the order it was typed
    assert squeeze(SPLIT.replace("\u200b", "⟦U+200B⟧")) in whole
    assert squeeze(COMMENT.replace("\u202e", "⟦U+202E⟧")) in whole            # the comment quoting it too
    assert squeeze(PLAIN) in whole and whole.count("⟦U+") == 3                 # nothing else marked

    report = export(qtbot, dlg, PDF, tmp_path / "report.pdf")
    assert "\u202e" not in report and "Student 1" in report                   # the report prints no answer

    # the mail-merge sheet, from the same page model, keeps every answer and comment exactly as written
    sheet = write_feedback(graded, tmp_path / "feedback.csv")
    with open(sheet, encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert REVERSED in cells and SPLIT in cells and COMMENT in cells
    assert not any("⟦" in c for c in cells)


def test_a_name_with_a_reversing_mark_prints_it_on_both_pdfs_and_their_footers(qtbot, tmp_path, task_manager):
    frame = pd.DataFrame({"Student": ["\u202eeeL nnA", "Ben Okafor"], "Question": ["q1", "q1"],
                          "Answer": ["Ice floats because it is less dense.", "The water expands when it freezes."]},
                         dtype=object)
    path = tmp_path / "names.csv"
    frame.to_csv(path, index=False)
    mapping = ColumnMapping(layout=LONG, id_column="Student", item_column="Question", answer_column="Answer")
    session = GradingSession(Sheet(frame=frame, source=path), mapping, {"q1": ItemInfo(item="q1", labels=(0, 1, 2))})
    for a in session.answers:
        session.decide(a.key, 2)
    dlg = ExportDialog(session, path, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()

    feedback = export(qtbot, dlg, FEEDBACK_PDF, tmp_path / "feedback.pdf")
    assert "\u202e" not in feedback
    assert feedback.count("⟦U+202E⟧eeL nnA · page 1 of 1") == 1               # the footer: painted, not laid out
    assert squeeze(feedback).count("⟦U+202E⟧eeLnnA") == 2                     # and the heading above the answers

    report = export(qtbot, dlg, PDF, tmp_path / "report.pdf")
    assert "\u202e" not in report
    assert squeeze(report).count("⟦U+202E⟧eeLnnA") == 1 and "Ben Okafor" in report
