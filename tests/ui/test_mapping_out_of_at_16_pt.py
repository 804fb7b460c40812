"""The columns dialog's table of questions when a question has no model, so that its "Out of" column shows, at a 16 pt
font on a 1024×600 screen: QA (a German teacher's own workbook, two questions, no model for either) found "Scored by"
squeezed to its least, every question's choice reading "Kei…" ("No …" in English, "Sin…" in Spanish), and, in German
and Spanish, the table a pixel too wide for its room, its last title ("Höchstpunktzahl") cut by its edge under a scroll
bar: the "Out of" column was as wide as its title (204 px for fields 119 px wide) and the question column kept its 12
em. Now the "Out of" title gives way first, then the question column (mapping_item_widths): every column is in sight,
a title cut ends in "…" with 8 characters at least and is whole in its tooltip, and each choice shows more of itself.
The real main window opens a real workbook (a title row above the header, as the teacher's)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from grader_app.ui import i18n, mapping_layout
from test_fits_netbook_at_16_pt import NETBOOK, off_screen
from test_mapping_scored_by_at_16_pt import titles_cut

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

QUESTIONS = ("Erkläre, warum Pflanzen Licht für die Fotosynthese brauchen. (2 Punkte)",
             "Nenne die Aufgabe der Mitochondrien in der Zelle. (2 Punkte)")
# what each choice shows of "No model — you score it, …" at the least (it showed 2 or 3 characters; Spanish has the
# least room: its columns' choice beside the table is the widest)
SHOWN = {"en": 8, "de": 8, "es": 5}


def workbook(folder):
    wb = Workbook()
    ws = wb.active
    ws.append(["Klasse 9b – Biologie – Test 3"])
    ws.append(["Nr.", "Name", "Klasse", "Frage", "Antwort", "Punkte (0-2)"])
    for i, name in enumerate(("Lena Müller", "Jonas Groß", "Mia Weiß", "Ömer Yılmaz")):
        for q in QUESTIONS:
            ws.append([i + 1, name, "9b", q, f"Antwort {i}: Energie und Zucker.", None])
    path = folder / "Biologie 9b.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_every_column_is_in_sight_and_each_choice_readable_when_a_question_has_no_model(qtbot, make_window, tmp_path,
                                                                                        monkeypatch, font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    window.open_sheet(workbook(tmp_path))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    table = dlg.items_table
    qtbot.wait(50)   # the layouts settle
    assert table.rowCount() == 2 and not table.isColumnHidden(3)   # no model: what each is out of shows
    assert off_screen(dlg) == []
    head = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0                                       # it was 1 (de, es)
    assert head.sectionViewportPosition(3) + head.sectionSize(3) <= table.viewport().width()
    assert titles_cut(table, whole=False) == []          # "Bewert…", "Puntu…": cut, not said whole
    shown = [table.cellWidget(r, 2).shown() for r in range(table.rowCount())]
    assert all(len(s.rstrip("…").rstrip()) >= SHOWN[language] for s in shown), shown   # "Kei…", "No …", "Sin…"
    assert all(table.cellWidget(r, 3).isVisible() and table.cellWidget(r, 3).width()
               >= table.cellWidget(r, 3).sizeHint().width() for r in range(table.rowCount()))   # its fields whole
    dlg.reject()
