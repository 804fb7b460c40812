"""QA (a teacher's pass, German window): the Canvas gradebook by the student id column left out three pairs of students
who share one school email, named them only in an English warning in the middle of the German dialog, and wrote no
``-unmatched.csv`` though the dialog promised one. Now the real export dialog, in German and in Spanish, lists them in
its box of students left out and in the ``-unmatched.csv`` beside the file, both in the interface's language, as it
does for Google Classroom and the Moodle gradebook; and what else to check before the import (one student's two
attempts scored differently) is said in that language too. The file and the list are read back."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.io.readers import read_sheet
from grader_app.ui.export_formats import CANVAS
from in_language import in_language
from ui_helpers import export_dialog

_IO_TESTS = str(Path(__file__).resolve().parents[1] / "io")
if _IO_TESTS not in sys.path:
    sys.path.insert(0, _IO_TESTS)

from test_canvas_left_out_listed import MAPPING, ROWS, read_back, sheet_file  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ENGLISH = ("left out", "same student id", "different scores", "by hand", "Row in sheet", "second attempt")
SAID = {   # language: (the list's first header, the reason's words, the note on two attempts scored differently)
    "de": ("Zeile in der Tabelle", "wie bei der Schülerin oder dem Schüler in Zeile 6",
           "„Cell membrane“"),
    "es": ("Fila en la hoja", "que el estudiante de la fila 6", "«Cell membrane»"),
}


def _session(tmp_path: Path) -> GradingSession:
    rows = [*ROWS, ["Amara Okafor", "aokafor@school.example.org", "Cell membrane", "a second attempt"]]
    items = {i: ItemInfo(item=i, labels=(0, 1, 2, 3)) for i in ("Protein synthesis", "Cell membrane")}
    s = GradingSession(read_sheet(sheet_file(tmp_path / "class.csv", rows)), MAPPING, items=items)
    for a in s.answers:
        s.decide(a.key, {0: 3, 1: 2, 4: 0, 5: 1, 6: 2}.get(a.key, 1))   # Amara's two attempts: 1 and 2
    return s


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_canvas_export_lists_students_who_share_an_id_in_the_interfaces_language(qtbot, tmp_path, task_manager,
                                                                                     lang):
    session = _session(tmp_path)
    first_header, reason, question = SAID[lang]
    with in_language(lang):
        dlg = export_dialog(qtbot, session, tmp_path / "class.csv", task_manager)
        dlg.set_format(CANVAS)
        dlg.set_destination(tmp_path / "class-canvas.csv")
        with qtbot.waitSignal(dlg.exported, timeout=20000):
            qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
        done = dlg.done_label.text()
        box = dlg.unmatched_box
        shown = [box.list.item(i).text() for i in range(box.list.count())]
        box_label = box.label.text()
        dlg.close()
    assert [r[0] for r in read_back(tmp_path / "class-canvas.csv")[2:]] == ["Amara Okafor"]
    listed = read_back(tmp_path / "class-canvas-unmatched.csv", encoding="utf-8-sig")   # used to be missing
    assert listed[0][0] == first_header
    assert [(r[0], r[1], r[3:]) for r in listed[1:]] == [
        ("2", "Evelyn Rodriguez · erodriguez@school.example.org", ["3", "2"]),
        ("6", "Ethan Rodriguez · erodriguez@school.example.org", ["0", "1"])]
    assert reason in listed[1][2]
    assert len(shown) == 2 and all("Rodriguez" in t for t in shown) and reason in shown[0]
    assert "class-canvas-unmatched.csv" in box_label
    assert "Amara Okafor" in done and question in done        # her two attempts: said, in the window's language
    assert not [w for w in ENGLISH if w in done or w in box_label or any(w in t for t in shown)
                or any(w in c for r in listed for c in r)], (done, shown, listed)
