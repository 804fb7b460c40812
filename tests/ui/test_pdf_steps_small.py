"""The printable exports are laid out on the GUI thread a step at a time (:class:`~grader_app.ui.paced.Paced` turns
the event loop between two). A step was a whole piece: a table of 30 students cut at page breaks, laid out again
after every break, cut and split, took 100-300 ms at 20,000 answers (QA s52g finding 11). Now every step lays a
piece out at most once (the HTML set, a copy made, or one edit followed by a layout again), and the pages come out as
before (the existing PDF tests read them back)."""
from __future__ import annotations

from contextlib import contextmanager

import pytest

from grader_app.core.session import ItemInfo
from grader_app.io.feedback import feedback_pages
from grader_app.io.report import report_parts
from grader_app.ui import pdf_breaks
from grader_app.ui.feedback_pdf import feedback_pdf_steps
from grader_app.ui.pdf_pages import PdfPages
from grader_app.ui.report_pdf import report_pdf_steps, report_words
from long_sheets import long_sheet_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ITEMS = ("q-ice", "q-moon")
LONG = "The ice floats because it is less dense than the water around it, as its molecules are held apart. "


@pytest.fixture
def session(tmp_path):
    rows = [(f"S{i:03d}", f"Pupil {i:03d} with a name long enough to wrap in its cell", q,
             LONG * (1 + (i % 9 == 0) * 30)) for i in range(130) for q in ITEMS]   # every ninth a page or more long
    items = {q: ItemInfo(item=q, title=f"Title of {q}", prompt=f"Explain {q}.", labels=(0, 1, 2)) for q in ITEMS}
    s = long_sheet_session(rows, items, tmp_path / "Year 8.csv")
    for a in s.answers:
        s.decide(a.key, a.row % 3, comment=("Well argued, but say why the lattice is open. " * 20) if a.row % 9 == 0
                 else "")
    return s


@pytest.fixture
def layouts(monkeypatch):
    """How many times a piece was laid out (its HTML set, a copy made, an edit laid out again) since it was reset."""
    count = {"n": 0, "copies": 0}
    editing, copy, lay_out = pdf_breaks.editing, pdf_breaks._copy, PdfPages.lay_out

    @contextmanager
    def counted_editing(doc):
        count["n"] += 1
        with editing(doc):
            yield

    def counted_copy(doc, device):
        count["n"] += 1
        count["copies"] += 1
        return copy(doc, device)

    def counted_lay_out(self, html):
        count["n"] += 1
        return lay_out(self, html)
    monkeypatch.setattr(pdf_breaks, "editing", counted_editing)
    monkeypatch.setattr(pdf_breaks, "_copy", counted_copy)
    monkeypatch.setattr(PdfPages, "lay_out", counted_lay_out)
    return count


def _each_step(steps, layouts) -> tuple[list[int], object]:
    """The layouts made in each step of ``steps`` (up to each yield), and what it returned. The first step also
    measures a line's unit on an empty document (pdf_breaks.px_scale, once per PDF): not counted."""
    per_step: list[int] = []
    while True:
        layouts["n"] = 0
        try:
            next(steps)
        except StopIteration as end:
            per_step.append(layouts["n"])
            return per_step, end.value
        per_step.append(layouts["n"] - (not per_step))


def test_each_step_of_the_report_lays_a_piece_out_at_most_once(qtbot, session, layouts):
    parts = report_parts(session, words=report_words())
    per_step, pdf = _each_step(report_pdf_steps(parts, "Year 8"), layouts)
    assert pdf.startswith(b"%PDF")
    assert layouts["copies"] >= 4   # the students' tables were cut at page breaks
    assert max(per_step) <= 1
    assert sum(per_step) > 2 * len(parts)   # more steps than pieces: each piece's layouts apart


def test_each_step_of_the_feedback_lays_a_page_out_at_most_once(qtbot, session, layouts):
    pages = feedback_pages(session)
    per_step, (pdf, ranges) = _each_step(feedback_pdf_steps(pages, "Year 8"), layouts)
    assert pdf.startswith(b"%PDF") and len(ranges) == len(pages)
    assert max(len(r) for r in ranges) >= 2   # some students' feedback runs on to another page
    assert max(per_step) <= 1

