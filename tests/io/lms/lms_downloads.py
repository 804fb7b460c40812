"""Downloads laid out as each LMS writes them (as QA s52b's make_files.py wrote them), under the file names the LMS
gives them: Moodle's Responses report ("<course>-<quiz>-responses.csv", an "Overall average" row, a student who never
attempted), Blackboard's "By User" download (UTF-16 tab-separated text named .xls), Brightspace's Question Details
export and Canvas's Student Analysis report ("<quiz> Quiz Student Analysis Report.csv", its questions named by their
text in HTML). Moodle, Blackboard and Brightspace name their questions only by number ("Q1", "Q2")."""
from __future__ import annotations

import csv
from pathlib import Path


def _write(path: Path, rows, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def moodle_responses(folder: Path, name: str = "BIO7-Week 3 quiz-responses.csv") -> Path:
    head = ["Surname", "First name", "Username", "ID number", "Institution", "Department", "Email address", "State",
            "Started on", "Completed", "Time taken", "Grade/10.00", "Response 1", "Response 2"]
    return _write(folder / name, [
        head,
        ["Müller", "Jürgen", "jmueller", "00123", "Gym", "7a", "juergen.mueller@school.example", "Finished",
         "4 March 2024  10:00 AM", "4 March 2024  10:12 AM", "12 mins 3 secs", "6.00",
         "<p>Ice is less dense &amp; floats.</p>", "Sunlight"],
        ["Ibáñez", "Ñuño", "nibanez", "1234567890123456789", "Gym", "7a", "nuno@school.example", "Finished",
         "4 March 2024  10:01 AM", "4 March 2024  10:20 AM", "19 mins", "4.00", "cold", "light and CO2"],
        ["O'Brien", "Siobhán", "sobrien", "00789", "Gym", "7b", "siobhan@school.example", "-", "-", "-", "-", "-",
         "-", "-"],
        ["Overall average", "", "", "", "", "", "", "", "", "", "", "5.00", "", ""],
    ])


def blackboard_by_user(folder: Path, name: str = "Week 4 test.xls") -> Path:
    head = ["Last Name", "First Name", "Username", "Student ID"]
    for n in (1, 2):
        head += [f"Question ID {n}", f"Question {n}", f"Answer {n}", f"Possible Points {n}", f"Auto Score {n}",
                 f"Manual Score {n}"]
    return _write(folder / name, [
        head,
        ["Müller", "Jürgen", "jmueller", "000123", "q_1", "Why does ice float?", "Less dense", "5", "", "", "q_2",
         "Photosynthesis needs?", "light", "5", "", ""],
        ["Núñez", "Ana", "anunez", "000124", "q_1", "Why does ice float?", "<p>cold</p>", "5", "", "", "q_2",
         "Photosynthesis needs?", "water", "5", "", ""],
    ], delimiter="\t", encoding="utf-16")


def brightspace_question_details(folder: Path, name: str = "Week 5 quiz.csv") -> Path:
    head = ["Org Defined ID", "Username", "FirstName", "LastName", "Attempt #", "Attempt Start", "Attempt End",
            "Section #", "Q #", "Q Type", "Q Title", "Q Text", "Bonus?", "Difficulty", "Answer", "Answer Match",
            "Score", "Out Of"]
    rows = [head]
    for org, user, first, last, answers in (("00246", "alee", "Ana", "Lee", ("Less dense", "light")),
                                            ("01234", "bcetin", "Berk", "Çetin", ("cold", "water"))):
        for q, (title, text, answer) in enumerate(zip(("Ice", "Plants"), ("Why does ice float?",
                                                                         "Photosynthesis needs?"), answers), 1):
            rows.append([org, user, first, last, "1", "2024-03-04 10:00", "2024-03-04 10:12", "1", str(q), "WR",
                         title, text, "FALSE", "1", answer, "", "", "4"])
    return _write(folder / name, rows)


Q1 = "1234567: <p>Why does ice float on water?</p>"
Q2 = "1234568: <p>What do plants need for photosynthesis?</p>"


def canvas_student_analysis(folder: Path, name: str = "Week 6 quiz Quiz Student Analysis Report.csv") -> Path:
    head = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt", Q1, "2.0", Q2,
            "2.0", "n correct", "n incorrect", "score"]
    return _write(folder / name, [
        head,
        ["José Martínez", "170000000012345", "000123", "Period 3", "4411", "S3", "2024-03-04 10:00:00 UTC", "1",
         "<p>Ice is less dense &amp; floats.</p>", "0.0", "<p>Sunlight, water and CO2</p>", "0.0", "0", "0", "0.0"],
        ["Li Wei", "170000000012346", "09", "Period 4", "4412", "S4", "2024-03-04 10:03:00 UTC", "1",
         "<p>density</p>", "0.0", "<p>chlorophyll and sun</p>", "0.0", "0", "0", "0.0"],
    ])


def read_csv(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))
