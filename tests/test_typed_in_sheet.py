"""Final scores a teacher typed into a graded sheet (in Excel, say) on rows whose status does not say the teacher decided
are taken as the teacher's decisions when the sheet is opened again to grade: one filled in on a "needs review" row, or
one that differs from the model's score on an "auto" row, with its comment. An "auto" row whose final score is the
model's stays the model's; a typed score that is not a score of its question is not taken, and the window and the
command line say which and why. Real graded XLSX and CSV files (English and German columns) written by the real writer,
edited with openpyxl / csv as a spreadsheet program would, and read back."""
from __future__ import annotations

import csv
import dataclasses

import openpyxl
import pytest

from test_graded_again import _sheet as class_sheet

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.origins import OWN, UNKNOWN
from grader_app.io.graded_columns import COLUMN_NAMES, STATUS_WORDS, GradedWords, status_of
from grader_app.io.writers import write_graded

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea",
         "Water expands when it freezes, so ice is lighter than the same volume of water.",
         "It floats on top.", "Hydrogen bonds make an open lattice in ice."]


def _words(lang: str) -> GradedWords:
    return GradedWords(columns=COLUMN_NAMES[lang], status=STATUS_WORDS[lang].get)


def _graded(tmp_path, library, suffix: str, lang: str = "en"):
    """Yesterday's work: the sheet scored at a threshold that accepts about half the answers, one decided by the
    teacher, exported as ``suffix`` with its grading columns in ``lang``. Returns that threshold and the file."""
    path = class_sheet(tmp_path / "class.csv", TEXTS)
    sheet = workflow.read_for_grading(path)
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    workflow.score_all(session, bundles)
    confidences = sorted(p.confidence for p in session.predictions.values())
    threshold = (confidences[3] + confidences[4]) / 2
    session.set_thresholds({"tiny-ice": threshold})
    session.decide(0, 2, comment="well put")
    graded = write_graded(session, tmp_path / f"class-graded{suffix}", words=_words(lang))
    return threshold, graded


