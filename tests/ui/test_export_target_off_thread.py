"""Whether an export's file is the sheet of answers itself (under another name: a link, a hard link) is asked of
the disk on a worker: ``os.path.samefile`` ran on the GUI thread when the teacher chose the file and when they
pressed Export, and on a share that did not answer the window froze there. The sheet is still never replaced,
and the dialog still says so as soon as the file is chosen."""
from __future__ import annotations

import os
import threading

import pytest

from grader_app.ui.export_dialog import CSV, PDF, XLSX
from ui_helpers import export_dialog, make_long_csv, scored_csv_session, tiny_bundles

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def sheet_path(tmp_path):
    return make_long_csv(tmp_path / "school share" / "class.csv", n_students=3)


@pytest.fixture
def session(sheet_path, tmp_path):
    return scored_csv_session(sheet_path, tiny_bundles(tmp_path / "bundles"))


@pytest.fixture
def samefile_threads(monkeypatch):
    """For each ``os.path.samefile`` asked: whether the GUI thread asked."""
    on_gui_thread: list[bool] = []
    real = os.path.samefile

    def samefile(a, b):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(a, b)

    monkeypatch.setattr(os.path, "samefile", samefile)
    return on_gui_thread


@pytest.fixture
def dialog(qtbot, session, sheet_path, task_manager):
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=5000)   # the suggested folder is found
    return dlg


def test_the_sheet_under_another_name_is_refused_by_a_worker(qtbot, dialog, sheet_path, tmp_path, task_manager,
                                                            samefile_threads):
    before = sheet_path.read_bytes()
    link = tmp_path / "link.csv"
    link.symlink_to(sheet_path)
    hard = tmp_path / "hard.pdf"
    os.link(sheet_path, hard)
    dialog.set_format(CSV)
    with qtbot.waitSignal(dialog.failed, timeout=5000) as sig:     # said when chosen, once a worker knows
        dialog.set_destination(link)
    assert sig.args[0].startswith("link.csv is the sheet of answers itself")
    for fmt, target in ((CSV, link), (PDF, hard)):
        dialog.set_format(fmt)
        dialog.set_destination(target)
        with qtbot.waitSignal(dialog.failed, timeout=5000) as sig:
            assert dialog.export() is True                          # started: the worker refuses it
            assert dialog.busy and not dialog.export_button.isEnabled()
        assert sig.args[0].startswith(f"{target.name} is the sheet of answers itself")
        assert dialog.error_text() == sig.args[0]
        assert not dialog.busy and dialog.export_button.isEnabled() and dialog.progress.isHidden()
        qtbot.waitUntil(lambda: not task_manager.busy, timeout=5000)
        assert not [t for t in task_manager.tasks() if t.name.startswith("export ")]   # nothing was written
    assert sheet_path.read_bytes() == before and hard.read_bytes() == before
    assert samefile_threads and not any(samefile_threads)


def test_an_answer_about_an_earlier_choice_is_not_said(qtbot, dialog, sheet_path, tmp_path, task_manager,
                                                      samefile_threads):
    """The sheet chosen, then another file before the worker answered: nothing is said about the sheet. And
    Export pressed before the answer about the chosen file: the refusal is said once, not twice."""
    said = []
    dialog.failed.connect(said.append)
    dialog.set_format(CSV)
    dialog.set_destination(sheet_path)
    dialog.set_destination(tmp_path / "graded.csv")
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=5000)
    assert said == [] and dialog.error_text() == ""
    dialog.set_destination(sheet_path)
    assert dialog.export() is True
    qtbot.waitUntil(lambda: not task_manager.busy, timeout=5000)
    assert len(said) == 1 and "is the sheet of answers itself" in said[0]
    assert samefile_threads and not any(samefile_threads)


def test_another_file_is_written_with_the_check_on_the_worker(qtbot, dialog, tmp_path, samefile_threads):
    out = tmp_path / "graded.xlsx"
    dialog.set_format(XLSX)
    dialog.set_destination(out)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as sig:
        assert dialog.export() is True
    assert sig.args == [str(out)] and out.read_bytes().startswith(b"PK")
    assert dialog.done_label.text().startswith("✔ Saved graded.xlsx")
    assert samefile_threads and not any(samefile_threads)
