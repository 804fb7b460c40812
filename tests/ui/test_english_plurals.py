"""English counts of one: the window said "Showing 1 of 1 answers" and "All 1 answers here are decided" because the
English catalogue's singular forms were copies of the plural."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from grader_app.ui import i18n

EN = Path(__file__).resolve().parents[2] / "translations" / "grader_en.ts"
SAME_FOR_ONE = {" and %n more", "%n more", "%n scored by you", "%n not saved", "%n in question {question}",  # no noun
                "%n waiting for the model that learns from your marks",
                "Column titles: {titles} and %n more.",
                # a participle: English does not bend it ("1 decided by you"), Spanish does ("1 decidida por ti")
                "%n decided by you", "%n auto-accepted", "%n confirmed by you", "%n changed by you", "%n without a model",
                "You reviewed {reviewed}; you changed the model's score on %n of them",   # "on 1 of them"
                "{left} of %n left",   # the review's short count: "1 of 1 left", "3 of 80 left"
                "Group of %n",   # the top line's short form of a group's size: "Group of 12" (a group has two and more)
                "{written} + %n blank"}   # the columns dialog's "Answers" cell: "3 + 1 blank" (Spanish bends it: "vacía")


def test_every_english_count_has_its_own_singular():
    alike = []
    for ctx in ET.parse(EN).getroot().iter("context"):
        for m in ctx.iter("message"):
            if m.get("numerus") == "yes":
                one, *many = [f.text for f in m.iter("numerusform")]
                assert many, m.findtext("source")
                if one == many[0] and m.findtext("source") not in SAME_FOR_ONE:
                    alike.append(f"{ctx.findtext('name')}: {m.findtext('source')}")
    assert alike == []


def test_the_window_says_one_answer_in_the_singular(qapp):
    assert i18n.install("en")
    tr = QCoreApplication.translate
    assert tr("ResultsView", "Showing {shown} of %n answers", "", 1).format(shown=1) == "Showing 1 of 1 answer"
    assert tr("ResultsView", "Showing {shown} of %n answers", "", 3).format(shown=2) == "Showing 2 of 3 answers"
    assert tr("ReviewEnd", "✓ Every answer here is decided, but %n more answers in the sheet need you: press Esc to go "
              "back to the table and review them (Ctrl+2).", "", 1) == (
        "✓ Every answer here is decided, but 1 more answer in the sheet needs you: press Esc to go back to the table "
        "and review it (Ctrl+2).")
