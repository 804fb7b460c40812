"""A Moodle grading worksheet's ``Feedback comments`` never need the formula guard's ``'`` (LMS QA h2).

A one-line comment that begins "- missing units" (or "=", "+", "@") was written as typed, and the export's formula
guard put a ``'`` in front of it: Moodle's upload stores the cell as it is, as HTML, so the student read "'- missing
units". The same happened inside a comment where a spreadsheet splitting at ";" or a tab would start a cell
("Good; -1 for units"), and to a comment written in Moodle's quick grading ("- see me") that the worksheet gives
back. The cell is HTML for Moodle, so it is now written as HTML that shows the comment as typed and in which no cell
a spreadsheet could start begins with a formula sign. Every other cell, and every other export, is guarded as before.
Real worksheets written as Moodle writes them, read as the app reads them, exported, and read back."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook

import lms_sheets as L
from grader_app.io.lms import FORMATS, NothingMatched, export_format
from grader_app.io.writers import write_graded_xlsx

SIGNS = ("=", "+", "-", "@", "\u2212")


class _Shown(HTMLParser):
    """The text a browser shows for a comment stored as HTML: character references read, <br> and </p> a line
    break, tags gone."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag == "p":
            self.parts.append("\n")


def shown(cell: str) -> str:
    p = _Shown()
    p.feed(cell)
    p.close()
    return "".join(p.parts).strip()


def spreadsheet_cells(cell: str) -> list[str]:
    """The cells a spreadsheet could start in this field of a comma CSV: the field itself, and each piece after a ";"
    or a tab (a program splitting at those) or a line break (the field's quotes are at its start: not in a piece)."""
    return [cell, *re.split(r"[;\t\r\n]", cell)[1:]]


def a_formula(piece: str) -> bool:
    head = piece.lstrip(" \"\u200b\ufeff")
    return head[:1] in SIGNS or piece[:1] in ("\t", "\r")


def worksheet(folder, ann_moodle: str = "", ben_name: str = "Ben Okafor"):
    rows = L.read_csv(L.moodle_worksheet(folder))
    rows[1][-1] = ann_moodle
    rows[2][1] = ben_name
    return L.write_csv(folder / "Grades-Essay-4.csv", rows)


def decided(path, said: dict[str, str]):
    s = L.session_for(path, None)
    for a in s.answers:
        s.decide(a.key, 1, comment=said.get(a.text, ""))
    return s


def written_comments(session, folder) -> list[list[str]]:
    rows = L.read_csv(export_format("moodle-worksheet").write(session, folder / "upload.csv").path)
    assert rows[0][-1] == "Feedback comments"
    return rows


CASES = [
    ("- missing units", "=A1 is not an answer"),
    ("+ good reasoning", "@Ben see me after class"),
    ("Good; -1 for units", "Lattice\t=density, explain"),   # a cell a spreadsheet splitting at ";" or a tab starts
    ("\u2212 units", "- explain\n- give the reason"),        # the minus sign; several lines
]


@pytest.mark.parametrize("ann, ben", CASES)
def test_a_comment_starting_like_a_formula_shows_as_typed_in_moodle(tmp_path, ann, ben):
    s = decided(worksheet(tmp_path), {L.A_GOOD: ann, L.A_SOME: ben})
    rows = written_comments(s, tmp_path)
    cells = [r[-1] for r in rows[1:]]
    assert [shown(c) for c in cells] == [ann, ben]          # was "'- missing units": a ' the student read
    for c in cells:
        assert not [p for p in spreadsheet_cells(c) if a_formula(p)], c   # and still no formula anywhere in it
        assert not c.startswith("'")


def test_a_comment_written_in_moodle_that_starts_like_a_formula_goes_back_without_a_quote(tmp_path):
    s = decided(worksheet(tmp_path, ann_moodle="- see me about the diagram"), {})
    cell = written_comments(s, tmp_path)[1][-1]
    assert shown(cell) == "- see me about the diagram" and not a_formula(cell)   # was "'- see me about the diagram"


def test_a_comment_goes_once_when_the_worksheet_comes_back(tmp_path):
    s = decided(worksheet(tmp_path), {L.A_GOOD: "- missing units", L.A_SOME: "Good; -1 for units"})
    first = [r[-1] for r in written_comments(s, tmp_path)[1:]]
    # uploaded, downloaded again (Moodle gives back what it stored) and exported again: nothing added twice
    rows = L.read_csv(worksheet(tmp_path))
    rows[1][-1], rows[2][-1] = first
    L.write_csv(tmp_path / "Grades-Essay-4.csv", rows)
    again = decided(tmp_path / "Grades-Essay-4.csv", {L.A_GOOD: "- missing units", L.A_SOME: "Good; -1 for units"})
    assert [r[-1] for r in written_comments(again, tmp_path)[1:]] == first


def test_every_other_cell_and_every_other_export_is_still_guarded(tmp_path):
    s = decided(worksheet(tmp_path, ben_name="-Ben Okafor"), {L.A_GOOD: "- missing units", L.A_SOME: "=1+1"})
    rows = written_comments(s, tmp_path)
    assert rows[2][1] == "'-Ben Okafor"                     # the name is no comment: the guard's ' as before
    checked = 0
    for fmt in FORMATS:
        try:
            result = fmt.write(s, tmp_path / f"{fmt.key}.csv")
        except NothingMatched:
            continue
        for path in [result.path, *([result.report] if result.report else [])]:
            for row in L.read_csv(path):
                for c in row:
                    assert not a_formula(c), (fmt.key, c)
                    checked += 1
    assert checked > 50
    ws = load_workbook(write_graded_xlsx(s, tmp_path / "graded.xlsx")).active
    values = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert "- missing units" in [c.value for c in values]   # the graded sheet keeps the comment as typed, as text
    for c in values:
        assert c.data_type != "f", (c.coordinate, c.value)
