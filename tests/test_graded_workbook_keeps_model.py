"""A graded workbook opened again without its project (deleted, or the workbook alone in another folder) gets, for each
question, the model that scored it last time, as its Summary sheet names it, where that model is installed and the
same version: the answers it accepted then are scored as the sheet shows them, not left without a final score. A model
that is missing or another version is not chosen from the record, and the note says so instead of "the model scores
the other answers again". Real workbooks written by the writers and read back, the real shipped ASAP-SAS 6 through
onnxruntime, ``grader score``."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from grader_app import workflow
from grader_app.bundles.archive import write_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.scored_before import ScoredBy, fingerprint
from grader_app.io.scored_by import MODELS_TITLES
from grader_app.io.summary_sheet import SummaryWords, summary_writer
from grader_app.io.writers import write_graded_xlsx
from shipped_six import CLASS_ANSWERS

MODELS = Path(__file__).resolve().parents[1] / "model_bundles"
QUESTION = "Cell membrane"   # the teacher's name for set 6's question: no model's id, title or question
ANSWERS = CLASS_ANSWERS + ["The nucleus controls what the cell does.",
                           "Protein channels let specific molecules in or out, and the sodium potassium pump uses energy."]


def class_sheet(path: Path, question: str = QUESTION) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student", "Email", "Question", "Answer"])
    for i, text in enumerate(ANSWERS):
        ws.append([f"Student {i}", f"s{i}@school.example.org", question, text])
    wb.save(path)
    return path


def week_one(folder: Path, library, words: SummaryWords | None = None, summary: bool = True):
    """Last week's work: the sheet scored by ASAP-SAS 6, chosen by hand, two answers decided, the graded workbook
    exported (with its Summary sheet, as the window writes it, unless not ``summary``). Returns (session, workbook)."""
    folder.mkdir(parents=True, exist_ok=True)
    sheet = workflow.read_for_grading(class_sheet(folder / "bio-p3.xlsx"))
    mapping = workflow.guess_columns(sheet, library)
    session, bundles = workflow.start_session(sheet, mapping, library, chosen={QUESTION: "asap-sas-6"}, learning=True)
    workflow.score_all(session, bundles)
    session.decide(0, 3, comment="All three processes, well described.")
    session.decide(5, 0)
    out = folder / "bio-p3-graded.xlsx"
    write_graded_xlsx(session, out, extra_sheets=summary_writer(session, words=words) if summary else None)
    return session, out


def finals(session) -> dict[str, object]:
    return {session.answers[k].text: session.final_score(k) for k in range(len(session.answers))}


@pytest.fixture(scope="module")
def library():
    return Library.load([MODELS])


def test_the_summary_sheet_names_the_model_and_its_version_and_reading_it_back_gives_them(tmp_path, library):
    _, graded = week_one(tmp_path / "last week", library)
    wb = openpyxl.load_workbook(graded, read_only=True)
    rows = [r for r in wb.worksheets[1].iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r[0] == "Models that scored the answers")
    six = library.get("asap-sas-6")
    assert rows[at + 1][:4] == ("Question", "Model", "Model id", "Version check code")
    code = fingerprint(six)[:12]   # a teacher reads a short code under a name that says what it is, not 64 hex digits
    assert rows[at + 2][:4] == (QUESTION, six.title, "asap-sas-6", code)
    sheet = workflow.read_for_grading(graded)
    assert sheet.scored_by == (ScoredBy(QUESTION, "asap-sas-6", six.title, code),)


def _version_cell(graded: Path, value) -> None:
    """The workbook's version check code of its one question replaced by ``value`` (an older Grader's, or typed over)."""
    wb = openpyxl.load_workbook(graded)
    ws = wb.worksheets[1]
    at = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Models that scored the answers")
    ws.cell(at + 2, 4).value = value
    wb.save(graded)


def test_an_older_workbook_with_the_whole_fingerprint_is_read_back_and_the_same_model_chosen(tmp_path, library):
    _, graded = week_one(tmp_path / "last week", library)
    whole = fingerprint(library.get("asap-sas-6"))
    assert len(whole) == 64
    _version_cell(graded, whole.upper())   # as an older Grader wrote it (in capitals, should a reader have changed it)
    sheet = workflow.read_for_grading(graded)
    assert [s.fingerprint for s in sheet.scored_by] == [whole]
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library, learning=True)
    assert {item: b.id if b else None for item, b in bundles.items()} == {QUESTION: "asap-sas-6"}
    assert workflow.scored_before(session, bundles, library) == ("again", ())


@pytest.mark.parametrize("typed", ["a" * 12, "16f0", "not a version code"], ids=["other", "too-short", "not-hex"])
def test_a_version_code_of_another_version_too_short_or_not_hex_is_no_match(tmp_path, library, typed):
    _, graded = week_one(tmp_path / "last week", library)
    _version_cell(graded, typed if typed != "16f0" else fingerprint(library.get("asap-sas-6"))[:4])
    sheet = workflow.read_for_grading(graded)
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library, learning=True)
    assert bundles == {QUESTION: None}
    assert workflow.scored_before(session, bundles, library)[1][0][0] == "changed"


def test_the_short_code_tells_versions_apart_as_the_whole_fingerprint_does():
    from grader_app.core.scored_before import CODE, same_version, version_code

    whole = "16f09a0a5c19d5a03813eca1ba96d31284422cf0153397fc4008b49c31befbc5"
    assert CODE == 12 and version_code(whole) == "16f09a0a5c19" and version_code("") == ""
    assert same_version(whole, version_code(whole)) and same_version(whole, whole)
    assert not same_version("16f09a0a5c18" + whole[12:], version_code(whole))
    assert not same_version(whole, whole[:CODE - 1]) and not same_version(whole, "")


@pytest.mark.parametrize("models, summary", [("Modelle, die die Antworten bewertet haben", "Übersicht"),
                                             ("Modelos que puntuaron las respuestas", "Resumen")])
def test_a_workbook_written_in_another_language_is_read_back_too(tmp_path, library, models, summary):
    assert models in MODELS_TITLES
    _, graded = week_one(tmp_path / "last week", library, SummaryWords(sheet=summary, models=models, question="Frage",
                                                                        model="Modell", model_id="Modell-ID"))
    assert [s.bundle_id for s in workflow.read_for_grading(graded).scored_by] == ["asap-sas-6"]


def test_the_graded_workbook_reopened_is_scored_by_the_same_model_as_last_week(tmp_path, library):
    last_week, graded = week_one(tmp_path / "last week", library)
    moved = tmp_path / "this week" / graded.name   # no project beside it
    moved.parent.mkdir()
    shutil.copy(graded, moved)
    sheet = workflow.read_for_grading(moved)
    mapping = workflow.guess_columns(sheet, library)
    for learning in (True, False):   # the window's way (nothing chosen yet) and the command line's
        session, bundles = workflow.start_session(sheet, mapping, library, learning=learning)
        assert {item: b.id if b else None for item, b in bundles.items()} == {QUESTION: "asap-sas-6"}
        assert workflow.scored_before(session, bundles, library) == ("again", ())
    workflow.take_over_earlier(session)
    workflow.score_all(session, bundles)
    assert finals(session) == finals(last_week)
    assert review.UNSCORED not in {session.status(a.key) for a in session.answers}


def test_a_model_of_another_version_or_missing_is_not_chosen_and_said(tmp_path, library):
    _, graded = week_one(tmp_path / "last week", library)
    sheet = workflow.read_for_grading(graded)
    mapping = workflow.guess_columns(sheet, library)
    six = library.get("asap-sas-6")
    changed = dict(six.manifest)
    changed["review"] = {**changed["review"], "threshold": 0.99}   # its settings changed: another version
    other = Library.load([write_bundle(tmp_path / "v2" / "asap-sas-6.gradebundle", changed, six.model_bytes).parent])
    assert fingerprint(other.get("asap-sas-6")) != fingerprint(six)
    session, bundles = workflow.start_session(sheet, mapping, other, learning=True)
    assert bundles == {QUESTION: None}
    assert workflow.scored_before(session, bundles, other) == ("none", (("changed", six.title, QUESTION, False),))
    without = Library.load([tmp_path / "nothing"])
    session, bundles = workflow.start_session(sheet, mapping, without, learning=True)
    assert workflow.scored_before(session, bundles, without) == ("none", (("missing", six.title, QUESTION, False),))


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    folder = tmp_path / "bundles"
    folder.mkdir()
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(folder))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    return folder


def _final_scores(path: Path) -> dict[str, object]:
    rows = list(openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
    answer, final = rows[0].index("Answer"), rows[0].index("final_score")
    return {(r[answer] or ""): r[final] for r in rows[1:]}


def test_grader_score_scores_the_graded_workbook_with_the_same_model(tmp_path, library, shipped, capsys):
    last_week, graded = week_one(tmp_path / "last week", library)
    shutil.copy(MODELS / "asap-sas-6.gradebundle", shipped)
    out = tmp_path / "again.xlsx"
    assert run_cli(["score", str(graded), "--out", str(out)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert ("This sheet was graded with Grader before: your 2 earlier decisions are kept. The model scores the other "
            "answers again.") in err
    assert _final_scores(out) == finals(last_week)


def test_grader_score_says_the_model_that_scored_the_workbook_is_missing(tmp_path, library, shipped, capsys):
    _, graded = week_one(tmp_path / "last week", library)
    shutil.copy(MODELS / "asap-sas-5.gradebundle", shipped)
    assert run_cli(["score", str(graded), "--out", str(tmp_path / "again.xlsx")]) == 2
    err = " ".join(capsys.readouterr().err.split())
    title = library.get("asap-sas-6").title
    assert f"No installed model matches question “{QUESTION}” ({title}, which scored it before, is not installed)" in err


def test_grader_score_with_the_same_model_given_says_it_scores_again_and_nothing_missing(tmp_path, library, shipped,
                                                                                        capsys):
    last_week, graded = week_one(tmp_path / "last week", library)
    out = tmp_path / "again.xlsx"
    assert run_cli(["score", str(graded), "--bundle", str(MODELS / "asap-sas-6.gradebundle"), "--out", str(out)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert "your 2 earlier decisions are kept. The model scores the other answers again." in err
    assert "not installed" not in err and _final_scores(out) == finals(last_week)
