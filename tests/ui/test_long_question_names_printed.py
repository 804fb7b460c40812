"""A sheet whose question column holds the whole question (30–80 words each, very common) printed as a grade report
and as feedback for students (grader_app/io/question_headings.py gives the rule). Each question's heading held the
whole question in heading type over several lines, and the report's table of scores per student, a column per
question headed by its whole name on one line, ran past the page's right edge with the scores in it (one table per
question, each cut off). Now a heading says the first words, cut at a word with "…", on one line; the whole question
follows it once in body type (the report's, the student's page's); a column is headed by the id the question begins
with ("Q1"), and the table fits the page. Real session as the window starts it, real PDFs read back, in English and
German; a question scored by a model whose prompt asks the same question is not printed twice."""
from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from PySide6.QtGui import QPageSize

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.session import ItemInfo
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.io.feedback import class_title, feedback_pages
from grader_app.io.question_headings import HEADING_CHARS
from grader_app.io.report import report_parts, report_title, student_table
from grader_app.ui import report_pdf
from grader_app.ui.feedback_pdf import page_html, render_feedback_pdf
from grader_app.ui.pdf_pages import PdfPages
from in_language import in_language
from pdf_read import pdf_from_bytes

# whole questions as a teacher's question column holds them (our own wording)
QUESTIONS = [
    "Q1. After reading how the group ran its test, say what more you would need to know to run the same test "
    "yourself. Name at least three things you would need, and say why each of them matters for the result.",
    "Q2. Look at the table of lengths the student measured in both trials. What can you conclude about which "
    "material stretches most? Then describe two ways the student could make the investigation more reliable.",
    "Q3. Starting with the messenger RNA that leaves the nucleus, list and describe four major steps of how a "
    "cell makes a protein, in the order in which they happen.",
]
ANSWERS = ["You need the amount of vinegar, the size of the containers and the kind of vinegar.",
           "Material B stretched the most; they should do more trials and use the same length.",
           "The mRNA goes to a ribosome, tRNA brings amino acids, codons are read, the chain folds.", ""]


def words(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def class_of_eight(tmp_path):
    """The session the window makes of a long sheet of 8 students whose question column holds the whole questions
    (no model matches them: each question's text is its prompt, as the window takes it), half of them scored."""
    rows = [(f"S{i + 1:02d}", f"Pupil {i + 1}", q, ANSWERS[(i + k) % len(ANSWERS)])
            for i in range(8) for k, q in enumerate(QUESTIONS)]
    frame = pd.DataFrame(rows, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    sheet = Sheet(frame=frame, source=tmp_path / "Year 9 science.csv")
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session, _bundles = workflow.start_session(sheet, mapping, Library.load([tmp_path / "no models"]))
    assert [session.items[q].prompt for q in QUESTIONS] == QUESTIONS    # as the window has them
    for a in session.answers[::2]:
        session.decide(a.key, a.row % 3)
    return session


@pytest.fixture(params=["en", "de"])
def language(request):
    with in_language(request.param):
        yield request.param


def test_the_report_heads_each_question_by_its_first_words_and_prints_it_whole_once(qtbot, class_of_eight, language):
    parts = report_parts(class_of_eight, words=report_pdf.report_words())
    whole = "".join(parts)
    for piece, question in zip(parts[1:4], QUESTIONS):
        heading = html.unescape(re.search(r"<h2>(.*?)</h2>", piece)[1])
        said = heading.split(" ", 1)[1]                                      # after "Question" / "Frage"
        assert said.endswith("…") and len(said) <= HEADING_CHARS + 1 and question.startswith(said[:-1]), heading
        # the whole question once, in body type under its heading (not in the heading)
        assert html.unescape(whole).count(question) == 1 and question not in heading
        assert html.unescape(piece).index(question) > html.unescape(piece).index("</h2>")
    table = parts[4]
    heads = [html.unescape(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", table)]
    assert heads[1:4] == ["Q1", "Q2", "Q3"], heads
    pdf = PdfPages("probe", QPageSize(QPageSize.PageSizeId.A4), report_pdf._MARGINS_MM)
    try:
        for piece in parts[1:4]:                                               # each heading on one line
            doc = pdf.lay_out(report_pdf._piece(piece))
            assert doc.begin().layout().lineCount() == 1, doc.begin().text()
        for piece in parts[4:]:                                                # the table no wider than the page
            doc = pdf.lay_out(report_pdf._piece(piece))
            assert doc.size().width() <= pdf.width + 1, (doc.size().width(), pdf.width)
    finally:
        pdf.abandon()


def test_the_printed_report_has_every_score_on_its_pages(qtbot, tmp_path, class_of_eight, language):
    s = class_of_eight
    said = report_pdf.report_words()
    data = report_pdf.render_report_pdf(report_parts(s, words=said), report_title(s))
    doc = pdf_from_bytes(data, tmp_path)
    text = "".join(words(doc.getAllText(p).text()) for p in range(doc.pageCount()))
    assert all(text.count(words(q)) == 1 for q in QUESTIONS)
    # one table, its columns side by side, each student's row whole (it took 5 pages: a table a question)
    assert words(f"{said.student} Q1 Q2 Q3 {said.total}") in text and doc.pageCount() <= 2, doc.pageCount()
    _items, rows = student_table(s)
    for student, scores, _total in rows:
        cells = [said.open if v is None else said.number(v) for v in scores]
        assert words(" ".join([student, *cells, "—"])) in text, student
    doc.close()


def test_the_students_page_heads_each_question_by_its_first_words_and_gives_it_whole_once(qtbot, tmp_path,
                                                                                         class_of_eight, language):
    s = class_of_eight
    pages = feedback_pages(s)
    page = html.unescape(page_html(pages[0], class_title(s)))
    headings = re.findall(r'<h4 class="question[^"]*">(.*?)</h4>', page)
    assert len(headings) == 3
    for k, (heading, question) in enumerate(zip(headings, QUESTIONS), start=1):
        number, said = heading.split(". ", 1)                                  # "1. " first
        assert number == str(k)
        assert said.endswith("…") and len(said) <= HEADING_CHARS + 1 and question.startswith(said[:-1]), heading
        assert page.count(question) == 1
        assert re.search(r'<h4 class="asked">' + re.escape(question) + "</h4>", page)   # body type, not a heading's
    data, ranges = render_feedback_pdf(pages, class_title(s))
    doc = pdf_from_bytes(data, tmp_path)
    first = "".join(words(doc.getAllText(p).text()) for p in ranges[0])
    assert all(first.count(words(q)) == 1 for q in QUESTIONS)
    doc.close()


def test_a_question_whose_models_prompt_asks_it_is_not_printed_twice(qtbot, class_of_eight):
    """A model chosen for the question: its prompt (a passage, then the question) is printed under the heading, and
    says the question, so the question's whole name is not printed again."""
    s = class_of_eight
    passage = "The group put four samples in vinegar for a day and weighed them before and after."
    asks = QUESTIONS[0][4:].replace(",", "")                                  # its words, without "Q1." and commas
    s.set_item_info(ItemInfo(item=QUESTIONS[0], bundle_id="vinegar", title="Science: the vinegar test",
                             prompt=f"{passage}\n\n{asks}", labels=(0, 1, 2, 3)))
    piece = html.unescape(report_parts(s)[1])
    assert QUESTIONS[0] not in piece and passage in piece and asks in piece
    page = html.unescape(page_html(feedback_pages(s)[0], class_title(s)))
    assert QUESTIONS[0] not in page and page.count(asks) == 1
