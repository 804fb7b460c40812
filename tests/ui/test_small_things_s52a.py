"""Small things of QA pass s52a (finding 13), each on the real widget or the real PDF:

- the German review's top line at 1024×600: "Eine Gruppe aus 18 Antworten · ▶ Emma Okafor · 9B0" was cut at the edge
  of its label and ran into "150 von 150 Antworten noch zu entscheiden" beside it (read "9B0150"); it now ends in "…"
  within its width, with room before the counts, and its tooltip has it whole;
- a question whose model is titled with the question's own name (a model learned from a sheet) was headed "Question
  Ice floats — Ice floats" on the review card and in the report: the name once;
- the report's score table showed one answer as "1 %" beside another single answer as "0 %" (the largest remainders
  took the points left): equal counts show equal shares, and a line under the table says when the column does not add
  up to 100 %."""
from __future__ import annotations

import re

import numpy as np
import pytest

from counts_text import spaced
from grader_app.core.session import ItemInfo
from grader_app.io.report import report_parts, whole_percents
from grader_app.ui import i18n, report_pdf
from long_sheets import long_sheet_session
from test_report_readable import _lines
from ui_helpers import review_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ICE = "Ice floats"


def _class(n: int = 150, group: int = 18):
    """``n`` answers to "Ice floats" (no model), students with long names; the first ``group`` look alike."""
    rows = [(f"9B{i:03d}", f"Maximiliane Schwarzenberger-Oberhuber {i}", ICE,
             "Ice is less dense than water." if i < group else f"Answer number {i} about something else {i * 7}.")
            for i in range(n)]
    return long_sheet_session(rows)


def _drawn(label) -> str:
    """The text a label draws (the student's label draws its beginning and "…" where it has no room)."""
    return label.shown() if hasattr(label, "shown") else label.text()


@pytest.mark.parametrize("lang", ["de", "en", "es"])
def test_the_top_line_of_a_group_fits_beside_its_counts_at_1024(qtbot, tmp_path, lang):
    assert i18n.install(lang)
    s = _class()
    view = review_view(qtbot, s, width=1024, height=600, groups=dict.fromkeys(range(18), 0), typical=(0,))
    assert view.card.showing_group()
    label, counts = view.student_label, view.left_label
    whole = label.text()
    assert whole.startswith({"de": "Eine Gruppe aus 18 Antworten", "en": "A group of 18 answers",
                             "es": "Un grupo de 18 respuestas"}[lang]) and "9B000" in whole
    assert counts.isVisible() and spaced(counts.text()).startswith("150 ")
    drawn = _drawn(label)
    room = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(drawn) <= room, (drawn, room)   # within its own width
    # the German line was longer than its room (QA): cut, and seen to be cut; now the counts beside it, and the group's
    # words, say themselves short first where the line is short of room (grader_app.ui.review_top_line): it says one of
    # its forms ("Gruppe aus 18 · ▶ name", "▶ name"), and is cut only if even its shortest is too long
    if drawn != whole:
        assert drawn in label.forms or (drawn.endswith("…") and any(f.startswith(drawn[:-1]) for f in label.forms)), \
            (drawn, label.forms)
    assert label.geometry().right() + 8 < counts.geometry().left()               # room before the counts
    assert whole in label.toolTip() and label.accessibleDescription() == whole    # whole where it is asked for
    view.grab().save(str(tmp_path / f"top-line-{lang}.png"))


def test_a_short_top_line_is_drawn_whole(qtbot):
    s = _class(n=6, group=2)
    view = review_view(qtbot, s, width=1024, height=600)
    assert view.student_label.text().startswith("Maximiliane Schwarzenberger-Oberhuber 0")
    assert _drawn(view.student_label) == view.student_label.text()


