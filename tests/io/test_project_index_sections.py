"""A copy of a graded sheet with two classes in it, each list headed by a row of its own ("Class 9A", "Class 9B" alone
in the student column), opened in another place (QA s54g): the session leaves the heading rows out of its answers
(:mod:`grader_app.io.section_rows`, read with the columns chosen), so the index must read the copy's answers with the
same columns the same way, or the copy's fingerprint never matches the one noted at school and nothing is offered."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_project_index import class_rows, graded_at_school, offered, write_csv, write_xlsx  # noqa: E402


@pytest.fixture(autouse=True)
def _data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))


def two_classes() -> list[list[str]]:
    header, *rows = class_rows(6)
    half = len(rows) // 2
    return [header, ["Class 9A", "", "", ""], *rows[:half], ["", "", "", ""], ["Class 9B", "", "", ""], *rows[half:]]


def test_a_copy_of_a_sheet_with_class_heading_rows_is_offered_the_decisions_made_on_it(tmp_path):
    rows = two_classes()
    project = graded_at_school(write_xlsx(tmp_path / "school" / "two-classes.xlsx", rows), 5)
    offer = offered(write_xlsx(tmp_path / "home" / "two-classes.xlsx", rows))   # copied alone
    assert offer is not None and offer.path == project and offer.decisions == 5
    offer = offered(write_csv(tmp_path / "usb" / "two-classes.csv", rows))      # saved as CSV from it
    assert offer is not None and offer.decisions == 5
