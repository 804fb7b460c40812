"""A text file cut off in the middle of a letter: a copy not finished yet (where the copy does not set the file's size
first, as on a Mac or Linux, or from a network drive) or a save cut short. In UTF-8 the last line then held a letter's
first byte alone, and the whole line was read again as Windows-1252: the last student's name and answer came out as
"ZoÃ«" and "Less dÃ«nse", scored so, with a note to "check the accented letters there". In UTF-16 half a character
was left, and the file was "not valid UTF-16 text; open it in Excel and save it as CSV UTF-8 again", a wrong lead.
Either is now refused in one sentence that says the file is not complete and what to do, as a file ending in zero
filler is (tests/io/test_text_cut_short.py). A Windows-1252 file ending in an accented letter reads as before. Real
files, read as the window reads them. A UTF-8 file whose last line, plain letters otherwise, ends in a Windows-1252
letter (a row added from another program) is no cut file: it is read, that line named as any mixed line is."""
from __future__ import annotations

import pytest

from grader_app.io import SheetError
from grader_app.io.readers import read_sheet

TEXT = "Student ID,Name,Answer\r\nS1,José,Ice floats\r\nS2,Zoë,Less dënse"
SAID = ("answers.csv is not complete: it ends in the middle of a letter, as a file still being copied or cut short "
        "while it was saved does; wait until the copy has finished, or save or copy the file again, then open it again")


@pytest.mark.parametrize("data", [TEXT.encode("utf-8")[:-4], b"\xef\xbb\xbf" + TEXT.encode("utf-8")[:-4],
                                  (TEXT + "ü").encode("utf-8")[:-1], (TEXT + "€").encode("utf-8")[:-1],
                                  (TEXT + "€").encode("utf-8")[:-2], b"\xff\xfe" + TEXT.encode("utf-16-le")[:-1],
                                  b"\xfe\xff" + TEXT.encode("utf-16-be")[:-1]],
                         ids=["utf-8", "utf-8 BOM", "2 of 2", "2 of 3", "1 of 3", "utf-16-le", "utf-16-be"])
def test_a_text_file_cut_in_a_letter_is_refused_saying_it_is_not_complete(tmp_path, data):
    path = tmp_path / "answers.csv"
    path.write_bytes(data)
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert caught.value.kind == "read.cut_in_a_letter"
    assert str(caught.value) == SAID


@pytest.mark.parametrize("text", [TEXT, TEXT + "\r\n", "Student ID,Name,Answer\r\nS1,Ann,café"])
def test_a_windows_file_ending_in_an_accented_letter_reads_as_before(tmp_path, text):
    path = tmp_path / "answers.csv"
    path.write_bytes(text.encode("cp1252"))
    sheet = read_sheet(path)
    assert sheet.frame.iloc[-1].tolist() == text.rstrip("\r\n").split("\r\n")[-1].split(",")


def test_a_whole_utf8_file_reads_as_before(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_bytes(TEXT.encode("utf-8"))
    assert read_sheet(path).frame.iloc[-1].tolist() == ["S2", "Zoë", "Less dënse"]


PASTED = "Student ID,Name,Answer\r\nS1,José,Ice floats\r\nS2,Ann,Less dense than a café"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no BOM", "BOM"])
def test_a_utf8_file_whose_last_line_ends_in_a_windows_letter_is_read_with_that_line_named(tmp_path, bom):
    """A UTF-8 file whose last row was added in Windows-1252 and ends in "é" (0xE9, a UTF-8 letter's first byte too):
    refused as "not complete" however often it was copied again. Its last line holds no UTF-8 letter before that byte,
    so it is read as the mixed file it is, with the note any other such line gets."""
    path = tmp_path / "answers.csv"
    path.write_bytes(bom + PASTED.encode("utf-8")[:-2] + "é".encode("cp1252"))
    sheet = read_sheet(path)
    assert sheet.frame.values.tolist() == [["S1", "José", "Ice floats"], ["S2", "Ann", "Less dense than a café"]]
    assert [n.kind for n in sheet.notes if n.kind == "not_utf8"] == ["not_utf8"]
    assert [n.values["lines"] for n in sheet.notes if n.kind == "not_utf8"] == [[3]]


def test_the_same_file_cut_after_a_utf8_letter_on_its_last_line_is_still_refused(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_bytes(PASTED.replace("Ann", "Zoë").encode("utf-8")[:-1])
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert caught.value.kind == "read.cut_in_a_letter"
