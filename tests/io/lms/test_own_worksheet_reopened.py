"""The Moodle grading worksheet Grader wrote for the upload, opened again as if it held answers (LMS QA h2).

It has no ``Online text`` column, so it was taken for a worksheet Moodle gives for an assignment without online text,
and the teacher was told "in Moodle let the assignment take online text, or download the submissions": advice for
another file. It is now known by what Grader writes (its columns in the site's language, its points without Moodle's
two decimals, no "-" for none) and refused with what it is: the file to upload, not one to grade; to grade, open the
worksheet downloaded from Moodle. Moodle's own worksheets without online text keep their advice. Each upload is written
by the real exporter from a worksheet written as Moodle writes it, and read back as the app reads it."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.cli import run_cli
from grader_app.errors import sentence
from grader_app.io import SheetError, guess_columns, read_sheet
from grader_app.io.lms import export_format, recognise
from test_moodle_worksheet_points import WORKSHEETS, worksheet_out_of_100

UPLOAD = ("this file is the grading worksheet Grader wrote for you to upload to Moodle (the assignment's Upload grading "
          "worksheet), with your grades and comments, not a worksheet to grade; to grade, open the worksheet you "
          "downloaded from Moodle, with the students' online text")
NO_TEXT = "This is a Moodle grading worksheet without the students' text"


def refused(path) -> SheetError:
    with pytest.raises(SheetError) as caught:
        guess_columns(read_sheet(path))
    return caught.value


def upload(tmp_path, lang: str = "en", decide=L.by_text):
    session = L.session_for(worksheet_out_of_100(tmp_path, lang), decide)
    return export_format("moodle-worksheet").write(session, tmp_path / f"upload-{lang}.csv").path


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_grader_s_own_upload_is_said_to_be_the_file_to_upload(tmp_path, lang):
    written = upload(tmp_path, lang)
    assert L.read_csv(written)[0][0] == WORKSHEETS[lang][0][0]          # in the site's language
    problem = refused(written)
    assert (problem.kind, str(problem)) == ("columns.moodle_upload", UPLOAD)   # was: "… without the students' text;
    assert NO_TEXT not in str(problem)                                   # in Moodle let the assignment take online text"
    assert recognise(read_sheet(written)) is None                        # no download of Moodle's


def test_an_upload_with_an_answer_still_open_is_known_too(tmp_path):
    written = upload(tmp_path, decide=lambda a: 1 if a.text == L.A_GOOD else None)
    assert [r[4] for r in L.read_csv(written)[1:]] == ["50", ""]   # 1 of 2 out of 100; Ben's empty: an answer open
    assert refused(written).kind == "columns.moodle_upload"


def moodle_without_text(tmp_path, graded: bool):
    """A worksheet Moodle gives for an assignment without online text: before grading ("-" for no grade yet), or after
    (its grades and maximum with two decimals)."""
    rows = []
    for r in L.read_csv(L.moodle_worksheet(tmp_path)):
        del r[8]                                                         # no Online text column
        rows.append(r)
    for r in rows[1:]:
        if graded:
            r[4], r[8] = "2.00", "Tuesday, 5 March 2024, 9:00 AM"
    return L.write_csv(tmp_path / "Grades-Essay-5.csv", rows, bom=True)


@pytest.mark.parametrize("graded", [False, True], ids=["before grading", "after grading"])
def test_moodle_s_own_worksheet_without_online_text_keeps_its_advice(tmp_path, graded):
    problem = refused(moodle_without_text(tmp_path, graded))
    assert problem.kind == "columns.moodle_no_online_text" and sentence(problem).startswith(NO_TEXT)


def test_the_command_line_says_so_and_writes_nothing(tmp_path, tiny_shipped, capsys):
    code = run_cli(["score", str(upload(tmp_path)), "--out", str(tmp_path / "graded.xlsx")])
    assert code == 2 and capsys.readouterr().err == "grader: T" + UPLOAD[1:] + ".\n"
    assert not (tmp_path / "graded.xlsx").exists()
