"""A web page renamed .csv (an LMS's "Excel" download that is HTML) dropped on the window is said to be a web page,
with what to do (before: "has a header row but no answers below it", which sent the teacher looking for answers
that were there); the file is left as it was and no session starts."""
from __future__ import annotations

from grader_app.ui.start_screen import ERROR
from test_main_window import drop_files

PAGE = ("<html><body><table><tr><td>Name</td><td>Answer</td></tr>"
        "<tr><td>Ann</td><td>Ice is less dense than water.</td></tr></table></body></html>\r\n").encode("utf-8")


def test_a_web_page_named_csv_dropped_is_said_to_be_a_web_page(qtbot, window, tmp_path):
    page = tmp_path / "Quiz 3 grades.csv"
    page.write_bytes(PAGE)
    drop_files(window.start.drop_zone, [page])
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR and "Quiz 3 grades.csv" in window.start.message.text(),
                    timeout=10000)
    said = window.start.message.text()
    assert "web page" in said and ".xlsx" in said and "no answers" not in said
    assert window.session is None and window.mapping_dialog is None
    assert page.read_bytes() == PAGE
