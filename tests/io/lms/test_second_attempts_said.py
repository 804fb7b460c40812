"""A student twice in a download (a second attempt, a form sent twice), as each LMS writes the file: opening it names
them and their rows and says what to do before marking (QA s52b finding 4: it was said only at the export, after the
teacher had marked both attempts). Real files, read by the real readers, opened as the window opens them
(``workflow.open_sheet`` then ``prepare_session``) and by ``grader score``; the export still leaves them out."""
from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.io.lms import export_format

MOODLE = ["Surname", "First name", "Username", "ID number", "Institution", "Department", "Email address", "State",
          "Started on", "Completed", "Time taken", "Grade/10.00", "Response 1", "Response 2"]
MOODLE_DE = ["Nachname", "Vorname", "E-Mail-Adresse", "Status", "Begonnen", "Beendet", "Dauer", "Bewertung/10,00",
             "Antwort 1", "Antwort 2"]
CANVAS = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
          "1234567: Why does ice float on water?", "2.0", "1234568: What do plants need for photosynthesis?", "2.0",
          "n correct", "n incorrect", "score"]
BRIGHTSPACE = ["Org Defined ID", "Username", "FirstName", "LastName", "Attempt #", "Attempt Start", "Attempt End",
               "Section #", "Q #", "Q Type", "Q Title", "Q Text", "Bonus?", "Difficulty", "Answer", "Answer Match",
               "Score", "Out Of"]


def write(path: Path, rows, delimiter=",", bom=False, encoding="utf-8") -> Path:
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else encoding) as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def moodle(folder: Path, twice: bool = True) -> Path:
    """Moodle's Responses report with "all attempts": Ñuño's two attempts on rows 3 and 4, the "Overall average" row."""
    nuno = ["Ibáñez", "Ñuño", "nibanez", "1234567890123456789", "Gym", "7a", "NUNO@school.example", "Finished"]
    rows = [MOODLE,
            ["Müller", "Jürgen", "jmueller", "00123", "Gym", "7a", "juergen.mueller@school.example", "Finished",
             "4 March 2024  10:00 AM", "4 March 2024  10:12 AM", "12 mins 3 secs", "6.00", "Ice is less dense.",
             "Sunlight"],
            nuno + ["4 March 2024  10:01 AM", "4 March 2024  10:20 AM", "19 mins", "4.00", "cold", "-"]]
    if twice:
        rows.append(nuno + ["4 March 2024  11:01 AM", "4 March 2024  11:20 AM", "19 mins", "8.00", "Less dense",
                            "light and CO2"])
    rows += [["O'Brien", "Siobhán", "sobrien", "00789", "Gym", "7b", "siobhan@school.example", "-", "-", "-", "-", "-",
              "-", "-"],
             ["Overall average", "", "", "", "", "", "", "", "", "", "", "5.00", "", ""]]
    return write(folder / "quiz-3-responses.csv", rows)


def moodle_de(folder: Path) -> Path:
    """A German Moodle's Responses report saved by Excel: ";" and a BOM, decimal commas; Ülkü's two attempts."""
    ulku = ["Weiß", "Ülkü", "uw@schule.example", "Beendet"]
    return write(folder / "test-3-antworten.csv", [
        MOODLE_DE,
        ["Schröder", "Jürgen", "js@schule.example", "Beendet", "4. März 2024, 10:00", "4. März 2024, 10:12",
         "12 Minuten", "6,50", "Eis ist weniger dicht", "Licht und Wasser"],
        ulku + ["4. März 2024, 10:00", "4. März 2024, 10:12", "12 Minuten", "3,00", "kalt", "-"],
        ulku + ["5. März 2024, 09:00", "5. März 2024, 09:12", "12 Minuten", "7,00", "weniger dicht", "Licht"],
        ["Gesamtdurchschnitt", "", "", "", "", "", "", "5,50", "", ""]], delimiter=";", bom=True)


def canvas(folder: Path) -> Path:
    """Canvas's Student Analysis report: Zoë's attempts 1 and 2 on rows 3 and 4."""
    def row(name, cid, sis, when, attempt, ice, plants):
        return [name, cid, sis, "Period 3", "4411", "S3", when, attempt, ice, "0.0", plants, "0.0", "0", "0", "0.0"]
    return write(folder / "Quiz 3 Student Analysis Report.csv", [
        CANVAS,
        row("José Martínez", "170000000012345", "000123", "2024-03-04 10:00:00 UTC", "1",
            "<p>Ice is less dense &amp; floats.</p>", "<p>Sunlight, water and CO2</p>"),
        row("Zoë Ångström", "170000000012346", "000124", "2024-03-04 10:01:00 UTC", "1", "<p>Because it is cold</p>",
            "<p>light</p>"),
        row("Zoë Ångström", "170000000012346", "000124", "2024-03-04 11:01:00 UTC", "2",
            "<p>Ice is less dense than water</p>", "<p>light and water</p>")])


def google_forms(folder: Path) -> Path:
    """A Google Form's responses: Ana sent it twice (rows 2 and 3)."""
    return write(folder / "Quiz 3 (Responses) - Form responses 1.csv", [
        ["Timestamp", "Email Address", "Score", "Name", "Class", "Why does ice float?", "What do plants need?"],
        ["2024/03/04 10:00:00 AM GMT+1", "ana@school.example", "", "Ana Núñez", "7a", "Less dense", "light"],
        ["2024/03/04 10:05:00 AM GMT+1", "ana@school.example", "", "Ana Núñez", "7a", "Less dense than water",
         "light, water"],
        ["2024/03/04 10:06:00 AM GMT+1", "bo@school.example", "", "Bø Ørsted", "7a", "cold", ""]])


