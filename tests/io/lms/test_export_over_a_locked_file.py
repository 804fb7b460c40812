"""Exporting an LMS file over one that Excel holds open: Windows refuses the move of the new file over it with a
PermissionError. The teacher is told the file is probably open in another program, such as Excel, to close it there
and export again, and that the old file was not changed; it is byte for byte as it was, no temporary file is left, and
the session's decisions are as they were. Windows' lock cannot be made here (root may write over anything), so the one
system call that moves the new file over the old one, os.replace, refuses as Windows does."""
from __future__ import annotations

import errno
import os

import pytest

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.errors import SheetError
from grader_app.io.lms import export_format

OLD = "Last Name,First Name\r\nopened in Excel\r\n".encode("utf-8-sig")


def locked(src, dst):
    raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                                        "process")


def decisions(session):
    return {k: (d.score, d.comment) for k, d in session.decisions.items()}


@pytest.mark.parametrize("key", ["google-classroom", "moodle-gradebook", "points", "canvas-by-id"])
def test_a_file_open_in_excel_is_left_as_it_was_and_the_teacher_is_told_why(tmp_path, monkeypatch, key):
    session = L.session_for(L.google_forms(tmp_path), L.by_text)
    before = decisions(session)
    target = tmp_path / "out" / f"{key}.csv"
    target.parent.mkdir()
    target.write_bytes(OLD)
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(SheetError) as info:
        if key == "canvas-by-id":
            write_canvas_csv(session, target)
        else:
            export_format(key).write(session, target)
    said = str(info.value)
    assert said.startswith(f"{target.name} is probably open in another program, such as Excel, so it was not saved")
    assert "close it there and export again" in said and f"the old {target.name} was not changed" in said
    assert info.value.kind == "write.locked" and info.value.values == {"name": target.name}
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]     # no temporary file left
    assert decisions(session) == before


def test_a_new_file_refused_by_the_system_is_not_said_to_be_open_in_excel(tmp_path, monkeypatch):
    session = L.session_for(L.google_forms(tmp_path), L.by_text)
    target = tmp_path / "classroom.csv"
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(SheetError) as info:
        export_format("google-classroom").write(session, target)
    assert info.value.kind == "write.open_elsewhere" and "old" not in str(info.value)
    assert not target.exists()
