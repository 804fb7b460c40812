"""What each question is called on the students' feedback (io/feedback.students_question_names): the teacher's name
for it, never a model's catalogue title in its place (QA: "1. ASAP-SAS 5 — Biology: protein synthesis from mRNA" on
the pages of a sheet that calls the question "Protein synthesis"). Sheets written to disk and opened as the app opens
them; a shipped model stands in as the session holds one (its id, title and prompt)."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "lms")]
import lms_sheets as L  # noqa: E402

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.session import ItemInfo  # noqa: E402
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from grader_app.io.columns import guess_columns  # noqa: E402
from grader_app.io.feedback import feedback_pages, students_question_names, write_feedback  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.workflow import start_session  # noqa: E402

MODEL = {"bundle_id": "asap-sas-5", "title": "ASAP-SAS 5 — Biology: protein synthesis from mRNA",
         "prompt": "Starting with mRNA leaving the nucleus, list and describe four steps of protein synthesis."}


def with_model(session, item: str):
    """``item`` scored by the shipped protein-synthesis model, as the columns dialog's choice gives it."""
    session.set_item_info(ItemInfo(item=item, labels=(0, 1, 2, 3), **MODEL))
    return session


def opened(path: Path, mapping: ColumnMapping | None = None):
    sheet = read_sheet(path)
    session, _bundles = start_session(sheet, mapping or guess_columns(sheet), Library.load([]))
    return session


def csv_sheet(path: Path, head: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([head, *rows])
    return path


def test_the_sheets_question_cell_names_it_not_the_models_title(tmp_path):
    path = csv_sheet(tmp_path / "bio.csv", ["Student", "Email", "Question", "Answer"],
                     [["Layla Young", "ly@school.example", "Protein synthesis", "tRNA brings amino acids."],
                      ["Layla Young", "ly@school.example", "asap-sas-5 (3 points)", "The ribosome reads codons."]])
    s = with_model(with_model(opened(path), "Protein synthesis"), "asap-sas-5 (3 points)")
    names = students_question_names(s)
    # the teacher's own name; a name that is only the model's id (its points aside) says nothing: the title does
    assert names == {"Protein synthesis": "Protein synthesis", "asap-sas-5 (3 points)": MODEL["title"]}
    [page] = feedback_pages(s)
    assert [(q.question, q.prompt) for q in page.questions] == [("Protein synthesis", MODEL["prompt"]),
                                                                 (MODEL["title"], MODEL["prompt"])]
    assert students_question_names(s, {"Protein synthesis": "Q1: proteins"})["Protein synthesis"] == "Q1: proteins"


@pytest.mark.parametrize("header, named", [("Protein synthesis", "Protein synthesis"),   # the header names it
                                           ("Answer", MODEL["title"])])                  # a header that names nothing
def test_a_sheet_without_a_question_column_is_named_by_its_answer_columns_header(tmp_path, header, named):
    path = csv_sheet(tmp_path / "bio.csv", ["Student", header], [["Layla Young", "tRNA brings amino acids."]])
    s = opened(path, ColumnMapping(name_column="Student", answer_column=header, default_item="whole sheet"))
    assert students_question_names(with_model(s, "whole sheet")) == {"whole sheet": named}


def test_a_downloads_question_text_names_it_with_a_model_chosen_too(tmp_path):
    """Blackboard names its questions "q_11": the download's Question column gives the text, which the students
    read, with a model chosen for the question as without one (which was the model's title)."""
    s = with_model(opened(L.blackboard_by_question(tmp_path)), "q_11")
    assert students_question_names(s) == {"q_11": L.ICE, "q_12": L.PLANTS}
    head, *rows = L.read_csv(write_feedback(s, tmp_path / "feedback.csv"))
    assert {(r[head.index("Q1 question")], r[head.index("Q2 question")]) for r in rows} == {(L.ICE, L.PLANTS)}
