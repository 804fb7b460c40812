"""The columns dialog's "Answers" count sets a question's blank answers apart from those written. It counted rows:
a Canvas download where three of five students answered the first question showed "5" beside it, as beside a
question all five answered. It now shows "3 + 2 blank", the blank ones read as the session reads them (an empty
cell, a "<p></p>" with no words in it), and a question everyone answered still shows its plain number."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

from lms_downloads import Q1, Q2  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.sheet import LONG, ColumnMapping  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.mapping_dialog import MappingDialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _counts(dlg) -> dict[str, str]:
    t = dlg.items_table
    return {t.item(r, 0).text(): t.item(r, 1).text() for r in range(t.rowCount())}


def _dialog(qtbot, path: Path, shipped_bundles, mapping: ColumnMapping | None = None) -> MappingDialog:
    dlg = MappingDialog(read_sheet(path), Library.load([shipped_bundles]), mapping)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_a_canvas_questions_blank_answers_are_counted_apart(qtbot, tmp_path, shipped_bundles):
    path = tmp_path / "Week 6 quiz Quiz Student Analysis Report.csv"
    head = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt", Q1, "2.0", Q2,
            "2.0", "n correct", "n incorrect", "score"]
    answers = [("<p>Ice is less dense.</p>", "<p>sun</p>"), ("", "<p>water</p>"), ("<p>density</p>", "<p>CO2</p>"),
               ("<p></p>", "<p>light</p>"), ("<p>It floats</p>", "<p>air</p>")]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(head)
        for i, (a1, a2) in enumerate(answers):
            w.writerow([f"Student {i}", str(2300 + i), "", "Period 2", "88", "P2", "2024-10-01 09:00:00 UTC", "1",
                        a1, "0.0", a2, "0.0", "0", "0", "0.0"])
    dlg = _dialog(qtbot, path, shipped_bundles)
    counts = _counts(dlg)
    assert counts == {"Why does ice float on water?": "3 + 2 blank",      # was "5" (by their words: Canvas's ids
                      "What do plants need for photosynthesis?": "5"}, counts   # mean nothing to the teacher)
    # the answers written, as the table counts them (it said "Score 10 answers": a blank one is flagged, never scored)
    assert dlg.ok_button.text() == "Score 8 answers"


def test_a_plain_sheets_blank_answers_are_counted_apart(qtbot, tmp_path, shipped_bundles):
    path = tmp_path / "answers.csv"
    path.write_text("student,question,answer\ns1,Q1,Plants need light\ns2,Q1,   \ns3,Q1,\ns4,Q2,Water expands\n"
                    "s5,Q2,It freezes\n", encoding="utf-8")
    dlg = _dialog(qtbot, path, shipped_bundles, ColumnMapping(layout=LONG, id_column="student", item_column="question",
                                                              answer_column="answer"))
    counts = _counts(dlg)
    assert counts == {"Q1": "1 + 2 blank", "Q2": "2"}, counts
    assert dlg.ok_button.text() == "Score 3 answers"


def test_the_button_counts_one_answer_written_in_the_singular_and_none_in_an_empty_column(qtbot, tmp_path,
                                                                                         shipped_bundles):
    path = tmp_path / "answers.csv"
    path.write_text("student,question,answer\ns1,Q1,Plants need light\ns2,Q1,\n", encoding="utf-8")
    dlg = _dialog(qtbot, path, shipped_bundles, ColumnMapping(layout=LONG, id_column="student", item_column="question",
                                                              answer_column="answer"))
    assert _counts(dlg) == {"Q1": "1 + 1 blank"} and dlg.ok_button.text() == "Score 1 answer"
    path.write_text("student,question,answer,note\ns1,Q1,Plants need light,\ns2,Q1,,\n", encoding="utf-8")
    dlg = _dialog(qtbot, path, shipped_bundles, ColumnMapping(layout=LONG, id_column="student", item_column="question",
                                                              answer_column="note"))
    assert _counts(dlg) == {"Q1": "0 + 2 blank"} and dlg.ok_button.text() == "Score 0 answers"   # it said 2
    assert dlg.ok_button.isEnabled()   # as before: the teacher may still go on


def test_the_count_is_short_and_bends_for_one_in_spanish(qtbot, tmp_path, shipped_bundles):
    """At 16 pt "29 + 1 en blanco" widened the "Answers" column until "Scored by" showed 13 characters of a model's
    name (test_mapping_scored_by_at_16_pt wants 15): the count now says "vacía(s)", singular for one blank answer."""
    from grader_app.ui import i18n
    assert i18n.install("es")
    path = tmp_path / "answers.csv"
    path.write_text("student,question,answer\ns1,Q1,Plants need light\ns2,Q1,\ns3,Q2,Water expands\ns4,Q2,\n"
                    "s5,Q2,   \n", encoding="utf-8")
    dlg = _dialog(qtbot, path, shipped_bundles, ColumnMapping(layout=LONG, id_column="student", item_column="question",
                                                              answer_column="answer"))
    assert _counts(dlg) == {"Q1": "1 + 1 vacía", "Q2": "1 + 2 vacías"}, _counts(dlg)
    assert dlg.ok_button.text() == "Puntuar 2 respuestas"
