"""QA (a teacher's pass): for a sheet with no usernames the export dialog offered Blackboard's and Brightspace's files
and said they could not work only after Export was pressed ("bb.csv was not saved, because Blackboard matches students
by their username..."), while Canvas says up front that the sheet has no Canvas ids. Now those two say it up front the
same way: under their heading a short line in place of the choice, its tooltip saying what to add or what to choose
instead. A sheet that gives the identifier (a teacher's "Username" column, a Blackboard or Brightspace download) is
offered them as before, and they are written and read back. The real export dialog, in English and German."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from in_language import in_language  # noqa: E402
from test_export_dialog import export  # noqa: E402
from ui_helpers import export_dialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BLACKBOARD, BRIGHTSPACE = "blackboard-grade-center", "brightspace-grades"
LONG = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")


def class_session(tmp_path: Path, usernames: bool) -> tuple[GradingSession, Path]:
    """A teacher's own sheet (Student ID, Name, Email, ...), with a Username column or without one."""
    head = ["Student ID", "Name", "Email", *(["Username"] if usernames else []), "Question", "Answer"]
    rows = [head] + [[f"S{i}", f"Student {i}", f"s{i}@school.example", *([f"user{i}"] if usernames else []), q,
                      f"answer {i} to {q}"] for i in (1, 2, 3) for q in ("q1", "q2")]
    sheet = L.write_csv(tmp_path / ("with-users.csv" if usernames else "class.csv"), rows)
    session = GradingSession(read_sheet(sheet), LONG)
    for a in session.answers:
        session.decide(a.key, 1)
    return session, sheet


def test_blackboard_and_brightspace_say_up_front_that_the_sheet_has_no_usernames(qtbot, tmp_path, task_manager):
    session, sheet = class_session(tmp_path, usernames=False)
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    offered = [k for k, b in dlg.format_buttons.items() if b.isVisibleTo(dlg)]
    assert BLACKBOARD not in offered and BRIGHTSPACE not in offered      # used to be offered, and fail after Export
    assert "google-classroom" in offered and "points" in offered          # the sheet's emails: Google's file works
    for key in (BLACKBOARD, BRIGHTSPACE):
        with pytest.raises(ValueError):
            dlg.set_format(key)
    said = dlg.chooser.cannot_match
    assert said[BLACKBOARD].isVisibleTo(dlg) and said[BRIGHTSPACE].isVisibleTo(dlg)
    assert said[BLACKBOARD].text() == "Blackboard needs usernames, and your sheet has none."
    assert said[BRIGHTSPACE].text() == "Brightspace needs OrgDefinedIds or usernames, and your sheet has neither."
    assert said[BLACKBOARD].toolTip() == (
        "Blackboard's Grade Center matches each student by their username, and your sheet gives none: add a "
        "“Username” column with each student's username, open the sheet again and export again, or choose “Points "
        "per question (CSV)”, which needs no identifier.")
    assert "“OrgDefinedId” or “Username”" in said[BRIGHTSPACE].toolTip()
    assert said[BLACKBOARD].accessibleDescription() == said[BLACKBOARD].toolTip()
    assert {"Blackboard", "Brightspace"} <= set(dlg.chooser.system_labels)   # the headings stay, above the line
    assert dlg.chooser.canvas_elsewhere is not None and dlg.chooser.canvas_elsewhere.isVisibleTo(dlg)   # as Canvas's
    dlg.close()


def test_a_sheet_with_usernames_is_offered_both_and_they_are_written(qtbot, tmp_path, task_manager):
    session, sheet = class_session(tmp_path, usernames=True)
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert BLACKBOARD in dlg.format_buttons and BRIGHTSPACE in dlg.format_buttons
    assert list(dlg.chooser.cannot_match) == ["moodle-worksheet"]    # (no participant ids: tests/ui/test_lms_fit_said_first.py)
    rows = L.read_csv(export(qtbot, dlg, BLACKBOARD, tmp_path / "bb.csv"))
    assert [r[2] for r in rows[1:]] == ["user1", "user2", "user3"]
    rows = L.read_csv(export(qtbot, dlg, BRIGHTSPACE, tmp_path / "bs.csv"))
    assert len(rows) == 4 and "user1" in rows[1][0]
    dlg.close()


def test_downloads_that_give_the_identifier_are_offered_their_own_file(qtbot, tmp_path, task_manager):
    for sheet, key in ((L.blackboard_by_user(tmp_path), BLACKBOARD), (L.brightspace_questions(tmp_path), BRIGHTSPACE)):
        dlg = export_dialog(qtbot, L.session_for(sheet, L.by_text), sheet, task_manager)
        assert dlg.format == key and key not in dlg.chooser.cannot_match     # preselected, as the sheet came from it
        dlg.close()


def test_the_line_is_said_in_german(qtbot, tmp_path, task_manager):
    session, sheet = class_session(tmp_path, usernames=False)
    with in_language("de"):
        dlg = export_dialog(qtbot, session, sheet, task_manager)
        said = {k: (label.text(), label.toolTip()) for k, label in dlg.chooser.cannot_match.items()}
        dlg.close()
    assert said[BLACKBOARD][0] == "Blackboard braucht Benutzernamen, und Ihre Tabelle hat keine."
    assert "„Username“" in said[BLACKBOARD][1] and "„Punkte pro Frage (CSV)“" in said[BLACKBOARD][1]
    assert all("your sheet" not in t and "needs" not in t for pair in said.values() for t in pair)
