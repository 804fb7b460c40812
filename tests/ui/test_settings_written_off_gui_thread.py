"""The window's settings (the language chosen, the recent sheets, its size) are written to their file off the GUI thread.
Choosing a language called QSettings.sync() on the GUI thread, a write of the settings file the window waited for (on
a slow share or a roaming profile, seconds), closing the window did the same, and a sheet opened joined the recent
sheets through a write QSettings made on the GUI thread's event loop soon after. Now a writer thread writes every change,
in the order made, and the window's close waits for them to be on disk. The real window, a real sheet opened, the INI
file read back from the disk."""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QEvent, QSettings

from grader_app.ui.settings import Settings
from ui_helpers import make_long_csv


@pytest.fixture
def writes(monkeypatch) -> list[tuple[str, bool]]:
    """Every write of the settings by grader_app.ui (setValue, remove, sync, QSettings' own update), each with whether
    the GUI thread made it."""
    made: list[tuple[str, bool]] = []

    def noted(what: str) -> None:
        made.append((what, threading.current_thread() is threading.main_thread()))

    class Watched(QSettings):
        def setValue(self, key, value):
            noted(f"setValue {key}")
            super().setValue(key, value)

        def remove(self, key):
            noted(f"remove {key}")
            super().remove(key)

        def sync(self):
            noted("sync")
            super().sync()

        def event(self, e):
            if e.type() == QEvent.Type.UpdateRequest:
                noted("update")
            return super().event(e)

    for name in ("settings", "settings_writer"):
        try:
            module = importlib.import_module(f"grader_app.ui.{name}")
        except ModuleNotFoundError:
            continue
        if getattr(module, "QSettings", None) is QSettings:
            monkeypatch.setattr(module, "QSettings", Watched)
    return made


def _on_disk(tmp_path) -> str:
    ini = tmp_path / "settings" / "grader.ini"
    return ini.read_text(encoding="utf-8") if ini.exists() else ""


def test_the_language_and_a_sheet_opened_are_written_off_the_gui_thread_and_on_disk_after_the_close(
        qtbot, make_window, tmp_path, writes):
    window = make_window()
    window.language_actions["de"].trigger()
    window.language_actions["es"].trigger()                 # two quick changes: the last one made is kept
    assert window.statusBar().currentMessage() == "Grader will be in Español the next time it starts."
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=4)
    window.open_path(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.sessionReady, timeout=30000):
        window.mapping_dialog.ok_button.click()
    assert window.settings.recent_sheets() == [sheet]      # held at once, for the start screen

    qtbot.waitUntil(lambda: "language=es" in _on_disk(tmp_path) and str(sheet) in _on_disk(tmp_path), timeout=10000)
    assert "language=de" not in _on_disk(tmp_path)
    assert ("update", False) in writes                        # QSettings' own write, on the writer thread
    assert [what for what, on_gui in writes if on_gui] == []

    window.resize(window.width() + 40, window.height() + 30)
    window.language_actions["de"].trigger()                 # and closed at once: the close waits for the writer
    window.close()
    geometry = window.saveGeometry()
    text = _on_disk(tmp_path)
    assert "language=de" in text and str(sheet) in text and "geometry=@ByteArray(" in text
    assert Settings().window_geometry() == QByteArray(geometry)
    assert [what for what, on_gui in writes if on_gui] == []


def test_a_new_settings_reads_the_changes_made_before_it(tmp_path):
    """What a Settings changed is what another made later reads (as the next start would), though written on the
    writer thread: made, it waits for the writer first."""
    settings = Settings()
    sheets = [tmp_path / f"week {i}.csv" for i in range(3)]
    for sheet in sheets:
        settings.add_recent(sheet)
    settings.set_language("es")
    settings.remove_recent(sheets[1])
    again = Settings()
    assert again.recent_sheets() == [sheets[2], sheets[0]] and again.language() == "es"
    assert settings.close() is None
    assert "language=es" in _on_disk(tmp_path)


def test_without_a_qt_application_a_change_is_written_where_it_is_made(tmp_path):
    """No Qt application (a script that reads and sets the settings): no event loop for a writer thread to run, so the
    change is written at once, on the thread that made it, and the process ends (it waited for a writer before)."""
    code = ("from grader_app.ui.settings import Settings\n"
            "s = Settings()\n"
            "s.set_language('de')\n"
            "print(s.close())\n")
    env = {**os.environ, "GRADER_SETTINGS_DIR": str(tmp_path / "settings")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0 and done.stdout.strip() == "None", done.stderr
    assert "language=de" in _on_disk(tmp_path)


def test_a_write_that_never_ends_does_not_hang_the_close(qapp, tmp_path, monkeypatch):
    """A settings file on a share that stops answering: the close waits for the writer at most WAIT_S, then goes on
    (it waited forever for the writer, as sync() at the close did before)."""
    import time

    from grader_app.ui import settings_writer

    monkeypatch.setenv("GRADER_SETTINGS_DIR", str(tmp_path / "settings"))
    settings = Settings()
    stuck = threading.Event()

    apply = settings_writer._Writer.apply

    def never_ends(self, location, changes, ticket):   # the writer thread waits on the "share", then writes
        stuck.wait(10)
        apply(self, location, changes, ticket)
    monkeypatch.setattr(settings_writer._Writer, "apply", never_ends)
    monkeypatch.setattr(settings_writer, "WAIT_S", 0.5)
    settings.set_window_geometry(QByteArray(b"stuck"))
    started = time.monotonic()
    settings.close()
    waited = time.monotonic() - started
    stuck.set()                                        # the share answers again: the change is written
    assert settings_writer.wait_written(timeout=10)
    settings_writer.stop()
    assert settings_writer._line.thread is None        # the writer stopped, nothing left running at the exit
    assert waited < 5, f"the close waited {waited:.1f} s for a write that did not end"
