"""A grade item's name stays within the LMS's limit as the import file writes it, whatever had to be added to it.

QA (h4, LMS round trip): each title was cut to the limit less room for " (2)" (Brightspace 124 of 128, Moodle and
Blackboard 250 of 255), but a quiz whose questions share a long stem needs " (10)" from the tenth on, and a title the
formula guard quotes ("=", "+", "-", "@" at its start) gets a ``'`` in front: Brightspace's names came out at 129
characters, Moodle's at 256. Now a name that would pass the limit is cut shorter after a word. Real sheets of eleven
such questions are exported by the real formats and read back as the app reads them; every name is within its limit,
none like another, and the file is still known as Grader's own upload file.

QA (h5): Canvas's titles were cut to 250 of its 255 for " [k]" alone: " [10]" with the guard's ``'`` and " [100]" took a
name to 256, which Canvas would refuse or cut, and two names cut alike would then be one column."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io import read_sheet
from grader_app.io.lms import export_format
from grader_app.io.lms.grade_files import grades_file

# a question headed by a long link (the page it is asked about) and its words: cut inside the link, at the limit itself
STEM = "https://school.example/biology/" + "vinegar-samples-weighed-before-and-after-a-day/" * 8 + " says why,"

# (format, the system named by the file, the most characters of a name, the name in a header cell)
FORMATS = [("brightspace-grades", "Brightspace", 128, lambda h: h.split(" Points Grade <")[0]),
           ("moodle-gradebook", "Moodle", 255, lambda h: h),
           ("blackboard-grade-center", "Blackboard", 255, lambda h: h.split(" [Total Pts:")[0]),
           ("canvas-gradebook", "Canvas", 255, lambda h: h)]


def _quiz(folder, sign: str):
    """A form's responses as a teacher's workbook: a Username for every system's file and eleven questions headed by
    their whole texts, which differ only in their last letter, after the stem; ``sign`` before each."""
    head = ["Student ID", "Name", "Username", "Email", *(f"{sign}{STEM} {chr(96 + n)}" for n in range(1, 12))]
    rows = [head, ["S0001", "Lee, Ann", "alee", "alee@school.example", *(f"{L.A_GOOD} {n}" for n in range(11))],
            ["S0002", "Okafor, Ben", "bokafor", "bokafor@school.example", *(f"{L.A_SOME} {n}" for n in range(11))]]
    return write_text_workbook(folder / "form-responses.xlsx", rows)


def write_text_workbook(path, rows):
    """Every cell a string, so a header beginning with "=" is the header a form gave, not a formula."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            cell.value = v
            cell.data_type = "s"
    wb.save(path)
    return path


@pytest.mark.parametrize("sign", ["", "="])
@pytest.mark.parametrize("key,system,limit,name_of", FORMATS)
def test_every_grade_item_name_is_within_the_limit_as_written(tmp_path, sign, key, system, limit, name_of):
    session = L.session_for(_quiz(tmp_path, sign), lambda a: 2)
    titles = L.read_csv(export_format(key).write(session, tmp_path / f"{key}.csv").path)[0]
    names = [name_of(h) for h in titles if h.startswith(("'=https", "https"))]
    assert len(names) == 11 and len(set(names)) == 11
    assert max(map(len, names)) <= limit, [(len(n), n[-12:]) for n in names if len(n) > limit]
    assert names[0].startswith("'=https" if sign else "https")              # still formula-safe
    assert grades_file(read_sheet(tmp_path / f"{key}.csv")) == system     # still known as Grader's upload file


def test_a_hundred_and_one_canvas_titles_alike_stay_within_canvas_limit(tmp_path):
    """The hundred-and-first question alike needs " [101]": still within Canvas's 255, none like another."""
    head = ["Student ID", "Name", *(f"{STEM} {n:03d}" for n in range(101))]
    rows = [head, ["S0001", "Lee, Ann", *(f"{L.A_GOOD} {n}" for n in range(101))]]
    session = L.session_for(L.write_csv(tmp_path / "long-quiz.csv", rows), lambda a: 2)
    titles = L.read_csv(export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv").path)[0][5:]
    assert len(titles) == 101 and len({" ".join(t.split()).casefold() for t in titles}) == 101
    assert max(map(len, titles)) <= 255, [(len(t), t[-12:]) for t in titles if len(t) > 255]
    assert grades_file(read_sheet(tmp_path / "canvas.csv")) == "Canvas"
