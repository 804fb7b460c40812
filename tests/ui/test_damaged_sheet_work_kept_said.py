"""A sheet damaged on the disk after the teacher worked on it (a crash while Excel saved it, a sync tool's half copy):
QA of a teacher whose laptop misbehaves. Opening it said only that the file is damaged and to save it again from
Excel, nothing about the hours of marking behind it, which were safe in its project file: a teacher who reads "damaged"
fears the work is gone and may start again elsewhere. Now the sentence goes on to say how many decisions are kept, where,
and that they come back once the sheet opens again; a sheet with no project, or one with no decision in it, is told as
before. In the real window, the project made as the window makes it, in English, German and Spanish."""
from __future__ import annotations

import pytest
from project_edits import made_in_the_window

from grader_app.bundles.library import Library
from grader_app.io.project_store import project_path_for
from grader_app.ui.main_window import START
from grader_app.ui.start_screen import ERROR
from in_language import in_language
from ui_helpers import make_long_csv

BINARY = bytes(range(256)) * 8   # no text: refused as binary data

KEPT = {"en": "{before} Your 2 decisions are kept in class.grader-project; they come back when the sheet opens again.",
        "de": "{before} Ihre 2 Entscheidungen sind in class.grader-project gespeichert; sie kommen zurück, sobald sich "
              "die Tabelle wieder öffnen lässt.",
        "es": "{before} Tus 2 decisiones se guardan en class.grader-project; vuelven cuando la hoja se pueda abrir de "
              "nuevo."}


def _refused(qtbot, window, sheet) -> str:
    window.start.clear_message()
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR, timeout=20000)
    assert window.session is None and window.pages.currentIndex() == START
    return window.start.message.text().removeprefix("⚠ ")


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_damaged_sheet_says_its_decisions_are_kept(qtbot, make_window, shipped_bundles, tmp_path, lang):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    made_in_the_window(sheet, Library.default(), {0: (2, "mine"), 3: (1, "")})
    plain = tmp_path / "other.csv"
    plain.write_bytes(BINARY)                      # the same damage, no project: the sentence as it was
    sheet.write_bytes(BINARY)
    with in_language(lang):
        window = make_window()
        before = _refused(qtbot, window, plain)
        assert before.startswith("other.csv") and "grader-project" not in before
        said = _refused(qtbot, window, sheet)
        assert said == KEPT[lang].format(before=before.replace("other.csv", "class.csv"))


def test_a_project_without_decisions_is_not_named(qtbot, make_window, shipped_bundles, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    made_in_the_window(sheet, Library.default(), {})
    assert project_path_for(sheet).exists()
    sheet.write_bytes(BINARY)
    said = _refused(qtbot, make_window(), sheet)
    assert said.startswith("class.csv holds binary data") and "grader-project" not in said
