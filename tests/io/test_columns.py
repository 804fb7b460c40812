"""guess_columns / answer_candidates on sheets read from real files."""
from __future__ import annotations

import openpyxl
import pytest

from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, WIDE
from grader_app.io import SheetError, answer_candidates, guess_columns, read_sheet
from sheet_files import ANSWERS, write_rows



def _csv(tmp_path, rows):
    return read_sheet(write_rows(tmp_path / "sheet.csv", rows))


def test_long_layout_with_item_column(tmp_path):
    rows = [["Student ID", "Name", "Question", "Answer"]]
    for i in range(12):
        rows.append([f"S{i // 3 + 1:02d}", f"Pupil {i // 3}", ["asap-sas-1", "asap-sas-5", "asap-sas-10"][i % 3],
                     ANSWERS[i % len(ANSWERS)] + f" ({i})"])
    sheet = _csv(tmp_path, rows)
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, m.item_column, m.answer_column) == (
        LONG, "Student ID", "Name", "Question", "Answer")
    assert answer_candidates(sheet) == ["Answer"]
    session = GradingSession(sheet, m)
    assert session.item_keys() == ["asap-sas-1", "asap-sas-5", "asap-sas-10"]


def test_asap_style_headers(tmp_path):
    rows = [["Id", "EssaySet", "Score1", "Score2", "EssayText"]]
    for i in range(8):
        rows.append([str(1000 + i), str([1, 5][i % 2]), str(i % 3), str(i % 3), ANSWERS[i % len(ANSWERS)]])
    m = guess_columns(_csv(tmp_path, rows))
    assert (m.layout, m.id_column, m.item_column, m.answer_column) == (LONG, "Id", "EssaySet", "EssayText")


def test_long_layout_without_headers_hints(tmp_path):
    # neutral headers: the question is the short repeating column, the answer the longest text,
    # the id the short unique-per-question value with digits
    rows = [["who", "a", "b", "c"]]
    for i in range(12):
        rows.append([f"Pupil {i // 2}", f"x{i // 2:03d}", ["P1", "P2"][i % 2], ANSWERS[i % len(ANSWERS)] + f" {i}"])
    m = guess_columns(_csv(tmp_path, rows))
    assert (m.layout, m.item_column, m.answer_column, m.id_column) == (LONG, "b", "c", "a")


def test_single_question_sheet_leaves_item_open(tmp_path):
    rows = [["Pupil", "Response"], ["Ann Lee", "yes because of density"], ["Bo Chan", "no"], ["Cy Dee", "maybe so"]]
    m = guess_columns(_csv(tmp_path, rows))
    assert (m.layout, m.name_column, m.answer_column, m.item_column, m.default_item) == (
        LONG, "Pupil", "Response", None, None)
    with pytest.raises(ValueError, match="no question column"):
        m.validate(read_sheet(tmp_path / "sheet.csv"))


@pytest.mark.parametrize("headers", [["Q1", "Question 2", "Q3"], ["asap-sas-1", "asap-sas-5", "asap-sas-10"],
                                     ["Why do marbles fizz?", "Describe protein synthesis", "Best doghouse colour?"]])
def test_wide_layout(tmp_path, headers):
    rows = [["Student Number", "First name", "Last name"] + headers + ["Teacher comment"]]
    for i in range(5):
        rows.append([f"{i + 1:03d}", f"Ann{i}", f"Lee{i}"] + [ANSWERS[(i + k) % len(ANSWERS)] for k in range(3)]
                    + ["Check spelling in every answer please"])
    sheet = _csv(tmp_path, rows)
    m = guess_columns(sheet)
    assert m.layout == WIDE
    assert m.answer_columns == {h: h for h in headers}
    assert list(m.answer_columns) == headers          # sheet order
    assert m.id_column == "Student Number" and m.name_column == "Last name"
    assert "Teacher comment" not in answer_candidates(sheet)
    assert rows[1][0] == "001" and sheet.frame["Student Number"][0] == "001"
    session = GradingSession(sheet, m)
    assert len(session.answers) == 15 and session.item_keys() == headers


def test_wide_from_xlsx_with_title_row(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Unit test — wide"
    ws.append(["Student ID", "Name", "asap-sas-1", "asap-sas-5"])
    for i in range(4):
        ws.append([f"S{i + 1:02d}", f"Kid {i}", ANSWERS[i], ANSWERS[i + 1]])
    wb.save(tmp_path / "wide.xlsx")
    m = guess_columns(read_sheet(tmp_path / "wide.xlsx"))
    assert m.layout == WIDE and list(m.answer_columns) == ["asap-sas-1", "asap-sas-5"] and m.id_column == "Student ID"


def test_candidates_best_first(tmp_path):
    rows = [["id", "notes", "Student text", "Reply"]]
    for i in range(6):
        rows.append([str(i), "ok", ANSWERS[i] + " and some more words to make it long", ANSWERS[i][:25]])
    sheet = _csv(tmp_path, rows)
    # both headers name an answer; the longer text wins; notes and ids are not answers
    assert answer_candidates(sheet) == ["Student text", "Reply"]


def test_no_text_column_is_a_sentence(tmp_path):
    rows = [["id", "mark", "class"]] + [[str(i), str(i % 4), "9B"] for i in range(6)]
    with pytest.raises(SheetError) as info:
        guess_columns(_csv(tmp_path, rows))
    assert str(info.value).startswith("no column in this sheet holds text answers; ")


def test_one_column_named_like_a_question_is_a_one_question_wide_sheet(tmp_path):
    rows = [["Student ID", "Name", "asap-sas-5"]] + [[f"S{i}", f"Kid {i}", ANSWERS[i]] for i in range(4)]
    m = guess_columns(_csv(tmp_path, rows))
    assert m.layout == WIDE and m.answer_columns == {"asap-sas-5": "asap-sas-5"} and m.id_column == "Student ID"


def test_wide_with_repeated_answers_is_not_mistaken_for_long(tmp_path):
    # two students gave the same answer to Q2: that column repeats values but is still free text
    rows = [["Student ID", "Name", "ice-float", "Q2"]]
    for i in range(8):
        rows.append([f"S{i}", f"Kid {i}", ANSWERS[i % 6] + f" {i}", ANSWERS[0] if i < 3 else ANSWERS[i % 6] + "!" * i])
    m = guess_columns(_csv(tmp_path, rows))
    assert m.layout == WIDE and list(m.answer_columns) == ["ice-float", "Q2"]
