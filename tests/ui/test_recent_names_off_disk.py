"""Adding a sheet to the recent sheets (on the GUI thread, as it opens) asks nothing of the disk: ``Path.resolve()``
looked at every folder on the way to the sheet, and a sheet on a share that did not answer froze the window
there. The name is made absolute and normalised from the name alone, so one sheet is still one entry."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from grader_app.ui.settings import MAX_RECENT, Settings


@pytest.fixture
def disk_looks(share, monkeypatch):
    """Every look at the disk about a path on the share, and whether the GUI thread made it."""
    looks: list[tuple[str, bool]] = []

    def noted(name, real):
        def look(path, *args, **kwargs):
            if isinstance(path, (str, os.PathLike)) and str(share) in str(os.fspath(path)):
                looks.append((name, threading.current_thread() is threading.main_thread()))
            return real(path, *args, **kwargs)
        return look

    real_resolve = Path.resolve
    monkeypatch.setattr(Path, "resolve", lambda self, *a, **k: noted("Path.resolve", real_resolve)(self, *a, **k))
    for name in ("stat", "lstat", "readlink"):
        monkeypatch.setattr(os, name, noted(f"os.{name}", getattr(os, name)))
    monkeypatch.setattr(os.path, "realpath", noted("os.path.realpath", os.path.realpath))
    return looks


def test_adding_and_removing_a_recent_sheet_asks_nothing_of_the_disk(share, disk_looks, monkeypatch):
    settings = Settings()
    sheet = share / "term-2-quiz.xlsx"
    sheet.write_bytes(b"PK")
    other = share / "year-9-biology.csv"          # not there: it is still listed (greyed out by the start screen)
    assert settings.add_recent(sheet) == [sheet]
    assert settings.add_recent(str(other)) == [other, sheet]
    monkeypatch.chdir(share)
    # a relative name, and one with "..", are the same sheet: moved to the top, not listed twice
    assert settings.add_recent("term-2-quiz.xlsx") == [sheet, other]
    assert settings.add_recent(Path("..") / share.name / "." / other.name) == [other, sheet]
    settings.remove_recent(Path(".") / sheet.name)
    assert Settings().recent_sheets() == [other]
    settings.remove_recent(other)
    assert Settings().recent_sheets() == []
    assert disk_looks == []


def test_recent_sheets_stay_newest_first_and_capped(share):
    settings = Settings()
    paths = [share / f"class-{i}.csv" for i in range(MAX_RECENT + 2)]
    for p in paths:
        settings.add_recent(p)
    settings.add_recent(paths[3])
    again = Settings().recent_sheets()
    assert again[0] == paths[3] and len(again) == MAX_RECENT == len(set(again))
    assert all(p.is_absolute() for p in again) and paths[0] not in again


def test_a_sheet_listed_by_an_older_grader_is_still_one_entry(share):
    """Entries written with resolve() are absolute and normalised already: the same sheet matches them."""
    sheet = share / "week 4.csv"
    older = QSettings(os.path.join(os.environ["GRADER_SETTINGS_DIR"], "grader.ini"), QSettings.Format.IniFormat)
    older.setValue("recent/sheets", [str(sheet.resolve())])
    older.sync()
    del older
    settings = Settings()
    assert settings.add_recent(sheet) == [sheet]
