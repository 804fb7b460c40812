"""The settings file is read once, before the window is built (the language must be known first), and that read is
bounded: a file far larger than any Grader writes is not read (QSettings read all of it, 1.4 s for a 50 MB value,
and the start waited), and a settings folder that does not answer (a network drive gone; here a named pipe where
the file should be, whose open never returns) no longer hangs the start: Grader starts with its usual settings
after a few seconds, leaves the file as it is and says why on the start screen. Real INI files, a real pipe, the real
window, and the real start in a child process."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from grader_app.ui import settings_read
from grader_app.ui.start_screen import ERROR

ROOT = Path(__file__).resolve().parents[2]


def _too_large(folder: Path, sheet: Path) -> bytes:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"[General]\nlanguage=de\n[recent]\nsheets={sheet}\n[junk]\n".encode()]
    lines += [f"k{i}=another program's value {i}\n".encode() for i in range(70_000)]   # about 2 MB
    data = b"".join(lines)
    assert len(data) > settings_read.MAX_BYTES
    (folder / "grader.ini").write_bytes(data)
    return data


def test_a_settings_file_far_too_large_is_not_read_said_and_left_as_it_is(make_window, tmp_path):
    folder = tmp_path / "settings"                       # GRADER_SETTINGS_DIR (tests/ui/conftest.py)
    sheet = tmp_path / "class.csv"
    data = _too_large(folder, sheet)
    window = make_window()
    assert window.settings.language() == "" and window.settings.recent_sheets() == []   # the usual settings
    file = folder / "grader.ini"
    assert window.start.message_kind == ERROR
    assert window.start.message.text() == (
        f"⚠ Grader's settings file {file} is 2 MB, far larger than any Grader writes, so it was not read: Grader "
        "starts with its usual settings, leaves that file as it is and forgets what you set now when it closes. "
        "Move or delete that file to have Grader keep its settings again.")
    window.settings.add_recent(tmp_path / "other.csv")   # held for the session ...
    window.settings.set_language("es")
    assert window.settings.recent_sheets() == [tmp_path / "other.csv"]
    assert window.settings.flush() == str(folder)
    assert file.read_bytes() == data                      # ... never written over the file


def _pipe(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pipe = folder / "grader.ini"
    os.mkfifo(pipe)
    return pipe


def _let_go(pipe: Path) -> None:
    """Give the reader left waiting on the pipe an end of file, so that its thread ends."""
    try:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:   # no reader waiting any more
        pass


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe stands for the drive that does not answer")
def test_a_settings_file_that_does_not_answer_starts_grader_with_its_usual_settings_said(make_window, tmp_path,
                                                                                         monkeypatch):
    pipe = _pipe(tmp_path / "settings")
    monkeypatch.setattr(settings_read, "READ_WAIT_S", 0.5)
    try:
        window = make_window()
        assert window.settings.refused == settings_read.NO_ANSWER and window.settings.language() == ""
        assert window.start.message.text() == (
            f"⚠ Grader's settings file {pipe} did not answer within 0.5 seconds (a network drive that is slow or "
            "gone?), so Grader starts with its usual settings and forgets what you set now when it closes. Start "
            "Grader again once that drive answers.")
        window.settings.add_recent(tmp_path / "class.csv")
        assert window.settings.flush() == str(pipe.parent)   # nothing handed to the writer: nothing to wait for
    finally:
        _let_go(pipe)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe stands for the drive that does not answer")
def test_the_start_is_not_hung_by_a_settings_file_that_does_not_answer(tmp_path):
    """The settings as the app reads them at start, in a child process: it hung there for good (QSettings opening
    the pipe on the GUI thread); now it goes on after settings_read.READ_WAIT_S."""
    pipe = _pipe(tmp_path / "settings")
    env = dict(os.environ, GRADER_SETTINGS_DIR=str(pipe.parent), QT_QPA_PLATFORM="offscreen")
    code = ("from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from grader_app.ui.settings import Settings\n"
            "s = Settings()\n"
            "print(repr(s.language()), s.recent_sheets(), s.unkept)\n")
    try:
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("the start still waited for the settings file after 90 s")
    finally:
        _let_go(pipe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == f"'' [] {pipe.parent}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the system's place is a file Grader names on Linux")
def test_the_file_read_for_the_systems_place_is_the_one_qsettings_writes(qapp):
    from PySide6.QtCore import QSettings

    from grader_app.ui.settings_writer import APPLICATION, ORGANISATION

    assert settings_read.settings_file("") == Path(QSettings(ORGANISATION, APPLICATION).fileName())
