"""Students who share a name in a sheet without ids are told apart by their row (grader_app.core.namesakes), in the
window's language: "Emily Nguyen (Zeile 6)" in the German window's results table, its note and its points export,
"(row 6)" again once the window is English; the command line stays English. A translation that lost {name} or {row}
is not taken. The real window, a real sheet opened and a points-per-question export written and read back."""
from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest

from grader_app.core import namesakes
from grader_app.io.lms import export_format
from grader_app.ui import i18n
from grader_app.ui.results_model import STUDENT
from in_language import in_language
from test_namesakes_in_window import class_csv
from ui_helpers import accept_mapping


def open_class(qtbot, window, folder):
    folder.mkdir()
    window.open_sheet(class_csv(folder / "class.csv"))
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.scoring.busy, timeout=30000)


def shown_students(window) -> list[str]:
    model = window.results.table.model()
    return [model.index(r, STUDENT).data() for r in range(model.rowCount())]


def test_in_german_the_row_is_a_zeile_in_the_table_the_note_and_the_export_then_row_again_in_english(
        qtbot, make_window, tmp_path):
    with in_language("de"):
        window = make_window()
        open_class(qtbot, window, tmp_path / "de")
        shown = shown_students(window)
        assert shown.count("Emily Nguyen (Zeile 4)") == 2 and shown.count("Emily Nguyen (Zeile 6)") == 2
        assert not any("(row " in s for s in shown)
        [note] = window.notices.notes
        assert "etwa „Emily Nguyen (Zeile 6)“" in note and "(row " not in note
        points = export_format("points").write(window.session, tmp_path / "points.csv").path   # points per question
        with open(points, newline="", encoding="utf-8-sig") as fh:
            students = [row[0] for row in csv.reader(fh)][1:]
        assert students == ["Ann Lee", "Emily Nguyen (Zeile 4)", "Emily Nguyen (Zeile 6)"]
        window.close_sheet()
        qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    # back in English: "row" again
    open_class(qtbot, window, tmp_path / "en")
    shown = shown_students(window)
    assert shown.count("Emily Nguyen (row 4)") == 2 and shown.count("Emily Nguyen (row 6)") == 2
    [note] = window.notices.notes
    assert "as “Emily Nguyen (row 6)”" in note and "Zeile" not in note


@pytest.mark.parametrize("code, expected", [("de", "Emily Nguyen (Zeile 6)"), ("es", "Emily Nguyen (fila 6)"),
                                            ("en", "Emily Nguyen (row 6)")])
def test_installing_a_language_sets_the_label_and_uninstalling_gives_english(code, expected):
    assert i18n.install(code)
    assert namesakes.label("Emily Nguyen", 6) == expected
    i18n.uninstall()
    assert namesakes.label("Emily Nguyen", 6) == "Emily Nguyen (row 6)"


@pytest.mark.parametrize("template", ["{name} (Zeile)", "(Zeile {row})", "{name} {name} (Zeile {row})",
                                      "{name} (Zeile {row}) {row}", "{name} (Zeile {row:>3})", "{name} (Zeile {row!r})",
                                      "{name} (Zeile {Zeile})", "{name} (Zeile {row}) {}", "{name} (Zeile {row}}", ""])
def test_a_translation_that_lost_the_name_or_the_row_is_not_taken(template):
    try:
        assert not namesakes.set_label_template(template)
        assert namesakes.label("Emily Nguyen", 6) == "Emily Nguyen (row 6)"
        assert namesakes.set_label_template("{row}. {name}")   # another order is fine
        assert namesakes.label("Emily Nguyen", 6) == "6. Emily Nguyen"
        assert namesakes.label("{row} {name}", 6) == "6. {row} {name}"   # a name's braces are the name's
    finally:
        namesakes.set_label_template(namesakes.ENGLISH_LABEL)


def test_the_command_line_stays_english_on_a_german_system(tmp_path, tiny_shipped):
    """The command line (a process of its own, as the teacher runs it) installs no language: "row", whatever the
    system's language."""
    path = tmp_path / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("Name", "Question", "Answer"), ("Ann Lee", "tiny-ice", "ice floats"),
                                  ("Emily Nguyen", "tiny-ice", "it is lighter"),
                                  ("Emily Nguyen", "tiny-ice", "ice is less dense than water")])
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
    proc = subprocess.run([sys.executable, "-m", "grader_app", "score", str(path), "--out", str(tmp_path / "o.csv"),
                           "--quiet"], capture_output=True, text=True, encoding="utf-8", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "“Emily Nguyen (row 4)”" in proc.stderr and "Zeile" not in proc.stderr
