"""Opening an LMS download recognises it once (:func:`grader_app.io.lms.recognise`): the columns guessed, the session's
reading, its question texts, the notes on students twice and on random questions all asked for it, and each worked it
out again from its columns (0.3–0.5 s of a 10,000-student Canvas report's opening, on the worker). Each caller gets a
copy of its own, so one that changes what it got (the command line's ``--id-column``) changes no other's. A real
Canvas Student Analysis report written to disk, opened as the window opens it (``workflow.open_sheet``, then
``workflow.prepare_session``)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.lms import identifiers_for, recognise, recognition
from grader_app.io.lms.fields import CANVAS_ID
from grader_app.io.readers import read_sheet
from lms_sheets import ICE, PLANTS, write_csv

ICE_COLUMN, PLANTS_COLUMN = f"4101: {ICE}", f"4102: {PLANTS}"
BOTH = {ICE_COLUMN: ICE_COLUMN, PLANTS_COLUMN: PLANTS_COLUMN}   # questions named by their headers


def canvas_report(folder):
    """A Canvas Student Analysis report in which Ann Lee took the quiz twice (so the note on students twice asks too)."""
    head = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
            ICE_COLUMN, "2.0", PLANTS_COLUMN, "2.0", "n correct", "n incorrect", "score"]
    rows = [head]
    for name, uid, sis, attempt, ice, plants in (
            ("Ann Lee", "1001", "S-01", "1", "Ice is lighter.", "They use sunlight."),
            ("Ben Okafor", "1002", "S-02", "1", "Ice is less dense than water.", "By photosynthesis."),
            ("Ann Lee", "1001", "S-01", "2", "Its molecules form an open lattice.", "Light, water and CO2.")):
        rows.append([name, uid, sis, "Period 2", "77", "SEC2", "2024-03-04 10:02:11 UTC", attempt,
                     f"<p>{ice}</p>", "0.0", plants, "0.0", "0", "0", "0.0"])
    return write_csv(folder / "Quiz 3 Student Analysis Report.csv", rows)


@pytest.fixture
def recognitions(monkeypatch):
    """How many times the LMS recognition is worked out: the Canvas recogniser, which every recognition asks first,
    counted as it runs (and run as it is)."""
    count = [0]
    canvas = recognition.RECOGNISERS[0]

    def counted(sheet):
        count[0] += 1
        return canvas(sheet)

    monkeypatch.setattr(recognition, "RECOGNISERS", (counted, *recognition.RECOGNISERS[1:]))
    return count


def test_opening_a_canvas_report_recognises_it_once(tmp_path, recognitions):
    path = canvas_report(tmp_path)
    library = Library.load([])
    opened = workflow.open_sheet(path, library)
    assert opened.mapping is not None and opened.mapping.answer_columns == BOTH
    prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
    try:
        assert prepared.twice is not None and "Ann Lee" in str(prepared.twice)   # the note asked for it too
        assert prepared.session.reading is not None   # the report's HTML read as text
        assert {a.text for a in prepared.session.answers} >= {"Ice is lighter.", "Its molecules form an open lattice."}
    finally:
        prepared.store.close()
    assert recognitions[0] == 1   # was 6: guess_columns, reading_for, question_texts, identifiers_for, twice_note, drawn_note


def test_what_one_caller_changes_no_other_caller_gets(tmp_path, recognitions):
    sheet = read_sheet(canvas_report(tmp_path))
    guess = workflow.guess_columns(sheet)
    first = recognise(sheet)
    assert first is not None and first.mapping == guess
    guess.id_column = "name"                   # the command line's --id-column, say
    guess.answer_columns.pop(ICE_COLUMN)
    first.mapping.first_name_column = "section"
    first.identifiers.rows[0].clear()
    first.closed[ICE_COLUMN] = ICE_COLUMN
    again = recognise(sheet)
    assert again is not None and again.mapping is not None
    assert again.mapping.id_column == "sis_id" and again.mapping.first_name_column is None
    assert again.mapping.answer_columns == BOTH and not again.closed
    assert again.identifiers.rows[0][CANVAS_ID] == "1001"
    assert identifiers_for(sheet).rows[0][CANVAS_ID] == "1001"
    assert workflow.guess_columns(sheet).answer_columns == BOTH
    assert recognitions[0] == 1


def test_a_sheet_with_other_cells_is_recognised_again(tmp_path, recognitions):
    sheet = read_sheet(canvas_report(tmp_path))
    assert recognise(sheet).mapping.answer_columns == BOTH
    fewer = sheet.frame.drop(columns=[ICE_COLUMN])
    assert recognise(replace(sheet, frame=fewer)).mapping.answer_columns == {PLANTS_COLUMN: PLANTS_COLUMN}   # a new sheet
    sheet.frame = fewer   # the same sheet given another frame
    assert recognise(sheet).mapping.answer_columns == {PLANTS_COLUMN: PLANTS_COLUMN}
    assert recognitions[0] == 3
