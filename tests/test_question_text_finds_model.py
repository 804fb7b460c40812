"""A sheet whose question column holds, word for word, the question a shipped model was made for (its bundle's prompt)
gets that model, as one naming its id or title does: case, spacing, punctuation and quotes aside, a number before it
("Q3.", "3)") or its points after it aside, and the whole question followed by the scoring instructions too (said). A
question that is only similar (a word changed, shortened, carried on in the same sentence, with words before it) gets
none. The real shipped bundles, real workbooks written and read back, real onnxruntime sessions."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.grading import find_bundle_for, goes_on, made_for
from grader_app.core.question_match import EXACT, MORE, asks
from shipped_six import CLASS_ANSWERS as ANSWERS

MODELS = Path(__file__).resolve().parents[1] / "model_bundles"
SET6 = "List and describe three processes used by cells to control the movement of substances across the cell membrane"


@pytest.fixture(scope="module")
def library():
    return Library.load([MODELS])


def class_sheet(path: Path, question: str, answers=ANSWERS) -> Path:
    """A class's workbook as a teacher makes it: names, an email, the question's text on every row, the answer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Last Name", "First Name", "Email", "Question", "Answer"])
    for i, text in enumerate(answers):
        ws.append([f"Last{i}", f"First{i}", f"s{i}@school.example.org", question, text])
    wb.save(path)
    return path


SAME = [SET6, SET6 + ".", SET6.upper(), "  " + SET6.replace(" ", "  ") + " ", "Q3. " + SET6, "3) " + SET6,
        "Question 3: " + SET6, "Frage 3 – " + SET6, "“" + SET6 + ".”", SET6 + " (3 points)", "Q3. " + SET6 + " [3 marks]",
        SET6.replace("cell membrane", "cell-membrane")]
GOES_ON = [SET6 + ". Score: one point for each process described.",
           SET6 + ".\nRubric: 3 points for three key elements, 2 for two, 1 for one.",
           "Q3) " + SET6 + ": give the name of each and what it does (3 points)"]
OTHER = [SET6.replace("three", "four"), SET6.replace("List and describe", "Describe"), SET6[:-len(" cell membrane")],
         SET6 + " and give an example of each", "Using your notes, " + SET6.lower(), "Cell membrane", "Q3",
         "Q2 Cell membrane", "List and describe three processes used by cells",
         "3 " + SET6.replace("three", "two")]


@pytest.mark.parametrize("cell", SAME)
def test_the_models_own_question_is_matched_whatever_its_case_spacing_punctuation_number_and_points(cell, library):
    assert asks(cell, SET6) == EXACT
    found = find_bundle_for(cell, library)
    assert found is not None and found.id == "asap-sas-6"
    assert made_for(cell, found) and not goes_on(cell, found)


@pytest.mark.parametrize("cell", GOES_ON)
def test_the_whole_question_followed_by_the_scoring_instructions_is_matched_and_said(cell, library):
    assert asks(cell, SET6) == MORE
    found = find_bundle_for(cell, library)
    assert found is not None and found.id == "asap-sas-6"
    assert goes_on(cell, found) and made_for(cell, found)


@pytest.mark.parametrize("cell", OTHER)
def test_a_merely_similar_question_gets_no_model(cell, library):
    assert asks(cell, SET6) is None
    assert find_bundle_for(cell, library) is None
    assert not made_for(cell, library.get("asap-sas-6"))


def test_every_shipped_model_is_found_by_its_own_whole_question_and_not_by_the_question_under_its_passage(library):
    """Sets 3 and 4 share a whole article and differ in their last paragraph: each prompt finds its own model; that last
    paragraph alone (the question without the passage) is not the question the model was made for, and finds none."""
    for b in library.bundles.values():
        assert find_bundle_for(b.prompt, library) is b, b.id
    for bid in ("asap-sas-3", "asap-sas-4"):
        last = library.get(bid).prompt.strip().split("\n")[-1]
        assert len(last.split()) > 10 and find_bundle_for(last, library) is None


def test_an_id_or_title_match_comes_before_a_question_match(library):
    assert find_bundle_for("asap-sas-6", library).id == "asap-sas-6"
    title = library.get("asap-sas-5").title
    assert find_bundle_for(title, library).id == "asap-sas-5"


def test_a_sheet_of_the_models_question_is_scored_by_it(tmp_path, library):
    """The workflow the window and the command line share: the question gets asap-sas-6, and its answers are scored
    by the real model (some accepted on their own), not all left to the teacher."""
    sheet = workflow.read_for_grading(class_sheet(tmp_path / "bio-p3.xlsx", "Q3. " + SET6 + "."))
    mapping = workflow.guess_columns(sheet, library)
    assert mapping.item_column == "Question"
    for learning in (True, False):   # the window's way and the command line's
        session, bundles = workflow.start_session(sheet, mapping, library, learning=learning)
        assert {item: b.id for item, b in bundles.items()} == {"Q3. " + SET6 + ".": "asap-sas-6"}
    workflow.score_all(session, bundles)
    assert len(session.predictions) == len(ANSWERS)
    statuses = {session.status(a.key) for a in session.answers}
    assert review.UNSCORED not in statuses and review.AUTO in statuses


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """The real shipped models as the command line finds them, with a user data folder of the test's own."""
    folder = tmp_path / "bundles"
    folder.mkdir()
    for bid in ("asap-sas-5", "asap-sas-6"):
        shutil.copy(MODELS / f"{bid}.gradebundle", folder)
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(folder))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    return folder


def _statuses(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    return [r[rows[0].index("status")] for r in rows[1:]]


def test_grader_score_scores_a_sheet_of_the_models_question(tmp_path, shipped, capsys):
    sheet = class_sheet(tmp_path / "bio-p3.xlsx", SET6)
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "graded.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "no installed model matches" not in err and "followed by more text" not in err
    statuses = _statuses(tmp_path / "graded.xlsx")
    assert "unscored" not in statuses and "auto" in statuses


def test_grader_score_says_when_the_question_goes_on_after_the_models(tmp_path, shipped, capsys):
    sheet = class_sheet(tmp_path / "bio-p3.xlsx", GOES_ON[0])
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "graded.xlsx")]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert ("holds the whole question model asap-sas-6 was made for, followed by more text, so asap-sas-6 scores it; "
            "check that this text asks for nothing more") in err
    assert re.search(r"question “[^”']+” holds the whole question model asap-sas-6", err), err   # quoted as the window does
    assert "unscored" not in _statuses(tmp_path / "graded.xlsx")


def test_grader_score_gives_a_similar_question_no_model(tmp_path, shipped, capsys):
    sheet = class_sheet(tmp_path / "bio-p3.xlsx", OTHER[0])
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "graded.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "No installed model matches question" in err and "write out the model's own question" in err
