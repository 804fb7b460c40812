"""The grade files a teacher opens in Excel before uploading start with a UTF-8 BOM where the LMS's importer strips
one, so "José Ñúñez" is not shown as "JosÃ© Ã‘ÃºÃ±ez"; the files whose importer is not known to strip one stay without.
Each file is written for real, its raw bytes read back, and read again as pandas and the csv module read it."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms import export_format

BOM = b"\xef\xbb\xbf"
JOSE, ZOE = "José Ñúñez", "Zoë Çelik"


def accented_form(folder):
    rows = [["Timestamp", "Email address", "Score", "Your name", L.ICE],
            ["2024/03/04 10:02:11 AM GMT", "jose@school.example", "", JOSE, L.A_GOOD],
            ["2024/03/04 10:05:40 AM GMT", "zoe@school.example", "", ZOE, L.A_SOME]]
    return L.write_csv(folder / "Quiz (Responses) - Form Responses 1.csv", rows)


def accented_worksheet(folder):
    rows = [L.WORKSHEET_HEAD,
            ["Participant 5101", JOSE, "jose@school.example", "Submitted for grading", "", "2.00", "Yes",
             "Monday, 4 March 2024, 10:12 AM", L.A_GOOD, "-", ""],
            ["Participant 5102", ZOE, "zoe@school.example", "Submitted for grading", "", "2.00", "Yes",
             "Monday, 4 March 2024, 10:20 AM", L.A_SOME, "-", ""]]
    return L.write_csv(folder / "Grades-Essay-4.csv", rows)


def read_back(path):
    raw = path.read_bytes()
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert list(frame.columns) == rows[0]          # the first header is itself, no "\ufeff" stuck to it
    return raw, frame, rows


@pytest.mark.parametrize("key,sheet", [("canvas-gradebook", accented_form), ("moodle-gradebook", accented_form),
                                       ("moodle-gradebook-by-id", accented_form),
                                       ("moodle-worksheet", accented_worksheet), ("google-classroom", accented_form)])
def test_files_opened_in_excel_start_with_a_bom(tmp_path, key, sheet):
    session = L.session_for(sheet(tmp_path), L.by_text)
    out = tmp_path / f"{key}.csv"
    result = export_format(key).write(session, out)
    assert result.written == 2
    raw, frame, rows = read_back(out)
    assert raw.startswith(BOM) and not raw[3:].startswith(BOM)
    assert "José".encode() in raw and "JosÃ".encode() not in raw
    text = "\n".join(",".join(r) for r in rows)
    cells = set(frame.to_numpy().ravel())
    if key.startswith("moodle-gradebook") or key == "google-classroom":     # first and last name apart
        assert {"José", "Ñúñez", "Zoë", "Çelik"} <= cells and "Ñúñez" in text
    else:
        assert {JOSE, ZOE} <= cells


def test_canvas_by_the_sheets_id_starts_with_a_bom(tmp_path):
    session = L.session_for(accented_form(tmp_path), L.by_text)
    out = tmp_path / "canvas.csv"
    assert write_canvas_csv(session, out).written == 2
    raw, frame, rows = read_back(out)
    assert raw.startswith(BOM) and rows[0][0] == "Student"
    assert [r[0] for r in rows[2:]] == [JOSE, ZOE] and list(frame["Student"][1:]) == [JOSE, ZOE]


@pytest.mark.parametrize("key,sheet", [("blackboard-grade-center", L.blackboard_by_user),
                                       ("brightspace-grades", L.brightspace_questions)])
def test_files_whose_importer_may_keep_a_bom_have_none(tmp_path, key, sheet):
    # Blackboard and Brightspace name no BOM in their upload docs: a kept BOM would stick to the first header
    # (Brightspace's OrgDefinedId, the column it matches students by), so these stay plain UTF-8 as before
    session = L.session_for(sheet(tmp_path), L.by_text)
    out = tmp_path / f"{key}.csv"
    export_format(key).write(session, out)
    assert not out.read_bytes().startswith(BOM)
