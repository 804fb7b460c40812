"""The students' feedback names each question as the teacher's sheet does (QA: a biology teacher's sheet called its
questions "Protein synthesis" and "Cell membrane"; with a shipped model chosen for each in the columns dialog, every
student's page headed them "1. ASAP-SAS 5 — Biology: protein synthesis from mRNA", a dataset's catalogue title, and
the feedback sheet's "Q1 question" held the same). Now the heading and the sheet say "Protein synthesis"; what the
question asks follows under it, from the model's prompt, as before. A question cell that holds the whole question is
headed by its first words and printed whole once below; a question the sheet names only by its model's id
("asap-sas-5", as the sample sheet does) keeps the model's title, which says what it asks. The teacher's grade report
still names both ("Protein synthesis — Biology: …").

The real window opens a real workbook; the teacher picks the models in the columns dialog; the real export dialog
writes the feedback PDF, CSV and XLSX, read back (the PDF with Qt's PDF reader), in English and in German."""
from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from grader_app.io.feedback import class_title, feedback_pages
from grader_app.io.question_headings import HEADING_CHARS
from grader_app.io.report import report_parts
from grader_app.ui.export_dialog import FEEDBACK_CSV, FEEDBACK_PDF, FEEDBACK_XLSX
from grader_app.ui.feedback_pdf import page_html
from grader_app.ui.mapping_items import combo_of
from export_clicks import export_as
from in_language import in_language
from pdf_read import loaded_pdf, page_texts
from ui_helpers import export_dialog

TITLES = {"asap-sas-5": "Biology: protein synthesis", "asap-sas-1": "Science: cell membrane"}   # shipped_bundles'
WHOLE = ("Starting with the messenger RNA that leaves the nucleus, list and describe four major steps a cell takes "
         "to make a protein, in the order in which they happen.")
ANSWERS = ["The mRNA goes to a ribosome, tRNA brings amino acids, codons are read, the chain folds.",
           "Diffusion, osmosis and active transport.", "", "Ribosomes read codons and join amino acids."]


def mixed_sheet(path: Path, questions: dict[str, str]) -> Path:
    """Students × questions, one row per answer (Student, Email, Period, Question, Answer): ``questions`` maps the
    sheet's question cell to the model the teacher picks for it."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Student", "Email", "Period", "Question", "Answer"])
    for s, name in enumerate(["Layla Young", "Sophia Torres", "Logan Thomas"]):
        for q, question in enumerate(questions):
            ws.append([name, f"s{s}@school.example.org", "P4", question, ANSWERS[(s + q) % len(ANSWERS)]])
    wb.save(path)
    return path


@pytest.fixture(params=["en", "de"])
def language(request):
    with in_language(request.param):
        yield request.param


def opened_with_models(qtbot, window, path: Path, questions: dict[str, str]):
    """``path`` opened in the window; in the columns dialog the teacher picks each question's model; scored."""
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    for question, model in questions.items():
        combo = combo_of(dlg.items_table, question)
        assert combo is not None and combo.findData(model) >= 0, question
        combo.setCurrentIndex(combo.findData(model))
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s = window.session
    assert {i: s.items[i].bundle_id for i in s.item_keys()} == questions
    for a in s.answers:
        s.decide(a.key, a.key % 3, comment=f"comment {a.key}")
    return s


def exported(qtbot, session, sheet: Path, task_manager, fmt: str, out: Path) -> Path:
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    export_as(qtbot, dlg, fmt, out, timeout=30000)
    assert out.is_file()
    dlg.close()
    return out


def pdf_pages(path: Path) -> list[str]:
    doc = loaded_pdf(path)
    try:
        return [" ".join(text.split()) for text in page_texts(doc)]
    finally:
        doc.close()


def sheet_rows(path: Path) -> list[list[str]]:
    """The feedback sheet's rows as text (a CSV comma- or semicolon-separated, as the teacher's locale has it)."""
    if path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8-sig") as fh:
            text = fh.read()
        return list(csv.reader(text.splitlines(), delimiter=";" if ";" in text.split("\n", 1)[0] else ","))
    ws = load_workbook(path).active
    return [["" if c.value is None else str(c.value) for c in r] for r in ws.iter_rows()]


def test_the_students_pages_and_sheets_name_each_question_as_the_teacher_does(qtbot, tmp_path, make_window,
                                                                             task_manager, language):
    questions = {"Protein synthesis": "asap-sas-5", "Cell membrane": "asap-sas-1"}
    sheet = mixed_sheet(tmp_path / "bio-mixed-p4.xlsx", questions)
    s = opened_with_models(qtbot, make_window((1024, 600)), sheet, questions)
    pages = pdf_pages(exported(qtbot, s, sheet, task_manager, FEEDBACK_PDF, tmp_path / "feedback.pdf"))
    assert len(pages) == 3
    for text in pages:
        assert "1. Protein synthesis" in text and "2. Cell membrane" in text, text
        assert not any(title in text for title in TITLES.values()), text            # no catalogue title
        assert "Describe protein synthesis." in text                                # what it asks, from the prompt
    for fmt, name in ((FEEDBACK_CSV, "feedback.csv"), (FEEDBACK_XLSX, "feedback.xlsx")):
        head, *rows = sheet_rows(exported(qtbot, s, sheet, task_manager, fmt, tmp_path / name))
        firsts = [k for k, h in enumerate(head) if re.fullmatch(r"[A-Z]1 \w+", h)]   # "Q1 question", "F1 Frage"
        assert len(rows) == 3 and firsts, head
        q1, q2 = firsts[0], firsts[0] + 6                          # question, answer, score, out of, rubric, comment
        assert {(r[q1], r[q2]) for r in rows} == {("Protein synthesis", "Cell membrane")}, (head, rows[0])
    # the teacher's report keeps both: their name and the model's title
    report = html.unescape("".join(report_parts(s)))
    assert "Protein synthesis — Biology: protein synthesis" in report


def test_a_whole_question_is_headed_by_its_first_words_and_a_model_id_by_the_models_title(qtbot, tmp_path, make_window,
                                                                                          task_manager):
    questions = {WHOLE: "asap-sas-5", "asap-sas-1": "asap-sas-1"}
    sheet = mixed_sheet(tmp_path / "bio.xlsx", questions)
    s = opened_with_models(qtbot, make_window((1024, 600)), sheet, questions)
    page = html.unescape(page_html(feedback_pages(s)[0], class_title(s)))
    headings = re.findall(r'<h4 class="question[^"]*">(.*?)</h4>', page)
    said = headings[0].split(". ", 1)[1]
    assert said.endswith("…") and len(said) <= HEADING_CHARS + 1 and WHOLE.startswith(said[:-1]), headings
    assert page.count(WHOLE) == 1 and re.search(r'<h4 class="asked">' + re.escape(WHOLE) + "</h4>", page)
    assert headings[1] == f"2. {TITLES['asap-sas-1']}"                     # "asap-sas-1" says nothing to a student
    text = pdf_pages(exported(qtbot, s, sheet, task_manager, FEEDBACK_PDF, tmp_path / "feedback.pdf"))[0]
    assert " ".join(WHOLE.split()) in text and "2. Science: cell membrane" in text
    assert "Biology: protein synthesis" not in text
