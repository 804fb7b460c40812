"""Settings Grader cannot keep, or a settings file it did not write as it is (QA as a teacher whose laptop misbehaves).
GRADER_SETTINGS_DIR naming a folder that cannot be made (a file in its way, a drive that is gone) stopped Grader at
start, in Settings.__init__; it now starts with its settings in memory and says on the start screen that they are
forgotten when it closes. A settings file edited by hand or by another program listed a recent sheet named
"@Invalid(…": a recent sheet that is not a path is left out. The real window, real INI files read back."""
from __future__ import annotations

from pathlib import Path

import pytest

from grader_app.ui.settings import Settings
from grader_app.ui.start_screen import ERROR


def _listed(window) -> list[str]:
    r = window.start.recent
    return [r.item(i).data(0x0100) for i in range(r.count())]   # Qt.UserRole: the path kept


def test_a_settings_folder_that_cannot_be_made_starts_grader_with_its_settings_in_memory_said(
        make_window, tmp_path, monkeypatch):
    blocker = tmp_path / "usb-stick"
    blocker.write_text("a file where the folder should be")
    folder = blocker / "grader-settings"
    monkeypatch.setenv("GRADER_SETTINGS_DIR", str(folder))
    window = make_window()                                   # no exception: Grader starts
    assert window.start.message_kind == ERROR
    assert window.start.message.text() == (
        f"⚠ Grader cannot save its settings in {folder}, so the recent sheets, the language and the window size are "
        "forgotten when it closes.")
    sheet = tmp_path / "class.csv"
    window.settings.add_recent(sheet)                        # kept for this session
    window.settings.flush()
    assert window.settings.recent_sheets() == [sheet]
    assert blocker.read_text() == "a file where the folder should be"


def test_settings_that_can_be_kept_say_nothing(make_window):
    window = make_window()
    assert window.settings.unkept is None and window.start.message_kind == ""


@pytest.mark.qt_log_ignore("QVariant::load: unknown user type", "propagateSizeHints")   # the garbage, as Qt reads it
def test_a_recent_sheet_that_is_not_a_path_is_left_out(make_window, tmp_path):
    folder = tmp_path / "settings"
    folder.mkdir(exist_ok=True)
    sheet = tmp_path / "class.csv"
    sheet.write_text("Name,Answer\n")
    (folder / "grader.ini").write_text(f"[recent]\nsheets=@Invalid(), {sheet}, class.csv, @ByteArray(abc), "
                                       "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18)\n")
    window = make_window()
    assert _listed(window) == [str(sheet)]
    assert window.settings.recent_sheets() == [Path(sheet)]
    other = tmp_path / "other.csv"
    window.settings.add_recent(other)                         # what is written back holds paths only
    window.settings.flush()
    assert Settings().recent_sheets() == [other, sheet]


def test_recent_sheets_that_are_not_a_list_are_none(tmp_path):
    folder = tmp_path / "settings"
    folder.mkdir(exist_ok=True)
    (folder / "grader.ini").write_text("[recent]\nsheets=@ByteArray(abc)\n")
    assert Settings().recent_sheets() == []


def test_a_language_chosen_when_the_settings_cannot_be_saved_is_said_to_be_forgotten(make_window, tmp_path,
                                                                                      monkeypatch):
    blocker = tmp_path / "usb-stick"
    blocker.write_text("a file where the folder should be")
    folder = blocker / "grader-settings"
    monkeypatch.setenv("GRADER_SETTINGS_DIR", str(folder))
    window = make_window()
    told = (f"Grader cannot save its settings in {folder}, so the language you chose is forgotten when it closes "
            "and does not apply the next time it starts.")
    for code in ("de", ""):                                  # a language, or the system's
        window.statusBar().clearMessage()
        window.language_actions[code].trigger()
        assert window.statusBar().currentMessage() == told
        assert window.settings.language() == code            # for this session, as the menu shows it

def test_a_language_chosen_when_the_settings_are_saved_applies_the_next_time(make_window, tmp_path):
    window = make_window()
    window.language_actions["de"].trigger()
    assert window.statusBar().currentMessage() == "Grader will be in Deutsch the next time it starts."
    assert Settings().language() == "de"                       # written: a new start reads it
