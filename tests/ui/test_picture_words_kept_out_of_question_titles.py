"""A question headed in HTML with a picture in it is titled by its words alone, not by the picture's alt text. Canvas
heads a question "<id>: <p>question text</p>", and a question that shows a picture carries the picture's description
in its ``alt``: the columns dialog titled it "4103: Look at the picture below. ice, water Explain what happens.",
the description read as part of the question's sentence. An answer that holds a picture still reads as its words."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from grader_app.bundles.library import Library
from grader_app.io.lms import recognise, reading_of
from grader_app.io.readers import read_sheet
from grader_app.core.sheet import answers_from_sheet
from grader_app.ui.mapping_dialog import MappingDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PICTURED = ('4103: <p>Look at the picture below.</p><p><img src="https://school.instructure.com/files/77/preview" '
            'alt="ice, water"></p><p>Explain what happens.</p>')
TITLE = "4103: Look at the picture below. Explain what happens."


def _download(folder: Path) -> Path:
    path = folder / "Week 7 quiz Quiz Student Analysis Report.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
                    PICTURED, "2.0", "n correct", "n incorrect", "score"])
        w.writerow(["Abigail O'Neill", "2301", "000451", "Period 2", "88", "P2", "2024-10-01 09:14:22 UTC", "1",
                    '<p>The ice floats <img src="x.png" alt="drawing of ice on water"></p>', "0.0", "0", "0", "0.0"])
        w.writerow(["Liam Chen", "2304", "000460", "Period 3", "89", "P3", "2024-10-01 09:22:45 UTC", "1",
                    "<p>It melts</p>", "0.0", "0", "0", "0.0"])
    return path


def test_a_pictured_questions_title_has_no_alt_text(qtbot, tmp_path, shipped_bundles):
    sheet = read_sheet(_download(tmp_path))
    dlg = MappingDialog(sheet, Library.load([shipped_bundles]), None)
    qtbot.addWidget(dlg)
    dlg.show()
    table = dlg.items_table
    titles = [table.item(r, 0).text() for r in range(table.rowCount())]
    # by its words (Canvas's question id means nothing to the teacher); was "... below. ice, water Explain what happens."
    assert titles == [TITLE.removeprefix("4103: ")], titles
    listed = [dlg.answer_list.item(i).text() for i in range(dlg.answer_list.count())]
    assert TITLE in listed and not [t for t in listed if "ice, water" in t], listed
    m = dlg.mapping()
    assert list(m.answer_columns.values()) == [TITLE]
    answers = answers_from_sheet(sheet, m, reading_of(recognise(sheet), sheet))
    assert [a.text for a in answers] == ["The ice floats drawing of ice on water", "It melts"]   # an answer's picture
