"""A damaged project file beside a sheet, said where the teacher meets it: the window says what to do in the window
(move it aside and open the sheet again), ``grader score`` what to do on the command line. The command's line ended
"…: export from the window" (which cannot read the file either) and carried the window's advice inside it; the window's
sentence stays the window's (tests/test_cli_project_damaged.py has each kind of damage the command says). The real
main window and the real command on the same project file, made by the window's workflow and damaged on disk."""
from __future__ import annotations

from grader_app.cli import run_cli
from grader_app.io.project_store import project_path_for
from test_reopen_changed_sheet import graded_on_disk, open_in
from ui_helpers import make_long_csv

WINDOW = "⚠ class.grader-project is not a Grader project file or is damaged; move it aside and open the sheet again."
COMMAND = ("grader: class.grader-project beside the sheet could not be read: it is damaged or not a Grader project "
           "file, so this file does not include the decisions made in the window, and the window cannot read them "
           "from it either; if you have an earlier copy of class.grader-project, put it in its place and run the "
           "command again.")


def test_the_window_and_the_command_each_say_what_to_do_where_they_are(qtbot, window, tmp_path, capsys):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=6)
    graded_on_disk(sheet, 4)
    project = project_path_for(sheet)
    data = bytearray(project.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)           # every page after the first one damaged
    project.write_bytes(bytes(data))

    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "out.csv")]) == 0
    said = capsys.readouterr().err.splitlines()
    assert COMMAND in said                                # was: "(… move it aside and open the sheet again); … export
    assert not [line for line in said if "from the window" in line or "open the sheet" in line]   # from the window."

    open_in(qtbot, window, sheet)
    assert window.session is None and window.start.message_kind == "error"
    assert window.start.message.text() == WINDOW          # the window's remedy, in the window
    assert "command" not in window.start.message.text()
