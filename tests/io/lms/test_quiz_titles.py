"""The quiz's name in the question columns' titles of the LMS import files (QA s52b finding 2): Moodle's, Blackboard's
and Brightspace's downloads name their questions "Q1", "Q2", and every quiz's file headed them so, so Canvas and
Brightspace put next week's "Q1" into last week's column. Now a name goes before every title that is only a number
("Week 3 quiz – Q1"), by default the one the LMS gave its download (else the sheet's file name); a title that names
its question stays; each file keeps to its LMS's limit for a name and writes no character its header's grammar reads
as its own (Blackboard's "[Total Pts: …]" and "|id", Brightspace's "<Numeric MaxPoints:…>"). Real downloads, laid out
as each LMS writes them, read as the app reads them, exported and read back."""
from __future__ import annotations

import re

import lms_downloads as D
import lms_sheets as L
import pytest

from grader_app.io.lms import NothingMatched, export_format
from grader_app.io.lms.quiz_titles import (NAME_LIMIT, clean_name, default_name, every_title, file_titles, has_generic,
                                           is_generic, named, own_only)
from grader_app.io.canvas import write_canvas_csv

BB_HEADER = re.compile(r"(?P<title>[^\[\]|]+) \[Total Pts: (?P<points>[0-9.]+) Score\]")   # Grade Center's grammar
BS_HEADER = re.compile(r"(?P<title>[^<>]+) Points Grade <Numeric MaxPoints:(?P<points>[^<>]+)>")   # Brightspace's
FIRST = {"canvas-gradebook": 5, "moodle-gradebook": 5, "blackboard-grade-center": 4, "brightspace-grades": 1,
         "google-classroom": 3}   # where each file's question columns start


@pytest.mark.parametrize("title", ["Q1", "q_12", "Question 2", "Frage 3", "Pregunta 4", "Aufgabe 1b", "1", "1a", "2.1",
                                   "Q1 (2 points)", "Nr. 4", "Answer", "Respuesta", "Student response"])
def test_a_title_that_names_its_question_only_by_number_is_generic(title):
    assert is_generic(title)


@pytest.mark.parametrize("title", ["Cell membrane", "Week 3", "1234567: Why does ice float on water?", "asap-sas-5",
                                   "Explain osmosis (2 points)", "Photosynthesis"])
def test_a_title_that_names_its_question_is_not(title):
    assert not is_generic(title)


@pytest.mark.parametrize("file, name", [
    ("BIO7-Week 3 quiz-responses.csv", "BIO7-Week 3 quiz"),                         # Moodle: <course>-<quiz>-responses
    ("Week 6 quiz Quiz Student Analysis Report.csv", "Week 6 quiz"),                # Canvas
    ("Day 02_ Pre-Class Quiz Quiz Student Analysis Report_Anonymous.csv", "Day 02_ Pre-Class Quiz"),
    ("Quiz 3 (Responses) - Form Responses 1.csv", "Quiz 3"),                        # Google Sheets
    ("Week 3 quiz (1).xlsx", "Week 3 quiz"),                                        # a second download
    ("Week 4 test.xls", "Week 4 test"), ("responses.csv", "responses"), ("-responses.csv", "responses"),
    ("x" * 90 + ".csv", "x" * NAME_LIMIT)])
def test_the_name_is_the_one_the_lms_gave_its_download_else_the_file_name(tmp_path, file, name):
    assert default_name(tmp_path / file) == name
    assert default_name(None) == "" and clean_name("  Week\t3\nquiz ") == "Week 3 quiz"


def _headers(path, key):
    return L.read_csv(path)[0][FIRST[key]:FIRST[key] + 2]


@pytest.mark.parametrize("download", [D.moodle_responses, D.blackboard_by_user, D.brightspace_question_details])
def test_every_lms_file_of_a_download_that_numbers_its_questions_puts_the_name_before_them(tmp_path, download):
    sheet = download(tmp_path)
    session = L.session_for(sheet, lambda a: 1)
    name = default_name(sheet)
    assert has_generic(session) and name
    titles = named(session, name)
    assert sorted(titles.values()) == [f"{name} – Q1", f"{name} – Q2"]
    (tmp_path / "out").mkdir()
    for key in FIRST:
        shown = [t for _, t in file_titles(session, key, titles)]   # what the dialog shows is what is written
        try:
            result = export_format(key).write(session, tmp_path / "out" / f"{key}.csv", item_names=titles)
        except NothingMatched:   # a download without email addresses: no Google Classroom file
            assert key == "google-classroom" and download is not D.moodle_responses
            continue
        written = _headers(result.path, key)
        if key == "blackboard-grade-center":
            written = [BB_HEADER.fullmatch(h)["title"] for h in written]
        elif key == "brightspace-grades":
            written = [BS_HEADER.fullmatch(h)["title"] for h in written]
        assert written == shown == [f"{name} – Q1", f"{name} – Q2"], key
    canvas = write_canvas_csv(session, tmp_path / "out" / "canvas.csv", titles)   # the Canvas file by the sheet's id
    assert L.read_csv(canvas.path)[0][5:7] == [t for _, t in file_titles(session, "canvas", titles)]
    # without a name the file is as before: the questions' own titles
    plain = export_format("moodle-gradebook").write(session, tmp_path / "out" / "plain.csv", item_names=named(session, ""))
    assert _headers(plain.path, "moodle-gradebook") == ["Q1", "Q2"]


