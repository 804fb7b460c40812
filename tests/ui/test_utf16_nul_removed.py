"""A stray NUL character inside an answer of a UTF-16 (or UTF-32) CSV, opened in the real main window (QA): removed with
a note, as in a UTF-8 file. It used to stay in the answer text in UTF-16 alone, invisible on screen yet part of what
was scored, hashed into the project file and exported, while the same file saved as UTF-8 lost it with a note."""
from __future__ import annotations

import pytest

from grader_app.io.readers import read_sheet

TEXT = "Student,Answer\nS1,Ice floats\x00 because it is less dense\nS2,It is cold\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-32"])
def test_a_nul_in_an_answer_is_removed_with_a_note_in_every_encoding(qtbot, window, tmp_path, encoding):
    path = tmp_path / "answers.csv"
    path.write_bytes(TEXT.encode(encoding))   # "utf-16"/"utf-32": with a BOM; "utf-16-le": without, told by its NULs
    window.open_path(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None or window.start.message_kind == "error", timeout=20000)
    dialog = window.mapping_dialog
    assert dialog is not None, window.start.message.text()
    assert list(dialog.sheet.frame["Answer"]) == ["Ice floats because it is less dense", "It is cold"]
    shown = " ".join(lab.text() for lab in dialog.findChildren(type(dialog.lms_banner)))
    assert "Removed 1 NUL character (an invisible control character) from the text." in shown, shown
    dialog.reject()


def test_a_utf16_xls_with_a_stray_nul_is_still_read_as_text(tmp_path):
    """Blackboard's Grade Center download (UTF-16 text named .xls): a NUL character there is a stray one, removed with
    the note, not taken for binary data (a one-byte .xls with NUL bytes is)."""
    path = tmp_path / "gc_download.xls"
    path.write_bytes(TEXT.replace(",", "\t").encode("utf-16"))
    sheet = read_sheet(path)
    assert list(sheet.frame["Answer"]) == ["Ice floats because it is less dense", "It is cold"]
    assert "nul_removed" in {getattr(n, "kind", "") for n in sheet.notes}