def _rows(path) -> list[list]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return [list(r) for r in csv.reader(fh)]
    wb = openpyxl.load_workbook(path)
    rows = [["" if v is None else v for v in r] for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    return rows


def _save(rows: list[list], path):
    if path.suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
        return path
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append([None if v == "" else v for v in r])
    wb.save(path)
    return path


def _edited(tmp_path, graded, lang: str = "en"):
    """The graded sheet as the teacher left it after Excel: on one auto row the final score changed (with a comment), on
    another left as it was; on one needs-review row a final score typed in (with a comment), on another a 7 (the tiny
    model scores 0, 1 or 2). Returns the file and the answer keys (= data rows) of those four."""
    rows = _rows(graded)
    names = COLUMN_NAMES[lang]
    status, final, comment = (rows[0].index(names[i]) for i in (2, 4, 5))
    auto = [i for i in range(1, len(rows)) if status_of(rows[i][status]) == review.AUTO]
    open_ = [i for i in range(1, len(rows)) if status_of(rows[i][status]) == review.NEEDS_REVIEW]
    assert len(auto) >= 2 and len(open_) >= 2, rows
    changed, same, scored, off = auto[0], auto[1], open_[0], open_[1]
    was = int(float(rows[changed][final]))
    rows[changed][final] = str((was + 1) % 3)
    rows[changed][comment] = "changed in Excel"
    rows[scored][final] = "1"
    rows[scored][comment] = "scored in Excel"
    rows[off][final] = "7"
    edited = _save(rows, tmp_path / f"edited{graded.suffix}")
    return edited, {"changed": (changed - 1, (was + 1) % 3), "same": same - 1, "scored": scored - 1, "off": off - 1}


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


@pytest.mark.parametrize("suffix,lang", [(".csv", "en"), (".xlsx", "en"), (".xlsx", "de"), (".csv", "es")])
def test_final_scores_typed_into_the_sheet_are_taken_as_the_teachers_decisions(tmp_path, library, suffix, lang):
    threshold, graded = _graded(tmp_path, library, suffix, lang)
    edited, at = _edited(tmp_path, graded, lang)
    sheet = workflow.read_for_grading(edited)
    note = [n for n in sheet.notes if n.kind == "graded_before"][0]
    assert note.values == {"count": 1, "typed": 3}    # the 7 is typed too; the scale is checked once the model is known
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    taken = workflow.take_over_earlier(session)
    assert (taken.kept, taken.typed, taken.not_scores) == (1, 2, [])
    assert taken.typed_not_scores == [(at["off"], "7")]
    key, score = at["changed"]
    assert (session.decisions[key].score, session.decisions[key].comment) == (score, "changed in Excel")
    assert (session.decisions[at["scored"]].score, session.decisions[at["scored"]].comment) == (1, "scored in Excel")
    assert at["same"] not in session.decisions and at["off"] not in session.decisions
    # why each was marked (core.origins): the scores typed in were answers the teacher chose herself; the decision
    # Grader wrote before says nothing of why, so it is of unknown origin, as in a project saved before origins
    assert session.decisions[key].origin == session.decisions[at["scored"]].origin == OWN
    assert session.decisions[0].origin == UNKNOWN
    workflow.score_all(session, bundles)
    session.set_thresholds({"tiny-ice": threshold})   # as yesterday's
    assert session.status(key) in review.TEACHERS and session.status(at["scored"]) in review.TEACHERS
    assert session.status(at["same"]) == review.AUTO      # its final score was the model's: still the model's
    assert session.status(at["off"]) in (review.AUTO, review.NEEDS_REVIEW) and at["off"] not in session.decisions
    # the next export carries the teacher's Excel grades
    again = _rows(workflow.export_graded(session, tmp_path / f"again{suffix}"))
    final, comment = again[0].index("final_score"), again[0].index("comment")
    assert (float(again[key + 1][final]), again[key + 1][comment]) == (score, "changed in Excel")
    assert (float(again[at["scored"] + 1][final]), again[at["scored"] + 1][comment]) == (1, "scored in Excel")


def test_an_auto_row_whose_final_score_is_written_otherwise_but_the_same_stays_auto(tmp_path, library):
    _, graded = _graded(tmp_path, library, ".csv")
    rows = _rows(graded)
    status, final = rows[0].index("status"), rows[0].index("final_score")
    auto = [i for i in range(1, len(rows)) if rows[i][status] == "auto"]
    for i in auto:
        rows[i][final] = rows[i][final] + ".0"            # Excel showing 1 as 1.0: the same score
    sheet = workflow.read_for_grading(_save(rows, tmp_path / "same.csv"))
    assert [d for d in sheet.earlier if d.typed] == []
    assert "your 1 earlier decision is kept." in " ".join(sheet.notes)


def test_the_window_says_how_many_typed_scores_were_taken_and_which_were_not(qapp, tmp_path, library):
    from grader_app.ui import i18n
    from grader_app.ui.sheet_notes import note_words
    from grader_app.ui.opening_notes import opened_is_news, opened_note

    assert i18n.install("en")
    _, graded = _graded(tmp_path, library, ".xlsx")
    edited, at = _edited(tmp_path, graded)
    opened = workflow.open_sheet(edited, library)
    said = " ".join(note_words(n) for n in opened.sheet.notes)
    # how the other answers are scored is said once the models are chosen (the columns dialog), not as the sheet is read
    assert said.endswith("your 1 earlier decision is kept. 3 final scores typed into the sheet are taken as your "
                         "decisions too, where they are scores of their questions.")
    prepared = workflow.prepare_session(edited, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    try:
        said = opened_note(prepared, "edited.grader-project")
        assert "Took 2 final scores typed into the sheet as your decisions, with their comments." in said
        row = at["off"] + 2                                # the header is row 1
        assert (f"1 final score typed into the sheet was not taken because it is not a score of its question (row {row}: "
                "“7” for tiny-ice, whose scores are 0, 1, 2); score that answer in the review.") in said
        assert not opened_is_news(prepared)
        taken_only = dataclasses.replace(prepared, earlier=dataclasses.replace(prepared.earlier, typed_not_scores=[]))
        assert not opened_is_news(taken_only)             # scores read from the sheet keep their time on the status bar
        prepared.store.flush()
        assert prepared.store.decision_count() == 3        # the typed ones are in the project file too
    finally:
        workflow.close_project(prepared.store)


def test_the_command_line_takes_them_and_says_which_were_not(tmp_path, tiny_shipped, capsys):
    _, graded = _graded(tmp_path, Library.load([tiny_shipped]), ".csv")
    edited, at = _edited(tmp_path, graded)
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(edited), "--out", str(out)]) == 0
    said = capsys.readouterr()
    # counted once the scales are known: the 7 below (not taken) is not counted as taken
    assert ("your 1 earlier decision is kept. 2 final scores typed into the sheet are taken as your decisions too, where "
            "they are scores of their questions. The model scores the other answers again." in said.err)
    assert "3 final scores" not in said.err
    assert (f"1 final score typed into the sheet was not taken because it is not a score of its question (row "
            f"{at['off'] + 2}: “7” for “tiny-ice”, whose scores are 0, 1, 2)") in said.err
    rows = _rows(out)
    final, comment = rows[0].index("final_score"), rows[0].index("comment")
    key, score = at["changed"]
    assert (float(rows[key + 1][final]), rows[key + 1][comment]) == (score, "changed in Excel")
    assert (float(rows[at["scored"] + 1][final]), rows[at["scored"] + 1][comment]) == (1, "scored in Excel")
    assert "You decided 3 answers" in said.out