def test_a_title_that_names_its_question_stays_as_it_is(tmp_path):
    sheet = D.canvas_student_analysis(tmp_path)
    session = L.session_for(sheet, lambda a: 1)
    assert default_name(sheet) == "Week 6 quiz" and not has_generic(session)
    assert named(session, "Week 6 quiz") == {}
    result = export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv", item_names={})
    assert _headers(result.path, "canvas-gradebook") == ["1234567: Why does ice float on water?",
                                                         "1234568: What do plants need for photosynthesis?"]


def test_the_one_question_of_a_sheet_headed_only_answer_is_titled_by_the_name(tmp_path):
    sheet = L.write_csv(tmp_path / "Cells homework.csv", [["Email", "Name", "Answer"],
                                                          ["ann@school.example", "Ann Lee", "Cells divide"],
                                                          ["ben@school.example", "Ben Okafor", "no idea"]])
    session = L.session_for(sheet, lambda a: 1)
    assert named(session, default_name(sheet)) == {"whole sheet": "Cells homework"}
    result = export_format("google-classroom").write(session, tmp_path / "g.csv",
                                                     item_names=named(session, "Cells homework"))
    assert L.read_csv(result.path)[0][3:] == ["Cells homework"]


def test_titles_the_teacher_typed_win_and_an_emptied_one_goes_back_to_the_names(tmp_path):
    session = L.session_for(D.moodle_responses(tmp_path), lambda a: 1)
    typed = {"Q1": "  Ice   floats ", "Q2": "Week 3 quiz – Q2"}
    own = own_only(session, "Week 3 quiz", typed)
    assert own == {"Q1": "Ice floats"}                    # the other is what the name gives: not her own
    assert named(session, "Week 3 quiz", own) == {"Q1": "Ice floats", "Q2": "Week 3 quiz – Q2"}
    assert every_title(session, "Week 4 quiz", own) == {"Q1": "Ice floats", "Q2": "Week 4 quiz – Q2"}
    assert own_only(session, "Week 3 quiz", {"Q1": "  "}) == {}


def test_brackets_bars_and_angle_brackets_are_written_so_that_each_header_still_parses(tmp_path):
    session = L.session_for(D.moodle_responses(tmp_path), lambda a: 1)
    titles = {"Q1": "Week 3 [part A] | ice", "Q2": "Week 3 <i>x</i> < y >= z"}
    (tmp_path / "out").mkdir()
    bb = L.read_csv(export_format("blackboard-grade-center").write(session, tmp_path / "out" / "bb.csv",
                                                                   item_names=titles).path)[0][4:]
    # (a title written in HTML is read as its words first, as Canvas's file reads it)
    assert [BB_HEADER.fullmatch(h)["title"] for h in bb] == ["Week 3 (part A) / ice", "Week 3 x < y >= z"]
    bs = L.read_csv(export_format("brightspace-grades").write(session, tmp_path / "out" / "bs.csv",
                                                              item_names=titles).path)[0][1:3]
    assert [BS_HEADER.fullmatch(h)["title"] for h in bs] == ["Week 3 [part A] | ice", "Week 3 x ‹ y ›= z"]
    # Canvas and Moodle read no grammar in a title: as typed
    assert _headers(export_format("moodle-gradebook").write(session, tmp_path / "out" / "m.csv",
                                                            item_names=titles).path, "moodle-gradebook") == list(
        titles.values())


def test_long_names_and_titles_keep_to_each_lms_limit_and_stay_apart(tmp_path):
    session = L.session_for(D.moodle_responses(tmp_path), lambda a: 1)
    long_name = "A very long name for this quiz " * 6
    assert len(clean_name(long_name)) <= NAME_LIMIT
    assert all(len(t) <= NAME_LIMIT + 5 for t in named(session, long_name).values())
    words = " ".join(f"word{i}" for i in range(80))        # 500 characters, alike in their first 400
    titles = {"Q1": f"{words} one", "Q2": f"{words} two"}
    limit = {"canvas-gradebook": 255, "moodle-gradebook": 255, "blackboard-grade-center": 255,
             "brightspace-grades": 128, "google-classroom": 1000}
    (tmp_path / "out").mkdir()
    for key in FIRST:
        shown = [t for _, t in file_titles(session, key, titles)]
        assert all(len(t) <= limit[key] for t in shown), (key, [len(t) for t in shown])
        assert len(set(shown)) == 2, key                      # cut alike: still two columns of their own
        written = _headers(export_format(key).write(session, tmp_path / "out" / f"{key}.csv", item_names=titles).path,
                           key)
        assert all(w.startswith(t) for w, t in zip(written, shown)), key
