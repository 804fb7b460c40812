"""The export dialog writing an LMS file over one Excel holds open (Windows refuses the move over it with a
PermissionError, made here by os.replace refusing: root may write over anything): the window says, in its language,
that the file is probably open in another program such as Excel, to close it there and export again, and that
nothing is lost; the old file is as it was and the decisions too, and the export works once the file is closed."""
from __future__ import annotations

import errno
import os

import pytest

from in_language import in_language
from test_export_dialog import build_session, _decisions
from ui_helpers import export_dialog, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAID = {
    "en": "points.csv is probably open in another program, such as Excel, so it was not saved; close it there and "
          "export again (nothing is lost: your grading is kept, and the old points.csv was not changed).",
    "de": "points.csv ist wahrscheinlich in einem anderen Programm geöffnet, etwa in Excel, und wurde deshalb nicht "
          "gespeichert; schließen Sie die Datei dort und exportieren Sie erneut (es geht nichts verloren: Ihre "
          "Bewertung bleibt erhalten, und die alte Datei points.csv ist unverändert).",
    "es": "points.csv probablemente está abierto en otro programa, como Excel, así que no se guardó; ciérralo allí y "
          "vuelve a exportar (no se pierde nada: tu corrección se conserva y el archivo points.csv anterior no ha "
          "cambiado).",
}


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_a_points_sheet_open_in_excel_is_said_so_and_nothing_is_lost(qtbot, tmp_path, task_manager, monkeypatch,
                                                                     language):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=3)
    session = build_session(sheet, tmp_path)
    session.decide(0, 2, comment="well argued")
    before = _decisions(session)
    target = tmp_path / "points.csv"
    target.write_bytes(b"opened in Excel\r\n")
    real_replace = os.replace

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                                            "process")

    with in_language(language):
        dlg = export_dialog(qtbot, session, sheet, task_manager)
        dlg.set_format("points")
        dlg.set_destination(target)
        monkeypatch.setattr(os, "replace", locked)
        dlg.names.replace_ok[target] = dlg.format   # the teacher chose it in the file dialog: replaced without asking
        with qtbot.waitSignal(dlg.failed, timeout=20000) as sig:
            dlg.export_button.click()
        assert sig.args[0] == SAID[language] and dlg.error_text() == SAID[language]
    assert target.read_bytes() == b"opened in Excel\r\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("points")) == ["points.csv"]
    assert _decisions(session) == before
    # closed in Excel: the same export goes through
    monkeypatch.setattr(os, "replace", real_replace)
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        dlg.export_button.click()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