def brightspace(folder: Path) -> Path:
    """Brightspace's Question Details, one row per answer: Ana's attempt 2 (rows 6 and 7) after her attempt 1."""
    def row(org, user, first, last, attempt, q, title, answer):
        day = "2024-03-0" + ("4" if attempt == "1" else "5")
        return [org, user, first, last, attempt, f"{day} 10:00", f"{day} 10:12", "1", q, "WR", title,
                f"{title}?", "FALSE", "1", answer, "", "", "4"]
    return write(folder / "Quiz 3 - Question Details.csv", [
        BRIGHTSPACE,
        row("00246", "alee", "Ana", "Lee", "1", "1", "Ice", "Less dense"),
        row("00246", "alee", "Ana", "Lee", "1", "2", "Plants", "light"),
        row("01234", "bcetin", "Berk", "Çetin", "1", "1", "Ice", "cold"),
        row("01234", "bcetin", "Berk", "Çetin", "1", "2", "Plants", "sun"),
        row("00246", "alee", "Ana", "Lee", "2", "1", "Ice", "Less dense than water"),
        row("00246", "alee", "Ana", "Lee", "2", "2", "Plants", "light and water")])


def own_workbook(folder: Path) -> Path:
    """A teacher's own workbook: Jürgen listed twice under his student id (rows 2 and 4)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Name", "E-Mail", "Q1 (3 marks)", "Q2 (3 marks)"])
    ws.append([20231234, "Müller, Jürgen", "jm@schule.example", "Ice is less dense", "light"])
    ws.append(["000777", "O'Brien, Siobhán", "", "density", "water"])
    ws.append([20231234, "Müller, Jürgen", "jm@schule.example", "Ice less dense", "sunlight"])
    wb.save(folder / "quiz 3.xlsx")
    return folder / "quiz 3.xlsx"


def opened(path: Path) -> workflow.Prepared:
    """``path`` opened as the window opens it: read, its columns guessed, the session prepared with its project."""
    library = Library.load([])
    sheet = workflow.open_sheet(path, library)
    assert sheet.mapping is not None, sheet.guess_error
    return workflow.prepare_session(path, sheet.sheet, sheet.mapping, {}, library)


STUDENTS_TWICE = [
    (moodle, "Ñuño Ibáñez · NUNO@school.example (rows 3, 4)", True),
    (moodle_de, "Ülkü Weiß · uw@schule.example (rows 3, 4)", True),
    (canvas, "Zoë Ångström · 000124 (rows 3, 4)", False),
    (google_forms, "Ana Núñez · ana@school.example (rows 2, 3)", False),
    (brightspace, "Ana Lee · alee (rows 2, 3, 6, 7)", False),
    (own_workbook, "Müller, Jürgen · 20231234 (rows 2, 4)", False),
]


@pytest.mark.parametrize("make, named, moodle_said", STUDENTS_TWICE, ids=lambda v: getattr(v, "__name__", ""))
def test_opening_a_download_names_the_student_in_it_twice_and_says_what_to_do_before_marking(
        tmp_path, make, named, moodle_said):
    prepared = opened(make(tmp_path))
    try:
        note = prepared.twice
        assert note is not None and note.kind == "twice"
        assert note.startswith("1 student is in this sheet more than once") and named in note, note
        assert "no learning platform's file can take them" in note and "Before you mark" in note
        assert ("Show at most one finished attempt per user" in note) is moodle_said
        assert "delete the extra rows from the sheet" in note
    finally:
        prepared.store.close()


@pytest.mark.parametrize("make", [lambda folder: moodle(folder, twice=False),
                                  lambda folder: write(folder / "class.csv", [   # two students share a name: no ids
                                      ["Name", "Q1", "Q2"], ["Emily Nguyen", "Ice is lighter.", "Sun"],
                                      ["Ann Lee", "Cold.", "Water"], ["Emily Nguyen", "It floats.", "Light"]])],
                         ids=["one attempt each", "namesakes without ids"])
def test_a_sheet_with_each_student_once_says_nothing_of_attempts(tmp_path, make):
    prepared = opened(make(tmp_path))
    try:
        assert prepared.twice is None
    finally:
        prepared.store.close()


def test_the_export_still_leaves_the_two_attempts_out_on_the_rows_the_opening_named(tmp_path):
    prepared = opened(moodle(tmp_path))
    try:
        session = prepared.session
        for a in session.answers:
            session.decide(a.key, 1)
        result = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
        assert sorted(u.row for u in result.unmatched) == [3, 4]
        assert all(u.reason.kind == "shared_identifier" for u in result.unmatched)
        assert "(rows 3, 4)" in prepared.twice
    finally:
        prepared.store.close()


def test_grader_score_says_it_on_stderr_even_when_quiet(tmp_path, tiny_bundle, capsys):
    code = run_cli(["score", str(google_forms(tmp_path)), "--bundle", str(tiny_bundle), "--out",
                    str(tmp_path / "graded.csv"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0
    [said] = [line for line in err.splitlines() if "more than once" in line]
    assert "Ana Núñez · ana@school.example (rows 2, 3)" in said and "Before you mark" in said