def test_a_model_titled_with_the_questions_name_is_named_once(qtbot, tmp_path):
    items = {ICE: ItemInfo(item=ICE, title="Ice  floats", labels=(0, 1, 2)),
             "Q2": ItemInfo(item="Q2", title="Science: cell membrane", labels=(0, 1, 2))}
    rows = [(f"9B{i:03d}", f"Pupil {i}", q, f"Answer {i}") for i in range(3) for q in items]
    s = long_sheet_session(rows, items, tmp_path / "class.csv")
    view = review_view(qtbot, s, width=1024, height=600)
    view.go_to(s.keys_for(ICE)[0])
    assert view.question_label.text() == "Question Ice floats"
    view.go_to(s.keys_for("Q2")[0])
    assert view.question_label.text() == "Question Q2 — Science: cell membrane"   # another title: still shown
    html = "".join(report_parts(s))
    assert "<h2>Question Ice floats</h2>" in html and "<h2>Question Q2 — Science: cell membrane</h2>" in html
    from openpyxl import Workbook

    from grader_app.io.summary_sheet import add_summary_sheet

    sheet = add_summary_sheet(Workbook(), s)   # the graded workbook's summary sheet heads it so too
    cells = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert "Question Ice floats" in cells and "Question Q2 — Science: cell membrane" in cells
    assert not any("Ice floats — " in c for c in cells)


def _one_of_each(tmp_path, n: int = 150):
    """``n`` answers to one question a model scores 0, three of them decided 0, 1 and 2, the rest open."""
    items = {ICE: ItemInfo(item=ICE, labels=(0, 1, 2))}
    s = long_sheet_session([(f"9B{i:03d}", f"Pupil {i}", ICE, f"Answer {i}.") for i in range(n)], items,
                           tmp_path / "class.csv")
    keys = [a.key for a in s.answers]
    probs = np.zeros((n, 3))
    probs[:, 0] = 1.0
    s.set_predictions(keys, probs)
    for k, score in zip(keys, (0, 1, 2)):
        s.decide(k, score)
    return s


@pytest.mark.parametrize("lang", ["en", "de"])
def test_equal_counts_show_equal_shares_and_the_table_says_when_they_do_not_add_up_to_100(qtbot, tmp_path, lang):
    assert i18n.install(lang)
    s = _one_of_each(tmp_path)
    lines = _lines(s, tmp_path, report_pdf.report_words())
    rows = [m.groups() for m in (re.fullmatch(r"(\w+) (\d+) (\d+) %", t) for t in lines) if m]
    assert [(n, p) for _, n, p in rows] == [("1", "1"), ("1", "1"), ("1", "1"), ("147", "98")], rows
    said = {"en": "Rounded to whole percentages, so that equal counts show the same share, these add up to 101 %.",
            "de": "Auf ganze Prozent gerundet, damit gleiche Anzahlen den gleichen Anteil zeigen, ergeben diese Anteile "
                  "zusammen 101 %."}[lang]
    assert said in " ".join(lines), lines


def test_a_column_that_adds_up_to_100_says_nothing_more(qtbot, tmp_path):
    s = _one_of_each(tmp_path, n=100)
    text = " ".join(_lines(s, tmp_path, report_pdf.report_words()))
    assert "Rounded to whole percentages" not in text


def test_equal_counts_are_rounded_alike_and_each_share_to_one_of_its_two_whole_numbers():
    assert whole_percents([1, 1, 1, 147], 150) == [1, 1, 1, 98]
    assert whole_percents([1, 1, 1], 3) == [33, 33, 33]
    assert whole_percents([5, 17, 3, 9, 6], 40) == [12, 43, 7, 23, 15]   # adds up to 100 where whole counts allow it
    rng = np.random.default_rng(7)
    for _ in range(2000):
        counts = [int(c) for c in rng.integers(0, 40, size=int(rng.integers(1, 7)))]
        total = sum(counts)
        if not total:
            continue
        shares = whole_percents(counts, total)
        for c, p in zip(counts, shares):
            assert 100 * c // total <= p <= -(-100 * c // total), (counts, shares)
            assert all(q == p for d, q in zip(counts, shares) if d == c), (counts, shares)
