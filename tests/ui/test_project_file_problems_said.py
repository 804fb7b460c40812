"""A sheet whose project file Grader cannot take, opened in a German or Spanish window. QA (translation audit): the
start screen said "class.grader-project was saved by a newer Grader (project version …); update Grader to open it."
and "… is an SQLite file but not a Grader project …" in English in every window language (io.project_schema). They are
now problems the window translates (project.newer, project.not_grader); the command line keeps its English. Real
sheets, real project files (made by scoring and deciding for real, then changed with sqlite3), the real main window."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from grader_app.io.project_schema import APPLICATION_ID, SCHEMA_VERSION
from grader_app.io.project_store import ProjectError, ProjectStore, project_path_for
from in_language import in_language
from ui_helpers import make_long_csv

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_reopen_changed_sheet import graded_on_disk, open_in  # noqa: E402

NEWER = {"de": "⚠ class.grader-project wurde von einem neueren Grader gespeichert (Projektversion {v}); aktualisieren "
               "Sie Grader, um es zu öffnen.",
         "es": "⚠ class.grader-project se guardó con una versión más nueva de Grader (versión de proyecto {v}); "
               "actualiza Grader para abrirlo."}
NOT_GRADER = {"de": "⚠ class.grader-project ist eine SQLite-Datei, aber kein Grader-Projekt; wählen Sie einen anderen "
                    "Dateinamen.",
              "es": "⚠ class.grader-project es un archivo SQLite, pero no un proyecto de Grader; elige otro nombre de "
                    "archivo."}


def _edit(project: Path, sql: str) -> None:
    conn = sqlite3.connect(project)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("lang", sorted(NEWER))
def test_a_project_of_a_newer_grader_is_said_in_the_window_s_language(qtbot, window, tmp_path, lang):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    graded_on_disk(sheet, 2)
    project = project_path_for(sheet)
    _edit(project, f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    before = project.read_bytes()
    with in_language(lang):
        open_in(qtbot, window, sheet)
        assert window.session is None and window.start.message_kind == "error"
        assert window.start.message.text() == NEWER[lang].format(v=SCHEMA_VERSION + 1)
    assert project.read_bytes() == before   # left as it was
    with pytest.raises(ProjectError) as caught:   # the command line's English
        ProjectStore.open(project)
    assert str(caught.value) == (f"class.grader-project was saved by a newer Grader (project version "
                                 f"{SCHEMA_VERSION + 1}); update Grader to open it")


@pytest.mark.parametrize("lang", sorted(NOT_GRADER))
def test_another_programs_database_in_the_project_s_place_is_said_in_the_window_s_language(qtbot, window, tmp_path,
                                                                                          lang):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    graded_on_disk(sheet, 2)
    project = project_path_for(sheet)
    _edit(project, f"PRAGMA application_id={APPLICATION_ID + 1}")
    with in_language(lang):
        open_in(qtbot, window, sheet)
        assert window.session is None and window.start.message_kind == "error"
        assert window.start.message.text() == NOT_GRADER[lang]


OTHER_COLUMNS = {
    ("de", 1): "Dieses Projekt enthält schon 1 Entscheidung, die mit einer anderen Spaltenwahl getroffen wurde; "
               "behalten Sie die bisherigen Spalten oder speichern Sie die Tabelle unter einem neuen Namen, um neu zu "
               "beginnen.",
    ("es", 3): "Este proyecto ya tiene 3 decisiones tomadas con otra elección de columnas; conserva las columnas "
               "anteriores o guarda la hoja con otro nombre para empezar de nuevo."}


@pytest.mark.parametrize("lang, count", sorted(OTHER_COLUMNS))
def test_other_columns_for_a_project_with_decisions_are_refused_in_the_teacher_s_language(qapp, lang, count):
    """The project store's refusal (io.project_setup: "this project already holds 1 decisions …" in English only) as
    the window says it, counted in the teacher's language; the command line's English says "1 decision"."""
    from grader_app.ui.messages import plain

    problem = ProjectError.said("project.decided_other_columns", count=count)
    assert str(problem).startswith(f"this project already holds {count} decision{'s' if count > 1 else ''} made")
    with in_language(lang):
        assert plain(problem) == OTHER_COLUMNS[lang, count]
