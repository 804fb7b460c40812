"""A CSV whose end is blank filler (zero bytes) where its text should go on: a file still being copied (Windows sets a
copy's full size first and fills it in), or one cut short by a crash while it was saved. QA of sheets from the wild:
in UTF-16 (Excel's "Unicode Text", Blackboard's download) it was read without a word, the students after the cut left
out and the last one's answer ending in hundreds of NUL characters; in UTF-8 it was "binary data, not CSV text; export
the answers from your spreadsheet program", a wrong lead for a file that only needs its copy to finish. Now either is
refused in one sentence that says the file is not complete and what to do; a NUL or two, and a file's usual last zero
bytes (UTF-16's and UTF-32's last line break), read as before. Real files, read as the window reads them."""
from __future__ import annotations

import pytest

from grader_app.io import SheetError
from grader_app.io.readers import read_sheet

ROWS = ["Student ID,Name,Q1 Why is the sky blue?"] + [f"S{i:03d},Kid {i},\"Light scatters, blue most of all ({i})\""
                                                      for i in range(20)]
TEXT = "\r\n".join(ROWS) + "\r\n"
ENCODED = {"utf-8": TEXT.encode("utf-8"), "utf-8 with BOM": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
           "utf-16": b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16 without BOM": TEXT.encode("utf-16-le")}
SAID = ("answers.csv is not complete: its end is blank filler (zero bytes) instead of text, as in a file still being "
        "copied or cut short while it was saved; wait until the copy has finished, or save or copy the file again, "
        "then open it again")


@pytest.mark.parametrize("encoding", list(ENCODED))
@pytest.mark.parametrize("suffix", [".csv", ".txt", ".xls"])
def test_a_text_sheet_whose_end_is_zero_filler_is_refused_saying_it_is_not_complete(tmp_path, encoding, suffix):
    data = ENCODED[encoding]
    cut = int(len(data) * 0.6) // 2 * 2
    path = tmp_path / f"answers{suffix}"
    path.write_bytes(data[:cut] + bytes(len(data) - cut))      # the size it will have, the rest not written yet
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert caught.value.kind == "read.unfinished"
    assert str(caught.value) == SAID.replace("answers.csv", path.name)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_whole_file_ending_in_its_own_zero_bytes_reads_as_before(tmp_path, encoding):
    path = tmp_path / "answers.csv"
    path.write_bytes(TEXT.encode(encoding))                    # "\n" is "\n\0" or "\n\0\0\0" at the very end
    sheet = read_sheet(path)
    assert len(sheet) == 20 and sheet.frame["Q1 Why is the sky blue?"].iloc[-1] == "Light scatters, blue most of all (19)"


def test_a_few_stray_nul_bytes_at_the_end_are_still_removed_and_said(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_bytes(TEXT.encode("utf-8") + bytes(3))
    sheet = read_sheet(path)
    assert len(sheet) == 20 and any("Removed 3 NUL characters" in n for n in sheet.notes)
